//go:build linux

package ccall_test

import (
	"testing"

	"github.com/gozmq/gozmq/internal/ccall"
)

// The benchmarks measure the cost of entering C and coming back, with
// errno read, on every path of the build: the C function is labs, which
// does next to nothing. `go test -bench . -benchmem ./internal/ccall`.

func BenchmarkCall(b *testing.B) {
	benchPaths(b, func(b *testing.B, p ccall.Path) {
		for i := 0; i < b.N; i++ {
			p.Call(libc.labs, 5, 0, 0, 0, 0, 0)
		}
	})
}

func BenchmarkCallBlocking(b *testing.B) {
	benchPaths(b, func(b *testing.B, p ccall.Path) {
		for i := 0; i < b.N; i++ {
			p.CallBlocking(&threadSlot, libc.labs, 5, 0, 0, 0, 0, 0)
		}
	})
}

func BenchmarkCall2(b *testing.B) {
	benchPaths(b, func(b *testing.B, p ccall.Path) {
		for i := 0; i < b.N; i++ {
			p.Call2(&threadSlot, libc.labs, 5, 0, 0, libc.labs, 6)
		}
	})
}

// benchPaths runs f as a sub-benchmark for every call path of the build.
func benchPaths(b *testing.B, f func(b *testing.B, p ccall.Path)) {
	setup(b)
	for _, p := range ccall.Paths() {
		b.Run(p.Name, func(b *testing.B) {
			b.ReportAllocs()
			f(b, p)
		})
	}
}
