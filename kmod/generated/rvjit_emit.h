/* SPDX-License-Identifier: GPL-2.0 */
// GENERATED FILE - DO NOT EDIT.  Regenerate with `make gen` (python -m rvjit.gen).
// Generated from the proven rule table: table 33d7a6cc566ae11d, semantics 401d5275ffd37b20, 822 rules.
#ifndef _RVJIT_EMIT_H
#define _RVJIT_EMIT_H

#ifdef __KERNEL__
#include <linux/kernel.h>
#include <linux/types.h>
#include <linux/errno.h>
#else
#include "linux_types.h"
#endif

/* ISA extensions beyond RV64IM a rule may need (rvjit/rules/base.py EXTENSIONS) */
#define RVJIT_ISA_ZBA	(1U << 0)
#define RVJIT_ISA_ZBB	(1U << 1)
#define RVJIT_ISA_C	(1U << 2)
#define RVJIT_ISA_ZACAS	(1U << 3)

/* The most bytes one eBPF instruction is translated to */
#define RVJIT_MAX_INSN_BYTES	112
/* The most bytes of a prologue, an epilogue or a tail stub */
#define RVJIT_MAX_FRAME_BYTES	48
/* Jump rules are proven exhaustive for images below this size */
#define RVJIT_IMAGE_LIMIT	0x40000000U
/* eBPF registers R0..R10; R10 is the read-only frame pointer */
#define RVJIT_NR_BPF_REGS	11
#define RVJIT_BPF_FP		10
/* Bytes of eBPF stack below R10 the proven frames provide */
#define RVJIT_BPF_STACK	512

/* The context a load's base is (rvjit/abi.py CONTEXTS): @ctx of rvjit_emit_insn() */
#define RVJIT_CTX_NONE	0
#define RVJIT_CTX_XDP	1	/* struct rvoff_xdp_md */
#define RVJIT_CTX_TC	2	/* struct rvoff_sk_buff */

/* rvjit_emit_frame(): what a function's frame depends on besides R6..R10 */
#define RVJIT_FRAME_CALLS	(1U << 16)
#define RVJIT_FRAME_RT	(1U << 17)
#define RVJIT_FRAME_TAIL_CALLS	(1U << 18)

/* RV64 register numbers (rvjit/regmap.py) */
#define RVJIT_X_ZERO	0
#define RVJIT_X_RA	1
#define RVJIT_X_SP	2
#define RVJIT_X_GP	3
#define RVJIT_X_TP	4
#define RVJIT_X_T0	5
#define RVJIT_X_T1	6
#define RVJIT_X_T2	7
#define RVJIT_X_S0	8
#define RVJIT_X_S1	9
#define RVJIT_X_A0	10
#define RVJIT_X_A1	11
#define RVJIT_X_A2	12
#define RVJIT_X_A3	13
#define RVJIT_X_A4	14
#define RVJIT_X_A5	15
#define RVJIT_X_A6	16
#define RVJIT_X_A7	17
#define RVJIT_X_S2	18
#define RVJIT_X_S3	19
#define RVJIT_X_S4	20
#define RVJIT_X_S5	21
#define RVJIT_X_S6	22
#define RVJIT_X_S7	23
#define RVJIT_X_S8	24
#define RVJIT_X_S9	25
#define RVJIT_X_S10	26
#define RVJIT_X_S11	27
#define RVJIT_X_T3	28
#define RVJIT_X_T4	29
#define RVJIT_X_T5	30
#define RVJIT_X_T6	31

/* rvjit_rv_of_bpf[i]: the RV64 register holding eBPF register Ri (0 past R10) */
extern const u64 rvjit_rv_of_bpf[16];

/*
 * Translate one eBPF instruction: the first rule of its pattern whose ISA extensions
 * are in @isa and whose guard holds writes its RV64 code to @out (room for
 * RVJIT_MAX_INSN_BYTES) and its length to @len, and names itself in @rule (if not NULL).
 * Operands are the instruction's fields; @imm64 is LD_IMM64's 64-bit immediate and
 * @dist the byte distance from this instruction's code to its target's (a jump's
 * target, the epilogue for EXIT, the called function for a bpf-to-bpf call or a
 * function reference, the tail stub for a tail call).  @ctx is RVJIT_CTX_XDP or
 * RVJIT_CTX_TC when the instruction is a load or store whose base is the context.
 * Returns 0, -EOPNOTSUPP if no rule translates the opcode (with this off/imm), or
 * -EINVAL if no rule's guard holds or a register is outside R0..R10.
 */
