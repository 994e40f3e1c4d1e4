package ccall

import (
	"reflect"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

// TestFrameFieldsAreWords checks what go_asm.h cannot: the trampolines
// move every frame field with one word-sized load or store, so a field of
// another size would be read or written wrongly even at the right offset.
func TestFrameFieldsAreWords(t *testing.T) {
	ft := reflect.TypeOf(frame{})
	word := unsafe.Sizeof(uintptr(0))
	for i := 0; i < ft.NumField(); i++ {
		f := ft.Field(i)
		assert.Equal(t, word, f.Type.Size(), "frame.%s is %s, not a word", f.Name, f.Type)
	}
}
