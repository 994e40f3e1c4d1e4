package loader

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDLLName(t *testing.T) {
	for _, c := range []struct {
		file    string
		ok      bool
		version [3]int
		debug   bool
	}{
		{"libzmq.dll", true, [3]int{}, false},
		{"LIBZMQ.DLL", true, [3]int{}, false},
		{"libzmq-5.dll", true, [3]int{}, false}, // MSYS2
		{"libzmq-mt-4_3_5.dll", true, [3]int{4, 3, 5}, false},
		{"libzmq-mt-gd-4_3_5.dll", true, [3]int{4, 3, 5}, true},
		{"libzmq-v142-mt-4_3_5.dll", true, [3]int{4, 3, 5}, false},
		{"libzmq-v141-mt-4_3_2.dll", true, [3]int{4, 3, 2}, false},
		{"libzmq-v143-mt-gd-4_3_5.dll", true, [3]int{4, 3, 5}, true},
		{"libzmq-v141-mt-sgd-4_3_4.dll", true, [3]int{4, 3, 4}, true},
		{"libzmq-v140-mt-s-4_3_1.dll", true, [3]int{4, 3, 1}, false},
		{"libzmq-v120-mt-4_0_4.dll", true, [3]int{4, 0, 4}, false},
		{"libzmq-v100-mt.dll", true, [3]int{}, false},
		{"libzmq-v90-mt-3_2_4.dll", true, [3]int{3, 2, 4}, false},
		{"libzmq-mt-4_3.dll", true, [3]int{4, 3, 0}, false},

		{"libzmq.so.5", false, [3]int{}, false},
		{"libzmq.lib", false, [3]int{}, false},
		{"libzmq-mt-4_3_5.lib", false, [3]int{}, false},
		{"libzmq-mt-4_3_5.pdb", false, [3]int{}, false},
		{"libzmqpp.dll", false, [3]int{}, false},
		{"libzmq-foo.dll", false, [3]int{}, false},
		{"libzmq-mt-4_x_5.dll", false, [3]int{}, false},
		{"libzmq-mt-4_3_5-extra.dll", false, [3]int{}, false},
		{"libzmq-mt-+4_3_5.dll", false, [3]int{}, false},
		{"libzmq-v-mt-4_3_5.dll", false, [3]int{}, false},
		{"libczmq.dll", false, [3]int{}, false},
		{"zmq.dll", false, [3]int{}, false},
	} {
		d, ok := parseDLLName(c.file)
		if !assert.Equal(t, c.ok, ok, c.file) || !ok {
			continue
		}
		assert.Equal(t, c.version, d.version, c.file)
		assert.Equal(t, c.debug, d.debug, c.file)
	}
}

func TestOrderDLLNames(t *testing.T) {
	got := orderDLLNames([]string{
		"libzmq-mt-gd-4_3_5.dll", "README.txt", "libzmq-v141-mt-4_3_2.dll", "libzmq.dll",
		"libzmq-v142-mt-4_3_5.dll", "libsodium.dll", "libzmq-mt-4_3_4.dll", "libzmq-5.dll",
	})
	assert.Equal(t, []string{
		// release builds, newest first; then names without a release;
		// debug builds last.
		"libzmq-v142-mt-4_3_5.dll", "libzmq-mt-4_3_4.dll", "libzmq-v141-mt-4_3_2.dll",
		"libzmq-5.dll", "libzmq.dll",
		"libzmq-mt-gd-4_3_5.dll",
	}, got)
	assert.Empty(t, orderDLLNames(nil))
}

func TestFindDLLs(t *testing.T) {
	a, b := scratchDir(t), scratchDir(t)
	for dir, files := range map[string][]string{
		a: {"libzmq-mt-4_3_5.dll", "libzmq-mt-gd-4_3_5.dll", "other.dll"},
		b: {"libzmq.dll", "libzmq-v143-mt-4_3_5.dll"},
	} {
		for _, f := range files {
			require.NoError(t, os.WriteFile(filepath.Join(dir, f), nil, 0o644))
		}
	}
	// A directory named libzmq.dll is not a candidate.
	require.NoError(t, os.Mkdir(filepath.Join(a, "libzmq.dll"), 0o755))
	got := findDLLs([]string{b, "", filepath.Join(a, "missing"), a, b})
	assert.Equal(t, []string{
		filepath.Join(b, "libzmq-v143-mt-4_3_5.dll"), filepath.Join(b, "libzmq.dll"),
		filepath.Join(a, "libzmq-mt-4_3_5.dll"), filepath.Join(a, "libzmq-mt-gd-4_3_5.dll"),
	}, got, "directory order first, each directory listed once")
}

// scratchDir is t.TempDir removed entry by entry: Go's os.RemoveAll
// fails under Wine ("unlinkat ...: Invalid function"), os.Remove works.
func scratchDir(t *testing.T) string {
	dir, err := os.MkdirTemp("", "gozmq-loader")
	require.NoError(t, err)
	t.Cleanup(func() {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			assert.NoError(t, os.Remove(filepath.Join(dir, e.Name())))
		}
		assert.NoError(t, os.Remove(dir))
	})
	return dir
}