int rvjit_emit_insn(u8 code, u8 ctx, u8 dst, u8 src, s16 off, s32 imm, u64 imm64, s64 dist,
		    u32 isa, u8 *out, u32 *len, const char **rule);

/*
 * The proven prologue, epilogue and tail stub (rvjit/rules/frame.py) of a function
 * that names the eBPF registers in @used (bit i: Ri), with RVJIT_FRAME_CALLS if it
 * calls, RVJIT_FRAME_RT and RVJIT_FRAME_TAIL_CALLS for the main function of a program
 * that needs the runtime table, that tail calls: written to @pro, @epi and @stub (room
 * for RVJIT_MAX_FRAME_BYTES each), lengths to @pro_len, @epi_len and @stub_len (0: no
 * stub), the frame's name to @name (if not NULL).  Returns 0.
 */
int rvjit_emit_frame(u32 used, u32 isa, u8 *pro, u32 *pro_len, u8 *epi, u32 *epi_len,
		     u8 *stub, u32 *stub_len, const char **name);

/* Helpers of the IR's C rendering (rvjit/ir.py): the w-bit values are u64s < 2^w */
static inline u64 rvjit_mask(u64 w)
{
	return w >= 64 ? ~0ULL : (1ULL << w) - 1;
}

/* Arithmetic shift right of a w-bit value (2 <= w <= 64); b >= w gives the sign fill */
static inline u64 rvjit_ashr(u64 a, u64 b, u64 w)
{
	u64 m = rvjit_mask(w);
	u64 fill = ((a >> (w - 1)) & 1) ? m : 0;

	if (b >= w)
		return fill;
	return (((a & m) >> b) | (fill & ~(m >> b))) & m;
}

/* Trailing zero bits of a w-bit value; w for zero */
static inline u64 rvjit_ctz(u64 a, u64 w)
{
	u64 r = 0;

	a &= rvjit_mask(w);
	if (!a)
		return w;
	while (!(a & 1)) {
		a >>= 1;
		r++;
	}
	return r;
}

/* Little-endian instruction parcels; return the bytes written */
static inline u32 rvjit_put16(u8 *p, u16 w)
{
	p[0] = w & 0xff;
	p[1] = w >> 8;
	return 2;
}

static inline u32 rvjit_put32(u8 *p, u32 w)
{
	p[0] = w & 0xff;
	p[1] = (w >> 8) & 0xff;
	p[2] = (w >> 16) & 0xff;
	p[3] = w >> 24;
	return 4;
}

/*
 * RV64 encoders, rendered from rvjit/encode.py (each Python encoder evaluated on
 * symbolic arguments).  Fields as the assembler writes them; immediates as 64-bit
 * patterns.  Only encodable fields (FORMS ranges) give the right word.
 */
/* addi */
static inline u32 rvjit_rv_addi(u64 rd, u64 rs1, u64 imm)
{
	return (u32)(((imm & 0xfffULL) << 20)
		| (rs1 << 15)
		| (rd << 7)
		| 0x13ULL);
}

/* slti */
static inline u32 rvjit_rv_slti(u64 rd, u64 rs1, u64 imm)
{
	return (u32)(((imm & 0xfffULL) << 20)
		| (rs1 << 15)
		| 0x2000ULL
		| (rd << 7)
		| 0x13ULL);
}

/* sltiu */
static inline u32 rvjit_rv_sltiu(u64 rd, u64 rs1, u64 imm)
{
	return (u32)(((imm & 0xfffULL) << 20)
		| (rs1 << 15)
		| 0x3000ULL
		| (rd << 7)
		| 0x13ULL);
}

/* xori */
static inline u32 rvjit_rv_xori(u64 rd, u64 rs1, u64 imm)
{
	return (u32)(((imm & 0xfffULL) << 20)
		| (rs1 << 15)
		| 0x4000ULL
		| (rd << 7)
		| 0x13ULL);
}

/* ori */
static inline u32 rvjit_rv_ori(u64 rd, u64 rs1, u64 imm)
{
	return (u32)(((imm & 0xfffULL) << 20)
		| (rs1 << 15)
		| 0x6000ULL
		| (rd << 7)
		| 0x13ULL);
}

/* andi */
static inline u32 rvjit_rv_andi(u64 rd, u64 rs1, u64 imm)
{
	return (u32)(((imm & 0xfffULL) << 20)
		| (rs1 << 15)
		| 0x7000ULL
		| (rd << 7)
		| 0x13ULL);
}

