//go:build arm64 && linux && !gozmq_purego

#include "textflag.h"

// func trampolineAddr() uintptr
TEXT ·trampolineAddr(SB), NOSPLIT, $0-8
	MOVD $trampoline<>(SB), R0
	MOVD R0, ret+0(FP)
	RET

// trampoline is the arm64 twin of call_amd64.s's: entered from
// runtime.asmcgocall on the g0 stack with the AAPCS64 convention, R0
// pointing at a frame (see ccall.go):
//   0 fn, 8..48 a[0..5], 56 errnoFn, 64 r, 72 errno, 80 selfFn, 88 selfOut,
//   96 postFn, 104 postArg, 112 r2.
// R19 (the frame) and R20 are callee-saved, so they survive the calls;
// they are saved with the frame pointer and link register in 32 bytes,
// which keeps SP 16-byte aligned.
TEXT trampoline<>(SB), NOSPLIT|NOFRAME, $0
	STP.W (R29, R30), -32(RSP)
	STP   (R19, R20), 16(RSP)
	MOVD  RSP, R29
	MOVD  R0, R19
	MOVD  80(R19), R20
	CBZ   R20, callfn
	BL    (R20)
	MOVD  88(R19), R20
	MOVD  R0, (R20)
callfn:
	MOVD  0(R19), R20
	MOVD  8(R19), R0
	MOVD  16(R19), R1
	MOVD  24(R19), R2
	MOVD  32(R19), R3
	MOVD  40(R19), R4
	MOVD  48(R19), R5
	BL    (R20)
	MOVD  R0, 64(R19)
	MOVD  ZR, 72(R19)
	MOVD  56(R19), R20
	CBZ   R20, done
	BL    (R20)
	MOVW  R0, R0
	MOVD  R0, 72(R19)
done:
	// postFn runs only if fn's result as a C int is not -1.
	MOVD  96(R19), R20
	CBZ   R20, out
	MOVW  64(R19), R1
	ADDW  $1, R1, R1
	CBZW  R1, out
	MOVD  104(R19), R0
	BL    (R20)
	MOVD  R0, 112(R19)
out:
	LDP   16(RSP), (R19, R20)
	LDP.P 32(RSP), (R29, R30)
	RET
