//go:build arm64 && linux && !gozmq_purego

#include "textflag.h"
#include "go_asm.h"

// Every frame offset below is frame_<field> from go_asm.h, which the
// compiler writes from the frame type in ccall.go: the layout is stated
// once, in Go.

// func trampolineAddr() uintptr
TEXT ·trampolineAddr(SB), NOSPLIT, $0-8
	MOVD $trampoline<>(SB), R0
	MOVD R0, ret+0(FP)
	RET

// trampoline is the arm64 twin of call_amd64.s's: entered from
// runtime.asmcgocall on the g0 stack with the AAPCS64 convention, R0
// pointing at a frame (see ccall.go), and doing the same calls in the
// same order. R19 (the frame) and R20 (the callee) are callee-saved, so
// they survive the calls; they are saved with the frame pointer and link
// register in 32 bytes, which keeps SP 16-byte aligned.
TEXT trampoline<>(SB), NOSPLIT|NOFRAME, $0
	STP.W (R29, R30), -32(RSP)
	STP   (R19, R20), 16(RSP)
	MOVD  RSP, R29
	MOVD  R0, R19
	MOVD  frame_selfFn(R19), R20
	CBZ   R20, callfn
	BL    (R20)
	MOVD  frame_selfOut(R19), R20
	MOVD  R0, (R20)
callfn:
	MOVD  frame_fn(R19), R20
	MOVD  frame_a1(R19), R0
	MOVD  frame_a2(R19), R1
	MOVD  frame_a3(R19), R2
	MOVD  frame_a4(R19), R3
	MOVD  frame_a5(R19), R4
	MOVD  frame_a6(R19), R5
	BL    (R20)
	MOVD  R0, frame_r(R19)
	MOVD  ZR, frame_errno(R19)
	MOVD  frame_errnoFn(R19), R20
	CBZ   R20, done
	BL    (R20)
	MOVW  R0, R0
	MOVD  R0, frame_errno(R19)
done:
	// postFn runs only if fn's result as a C int is not -1.
	MOVD  frame_postFn(R19), R20
	CBZ   R20, out
	MOVW  frame_r(R19), R1
	ADDW  $1, R1, R1
	CBZW  R1, out
	MOVD  frame_postArg(R19), R0
	BL    (R20)
	MOVD  R0, frame_r2(R19)
out:
	LDP   16(RSP), (R19, R20)
	LDP.P 32(RSP), (R29, R30)
	RET
