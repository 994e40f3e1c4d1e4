/* cbench: the C baseline of ci/bench, the same workloads as the Go
 * workers, written as a C programmer would against libzmq 3.2+.
 *
 *   cbench thr <inproc|ipc|tcp> <size> <count> <endpoint>
 *       PUSH -> PULL stream of count parts of size bytes, sender on a
 *       second thread; prints parts per second.
 *   cbench lat <inproc|ipc|tcp> <size> <count> <endpoint>
 *       REQ/REP round trips, echo on a second thread; prints round
 *       trips per second.
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

int main(int argc, char **argv) {
    if (argc != 6) {
        fprintf(stderr, "usage: cbench thr|lat transport size count endpoint\n");
        return 2;
    }
    int lat = strcmp(argv[1], "lat") == 0;
    size_t size = strtoul(argv[3], NULL, 10);
    long count = strtol(argv[4], NULL, 10);
    const char *ep = argv[5];

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