/* addiw */
static inline u32 rvjit_rv_addiw(u64 rd, u64 rs1, u64 imm)
{
	return (u32)(((imm & 0xfffULL) << 20)
		| (rs1 << 15)
		| (rd << 7)
		| 0x1bULL);
}

/* jalr */
static inline u32 rvjit_rv_jalr(u64 rd, u64 rs1, u64 imm)
{
	return (u32)(((imm & 0xfffULL) << 20)
		| (rs1 << 15)
		| (rd << 7)
		| 0x67ULL);
}

/* slli */
static inline u32 rvjit_rv_slli(u64 rd, u64 rs1, u64 imm)
{
	return (u32)(((imm & 0x3fULL & 0xfffULL) << 20)
		| (rs1 << 15)
		| 0x1000ULL
		| (rd << 7)
		| 0x13ULL);
}

/* srli */
static inline u32 rvjit_rv_srli(u64 rd, u64 rs1, u64 imm)
{
	return (u32)(((imm & 0x3fULL & 0xfffULL) << 20)
		| (rs1 << 15)
		| 0x5000ULL
		| (rd << 7)
		| 0x13ULL);
}

/* srai */
static inline u32 rvjit_rv_srai(u64 rd, u64 rs1, u64 imm)
{
	return (u32)((((0x400ULL | (imm & 0x3fULL)) & 0xfffULL) << 20)
		| (rs1 << 15)
		| 0x5000ULL
		| (rd << 7)
		| 0x13ULL);
}

/* slliw */
static inline u32 rvjit_rv_slliw(u64 rd, u64 rs1, u64 imm)
{
	return (u32)(((imm & 0x1fULL & 0xfffULL) << 20)
		| (rs1 << 15)
		| 0x1000ULL
		| (rd << 7)
		| 0x1bULL);
}

/* srliw */
static inline u32 rvjit_rv_srliw(u64 rd, u64 rs1, u64 imm)
{
	return (u32)(((imm & 0x1fULL & 0xfffULL) << 20)
		| (rs1 << 15)
		| 0x5000ULL
		| (rd << 7)
		| 0x1bULL);
}

/* sraiw */
static inline u32 rvjit_rv_sraiw(u64 rd, u64 rs1, u64 imm)
{
	return (u32)((((0x400ULL | (imm & 0x1fULL)) & 0xfffULL) << 20)
		| (rs1 << 15)
		| 0x5000ULL
		| (rd << 7)
		| 0x1bULL);
}

/* add */
static inline u32 rvjit_rv_add(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)((rs2 << 20)
		| (rs1 << 15)
		| (rd << 7)
		| 0x33ULL);
}

/* sub */
static inline u32 rvjit_rv_sub(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x40000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| (rd << 7)
		| 0x33ULL);
}

