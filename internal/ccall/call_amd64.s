//go:build amd64 && (linux || darwin || freebsd || netbsd) && !gozmq_purego

#include "textflag.h"
#include "go_asm.h"

// Every frame offset below is frame_<field> from go_asm.h, which the
// compiler writes from the frame type in ccall.go: the layout is stated
// once, in Go.

// func trampolineAddr() uintptr
TEXT ·trampolineAddr(SB), NOSPLIT, $0-8
	LEAQ trampoline<>(SB), AX
	MOVQ AX, ret+0(FP)
	RET

// trampoline is entered from runtime.asmcgocall on the g0 stack with the
// System V calling convention, DI pointing at a frame (see ccall.go).
// If selfFn is set it first stores selfFn() at *selfOut. It calls
// fn(a1, ..., a6), stores the result in r, then calls errnoFn() on the
// same thread and stores it in errno. If postFn is set and fn's result as
// a C int is not -1, it finally stores postFn(postArg) in r2. BX and R12
// are callee-saved and hold the frame and the callee across the calls;
// three pushes keep SP 16-byte aligned at each CALL. AX is zeroed before
// each CALL: it tells a variadic callee that no vector registers are used.
TEXT trampoline<>(SB), NOSPLIT|NOFRAME, $0
	PUSHQ BP
	MOVQ  SP, BP
	PUSHQ BX
	PUSHQ R12
	MOVQ  DI, BX
	MOVQ  frame_selfFn(BX), R12
	TESTQ R12, R12
	JZ    callfn
	XORL  AX, AX
	CALL  R12
	MOVQ  frame_selfOut(BX), R12
	MOVQ  AX, 0(R12)
callfn:
	MOVQ  frame_fn(BX), R12
	MOVQ  frame_a1(BX), DI
	MOVQ  frame_a2(BX), SI
	MOVQ  frame_a3(BX), DX
	MOVQ  frame_a4(BX), CX
	MOVQ  frame_a5(BX), R8
	MOVQ  frame_a6(BX), R9
	XORL  AX, AX
	CALL  R12
	MOVQ  AX, frame_r(BX)
	MOVQ  $0, frame_errno(BX)
	MOVQ  frame_errnoFn(BX), R12
	TESTQ R12, R12
	JZ    done
	XORL  AX, AX
	CALL  R12
	MOVLQSX AX, AX
	MOVQ  AX, frame_errno(BX)
done:
	MOVQ  frame_postFn(BX), R12
	TESTQ R12, R12
	JZ    out
	MOVL  frame_r(BX), AX
	CMPL  AX, $-1
	JEQ   out
	MOVQ  frame_postArg(BX), DI
	XORL  AX, AX
	CALL  R12
	MOVQ  AX, frame_r2(BX)
out:
	POPQ  R12
	POPQ  BX
	POPQ  BP
	RET
