package zmq_test

import (
	"encoding/hex"
	"errors"
	"runtime"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// The Z85 test vector of ZeroMQ RFC 32.
var secHelloBytes = []byte{0x86, 0x4F, 0xD2, 0x6F, 0xB5, 0x59, 0xF7, 0x5B}

const secHelloZ85 = "HelloWorld"

// The CURVE key pairs of ZeroMQ RFC 26 / libzmq's tests: fixed keys whose
// public halves are known, so CurvePublic can be checked exactly.
const (
	secClientPublic = "Yne@$w-vo<fVvi]a<NY6T1ed:M$fCG*[IaLV{hID"
	secClientSecret = "D:)Q[IlAW!ahhC2ac:9*A}h:p?([4%wOTJ%JR%cs"
	secServerPublic = "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7"
	secServerSecret = "JTKVSB%%)wK0E.X)V>+}o?pNmC{O&4W4b!Ni{Lh6"
)

func TestHasVersion(t *testing.T) {
	needVersion(t, 4, 0, 0, func() error {
		ok, err := zmq.HasErr(zmq.CapCURVE)
		assert.False(t, ok)
		assert.False(t, zmq.Has(zmq.CapCURVE), "Has is false when HasErr fails")
		return err
	})
}

func TestHas(t *testing.T) {
	needVersion(t, 4, 0, 0, nil)
	ok, err := zmq.HasErr(zmq.CapIPC)
	require.NoError(t, err)
	if runtime.GOOS != "windows" {
		assert.True(t, ok)
	} else {
		// Windows builds of libzmq 4.3.3+ made with afunix.h have ipc
		// (AF_UNIX), older ones do not: either answer is right.
		t.Logf("ipc capability on windows: %v", ok)
	}
	ok, err = zmq.HasErr("no-such-capability")
	require.NoError(t, err)
	assert.False(t, ok)

	// "curve" agrees with whether keys can be made.
	_, _, kerr := zmq.NewCurveKeypair()
	assert.Equal(t, kerr == nil, zmq.Has(zmq.CapCURVE), "Has(curve) vs NewCurveKeypair error %v", kerr)
	if !atLeast(4, 1, 0) {
		// 4.0 has none of these, or cannot tell (PGM).
		for _, c := range []string{zmq.CapGSSAPI, zmq.CapTIPC, zmq.CapNORM, zmq.CapDraft, zmq.CapPGM} {
			assert.False(t, zmq.Has(c), c)
		}
	}
}

func TestZ85Version(t *testing.T) {
	needVersion(t, 4, 0, 0, func() error {
		_, err := zmq.Z85Encode(secHelloBytes)
		return err
	})
}

func TestZ85DecodeVersion(t *testing.T) {
	needVersion(t, 4, 0, 0, func() error {
		_, err := zmq.Z85Decode(secHelloZ85)
		return err
	})
}

func TestZ85Vector(t *testing.T) {
	needVersion(t, 4, 0, 0, nil)
	s, err := zmq.Z85Encode(secHelloBytes)
	require.NoError(t, err)
	assert.Equal(t, secHelloZ85, s)
	b, err := zmq.Z85Decode(secHelloZ85)
	require.NoError(t, err)
	assert.Equal(t, secHelloBytes, b)

	// The client public key of RFC 26's test values, in hex and in Z85.
	key, err := hex.DecodeString("BB88471D65E2659B30C55A5321CEBB5AAB2B70A398645C26DCA2B2FCB43FC518")
	require.NoError(t, err)
	b, err = zmq.Z85Decode(secClientPublic)
	require.NoError(t, err)
	assert.Equal(t, key, b)
	s, err = zmq.Z85Encode(key)
	require.NoError(t, err)
	assert.Equal(t, secClientPublic, s)
}

func TestZ85RoundTrip(t *testing.T) {
	needVersion(t, 4, 0, 0, nil)
	cases := [][]byte{
		{},
		{0, 0, 0, 0},
		{0xFF, 0xFF, 0xFF, 0xFF},
		make([]byte, 32),
	}
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	cases = append(cases, all)
	for _, c := range cases {
		s, err := zmq.Z85Encode(c)
		require.NoError(t, err)
		require.Len(t, s, len(c)*5/4)
		b, err := zmq.Z85Decode(s)
		require.NoError(t, err)
		require.Equal(t, c, b)
	}
	s, err := zmq.Z85Encode([]byte{0xFF, 0xFF, 0xFF, 0xFF})
	require.NoError(t, err)
	assert.Equal(t, "%nSc0", s, "largest group")
}

func TestZ85Invalid(t *testing.T) {
	needVersion(t, 4, 0, 0, nil)
	for _, n := range []int{1, 2, 3, 5, 31} {
		_, err := zmq.Z85Encode(make([]byte, n))
		assert.ErrorIs(t, err, zmq.EINVAL, "encode %d bytes", n)
	}
	for _, s := range []string{
		"Hell",       // length not a multiple of 5
		"HelloWorl",  // idem
		"Hello Worl", // space is not Z85
		"Hello\x00orl",
		"Hello\xffor",
		"%nSc1",      // 2^32: overflows a group
		"#####",      // the largest five digits
		"HelloWorld", // valid, as a control
	} {
		_, err := zmq.Z85Decode(s)
		if s == "HelloWorld" {
			assert.NoError(t, err)
			continue
		}
		assert.ErrorIs(t, err, zmq.EINVAL, "decode %q", s)
	}
}

func TestCurveKeypairVersion(t *testing.T) {
	needVersion(t, 4, 0, 0, func() error {
		_, _, err := zmq.NewCurveKeypair()
		return err
	})
}

// secNeedCurve skips when the loaded libzmq has no CURVE, after checking
// that NewCurveKeypair says so clearly.
func secNeedCurve(t *testing.T) {
	t.Helper()
	needVersion(t, 4, 0, 0, nil)
	if zmq.Has(zmq.CapCURVE) {
		return
	}
	_, _, err := zmq.NewCurveKeypair()
	require.Error(t, err)
	assert.ErrorIs(t, err, syscall.ENOTSUP)
	assert.ErrorIs(t, err, errors.ErrUnsupported)
	assert.Contains(t, err.Error(), "without CURVE")
	t.Skipf("libzmq %s built without CURVE: %v", zmq.LibraryPath(), err)
}

func TestCurveKeypair(t *testing.T) {
	secNeedCurve(t)
	pub, sec, err := zmq.NewCurveKeypair()
	require.NoError(t, err)
	require.Len(t, pub, 40)
	require.Len(t, sec, 40)
	assert.NotEqual(t, pub, sec)
	for _, k := range []string{pub, sec} {
		b, err := zmq.Z85Decode(k)
		require.NoError(t, err)
		assert.Len(t, b, 32)
	}
	pub2, sec2, err := zmq.NewCurveKeypair()
	require.NoError(t, err)
	assert.NotEqual(t, pub, pub2)
	assert.NotEqual(t, sec, sec2)

	if atLeast(4, 2, 0) {
		derived, err := zmq.CurvePublic(sec)
		require.NoError(t, err)
		assert.Equal(t, pub, derived)
	}
}

func TestCurvePublicVersion(t *testing.T) {
	needVersion(t, 4, 2, 0, func() error {
		_, err := zmq.CurvePublic(secServerSecret)
		return err
	})
}

func TestCurvePublic(t *testing.T) {
	needVersion(t, 4, 2, 0, nil)
	secNeedCurve(t)
	for _, kp := range [][2]string{{secClientPublic, secClientSecret}, {secServerPublic, secServerSecret}} {
		pub, err := zmq.CurvePublic(kp[1])
		require.NoError(t, err)
		assert.Equal(t, kp[0], pub)
	}
	for _, bad := range []string{"", "short", secServerSecret[:39] + " ", secServerSecret + "x"} {
		_, err := zmq.CurvePublic(bad)
		assert.ErrorIs(t, err, zmq.EINVAL, "%q", bad)
	}
}