/* sll */
static inline u32 rvjit_rv_sll(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)((rs2 << 20)
		| (rs1 << 15)
		| 0x1000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* slt */
static inline u32 rvjit_rv_slt(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)((rs2 << 20)
		| (rs1 << 15)
		| 0x2000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* sltu */
static inline u32 rvjit_rv_sltu(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)((rs2 << 20)
		| (rs1 << 15)
		| 0x3000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* xor */
static inline u32 rvjit_rv_xor(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)((rs2 << 20)
		| (rs1 << 15)
		| 0x4000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* srl */
static inline u32 rvjit_rv_srl(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)((rs2 << 20)
		| (rs1 << 15)
		| 0x5000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* sra */
static inline u32 rvjit_rv_sra(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x40000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x5000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* or */
static inline u32 rvjit_rv_or(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)((rs2 << 20)
		| (rs1 << 15)
		| 0x6000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* and */
static inline u32 rvjit_rv_and(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)((rs2 << 20)
		| (rs1 << 15)
		| 0x7000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* addw */
static inline u32 rvjit_rv_addw(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)((rs2 << 20)
		| (rs1 << 15)
		| (rd << 7)
		| 0x3bULL);
}

/* subw */
static inline u32 rvjit_rv_subw(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x40000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| (rd << 7)
		| 0x3bULL);
}

/* sllw */
static inline u32 rvjit_rv_sllw(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)((rs2 << 20)
		| (rs1 << 15)
		| 0x1000ULL
		| (rd << 7)
		| 0x3bULL);
}

/* srlw */
static inline u32 rvjit_rv_srlw(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)((rs2 << 20)
		| (rs1 << 15)
		| 0x5000ULL
		| (rd << 7)
		| 0x3bULL);
}

/* sraw */
static inline u32 rvjit_rv_sraw(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x40000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x5000ULL
		| (rd << 7)
		| 0x3bULL);
}

/* mul */
static inline u32 rvjit_rv_mul(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x2000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| (rd << 7)
		| 0x33ULL);
}

/* mulh */
static inline u32 rvjit_rv_mulh(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x2000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x1000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* mulhsu */
static inline u32 rvjit_rv_mulhsu(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x2000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x2000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* mulhu */
static inline u32 rvjit_rv_mulhu(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x2000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x3000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* div */
static inline u32 rvjit_rv_div(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x2000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x4000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* divu */
static inline u32 rvjit_rv_divu(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x2000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x5000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* rem */
static inline u32 rvjit_rv_rem(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x2000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x6000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* remu */
static inline u32 rvjit_rv_remu(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x2000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x7000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* mulw */
static inline u32 rvjit_rv_mulw(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x2000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| (rd << 7)
		| 0x3bULL);
}

/* divw */
static inline u32 rvjit_rv_divw(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x2000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x4000ULL
		| (rd << 7)
		| 0x3bULL);
}

/* divuw */
static inline u32 rvjit_rv_divuw(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x2000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x5000ULL
		| (rd << 7)
		| 0x3bULL);
}

/* remw */
static inline u32 rvjit_rv_remw(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x2000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x6000ULL
		| (rd << 7)
		| 0x3bULL);
}

/* remuw */
static inline u32 rvjit_rv_remuw(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x2000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x7000ULL
		| (rd << 7)
		| 0x3bULL);
}

/* lb */
static inline u32 rvjit_rv_lb(u64 rd, u64 rs1, u64 imm)
{
	return (u32)(((imm & 0xfffULL) << 20)
		| (rs1 << 15)
		| (rd << 7)
		| 3ULL);
}

/* lh */
static inline u32 rvjit_rv_lh(u64 rd, u64 rs1, u64 imm)
{
	return (u32)(((imm & 0xfffULL) << 20)
		| (rs1 << 15)
		| 0x1000ULL
		| (rd << 7)
		| 3ULL);
}

/* lw */
static inline u32 rvjit_rv_lw(u64 rd, u64 rs1, u64 imm)
{
	return (u32)(((imm & 0xfffULL) << 20)
		| (rs1 << 15)
		| 0x2000ULL
		| (rd << 7)
		| 3ULL);
}

/* ld */
static inline u32 rvjit_rv_ld(u64 rd, u64 rs1, u64 imm)
{
	return (u32)(((imm & 0xfffULL) << 20)
		| (rs1 << 15)
		| 0x3000ULL
		| (rd << 7)
		| 3ULL);
}

/* lbu */
static inline u32 rvjit_rv_lbu(u64 rd, u64 rs1, u64 imm)
{
	return (u32)(((imm & 0xfffULL) << 20)
		| (rs1 << 15)
		| 0x4000ULL
		| (rd << 7)
		| 3ULL);
}

/* lhu */
static inline u32 rvjit_rv_lhu(u64 rd, u64 rs1, u64 imm)
{
	return (u32)(((imm & 0xfffULL) << 20)
		| (rs1 << 15)
		| 0x5000ULL
		| (rd << 7)
		| 3ULL);
}

/* lwu */
static inline u32 rvjit_rv_lwu(u64 rd, u64 rs1, u64 imm)
{
	return (u32)(((imm & 0xfffULL) << 20)
		| (rs1 << 15)
		| 0x6000ULL
		| (rd << 7)
		| 3ULL);
}

/* sb */
static inline u32 rvjit_rv_sb(u64 rs1, u64 rs2, u64 imm)
{
	return (u32)((((imm >> 5) & 0x7fULL) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| ((imm & 0x1fULL) << 7)
		| 0x23ULL);
}

/* sh */
static inline u32 rvjit_rv_sh(u64 rs1, u64 rs2, u64 imm)
{
	return (u32)((((imm >> 5) & 0x7fULL) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x1000ULL
		| ((imm & 0x1fULL) << 7)
		| 0x23ULL);
}

/* sw */
static inline u32 rvjit_rv_sw(u64 rs1, u64 rs2, u64 imm)
{
	return (u32)((((imm >> 5) & 0x7fULL) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x2000ULL
		| ((imm & 0x1fULL) << 7)
		| 0x23ULL);
}

/* sd */
static inline u32 rvjit_rv_sd(u64 rs1, u64 rs2, u64 imm)
{
	return (u32)((((imm >> 5) & 0x7fULL) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x3000ULL
		| ((imm & 0x1fULL) << 7)
		| 0x23ULL);
}

/* lui */
static inline u32 rvjit_rv_lui(u64 rd, u64 imm)
{
	return (u32)(((imm & 0xfffffULL) << 12)
		| (rd << 7)
		| 0x37ULL);
}

/* auipc */
static inline u32 rvjit_rv_auipc(u64 rd, u64 imm)
{
	return (u32)(((imm & 0xfffffULL) << 12)
		| (rd << 7)
		| 0x17ULL);
}

/* jal */
static inline u32 rvjit_rv_jal(u64 rd, u64 imm)
{
	return (u32)((((imm >> 20) & 1ULL) << 31)
		| (((imm >> 1) & 0x3ffULL) << 21)
		| (((imm >> 11) & 1ULL) << 20)
		| (((imm >> 12) & 0xffULL) << 12)
		| (rd << 7)
		| 0x6fULL);
}

/* beq */
static inline u32 rvjit_rv_beq(u64 rs1, u64 rs2, u64 imm)
{
	return (u32)((((imm >> 12) & 1ULL) << 31)
		| (((imm >> 5) & 0x3fULL) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| (((imm >> 1) & 0xfULL) << 8)
		| (((imm >> 11) & 1ULL) << 7)
		| 0x63ULL);
}

/* bne */
static inline u32 rvjit_rv_bne(u64 rs1, u64 rs2, u64 imm)
{
	return (u32)((((imm >> 12) & 1ULL) << 31)
		| (((imm >> 5) & 0x3fULL) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x1000ULL
		| (((imm >> 1) & 0xfULL) << 8)
		| (((imm >> 11) & 1ULL) << 7)
		| 0x63ULL);
}

/* blt */
static inline u32 rvjit_rv_blt(u64 rs1, u64 rs2, u64 imm)
{
	return (u32)((((imm >> 12) & 1ULL) << 31)
		| (((imm >> 5) & 0x3fULL) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x4000ULL
		| (((imm >> 1) & 0xfULL) << 8)
		| (((imm >> 11) & 1ULL) << 7)
		| 0x63ULL);
}

/* bge */
static inline u32 rvjit_rv_bge(u64 rs1, u64 rs2, u64 imm)
{
	return (u32)((((imm >> 12) & 1ULL) << 31)
		| (((imm >> 5) & 0x3fULL) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x5000ULL
		| (((imm >> 1) & 0xfULL) << 8)
		| (((imm >> 11) & 1ULL) << 7)
		| 0x63ULL);
}

/* bltu */
static inline u32 rvjit_rv_bltu(u64 rs1, u64 rs2, u64 imm)
{
	return (u32)((((imm >> 12) & 1ULL) << 31)
		| (((imm >> 5) & 0x3fULL) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x6000ULL
		| (((imm >> 1) & 0xfULL) << 8)
		| (((imm >> 11) & 1ULL) << 7)
		| 0x63ULL);
}

/* bgeu */
static inline u32 rvjit_rv_bgeu(u64 rs1, u64 rs2, u64 imm)
{
	return (u32)((((imm >> 12) & 1ULL) << 31)
		| (((imm >> 5) & 0x3fULL) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x7000ULL
		| (((imm >> 1) & 0xfULL) << 8)
		| (((imm >> 11) & 1ULL) << 7)
		| 0x63ULL);
}

/* add.uw */
static inline u32 rvjit_rv_add_uw(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x8000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| (rd << 7)
		| 0x3bULL);
}

/* sh1add */
static inline u32 rvjit_rv_sh1add(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x20000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x2000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* sh2add */
static inline u32 rvjit_rv_sh2add(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x20000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x4000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* sh3add */
static inline u32 rvjit_rv_sh3add(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x20000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x6000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* andn */
static inline u32 rvjit_rv_andn(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x40000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x7000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* orn */
static inline u32 rvjit_rv_orn(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x40000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x6000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* xnor */
static inline u32 rvjit_rv_xnor(u64 rd, u64 rs1, u64 rs2)
{
	return (u32)(0x40000000ULL
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x4000ULL
		| (rd << 7)
		| 0x33ULL);
}

/* sext.b */
static inline u32 rvjit_rv_sext_b(u64 rd, u64 rs1)
{
	return (u32)(0x60400000ULL
		| (rs1 << 15)
		| 0x1000ULL
		| (rd << 7)
		| 0x13ULL);
}

/* sext.h */
static inline u32 rvjit_rv_sext_h(u64 rd, u64 rs1)
{
	return (u32)(0x60500000ULL
		| (rs1 << 15)
		| 0x1000ULL
		| (rd << 7)
		| 0x13ULL);
}

/* zext.h */
static inline u32 rvjit_rv_zext_h(u64 rd, u64 rs1)
{
	return (u32)(0x8000000ULL
		| (rs1 << 15)
		| 0x4000ULL
		| (rd << 7)
		| 0x3bULL);
}

/* rev8 */
static inline u32 rvjit_rv_rev8(u64 rd, u64 rs1)
{
	return (u32)(0x6b800000ULL
		| (rs1 << 15)
		| 0x5000ULL
		| (rd << 7)
		| 0x13ULL);
}

/* rori */
static inline u32 rvjit_rv_rori(u64 rd, u64 rs1, u64 imm)
{
	return (u32)((((0x600ULL | (imm & 0x3fULL)) & 0xfffULL) << 20)
		| (rs1 << 15)
		| 0x5000ULL
		| (rd << 7)
		| 0x13ULL);
}

/* lr.w */
static inline u32 rvjit_rv_lr_w(u64 rd, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((8ULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs1 << 15)
		| 0x2000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* lr.d */
static inline u32 rvjit_rv_lr_d(u64 rd, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((8ULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs1 << 15)
		| 0x3000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* sc.w */
static inline u32 rvjit_rv_sc_w(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((0xcULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x2000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* sc.d */
static inline u32 rvjit_rv_sc_d(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((0xcULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x3000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* amoswap.w */
static inline u32 rvjit_rv_amoswap_w(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((4ULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x2000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* amoswap.d */
static inline u32 rvjit_rv_amoswap_d(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((4ULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x3000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* amoadd.w */
static inline u32 rvjit_rv_amoadd_w(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x2000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* amoadd.d */
static inline u32 rvjit_rv_amoadd_d(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x3000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* amoxor.w */
static inline u32 rvjit_rv_amoxor_w(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((0x10ULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x2000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* amoxor.d */
static inline u32 rvjit_rv_amoxor_d(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((0x10ULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x3000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* amoand.w */
static inline u32 rvjit_rv_amoand_w(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((0x30ULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x2000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* amoand.d */
static inline u32 rvjit_rv_amoand_d(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((0x30ULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x3000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* amoor.w */
static inline u32 rvjit_rv_amoor_w(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((0x20ULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x2000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* amoor.d */
static inline u32 rvjit_rv_amoor_d(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((0x20ULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x3000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* amomin.w */
static inline u32 rvjit_rv_amomin_w(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((0x40ULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x2000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* amomin.d */
static inline u32 rvjit_rv_amomin_d(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((0x40ULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x3000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* amomax.w */
static inline u32 rvjit_rv_amomax_w(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((0x50ULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x2000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* amomax.d */
static inline u32 rvjit_rv_amomax_d(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((0x50ULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x3000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* amominu.w */
static inline u32 rvjit_rv_amominu_w(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((0x60ULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x2000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* amominu.d */
static inline u32 rvjit_rv_amominu_d(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((0x60ULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x3000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* amomaxu.w */
static inline u32 rvjit_rv_amomaxu_w(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((0x70ULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x2000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* amomaxu.d */
static inline u32 rvjit_rv_amomaxu_d(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((0x70ULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x3000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* amocas.w */
static inline u32 rvjit_rv_amocas_w(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((0x14ULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x2000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* amocas.d */
static inline u32 rvjit_rv_amocas_d(u64 rd, u64 rs2, u64 rs1, u64 aq, u64 rl)
{
	return (u32)(((0x14ULL | ((aq & 1ULL) << 1) | (rl & 1ULL)) << 25)
		| (rs2 << 20)
		| (rs1 << 15)
		| 0x3000ULL
		| (rd << 7)
		| 0x2fULL);
}

/* fence */
static inline u32 rvjit_rv_fence(u64 pred, u64 succ)
{
	return (u32)(((pred & 0xfULL) << 24)
		| ((succ & 0xfULL) << 20)
		| 0xfULL);
}

/* c.addi */
static inline u16 rvjit_rvc_addi(u64 rd, u64 imm)
{
	return (u16)((((imm >> 5) & 1ULL) << 12)
		| (rd << 7)
		| ((imm & 0x1fULL) << 2)
		| 1ULL);
}

/* c.addiw */
static inline u16 rvjit_rvc_addiw(u64 rd, u64 imm)
{
	return (u16)(0x2000ULL
		| (((imm >> 5) & 1ULL) << 12)
		| (rd << 7)
		| ((imm & 0x1fULL) << 2)
		| 1ULL);
}

/* c.li */
static inline u16 rvjit_rvc_li(u64 rd, u64 imm)
{
	return (u16)(0x4000ULL
		| (((imm >> 5) & 1ULL) << 12)
		| (rd << 7)
		| ((imm & 0x1fULL) << 2)
		| 1ULL);
}

/* c.lui */
static inline u16 rvjit_rvc_lui(u64 rd, u64 imm)
{
	return (u16)(0x6000ULL
		| (((imm >> 5) & 1ULL) << 12)
		| (rd << 7)
		| ((imm & 0x1fULL) << 2)
		| 1ULL);
}

/* c.slli */
static inline u16 rvjit_rvc_slli(u64 rd, u64 imm)
{
	return (u16)((((imm >> 5) & 1ULL) << 12)
		| (rd << 7)
		| ((imm & 0x1fULL) << 2)
		| 2ULL);
}

/* c.srli */
static inline u16 rvjit_rvc_srli(u64 rd, u64 imm)
{
	return (u16)(0x8000ULL
		| (((imm >> 5) & 1ULL) << 12)
		| ((rd - 8ULL) << 7)
		| ((imm & 0x1fULL) << 2)
		| 1ULL);
}

/* c.srai */
static inline u16 rvjit_rvc_srai(u64 rd, u64 imm)
{
	return (u16)(0x8000ULL
		| (((imm >> 5) & 1ULL) << 12)
		| 0x400ULL
		| ((rd - 8ULL) << 7)
		| ((imm & 0x1fULL) << 2)
		| 1ULL);
}

/* c.andi */
static inline u16 rvjit_rvc_andi(u64 rd, u64 imm)
{
	return (u16)(0x8000ULL
		| (((imm >> 5) & 1ULL) << 12)
		| 0x800ULL
		| ((rd - 8ULL) << 7)
		| ((imm & 0x1fULL) << 2)
		| 1ULL);
}

/* c.mv */
static inline u16 rvjit_rvc_mv(u64 rd, u64 rs2)
{
	return (u16)(0x8000ULL
		| (rd << 7)
		| (rs2 << 2)
		| 2ULL);
}

/* c.add */
static inline u16 rvjit_rvc_add(u64 rd, u64 rs2)
{
	return (u16)(0x9000ULL
		| (rd << 7)
		| (rs2 << 2)
		| 2ULL);
}

/* c.sub */
static inline u16 rvjit_rvc_sub(u64 rd, u64 rs2)
{
	return (u16)(0x8c00ULL
		| ((rd - 8ULL) << 7)
		| ((rs2 - 8ULL) << 2)
		| 1ULL);
}

/* c.xor */
static inline u16 rvjit_rvc_xor(u64 rd, u64 rs2)
{
	return (u16)(0x8c00ULL
		| ((rd - 8ULL) << 7)
		| 0x20ULL
		| ((rs2 - 8ULL) << 2)
		| 1ULL);
}

/* c.or */
static inline u16 rvjit_rvc_or(u64 rd, u64 rs2)
{
	return (u16)(0x8c00ULL
		| ((rd - 8ULL) << 7)
		| 0x40ULL
		| ((rs2 - 8ULL) << 2)
		| 1ULL);
}

/* c.and */
static inline u16 rvjit_rvc_and(u64 rd, u64 rs2)
{
	return (u16)(0x8c00ULL
		| ((rd - 8ULL) << 7)
		| 0x60ULL
		| ((rs2 - 8ULL) << 2)
		| 1ULL);
}

/* c.subw */
static inline u16 rvjit_rvc_subw(u64 rd, u64 rs2)
{
	return (u16)(0x9c00ULL
		| ((rd - 8ULL) << 7)
		| ((rs2 - 8ULL) << 2)
		| 1ULL);
}

/* c.addw */
static inline u16 rvjit_rvc_addw(u64 rd, u64 rs2)
{
	return (u16)(0x9c00ULL
		| ((rd - 8ULL) << 7)
		| 0x20ULL
		| ((rs2 - 8ULL) << 2)
		| 1ULL);
}

/* c.j */
static inline u16 rvjit_rvc_j(u64 imm)
{
	return (u16)(0xa000ULL
		| (((((imm >> 11) & 1ULL) << 10) | (((imm >> 4) & 1ULL) << 9) | (((imm >> 8) & 3ULL) << 7) | (((imm >> 10) & 1ULL) << 6) | (((imm >> 6) & 1ULL) << 5) | (((imm >> 7) & 1ULL) << 4) | (((imm >> 1) & 7ULL) << 1) | ((imm >> 5) & 1ULL)) << 2)
		| 1ULL);
}

/* c.jr */
static inline u16 rvjit_rvc_jr(u64 rs1)
{
	return (u16)(0x8000ULL
		| (rs1 << 7)
		| 2ULL);
}

/* c.beqz */
static inline u16 rvjit_rvc_beqz(u64 rs1, u64 imm)
{
	return (u16)(0xc000ULL
		| (((imm >> 8) & 1ULL) << 12)
		| (((imm >> 3) & 3ULL) << 10)
		| (((imm >> 6) & 3ULL) << 5)
		| (((imm >> 1) & 3ULL) << 3)
		| (((imm >> 5) & 1ULL) << 2)
		| ((rs1 - 8ULL) << 7)
		| 1ULL);
}

/* c.bnez */
static inline u16 rvjit_rvc_bnez(u64 rs1, u64 imm)
{
	return (u16)(0xe000ULL
		| (((imm >> 8) & 1ULL) << 12)
		| (((imm >> 3) & 3ULL) << 10)
		| (((imm >> 6) & 3ULL) << 5)
		| (((imm >> 1) & 3ULL) << 3)
		| (((imm >> 5) & 1ULL) << 2)
		| ((rs1 - 8ULL) << 7)
		| 1ULL);
}

/* c.lw */
static inline u16 rvjit_rvc_lw(u64 rd, u64 rs1, u64 imm)
{
	return (u16)(0x4000ULL
		| (((imm >> 3) & 7ULL) << 10)
		| ((rs1 - 8ULL) << 7)
		| (((((imm >> 2) & 1ULL) << 1) | ((imm >> 6) & 1ULL)) << 5)
		| ((rd - 8ULL) << 2));
}

/* c.ld */
static inline u16 rvjit_rvc_ld(u64 rd, u64 rs1, u64 imm)
{
	return (u16)(0x6000ULL
		| (((imm >> 3) & 7ULL) << 10)
		| ((rs1 - 8ULL) << 7)
		| (((imm >> 6) & 3ULL) << 5)
		| ((rd - 8ULL) << 2));
}

/* c.sw */
static inline u16 rvjit_rvc_sw(u64 rs1, u64 rs2, u64 imm)
{
	return (u16)(0xc000ULL
		| (((imm >> 3) & 7ULL) << 10)
		| ((rs1 - 8ULL) << 7)
		| (((((imm >> 2) & 1ULL) << 1) | ((imm >> 6) & 1ULL)) << 5)
		| ((rs2 - 8ULL) << 2));
}

/* c.sd */
static inline u16 rvjit_rvc_sd(u64 rs1, u64 rs2, u64 imm)
{
	return (u16)(0xe000ULL
		| (((imm >> 3) & 7ULL) << 10)
		| ((rs1 - 8ULL) << 7)
		| (((imm >> 6) & 3ULL) << 5)
		| ((rs2 - 8ULL) << 2));
}

/* c.ldsp */
static inline u16 rvjit_rvc_ldsp(u64 rd, u64 imm)
{
	return (u16)(0x6000ULL
		| (((imm >> 5) & 1ULL) << 12)
		| (rd << 7)
		| (((imm >> 3) & 3ULL) << 5)
		| (((imm >> 6) & 7ULL) << 2)
		| 2ULL);
}

/* c.sdsp */
static inline u16 rvjit_rvc_sdsp(u64 rs2, u64 imm)
{
	return (u16)(0xe000ULL
		| (((imm >> 3) & 7ULL) << 10)
		| (((imm >> 6) & 7ULL) << 7)
		| (rs2 << 2)
		| 2ULL);
}

/* c.addi16sp */
static inline u16 rvjit_rvc_addi16sp(u64 imm)
{
	return (u16)(0x6000ULL
		| (((imm >> 9) & 1ULL) << 12)
		| 0x100ULL
		| (((imm >> 4) & 1ULL) << 6)
		| (((imm >> 6) & 1ULL) << 5)
		| (((imm >> 7) & 3ULL) << 3)
		| (((imm >> 5) & 1ULL) << 2)
		| 1ULL);
}

#endif /* _RVJIT_EMIT_H */
