package versions

// The header facts under testdata are made from each release's
// include/zmq.h by genfacts, and by nothing else; see
// internal/genfacts for where ZMQ_REPOS must point.
//go:generate go run ./internal/genfacts -repos=${ZMQ_REPOS} -out=testdata
