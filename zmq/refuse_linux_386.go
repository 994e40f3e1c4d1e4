//go:build !gozmq_untested_386

package zmq

// linux/386 is refused at build time rather than left to misbehave at
// run time: under qemu-i386 (make test-386) the suite crashes in the Go
// scheduler and in libzmq's mutexes once several threads call libzmq
// through purego's 32-bit call path (TestChannelsEchoServer), and no
// real 386 machine has shown the crash to be qemu's alone. Build with
// -tags gozmq_untested_386 to try it anyway, as make test-386 does.
var _ = gozmq_does_not_support_linux_386_yet_see_README_platforms_or_build_with_tag_gozmq_untested_386
