//go:build amd64 && (linux || darwin || freebsd || netbsd) && !gozmq_purego

#include "textflag.h"

// func trampolineAddr() uintptr
TEXT ·trampolineAddr(SB), NOSPLIT, $0-8
	LEAQ trampoline<>(SB), AX
	MOVQ AX, ret+0(FP)
	RET

// trampoline is entered from runtime.asmcgocall on the g0 stack with the
// System V calling convention: DI points at a frame (see ccall.go):
//   0 fn, 8..48 a[0..5], 56 errnoFn, 64 r, 72 errno, 80 selfFn, 88 selfOut,
//   96 postFn, 104 postArg, 112 r2.
// If selfFn is set it first stores selfFn() at *selfOut. It calls fn(a...), stores the result, then calls errnoFn() on the same
// thread and stores errno. If postFn is set and fn's result as a C int
// is not -1, it finally stores postFn(postArg) in r2. BX and R12 are callee-saved and hold the frame
// across the calls; three pushes keep SP 16-byte aligned at each CALL.
TEXT trampoline<>(SB), NOSPLIT|NOFRAME, $0
	PUSHQ BP
	MOVQ  SP, BP
	PUSHQ BX
	PUSHQ R12
	MOVQ  DI, BX
	MOVQ  80(BX), R12
	TESTQ R12, R12
	JZ    callfn
	XORL  AX, AX
	CALL  R12
	MOVQ  88(BX), R12
	MOVQ  AX, 0(R12)
callfn:
	MOVQ  0(BX), R12
	MOVQ  8(BX), DI
	MOVQ  16(BX), SI
	MOVQ  24(BX), DX
	MOVQ  32(BX), CX
	MOVQ  40(BX), R8
	MOVQ  48(BX), R9
	XORL  AX, AX
	CALL  R12
	MOVQ  AX, 64(BX)
	MOVQ  $0, 72(BX)
	MOVQ  56(BX), R12
	TESTQ R12, R12
	JZ    done
	XORL  AX, AX
	CALL  R12
	MOVLQSX AX, AX
	MOVQ  AX, 72(BX)
done:
	MOVQ  96(BX), R12
	TESTQ R12, R12
	JZ    out
	MOVL  64(BX), AX
	CMPL  AX, $-1
	JEQ   out
	MOVQ  104(BX), DI
	XORL  AX, AX
	CALL  R12
	MOVQ  AX, 112(BX)
out:
	POPQ  R12
	POPQ  BX
	POPQ  BP
	RET
