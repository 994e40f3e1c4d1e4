package zmqh

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const sample = `
#define ZMQ_VERSION_MAJOR 4
#define ZMQ_VERSION_MINOR 3
#define ZMQ_VERSION_PATCH 5
#define ZMQ_MAKE_VERSION(major, minor, patch) \
    ((major) * 10000 + (minor) * 100 + (patch))
#define ZMQ_HAUSNUMERO 156384712
#ifndef ENOTSUP
#define ENOTSUP (ZMQ_HAUSNUMERO + 1)
#endif
#define ZMQ_DEALER 5
#define ZMQ_XREQ ZMQ_DEALER /* alias */
#define ZMQ_EVENT_A 0x0001
#define ZMQ_EVENT_B 2
#define ZMQ_EVENT_ALL ( ZMQ_EVENT_A | \
                        ZMQ_EVENT_B )
#define ZMQ_NAME "Name"
#define ZMQ_THREAD_PRIORITY_DFLT -1
typedef struct zmq_msg_t { unsigned char _ [64]; } zmq_msg_t;
ZMQ_EXPORT int
zmq_bind (void *s_, const char *addr_);
#ifdef ZMQ_BUILD_DRAFT_API
#define ZMQ_SERVER 12
#if !defined _WIN32
ZMQ_EXPORT int zmq_ppoll (void);
#else
ZMQ_EXPORT int zmq_ppoll (void);
#endif
#endif // ZMQ_BUILD_DRAFT_API
#define ZMQ_AFTER 7
`

func TestParse(t *testing.T) {
	f, err := Parse(sample)
	require.NoError(t, err)
	assert.Equal(t, map[string]int{
		"ZMQ_VERSION_MAJOR": 4, "ZMQ_VERSION_MINOR": 3, "ZMQ_VERSION_PATCH": 5,
		"ZMQ_HAUSNUMERO": 156384712, "ENOTSUP": 156384713,
		"ZMQ_DEALER": 5, "ZMQ_XREQ": 5, "ZMQ_EVENT_A": 1, "ZMQ_EVENT_B": 2, "ZMQ_EVENT_ALL": 3,
		"ZMQ_THREAD_PRIORITY_DFLT": -1, "ZMQ_SERVER": 12, "ZMQ_AFTER": 7,
	}, f.Ints)
	assert.Equal(t, map[string]bool{"ZMQ_SERVER": true, "zmq_ppoll": true}, f.Draft)
	assert.Equal(t, map[string]bool{"zmq_bind": true, "zmq_ppoll": true}, f.Funcs)
	assert.Equal(t, 64, f.MsgSize)
	assert.Equal(t, "4.3.5", f.Release())
}

// TestFileRoundTrip: what Write writes, Read reads back unchanged.
func TestFileRoundTrip(t *testing.T) {
	f, err := Parse(sample)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, f, "a test"))
	assert.Contains(t, buf.String(), "ZMQ_SERVER 12 draft\n")
	assert.Contains(t, buf.String(), "zmq_ppoll() draft\n")
	assert.Contains(t, buf.String(), "zmq_bind()\n")
	g, origin, err := Read(&buf)
	require.NoError(t, err)
	assert.Equal(t, "a test", origin)
	assert.Equal(t, f.Ints, g.Ints)
	assert.Equal(t, f.Funcs, g.Funcs)
	assert.Equal(t, f.MsgSize, g.MsgSize)
	for name := range g.Draft {
		assert.Equal(t, f.Draft[name], g.Draft[name], name)
	}
}

func TestReadRejects(t *testing.T) {
	first := generatedPrefix + "x" + generatedSuffix + "\n"
	for _, bad := range []string{"# x\nZMQ_A 1\n", first + "ZMQ_A\n", first + "ZMQ_A one\n", first + "ZMQ_A 1 2 3\n"} {
		_, _, err := Read(bytes.NewBufferString(bad))
		assert.Error(t, err, bad)
	}
}
