#!/usr/bin/env python3
"""pyzmq peer for gozmq's interop tests.

Usage: peer.py ROLE ENDPOINT bind|connect COUNT

ROLE is req, rep, pub, sub, push or pull. Message i has the frames made
by frames(i); receivers check every frame and print "OK i" per good
message, or "BAD reason" and exit 1. Everything stops by itself after
DEADLINE seconds. Only the endpoint given is used (the tests pass tcp on
127.0.0.1).
"""
import sys
import time

import zmq

DEADLINE = 30.0


def frames(i):
    return [b"msg-%d" % i, b"", bytes(range(256)), bytes([i % 256]) * 100000]


def check(i, got):
    want = frames(i)
    if got != want:
        lens = [len(f) for f in got]
        print("BAD message %d: %d frames %s" % (i, len(got), lens), flush=True)
        sys.exit(1)


def number(msg):
    return int(msg[0].split(b"-", 1)[1])


def main():
    role, endpoint, how, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    ctx = zmq.Context()
    kind = {"req": zmq.REQ, "rep": zmq.REP, "pub": zmq.PUB, "sub": zmq.SUB,
            "push": zmq.PUSH, "pull": zmq.PULL}[role]
    s = ctx.socket(kind)
    s.linger = 0
    s.rcvtimeo = int(DEADLINE * 1000)
    s.sndtimeo = int(DEADLINE * 1000)
    if role == "sub":
        s.setsockopt(zmq.SUBSCRIBE, b"")
    if how == "bind":
        s.bind(endpoint)
    else:
        s.connect(endpoint)
    print("READY", flush=True)
    end = time.time() + DEADLINE
    try:
        if role == "req":
            for i in range(count):
                s.send_multipart(frames(i))
                check(i, list(reversed(s.recv_multipart())))
                print("OK %d" % i, flush=True)
        elif role == "rep":
            for i in range(count):
                msg = s.recv_multipart()
                check(i, msg)
                s.send_multipart(list(reversed(msg)))
                print("OK %d" % i, flush=True)
        elif role == "push":
            for i in range(count):
                s.send_multipart(frames(i))
            print("SENT", flush=True)
            time.sleep(DEADLINE)
        elif role == "pull":
            for i in range(count):
                check(i, s.recv_multipart())
                print("OK %d" % i, flush=True)
        elif role == "pub":
            i = 0
            while time.time() < end:
                s.send_multipart(frames(i))
                i += 1
                time.sleep(0.01)
        elif role == "sub":
            # A late joiner misses the first messages: count from the
            # first one seen, then every following one must arrive.
            first = None
            while True:
                msg = s.recv_multipart()
                n = number(msg)
                check(n, msg)
                if first is None:
                    first = n
                elif n != prev + 1:
                    print("BAD gap: %d after %d" % (n, prev), flush=True)
                    sys.exit(1)
                prev = n
                print("OK %d" % (n - first), flush=True)
                if n - first + 1 >= count:
                    break
    except zmq.Again:
        print("BAD timeout", flush=True)
        sys.exit(1)
    # The last reply may still be queued: let it go out before closing.
    s.linger = 5000
    s.close()
    ctx.term()


if __name__ == "__main__":
    main()
