// Command version prints the libzmq release gozmq loaded and the file it
// came from. Set ZMQ_LIBRARY to choose another library.
//
//	go run ./examples/version
//	ZMQ_LIBRARY=/opt/zmq/2.1.11/lib/libzmq.so.1 go run ./examples/version
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/gozmq/gozmq/zmq"
)

func main() {
	short := flag.Bool("short", false, "print only the version number")
	flag.Parse()

	if err := zmq.LibraryError(); err != nil {
		fmt.Fprintf(os.Stderr, "version: cannot load libzmq: %v\n", err)
		os.Exit(1)
	}
	major, minor, patch := zmq.Version()
	if *short {
		fmt.Printf("%d.%d.%d\n", major, minor, patch)
		return
	}
	fmt.Printf("libzmq version: %d.%d.%d\n", major, minor, patch)
	fmt.Printf("library path:   %s\n", zmq.LibraryPath())
	if env := os.Getenv("ZMQ_LIBRARY"); env != "" {
		fmt.Printf("ZMQ_LIBRARY:    %s\n", env)
	}
}
