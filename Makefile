# gozmq make targets. Each target is a thin wrapper over a script in
# ci/ so that CI and people run the same thing; add new targets the same
# way (a script in ci/, a line here, a line in docs/testing.md's table
# and in the README's list of other targets).

SHELL := /bin/bash
export PATH := $(PATH):/usr/local/go/bin

# Libraries for test-matrix: paths of libzmq shared libraries.
ZMQ_LIBS ?=
# Headers for check-headers: "version=path/zmq.h ..." pairs.
ZMQ_HEADERS ?=
# Or a directory of <version>/zmq.h for check-headers.
ZMQ_HEADERS_DIR ?=

# DLL for test-windows: a libzmq built for windows/amd64.
ZMQ_WIN_DLL ?=
# Library for test-musl: a libzmq built for x86_64-linux-musl.
ZMQ_MUSL_LIB ?=

.PHONY: spec-gozeromq help test demo test-matrix check-headers deps bench soak interop test-arm64 test-windows test-musl test-386 test-arm

help:
	@echo "make test           vet, gofmt check and every test (installs libzmq if missing)"
	@echo "make demo           build and run the echo server and client over tcp and ipc on loopback"
	@echo "make test-matrix ZMQ_LIBS=\"/path/libzmq.so.5 /path/libzmq.so.1\"   run the tests on each library"
	@echo "make check-headers ZMQ_HEADERS=\"4.3.5=/path/zmq.h ...\"            check the version tables"
	@echo "make check-headers ZMQ_HEADERS_DIR=/path/with/<version>/zmq.h       check against every header there"
	@echo "make test-arm64     the tests cross-compiled for linux/arm64, run under qemu (installs qemu, libzmq5:arm64)"
	@echo "make test-windows ZMQ_WIN_DLL=/path/libzmq.dll   the tests cross-compiled for windows/amd64, run under Wine (installs wine)"
	@echo "make test-musl ZMQ_MUSL_LIB=/path/libzmq.so.5   the tests and the echo demo on musl libc, as on Alpine (installs musl)"
	@echo "make test-386       the tests cross-compiled for linux/386, run under qemu (installs qemu, libzmq5:i386)"
	@echo "make test-arm       the tests cross-compiled for linux/arm (armhf), run under qemu (installs qemu, libzmq5:armhf)"
	@echo "make bench          gozmq vs pebbe/zmq4 (cgo) vs C, medians and ratios (installs gcc, libzmq3-dev if missing)"
	@echo "make soak           1,000,000 messages over inproc and tcp, RSS at start, middle and end"
	@echo "make interop        gozmq against pyzmq and go-zeromq/zmq4, and the network-namespace link-cut test"
	@echo "make spec-gozeromq  go-zeromq/zmq4's own public-API tests and examples against the gozeromq/zmq4 face"

## test: the "test it" command (what CI runs).
test:
	ci/test.sh

## demo: the "run it" command.
demo:
	ci/demo.sh

## deps: install libzmq5 and python3-zmq if missing (Debian, as root).
deps:
	ci/install-deps.sh

## test-matrix: the same test binaries against several libzmq builds.
test-matrix:
	ZMQ_LIBS="$(ZMQ_LIBS)" ci/matrix.sh

## check-headers: versions tables against real zmq.h files.
check-headers:
	ZMQ_HEADERS="$(ZMQ_HEADERS)" ZMQ_HEADERS_DIR="$(ZMQ_HEADERS_DIR)" ci/check-headers.sh

## bench: side-by-side speed comparison (ci/bench, its own module with cgo).
bench:
	ci/bench/run.sh

## soak: leak check, not a unit test (ci/soak).
soak:
	ci/soak/run.sh

## spec-gozeromq: go-zeromq/zmq4's tests, fetched at a pinned version, against the face.
spec-gozeromq:
	ci/gozeromq-spec.sh

## interop: other implementations and namespaces (ci/interop, its own module).
interop:
	ci/interop/run.sh

## test-arm64: the arm64 trampoline, under qemu user-mode emulation.
test-arm64:
	ci/arm64.sh

## test-windows: the tests for windows/amd64 under Wine, against a given DLL.
test-windows:
	ZMQ_WIN_DLL="$(ZMQ_WIN_DLL)" ci/windows.sh

## test-musl: the tests and the echo demo on musl libc, against a given
## libzmq built for musl.
test-musl:
	ZMQ_MUSL_LIB="$(ZMQ_MUSL_LIB)" ci/musl.sh

## test-386 / test-arm: 32-bit Linux (purego's generic call), under qemu.
test-386:
	ci/qemu32.sh 386

test-arm:
	ci/qemu32.sh arm
