/* cbench: the C baseline of ci/bench, the same workloads as the Go
 * workers, written as a C programmer would against libzmq 3.2+.
 *
 *   cbench thr <inproc|ipc|tcp> <size> <count> <endpoint>
 *       PUSH -> PULL stream of count parts of size bytes, sender on a
 *       second thread; prints parts per second.
 *   cbench lat <inproc|ipc|tcp> <size> <count> <endpoint>
 *       REQ/REP round trips, echo on a second thread; prints round
 *       trips per second.
 *   cbench pairs inproc <size> <count> <endpoint>
 *       NPAIRS REQ/REP pairs over inproc, a thread for each REQ and
 *       each REP, count round trips in all; prints round trips per
 *       second.
 *
 * The sender uses zmq_send from a buffer, the receiver zmq_msg_recv into
 * one reused zmq_msg_t (no copy): the fastest plain idiom. Timing starts
 * after one warm-up exchange and ends when the receiver has every part.
 */
#include <zmq.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void die(const char *what) {
    fprintf(stderr, "cbench: %s: %s\n", what, zmq_strerror(zmq_errno()));
    exit(1);
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

struct job {
    void *sock;
    size_t size;
    long count;
};

static void *sender(void *arg) {
    struct job *j = arg;
    char *buf = calloc(1, j->size + 1);
    for (long i = 0; i < j->count; i++)
        if (zmq_send(j->sock, buf, j->size, 0) < 0)
            die("zmq_send");
    free(buf);
    return NULL;
}

static void *echo(void *arg) {
    struct job *j = arg;
    zmq_msg_t m;
    zmq_msg_init(&m);
    for (long i = 0; i < j->count; i++) {
        if (zmq_msg_recv(&m, j->sock, 0) < 0)
            die("zmq_msg_recv (echo)");
        if (zmq_msg_send(&m, j->sock, 0) < 0)
            die("zmq_msg_send (echo)");
    }
    zmq_msg_close(&m);
    return NULL;
}

#define NPAIRS 1000

struct pair {
    void *req, *rep;
    size_t size;
    long trips;
    pthread_barrier_t *go;
};

static void *pair_echo(void *arg) {
    struct pair *p = arg;
    zmq_msg_t m;
    zmq_msg_init(&m);
    for (long i = 0; i <= p->trips; i++) {
        if (zmq_msg_recv(&m, p->rep, 0) < 0)
            die("zmq_msg_recv (pair echo)");
        if (zmq_msg_send(&m, p->rep, 0) < 0)
            die("zmq_msg_send (pair echo)");
    }
    zmq_msg_close(&m);
    return NULL;
}

static void *pair_req(void *arg) {
    struct pair *p = arg;
    char *buf = calloc(1, p->size + 1);
    for (long i = 0; i <= p->trips; i++) {
        if (i == 1) /* after the warm-up, all start together */
            pthread_barrier_wait(p->go);
        if (zmq_send(p->req, buf, p->size, 0) < 0 || zmq_recv(p->req, buf, p->size, 0) < 0)
            die("pair round trip");
    }
    free(buf);
    return NULL;
}

static int pairs(size_t size, long count, const char *ep) {
    void *ctx = zmq_ctx_new();
    zmq_ctx_set(ctx, ZMQ_MAX_SOCKETS, 2 * NPAIRS + 16);
    static struct pair ps[NPAIRS];
    static pthread_t th[2 * NPAIRS];
    pthread_barrier_t go;
    pthread_barrier_init(&go, NULL, NPAIRS + 1);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 256 << 10);
    long per = count / NPAIRS > 0 ? count / NPAIRS : 1;
    for (int i = 0; i < NPAIRS; i++) {
        char e[256];
        snprintf(e, sizeof e, "%s-%d", ep, i);
        struct pair *p = &ps[i];
        p->rep = zmq_socket(ctx, ZMQ_REP);
        p->req = zmq_socket(ctx, ZMQ_REQ);
        if (!p->rep || !p->req || zmq_bind(p->rep, e) < 0 || zmq_connect(p->req, e) < 0)
            die("pair setup");
        p->size = size;
        p->trips = per;
        p->go = &go;
        if (pthread_create(&th[2 * i], &attr, pair_echo, p) || pthread_create(&th[2 * i + 1], &attr, pair_req, p))
            die("pthread_create");
    }
    pthread_barrier_wait(&go);
    double t0 = now();
    for (int i = 0; i < 2 * NPAIRS; i++)
        pthread_join(th[i], NULL);
    double t1 = now();
    printf("%.1f\n", per * NPAIRS / (t1 - t0));
    return 0; /* sockets and context go with the process */
}

int main(int argc, char **argv) {
    if (argc != 6) {
        fprintf(stderr, "usage: cbench thr|lat transport size count endpoint\n");
        return 2;
    }
    int lat = strcmp(argv[1], "lat") == 0;
    size_t size = strtoul(argv[3], NULL, 10);
    long count = strtol(argv[4], NULL, 10);
    const char *ep = argv[5];
    if (strcmp(argv[1], "pairs") == 0)
        return pairs(size, count, ep);

    void *ctx = zmq_ctx_new();
    void *a = zmq_socket(ctx, lat ? ZMQ_REP : ZMQ_PULL);
    void *b = zmq_socket(ctx, lat ? ZMQ_REQ : ZMQ_PUSH);
    if (zmq_bind(a, ep) < 0)
        die("zmq_bind");
    if (zmq_connect(b, ep) < 0)
        die("zmq_connect");

    char *buf = calloc(1, size + 1);
    zmq_msg_t m;
    zmq_msg_init(&m);
    pthread_t th;
    struct job j = {lat ? a : b, size, count + 1};
    double t0 = 0, t1;
    if (lat) {
        pthread_create(&th, NULL, echo, &j);
        for (long i = 0; i <= count; i++) {
            if (i == 1)
                t0 = now();
            if (zmq_send(b, buf, size, 0) < 0)
                die("zmq_send");
            if (zmq_recv(b, buf, size, 0) < 0)
                die("zmq_recv");
        }
    } else {
        pthread_create(&th, NULL, sender, &j);
        for (long i = 0; i <= count; i++) {
            if (i == 1)
                t0 = now();
            int n = zmq_msg_recv(&m, a, 0);
            if (n < 0 || (size_t)n != size)
                die("zmq_msg_recv");
            (void)zmq_msg_data(&m);
        }
    }
    t1 = now();
    pthread_join(th, NULL);
    printf("%.1f\n", count / (t1 - t0));
    zmq_msg_close(&m);
    free(buf);
    zmq_close(a);
    zmq_close(b);
    zmq_ctx_term(ctx);
    return 0;
}
