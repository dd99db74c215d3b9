// SPDX-License-Identifier: GPL-2.0
// GENERATED FILE - DO NOT EDIT.  Regenerate with `make gen` (python -m rvjit.gen).
// Generated from the proven rule table: table 0491dbca33a272df, semantics ac6c13afc65943ca, 791 rules.
#include "rvjit_emit.h"

/* The operands of one instruction, each its bit pattern zero-extended */
struct rvjit_operands {
	u64 dst;	/* 4 bits */
	u64 src;	/* 4 bits */
	u64 off;	/* 16 bits */
	u64 imm;	/* 32 bits */
	u64 imm64;	/* 64 bits */
	u64 dist;	/* 64 bits */
};

struct rvjit_rule {
	const char *name;
	u32 isa;		/* RVJIT_ISA_* extensions the rule needs */
	bool (*guard)(const struct rvjit_operands *op);
	u32 (*emit)(const struct rvjit_operands *op, bool rvc, u8 *out);
};

#define RVJIT_RULES(a, n)	(*(n) = ARRAY_SIZE(a), (a))

const u64 rvjit_rv_of_bpf[16] = {
	15, 10, 11, 12, 13, 14, 9, 18, 19, 20, 21, 0, 0, 0, 0, 0
};

/* addi, or its C form when the C extension is on and the fields allow */
static inline u32 rvjit_enc_addi(u8 *p, bool rvc, u64 rd, u64 rs1, u64 i)
{
	if (rvc) {
		if ((rs1 == 0ULL) && (rd != 0ULL) && ((((((i >> 0) & 0x3fULL) ^ 0x20ULL) - 0x20ULL) & 0xffffffffffffffffULL) == i))	/* c.li */
			return rvjit_put16(p, rvjit_rvc_li(rd, i));
		if ((i == 0ULL) && (rd != 0ULL) && (rs1 != 0ULL))	/* c.mv */
			return rvjit_put16(p, rvjit_rvc_mv(rd, rs1));
		if ((rd == rs1) && (rd != 0ULL) && (((((((i >> 0) & 0x3fULL) ^ 0x20ULL) - 0x20ULL) & 0xffffffffffffffffULL) == i) && (i != 0ULL)))	/* c.addi */
			return rvjit_put16(p, rvjit_rvc_addi(rd, i));
	}
	return rvjit_put32(p, rvjit_rv_addi(rd, rs1, i));
}

/* addiw, or its C form when the C extension is on and the fields allow */
static inline u32 rvjit_enc_addiw(u8 *p, bool rvc, u64 rd, u64 rs1, u64 i)
{
	if (rvc) {
		if ((rd == rs1) && (rd != 0ULL) && ((((((i >> 0) & 0x3fULL) ^ 0x20ULL) - 0x20ULL) & 0xffffffffffffffffULL) == i))	/* c.addiw */
			return rvjit_put16(p, rvjit_rvc_addiw(rd, i));
	}
	return rvjit_put32(p, rvjit_rv_addiw(rd, rs1, i));
}

/* lui, or its C form when the C extension is on and the fields allow */
static inline u32 rvjit_enc_lui(u8 *p, bool rvc, u64 rd, u64 i)
{
	if (rvc) {
		if ((rd != 0ULL) && (rd != 2ULL) && (i != 0ULL) && ((i < 0x20ULL) || ((i >= 0xfffe0ULL) && (i <= 0xfffffULL))))	/* c.lui */
			return rvjit_put16(p, rvjit_rvc_lui(rd, i));
	}
	return rvjit_put32(p, rvjit_rv_lui(rd, i));
}

/* slli, or its C form when the C extension is on and the fields allow */
static inline u32 rvjit_enc_slli(u8 *p, bool rvc, u64 rd, u64 rs1, u64 i)
{
	if (rvc) {
		if ((rd == rs1) && (rd != 0ULL) && (i != 0ULL))	/* c.slli */
			return rvjit_put16(p, rvjit_rvc_slli(rd, i));
	}
	return rvjit_put32(p, rvjit_rv_slli(rd, rs1, i));
}

/* srli, or its C form when the C extension is on and the fields allow */
static inline u32 rvjit_enc_srli(u8 *p, bool rvc, u64 rd, u64 rs1, u64 i)
{
	if (rvc) {
		if ((rd == rs1) && ((rd >= 8ULL) && (rd <= 0xfULL)) && (i != 0ULL))	/* c.srli */
			return rvjit_put16(p, rvjit_rvc_srli(rd, i));
	}
	return rvjit_put32(p, rvjit_rv_srli(rd, rs1, i));
}

/* srai, or its C form when the C extension is on and the fields allow */
static inline u32 rvjit_enc_srai(u8 *p, bool rvc, u64 rd, u64 rs1, u64 i)
{
	if (rvc) {
		if ((rd == rs1) && ((rd >= 8ULL) && (rd <= 0xfULL)) && (i != 0ULL))	/* c.srai */
			return rvjit_put16(p, rvjit_rvc_srai(rd, i));
	}
	return rvjit_put32(p, rvjit_rv_srai(rd, rs1, i));
}

/* andi, or its C form when the C extension is on and the fields allow */
static inline u32 rvjit_enc_andi(u8 *p, bool rvc, u64 rd, u64 rs1, u64 i)
{
	if (rvc) {
		if ((rd == rs1) && ((rd >= 8ULL) && (rd <= 0xfULL)) && ((((((i >> 0) & 0x3fULL) ^ 0x20ULL) - 0x20ULL) & 0xffffffffffffffffULL) == i))	/* c.andi */
			return rvjit_put16(p, rvjit_rvc_andi(rd, i));
	}
	return rvjit_put32(p, rvjit_rv_andi(rd, rs1, i));
}

/* add, or its C form when the C extension is on and the fields allow */
static inline u32 rvjit_enc_add(u8 *p, bool rvc, u64 rd, u64 rs1, u64 rs2)
{
	if (rvc) {
		if ((rd == rs1) && (rd != 0ULL) && (rs2 != 0ULL))	/* c.add */
			return rvjit_put16(p, rvjit_rvc_add(rd, rs2));
		if ((rs1 == 0ULL) && (rd != 0ULL) && (rs2 != 0ULL))	/* c.mv */
			return rvjit_put16(p, rvjit_rvc_mv(rd, rs2));
	}
	return rvjit_put32(p, rvjit_rv_add(rd, rs1, rs2));
}

/* sub, or its C form when the C extension is on and the fields allow */
static inline u32 rvjit_enc_sub(u8 *p, bool rvc, u64 rd, u64 rs1, u64 rs2)
{
	if (rvc) {
		if ((rd == rs1) && ((rd >= 8ULL) && (rd <= 0xfULL)) && ((rs2 >= 8ULL) && (rs2 <= 0xfULL)))	/* c.sub */
			return rvjit_put16(p, rvjit_rvc_sub(rd, rs2));
	}
	return rvjit_put32(p, rvjit_rv_sub(rd, rs1, rs2));
}

/* xor, or its C form when the C extension is on and the fields allow */
static inline u32 rvjit_enc_xor(u8 *p, bool rvc, u64 rd, u64 rs1, u64 rs2)
{
	if (rvc) {
		if ((rd == rs1) && ((rd >= 8ULL) && (rd <= 0xfULL)) && ((rs2 >= 8ULL) && (rs2 <= 0xfULL)))	/* c.xor */
			return rvjit_put16(p, rvjit_rvc_xor(rd, rs2));
	}
	return rvjit_put32(p, rvjit_rv_xor(rd, rs1, rs2));
}

/* or, or its C form when the C extension is on and the fields allow */
static inline u32 rvjit_enc_or(u8 *p, bool rvc, u64 rd, u64 rs1, u64 rs2)
{
	if (rvc) {
		if ((rd == rs1) && ((rd >= 8ULL) && (rd <= 0xfULL)) && ((rs2 >= 8ULL) && (rs2 <= 0xfULL)))	/* c.or */
			return rvjit_put16(p, rvjit_rvc_or(rd, rs2));
	}
	return rvjit_put32(p, rvjit_rv_or(rd, rs1, rs2));
}

/* and, or its C form when the C extension is on and the fields allow */
static inline u32 rvjit_enc_and(u8 *p, bool rvc, u64 rd, u64 rs1, u64 rs2)
{
	if (rvc) {
		if ((rd == rs1) && ((rd >= 8ULL) && (rd <= 0xfULL)) && ((rs2 >= 8ULL) && (rs2 <= 0xfULL)))	/* c.and */
			return rvjit_put16(p, rvjit_rvc_and(rd, rs2));
	}
	return rvjit_put32(p, rvjit_rv_and(rd, rs1, rs2));
}

/* subw, or its C form when the C extension is on and the fields allow */
static inline u32 rvjit_enc_subw(u8 *p, bool rvc, u64 rd, u64 rs1, u64 rs2)
{
	if (rvc) {
		if ((rd == rs1) && ((rd >= 8ULL) && (rd <= 0xfULL)) && ((rs2 >= 8ULL) && (rs2 <= 0xfULL)))	/* c.subw */
			return rvjit_put16(p, rvjit_rvc_subw(rd, rs2));
	}
	return rvjit_put32(p, rvjit_rv_subw(rd, rs1, rs2));
}

/* addw, or its C form when the C extension is on and the fields allow */
static inline u32 rvjit_enc_addw(u8 *p, bool rvc, u64 rd, u64 rs1, u64 rs2)
{
	if (rvc) {
		if ((rd == rs1) && ((rd >= 8ULL) && (rd <= 0xfULL)) && ((rs2 >= 8ULL) && (rs2 <= 0xfULL)))	/* c.addw */
			return rvjit_put16(p, rvjit_rvc_addw(rd, rs2));
	}
	return rvjit_put32(p, rvjit_rv_addw(rd, rs1, rs2));
}

/* jalr, or its C form when the C extension is on and the fields allow */
static inline u32 rvjit_enc_jalr(u8 *p, bool rvc, u64 rd, u64 rs1, u64 i)
{
	if (rvc) {
		if ((rd == 0ULL) && (i == 0ULL) && (rs1 != 0ULL))	/* c.jr */
			return rvjit_put16(p, rvjit_rvc_jr(rs1));
	}
	return rvjit_put32(p, rvjit_rv_jalr(rd, rs1, i));
}

static bool rvjit_guard_alu64_add_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_add_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_add(out + n, rvc, t0, t0, rvjit_rv_of_bpf[src]);
	return n;
}

static bool rvjit_guard_alu64_sub_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_sub_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_sub(out + n, rvc, t0, t0, rvjit_rv_of_bpf[src]);
	return n;
}

static bool rvjit_guard_alu64_mul_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_mul_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_mul(t0, t0, rvjit_rv_of_bpf[src]));	/* mul */
	return n;
}

static bool rvjit_guard_alu64_or_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_or_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_or(out + n, rvc, t0, t0, rvjit_rv_of_bpf[src]);
	return n;
}

static bool rvjit_guard_alu64_and_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_and_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_and(out + n, rvc, t0, t0, rvjit_rv_of_bpf[src]);
	return n;
}

static bool rvjit_guard_alu64_xor_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_xor_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_xor(out + n, rvc, t0, t0, rvjit_rv_of_bpf[src]);
	return n;
}

static bool rvjit_guard_alu64_sll_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_sll_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_sll(t0, t0, rvjit_rv_of_bpf[src]));	/* sll */
	return n;
}

static bool rvjit_guard_alu64_srl_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_srl_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_srl(t0, t0, rvjit_rv_of_bpf[src]));	/* srl */
	return n;
}

static bool rvjit_guard_alu64_sra_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_sra_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_sra(t0, t0, rvjit_rv_of_bpf[src]));	/* sra */
	return n;
}

static bool rvjit_guard_alu64_divu_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_divu_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[src];
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_sltu(6ULL, 0ULL, t0));	/* sltu */
	n += rvjit_enc_sub(out + n, rvc, 6ULL, 0ULL, 6ULL);
	n += rvjit_put32(out + n, rvjit_rv_divu(t1, t1, t0));	/* divu */
	n += rvjit_enc_and(out + n, rvc, t1, t1, 6ULL);
	return n;
}

static bool rvjit_guard_alu64_div_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_div_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[src];
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_sltu(6ULL, 0ULL, t0));	/* sltu */
	n += rvjit_enc_sub(out + n, rvc, 6ULL, 0ULL, 6ULL);
	n += rvjit_put32(out + n, rvjit_rv_div(t1, t1, t0));	/* div */
	n += rvjit_enc_and(out + n, rvc, t1, t1, 6ULL);
	return n;
}

static bool rvjit_guard_alu64_remu_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_remu_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_remu(t0, t0, rvjit_rv_of_bpf[src]));	/* remu */
	return n;
}

static bool rvjit_guard_alu64_rem_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_rem_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_rem(t0, t0, rvjit_rv_of_bpf[src]));	/* rem */
	return n;
}

static bool rvjit_guard_alu64_mov_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_mov_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], 0ULL);
	return n;
}

static bool rvjit_guard_alu64_movsx8_zbb(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_movsx8_zbb(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_sext_b(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src]));	/* sext.b */
	return n;
}

static bool rvjit_guard_alu64_movsx8(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_movsx8(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_slli(out + n, rvc, t0, rvjit_rv_of_bpf[src], 0x38ULL);
	n += rvjit_enc_srai(out + n, rvc, t0, t0, 0x38ULL);
	return n;
}

static bool rvjit_guard_alu64_movsx16_zbb(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_movsx16_zbb(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_sext_h(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src]));	/* sext.h */
	return n;
}

static bool rvjit_guard_alu64_movsx16(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_movsx16(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_slli(out + n, rvc, t0, rvjit_rv_of_bpf[src], 0x30ULL);
	n += rvjit_enc_srai(out + n, rvc, t0, t0, 0x30ULL);
	return n;
}

static bool rvjit_guard_alu64_movsx32(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_movsx32(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	u32 n = 0;

	n += rvjit_enc_addiw(out + n, rvc, rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], 0ULL);
	return n;
}

static bool rvjit_guard_alu64_neg(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_neg(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_sub(out + n, rvc, t0, 0ULL, t0);
	return n;
}

static bool rvjit_guard_alu64_add_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu64_add_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, t0, t0, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	return n;
}

static bool rvjit_guard_alu64_add_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu64_add_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, t0, t0, 6ULL);
	return n;
}

static bool rvjit_guard_alu64_add_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu64_add_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, t1, t1, 6ULL);
	return n;
}

static bool rvjit_guard_alu64_and_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu64_and_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_andi(out + n, rvc, t0, t0, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	return n;
}

static bool rvjit_guard_alu64_and_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu64_and_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_and(out + n, rvc, t0, t0, 6ULL);
	return n;
}

static bool rvjit_guard_alu64_and_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu64_and_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_and(out + n, rvc, t1, t1, 6ULL);
	return n;
}

static bool rvjit_guard_alu64_or_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu64_or_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_ori(t0, t0, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* ori */
	return n;
}

static bool rvjit_guard_alu64_or_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu64_or_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_or(out + n, rvc, t0, t0, 6ULL);
	return n;
}

static bool rvjit_guard_alu64_or_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu64_or_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_or(out + n, rvc, t1, t1, 6ULL);
	return n;
}

static bool rvjit_guard_alu64_xor_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu64_xor_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_xori(t0, t0, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* xori */
	return n;
}

static bool rvjit_guard_alu64_xor_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu64_xor_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_xor(out + n, rvc, t0, t0, 6ULL);
	return n;
}

static bool rvjit_guard_alu64_xor_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu64_xor_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_xor(out + n, rvc, t1, t1, 6ULL);
	return n;
}

static bool rvjit_guard_alu64_sub_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = ((0ULL - (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu64_sub_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, t0, t0, ((0ULL - (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL));
	return n;
}

static bool rvjit_guard_alu64_sub_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu64_sub_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_sub(out + n, rvc, t0, t0, 6ULL);
	return n;
}

static bool rvjit_guard_alu64_sub_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu64_sub_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_sub(out + n, rvc, t1, t1, 6ULL);
	return n;
}

static bool rvjit_guard_alu64_mul_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu64_mul_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_mul(t0, t0, 6ULL));	/* mul */
	return n;
}

static bool rvjit_guard_alu64_mul_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu64_mul_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_put32(out + n, rvjit_rv_mul(t0, t0, 6ULL));	/* mul */
	return n;
}

static bool rvjit_guard_alu64_mul_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu64_mul_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_mul(t1, t1, 6ULL));	/* mul */
	return n;
}

static bool rvjit_guard_alu64_divu_k_zero(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;

	return (imm == 0ULL);
}

static u32 rvjit_emit_alu64_divu_k_zero(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, rvjit_rv_of_bpf[dst], 0ULL, 0ULL);
	return n;
}

static bool rvjit_guard_alu64_divu_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu64_divu_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_divu(t0, t0, 6ULL));	/* divu */
	return n;
}

static bool rvjit_guard_alu64_divu_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu64_divu_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_put32(out + n, rvjit_rv_divu(t0, t0, 6ULL));	/* divu */
	return n;
}

static bool rvjit_guard_alu64_divu_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu64_divu_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_divu(t1, t1, 6ULL));	/* divu */
	return n;
}

static bool rvjit_guard_alu64_remu_k_zero(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;

	return (imm == 0ULL);
}

static u32 rvjit_emit_alu64_remu_k_zero(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	return 0;
}

static bool rvjit_guard_alu64_remu_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu64_remu_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_remu(t0, t0, 6ULL));	/* remu */
	return n;
}

static bool rvjit_guard_alu64_remu_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu64_remu_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_put32(out + n, rvjit_rv_remu(t0, t0, 6ULL));	/* remu */
	return n;
}

static bool rvjit_guard_alu64_remu_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu64_remu_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_remu(t1, t1, 6ULL));	/* remu */
	return n;
}

static bool rvjit_guard_alu64_div_k_zero(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;

	return (imm == 0ULL);
}

static u32 rvjit_emit_alu64_div_k_zero(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, rvjit_rv_of_bpf[dst], 0ULL, 0ULL);
	return n;
}

static bool rvjit_guard_alu64_div_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu64_div_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_div(t0, t0, 6ULL));	/* div */
	return n;
}

static bool rvjit_guard_alu64_div_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu64_div_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_put32(out + n, rvjit_rv_div(t0, t0, 6ULL));	/* div */
	return n;
}

static bool rvjit_guard_alu64_div_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu64_div_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_div(t1, t1, 6ULL));	/* div */
	return n;
}

static bool rvjit_guard_alu64_rem_k_zero(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;

	return (imm == 0ULL);
}

static u32 rvjit_emit_alu64_rem_k_zero(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	return 0;
}

static bool rvjit_guard_alu64_rem_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu64_rem_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_rem(t0, t0, 6ULL));	/* rem */
	return n;
}

static bool rvjit_guard_alu64_rem_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu64_rem_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_put32(out + n, rvjit_rv_rem(t0, t0, 6ULL));	/* rem */
	return n;
}

static bool rvjit_guard_alu64_rem_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu64_rem_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_rem(t1, t1, 6ULL));	/* rem */
	return n;
}

static bool rvjit_guard_alu64_slli_k(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_slli_k(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((imm >> 0) & 0x3fULL));
	return n;
}

static bool rvjit_guard_alu64_srli_k(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_srli_k(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_srli(out + n, rvc, t0, t0, ((imm >> 0) & 0x3fULL));
	return n;
}

static bool rvjit_guard_alu64_srai_k(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu64_srai_k(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_srai(out + n, rvc, t0, t0, ((imm >> 0) & 0x3fULL));
	return n;
}

static bool rvjit_guard_alu64_mov_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu64_mov_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, rvjit_rv_of_bpf[dst], 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	return n;
}

static bool rvjit_guard_alu64_mov_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL));
}

static u32 rvjit_emit_alu64_mov_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, rvjit_rv_of_bpf[dst], (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	return n;
}

static bool rvjit_guard_alu64_mov_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu64_mov_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	return n;
}

static bool rvjit_guard_alu32_add_x_zba(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_add_x_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_add(out + n, rvc, t0, t0, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_add_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_add_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_add(out + n, rvc, t0, t0, rvjit_rv_of_bpf[src]);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_subw_x_zba(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_subw_x_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_subw(out + n, rvc, t0, t0, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_subw_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_subw_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_subw(out + n, rvc, t0, t0, rvjit_rv_of_bpf[src]);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_mulw_x_zba(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_mulw_x_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_mulw(t0, t0, rvjit_rv_of_bpf[src]));	/* mulw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_mulw_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_mulw_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_mulw(t0, t0, rvjit_rv_of_bpf[src]));	/* mulw */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_or_x_zba(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_or_x_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_or(out + n, rvc, t0, t0, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_or_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_or_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_or(out + n, rvc, t0, t0, rvjit_rv_of_bpf[src]);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_and_x_zba(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_and_x_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_and(out + n, rvc, t0, t0, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_and_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_and_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_and(out + n, rvc, t0, t0, rvjit_rv_of_bpf[src]);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_xor_x_zba(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_xor_x_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_xor(out + n, rvc, t0, t0, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_xor_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_xor_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_xor(out + n, rvc, t0, t0, rvjit_rv_of_bpf[src]);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_sllw_x_zba(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_sllw_x_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_sllw(t0, t0, rvjit_rv_of_bpf[src]));	/* sllw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_sllw_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_sllw_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_sllw(t0, t0, rvjit_rv_of_bpf[src]));	/* sllw */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_srlw_x_zba(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_srlw_x_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_srlw(t0, t0, rvjit_rv_of_bpf[src]));	/* srlw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_srlw_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_srlw_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_srlw(t0, t0, rvjit_rv_of_bpf[src]));	/* srlw */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_sraw_x_zba(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_sraw_x_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_sraw(t0, t0, rvjit_rv_of_bpf[src]));	/* sraw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_sraw_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_sraw_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_sraw(t0, t0, rvjit_rv_of_bpf[src]));	/* sraw */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_divuw_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_divuw_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[src];
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_slli(out + n, rvc, 6ULL, t0, 0x20ULL);
	n += rvjit_put32(out + n, rvjit_rv_sltu(6ULL, 0ULL, 6ULL));	/* sltu */
	n += rvjit_enc_sub(out + n, rvc, 6ULL, 0ULL, 6ULL);
	n += rvjit_enc_srli(out + n, rvc, 6ULL, 6ULL, 0x20ULL);
	n += rvjit_put32(out + n, rvjit_rv_divuw(t1, t1, t0));	/* divuw */
	n += rvjit_enc_and(out + n, rvc, t1, t1, 6ULL);
	return n;
}

static bool rvjit_guard_alu32_divw_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_divw_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[src];
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_slli(out + n, rvc, 6ULL, t0, 0x20ULL);
	n += rvjit_put32(out + n, rvjit_rv_sltu(6ULL, 0ULL, 6ULL));	/* sltu */
	n += rvjit_enc_sub(out + n, rvc, 6ULL, 0ULL, 6ULL);
	n += rvjit_enc_srli(out + n, rvc, 6ULL, 6ULL, 0x20ULL);
	n += rvjit_put32(out + n, rvjit_rv_divw(t1, t1, t0));	/* divw */
	n += rvjit_enc_and(out + n, rvc, t1, t1, 6ULL);
	return n;
}

static bool rvjit_guard_alu32_remuw_x_zba(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_remuw_x_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_remuw(t0, t0, rvjit_rv_of_bpf[src]));	/* remuw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_remuw_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_remuw_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_remuw(t0, t0, rvjit_rv_of_bpf[src]));	/* remuw */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_remw_x_zba(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_remw_x_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_remw(t0, t0, rvjit_rv_of_bpf[src]));	/* remw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_remw_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_remw_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_remw(t0, t0, rvjit_rv_of_bpf[src]));	/* remw */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_mov_x_zba(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_mov_x_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_add_uw(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_mov_x(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_mov_x(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_slli(out + n, rvc, t0, rvjit_rv_of_bpf[src], 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_movsx8(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_movsx8(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_slli(out + n, rvc, t0, rvjit_rv_of_bpf[src], 0x38ULL);
	n += rvjit_enc_srai(out + n, rvc, t0, t0, 0x18ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_movsx16(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_movsx16(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_slli(out + n, rvc, t0, rvjit_rv_of_bpf[src], 0x30ULL);
	n += rvjit_enc_srai(out + n, rvc, t0, t0, 0x10ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_neg_zba(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_neg_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_subw(out + n, rvc, t0, 0ULL, t0);
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_neg(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_neg(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_subw(out + n, rvc, t0, 0ULL, t0);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_and_k_uimm11(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;

	return (imm < 0x800ULL);
}

static u32 rvjit_emit_alu32_and_k_uimm11(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_andi(out + n, rvc, t0, t0, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	return n;
}

static bool rvjit_guard_alu32_add_k_imm12_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu32_add_k_imm12_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, t0, t0, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_add_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu32_add_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, t0, t0, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_add_k_lui_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_add_k_lui_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, t0, t0, 6ULL);
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_add_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_add_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, t0, t0, 6ULL);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_add_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_add_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, t1, t1, 6ULL);
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t1, t1, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_add_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_add_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, t1, t1, 6ULL);
	n += rvjit_enc_slli(out + n, rvc, t1, t1, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t1, t1, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_and_k_imm12_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu32_and_k_imm12_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_andi(out + n, rvc, t0, t0, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_and_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu32_and_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_andi(out + n, rvc, t0, t0, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_and_k_lui_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_and_k_lui_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_and(out + n, rvc, t0, t0, 6ULL);
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_and_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_and_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_and(out + n, rvc, t0, t0, 6ULL);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_and_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_and_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_and(out + n, rvc, t1, t1, 6ULL);
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t1, t1, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_and_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_and_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_and(out + n, rvc, t1, t1, 6ULL);
	n += rvjit_enc_slli(out + n, rvc, t1, t1, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t1, t1, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_or_k_imm12_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu32_or_k_imm12_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_ori(t0, t0, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* ori */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_or_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu32_or_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_ori(t0, t0, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* ori */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_or_k_lui_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_or_k_lui_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_or(out + n, rvc, t0, t0, 6ULL);
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_or_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_or_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_or(out + n, rvc, t0, t0, 6ULL);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_or_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_or_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_or(out + n, rvc, t1, t1, 6ULL);
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t1, t1, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_or_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_or_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_or(out + n, rvc, t1, t1, 6ULL);
	n += rvjit_enc_slli(out + n, rvc, t1, t1, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t1, t1, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_xor_k_imm12_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu32_xor_k_imm12_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_xori(t0, t0, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* xori */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_xor_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu32_xor_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_xori(t0, t0, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* xori */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_xor_k_lui_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_xor_k_lui_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_xor(out + n, rvc, t0, t0, 6ULL);
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_xor_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_xor_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_xor(out + n, rvc, t0, t0, 6ULL);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_xor_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_xor_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_xor(out + n, rvc, t1, t1, 6ULL);
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t1, t1, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_xor_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_xor_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_xor(out + n, rvc, t1, t1, 6ULL);
	n += rvjit_enc_slli(out + n, rvc, t1, t1, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t1, t1, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_subw_k_imm12_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = ((0ULL - (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu32_subw_k_imm12_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addiw(out + n, rvc, t0, t0, ((0ULL - (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_subw_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = ((0ULL - (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu32_subw_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addiw(out + n, rvc, t0, t0, ((0ULL - (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_subw_k_lui_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_subw_k_lui_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_subw(out + n, rvc, t0, t0, 6ULL);
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_subw_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_subw_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_subw(out + n, rvc, t0, t0, 6ULL);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_subw_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_subw_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_subw(out + n, rvc, t1, t1, 6ULL);
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t1, t1, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_subw_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_subw_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_subw(out + n, rvc, t1, t1, 6ULL);
	n += rvjit_enc_slli(out + n, rvc, t1, t1, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t1, t1, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_mulw_k_imm12_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_mulw_k_imm12_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_mulw(t0, t0, 6ULL));	/* mulw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_mulw_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_mulw_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_mulw(t0, t0, 6ULL));	/* mulw */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_mulw_k_lui_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_mulw_k_lui_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_put32(out + n, rvjit_rv_mulw(t0, t0, 6ULL));	/* mulw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_mulw_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_mulw_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_put32(out + n, rvjit_rv_mulw(t0, t0, 6ULL));	/* mulw */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_mulw_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_mulw_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_mulw(t1, t1, 6ULL));	/* mulw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t1, t1, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_mulw_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_mulw_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_mulw(t1, t1, 6ULL));	/* mulw */
	n += rvjit_enc_slli(out + n, rvc, t1, t1, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t1, t1, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_divuw_k_zero(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;

	return (imm == 0ULL);
}

static u32 rvjit_emit_alu32_divuw_k_zero(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, rvjit_rv_of_bpf[dst], 0ULL, 0ULL);
	return n;
}

static bool rvjit_guard_alu32_divuw_k_imm12_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_divuw_k_imm12_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_divuw(t0, t0, 6ULL));	/* divuw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_divuw_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_divuw_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_divuw(t0, t0, 6ULL));	/* divuw */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_divuw_k_lui_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_divuw_k_lui_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_put32(out + n, rvjit_rv_divuw(t0, t0, 6ULL));	/* divuw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_divuw_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_divuw_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_put32(out + n, rvjit_rv_divuw(t0, t0, 6ULL));	/* divuw */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_divuw_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_divuw_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_divuw(t1, t1, 6ULL));	/* divuw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t1, t1, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_divuw_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_divuw_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_divuw(t1, t1, 6ULL));	/* divuw */
	n += rvjit_enc_slli(out + n, rvc, t1, t1, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t1, t1, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_remuw_k_zero_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;

	return (imm == 0ULL);
}

static u32 rvjit_emit_alu32_remuw_k_zero_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_remuw_k_zero(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;

	return (imm == 0ULL);
}

static u32 rvjit_emit_alu32_remuw_k_zero(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_remuw_k_imm12_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_remuw_k_imm12_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_remuw(t0, t0, 6ULL));	/* remuw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_remuw_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_remuw_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_remuw(t0, t0, 6ULL));	/* remuw */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_remuw_k_lui_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_remuw_k_lui_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_put32(out + n, rvjit_rv_remuw(t0, t0, 6ULL));	/* remuw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_remuw_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_remuw_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_put32(out + n, rvjit_rv_remuw(t0, t0, 6ULL));	/* remuw */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_remuw_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_remuw_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_remuw(t1, t1, 6ULL));	/* remuw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t1, t1, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_remuw_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_remuw_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_remuw(t1, t1, 6ULL));	/* remuw */
	n += rvjit_enc_slli(out + n, rvc, t1, t1, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t1, t1, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_divw_k_zero(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;

	return (imm == 0ULL);
}

static u32 rvjit_emit_alu32_divw_k_zero(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, rvjit_rv_of_bpf[dst], 0ULL, 0ULL);
	return n;
}

static bool rvjit_guard_alu32_divw_k_imm12_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_divw_k_imm12_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_divw(t0, t0, 6ULL));	/* divw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_divw_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_divw_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_divw(t0, t0, 6ULL));	/* divw */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_divw_k_lui_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_divw_k_lui_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_put32(out + n, rvjit_rv_divw(t0, t0, 6ULL));	/* divw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_divw_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_divw_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_put32(out + n, rvjit_rv_divw(t0, t0, 6ULL));	/* divw */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_divw_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_divw_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_divw(t1, t1, 6ULL));	/* divw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t1, t1, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_divw_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_divw_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_divw(t1, t1, 6ULL));	/* divw */
	n += rvjit_enc_slli(out + n, rvc, t1, t1, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t1, t1, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_remw_k_zero_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;

	return (imm == 0ULL);
}

static u32 rvjit_emit_alu32_remw_k_zero_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_remw_k_zero(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;

	return (imm == 0ULL);
}

static u32 rvjit_emit_alu32_remw_k_zero(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_remw_k_imm12_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_remw_k_imm12_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_remw(t0, t0, 6ULL));	/* remw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_remw_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_remw_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_remw(t0, t0, 6ULL));	/* remw */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_remw_k_lui_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_remw_k_lui_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_put32(out + n, rvjit_rv_remw(t0, t0, 6ULL));	/* remw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_remw_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_remw_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_put32(out + n, rvjit_rv_remw(t0, t0, 6ULL));	/* remw */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_remw_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_remw_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_remw(t1, t1, 6ULL));	/* remw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t1, t1, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_remw_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_remw_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_remw(t1, t1, 6ULL));	/* remw */
	n += rvjit_enc_slli(out + n, rvc, t1, t1, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t1, t1, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_lsh_k(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_lsh_k(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((((imm >> 0) & 0x1fULL) + 0x20ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_rsh_k(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_rsh_k(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, ((((imm >> 0) & 0x1fULL) + 0x20ULL) & 0xffffffffffffffffULL));
	return n;
}

static bool rvjit_guard_alu32_arsh_k_zba(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_arsh_k_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_sraiw(t0, t0, ((imm >> 0) & 0x1fULL)));	/* sraiw */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_arsh_k(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_alu32_arsh_k(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_sraiw(t0, t0, ((imm >> 0) & 0x1fULL)));	/* sraiw */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_mov_k_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (((t0 ^ 0x8000000000000000ULL) >= (0ULL ^ 0x8000000000000000ULL)) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_mov_k_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, rvjit_rv_of_bpf[dst], 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	return n;
}

static bool rvjit_guard_alu32_mov_k_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (((t0 ^ 0x8000000000000000ULL) >= (0ULL ^ 0x8000000000000000ULL)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)));
}

static u32 rvjit_emit_alu32_mov_k_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, rvjit_rv_of_bpf[dst], (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	return n;
}

static bool rvjit_guard_alu32_mov_k_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (((t0 ^ 0x8000000000000000ULL) >= (0ULL ^ 0x8000000000000000ULL)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_alu32_mov_k_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	return n;
}

static bool rvjit_guard_alu32_mov_k_imm12_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu32_mov_k_imm12_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, t0, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_mov_k_imm12_zext(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu32_mov_k_imm12_zext(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, t0, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_mov_k_lui_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL));
}

static u32 rvjit_emit_alu32_mov_k_lui_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_mov_k_lui_zext(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL));
}

static u32 rvjit_emit_alu32_mov_k_lui_zext(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_alu32_mov_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu32_mov_k_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_alu32_mov_k_lui_addiw_zext(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_alu32_mov_k_lui_addiw_zext(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_le16_zbb(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_le16_zbb(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_zext_h(t0, t0));	/* zext.h */
	return n;
}

static bool rvjit_guard_le16(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_le16(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x30ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x30ULL);
	return n;
}

static bool rvjit_guard_le32_zba(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_le32_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_le32(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_le32(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_le64(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_le64(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	return 0;
}

static bool rvjit_guard_be16_zbb(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_be16_zbb(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_rev8(t0, t0));	/* rev8 */
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x30ULL);
	return n;
}

static bool rvjit_guard_be16(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_be16(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_andi(out + n, rvc, 7ULL, t0, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 6ULL, 7ULL, 8ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 8ULL);
	n += rvjit_enc_andi(out + n, rvc, 7ULL, 7ULL, 0xffULL);
	n += rvjit_enc_or(out + n, rvc, t0, 6ULL, 7ULL);
	return n;
}

static bool rvjit_guard_be32_zbb(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_be32_zbb(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_rev8(t0, t0));	/* rev8 */
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_be32(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_be32(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_andi(out + n, rvc, 7ULL, t0, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 6ULL, 7ULL, 0x18ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 8ULL);
	n += rvjit_enc_andi(out + n, rvc, 7ULL, 7ULL, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 7ULL, 7ULL, 0x10ULL);
	n += rvjit_enc_or(out + n, rvc, 6ULL, 6ULL, 7ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 0x10ULL);
	n += rvjit_enc_andi(out + n, rvc, 7ULL, 7ULL, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 7ULL, 7ULL, 8ULL);
	n += rvjit_enc_or(out + n, rvc, 6ULL, 6ULL, 7ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 0x18ULL);
	n += rvjit_enc_andi(out + n, rvc, 7ULL, 7ULL, 0xffULL);
	n += rvjit_enc_or(out + n, rvc, t0, 6ULL, 7ULL);
	return n;
}

static bool rvjit_guard_be64_zbb(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_be64_zbb(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_rev8(t0, t0));	/* rev8 */
	return n;
}

static bool rvjit_guard_be64(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_be64(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_andi(out + n, rvc, 7ULL, t0, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 6ULL, 7ULL, 0x38ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 8ULL);
	n += rvjit_enc_andi(out + n, rvc, 7ULL, 7ULL, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 7ULL, 7ULL, 0x30ULL);
	n += rvjit_enc_or(out + n, rvc, 6ULL, 6ULL, 7ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 0x10ULL);
	n += rvjit_enc_andi(out + n, rvc, 7ULL, 7ULL, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 7ULL, 7ULL, 0x28ULL);
	n += rvjit_enc_or(out + n, rvc, 6ULL, 6ULL, 7ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 0x18ULL);
	n += rvjit_enc_andi(out + n, rvc, 7ULL, 7ULL, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 7ULL, 7ULL, 0x20ULL);
	n += rvjit_enc_or(out + n, rvc, 6ULL, 6ULL, 7ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 0x20ULL);
	n += rvjit_enc_andi(out + n, rvc, 7ULL, 7ULL, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 7ULL, 7ULL, 0x18ULL);
	n += rvjit_enc_or(out + n, rvc, 6ULL, 6ULL, 7ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 0x28ULL);
	n += rvjit_enc_andi(out + n, rvc, 7ULL, 7ULL, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 7ULL, 7ULL, 0x10ULL);
	n += rvjit_enc_or(out + n, rvc, 6ULL, 6ULL, 7ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 0x30ULL);
	n += rvjit_enc_andi(out + n, rvc, 7ULL, 7ULL, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 7ULL, 7ULL, 8ULL);
	n += rvjit_enc_or(out + n, rvc, 6ULL, 6ULL, 7ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 0x38ULL);
	n += rvjit_enc_or(out + n, rvc, t0, 6ULL, 7ULL);
	return n;
}

static bool rvjit_guard_bswap16_zbb(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_bswap16_zbb(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_rev8(t0, t0));	/* rev8 */
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x30ULL);
	return n;
}

static bool rvjit_guard_bswap16(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_bswap16(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_andi(out + n, rvc, 7ULL, t0, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 6ULL, 7ULL, 8ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 8ULL);
	n += rvjit_enc_andi(out + n, rvc, 7ULL, 7ULL, 0xffULL);
	n += rvjit_enc_or(out + n, rvc, t0, 6ULL, 7ULL);
	return n;
}

static bool rvjit_guard_bswap32_zbb(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_bswap32_zbb(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_rev8(t0, t0));	/* rev8 */
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_bswap32(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_bswap32(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_andi(out + n, rvc, 7ULL, t0, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 6ULL, 7ULL, 0x18ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 8ULL);
	n += rvjit_enc_andi(out + n, rvc, 7ULL, 7ULL, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 7ULL, 7ULL, 0x10ULL);
	n += rvjit_enc_or(out + n, rvc, 6ULL, 6ULL, 7ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 0x10ULL);
	n += rvjit_enc_andi(out + n, rvc, 7ULL, 7ULL, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 7ULL, 7ULL, 8ULL);
	n += rvjit_enc_or(out + n, rvc, 6ULL, 6ULL, 7ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 0x18ULL);
	n += rvjit_enc_andi(out + n, rvc, 7ULL, 7ULL, 0xffULL);
	n += rvjit_enc_or(out + n, rvc, t0, 6ULL, 7ULL);
	return n;
}

static bool rvjit_guard_bswap64_zbb(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_bswap64_zbb(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_rev8(t0, t0));	/* rev8 */
	return n;
}

static bool rvjit_guard_bswap64(const struct rvjit_operands *op __maybe_unused)
{
	return 1;
}

static u32 rvjit_emit_bswap64(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_andi(out + n, rvc, 7ULL, t0, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 6ULL, 7ULL, 0x38ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 8ULL);
	n += rvjit_enc_andi(out + n, rvc, 7ULL, 7ULL, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 7ULL, 7ULL, 0x30ULL);
	n += rvjit_enc_or(out + n, rvc, 6ULL, 6ULL, 7ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 0x10ULL);
	n += rvjit_enc_andi(out + n, rvc, 7ULL, 7ULL, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 7ULL, 7ULL, 0x28ULL);
	n += rvjit_enc_or(out + n, rvc, 6ULL, 6ULL, 7ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 0x18ULL);
	n += rvjit_enc_andi(out + n, rvc, 7ULL, 7ULL, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 7ULL, 7ULL, 0x20ULL);
	n += rvjit_enc_or(out + n, rvc, 6ULL, 6ULL, 7ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 0x20ULL);
	n += rvjit_enc_andi(out + n, rvc, 7ULL, 7ULL, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 7ULL, 7ULL, 0x18ULL);
	n += rvjit_enc_or(out + n, rvc, 6ULL, 6ULL, 7ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 0x28ULL);
	n += rvjit_enc_andi(out + n, rvc, 7ULL, 7ULL, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 7ULL, 7ULL, 0x10ULL);
	n += rvjit_enc_or(out + n, rvc, 6ULL, 6ULL, 7ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 0x30ULL);
	n += rvjit_enc_andi(out + n, rvc, 7ULL, 7ULL, 0xffULL);
	n += rvjit_enc_slli(out + n, rvc, 7ULL, 7ULL, 8ULL);
	n += rvjit_enc_or(out + n, rvc, 6ULL, 6ULL, 7ULL);
	n += rvjit_enc_srli(out + n, rvc, 7ULL, t0, 0x38ULL);
	n += rvjit_enc_or(out + n, rvc, t0, 6ULL, 7ULL);
	return n;
}

static bool rvjit_guard_ld_imm64_imm12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;

	return ((((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == imm64);
}

static u32 rvjit_emit_ld_imm64_imm12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, rvjit_rv_of_bpf[dst], 0ULL, imm64);
	return n;
}

static bool rvjit_guard_ld_imm64_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;

	return (((((((imm64 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == imm64) && (((imm64 >> 0) & 0xfffULL) == 0ULL));
}

static u32 rvjit_emit_ld_imm64_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, rvjit_rv_of_bpf[dst], ((((imm64 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	return n;
}

static bool rvjit_guard_ld_imm64_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;

	return ((((((imm64 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == imm64);
}

static u32 rvjit_emit_ld_imm64_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((imm64 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	return n;
}

static bool rvjit_guard_ld_imm64_d1_imm12_s(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(t1, rvjit_ctz(t1, 64), 64);

	return (((((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t2) && (t1 != 0ULL) && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d1_imm12_s(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ctz(t1, 64);
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, t0, 0ULL, rvjit_ashr(t1, t2, 64));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t2 + 0xcULL) & 0xffffffffffffffffULL));
	return n;
}

static bool rvjit_guard_ld_imm64_d1_lui_s(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(t1, rvjit_ctz(t1, 64), 64);

	return ((((((((t2 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t2) && (((t2 >> 0) & 0xfffULL) == 0ULL)) && (t1 != 0ULL) && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d1_lui_s(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ctz(t1, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((rvjit_ashr(t1, t2, 64) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t2 + 0xcULL) & 0xffffffffffffffffULL));
	return n;
}

static bool rvjit_guard_ld_imm64_uw_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;

	return (((imm64 >> 32) & 0xffffffffULL) == 0ULL);
}

static u32 rvjit_emit_ld_imm64_uw_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((imm64 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_ld_imm64_d1_imm12_a(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = rvjit_ashr(t0, rvjit_ctz(t0, 64), 64);

	return (((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1) && (t0 != 0ULL));
}

static u32 rvjit_emit_ld_imm64_d1_imm12_a(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ctz(t2, 64);
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, t0, 0ULL, rvjit_ashr(t2, t3, 64));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t3 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ld_imm64_d1_lui_a(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = rvjit_ashr(t0, rvjit_ctz(t0, 64), 64);

	return ((((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1) && (((t1 >> 0) & 0xfffULL) == 0ULL)) && (t0 != 0ULL));
}

static u32 rvjit_emit_ld_imm64_d1_lui_a(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ctz(t2, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((rvjit_ashr(t2, t3, 64) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t3 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ld_imm64_d1_lui_addiw_s(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(t1, rvjit_ctz(t1, 64), 64);

	return (((((((t2 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t2) && (t1 != 0ULL) && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d1_lui_addiw_s(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ctz(t1, 64);
	const u64 t3 = rvjit_ashr(t1, t2, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((t3 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t2 + 0xcULL) & 0xffffffffffffffffULL));
	return n;
}

static bool rvjit_guard_ld_imm64_d2_imm12_ss(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(t3, rvjit_ctz(t3, 64), 64);

	return (((((((t4 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t4) && (t3 != 0ULL) && (t2 == 0ULL) && 1 && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d2_imm12_ss(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ctz(t2, 64);
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, t0, 0ULL, rvjit_ashr(t2, t3, 64));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t3 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	return n;
}

static bool rvjit_guard_ld_imm64_d2_lui_ss(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(t3, rvjit_ctz(t3, 64), 64);

	return ((((((((t4 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t4) && (((t4 >> 0) & 0xfffULL) == 0ULL)) && (t3 != 0ULL) && (t2 == 0ULL) && 1 && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d2_lui_ss(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ctz(t2, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((rvjit_ashr(t2, t3, 64) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t3 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	return n;
}

static bool rvjit_guard_ld_imm64_uw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;

	return (((imm64 >> 32) & 0xffffffffULL) == 0ULL);
}

static u32 rvjit_emit_ld_imm64_uw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((imm64 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_ld_imm64_d1_lui_addiw_a(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = rvjit_ashr(t0, rvjit_ctz(t0, 64), 64);

	return (((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1) && (t0 != 0ULL));
}

static u32 rvjit_emit_ld_imm64_d1_lui_addiw_a(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ctz(t2, 64);
	const u64 t4 = rvjit_ashr(t2, t3, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((t4 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((t4 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t3 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ld_imm64_d2_imm12_as(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((t0 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(t2, rvjit_ctz(t2, 64), 64);

	return (((((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t3) && (t2 != 0ULL) && (t1 == 0ULL) && 1);
}

static u32 rvjit_emit_ld_imm64_d2_imm12_as(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(((t2 - (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ctz(t3, 64);
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, t0, 0ULL, rvjit_ashr(t3, t4, 64));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t4 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ld_imm64_d2_imm12_sa(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(t2, rvjit_ctz(t2, 64), 64);

	return (((((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t3) && (t2 != 0ULL) && 1 && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d2_imm12_sa(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ctz(t3, 64);
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, t0, 0ULL, rvjit_ashr(t3, t4, 64));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t4 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t2);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	return n;
}

static bool rvjit_guard_ld_imm64_d2_lui_as(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((t0 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(t2, rvjit_ctz(t2, 64), 64);

	return ((((((((t3 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t3) && (((t3 >> 0) & 0xfffULL) == 0ULL)) && (t2 != 0ULL) && (t1 == 0ULL) && 1);
}

static u32 rvjit_emit_ld_imm64_d2_lui_as(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(((t2 - (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ctz(t3, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((rvjit_ashr(t3, t4, 64) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t4 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ld_imm64_d2_lui_sa(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(t2, rvjit_ctz(t2, 64), 64);

	return ((((((((t3 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t3) && (((t3 >> 0) & 0xfffULL) == 0ULL)) && (t2 != 0ULL) && 1 && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d2_lui_sa(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ctz(t3, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((rvjit_ashr(t3, t4, 64) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t4 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t2);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	return n;
}

static bool rvjit_guard_ld_imm64_d2_lui_addiw_ss(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(t3, rvjit_ctz(t3, 64), 64);

	return (((((((t4 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t4) && (t3 != 0ULL) && (t2 == 0ULL) && 1 && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d2_lui_addiw_ss(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ctz(t2, 64);
	const u64 t4 = rvjit_ashr(t2, t3, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((t4 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((t4 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t3 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_imm12_sss(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = (((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t5 = rvjit_ashr(((t3 - t4) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t6 = rvjit_ashr(t5, rvjit_ctz(t5, 64), 64);

	return (((((((t6 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t6) && (t5 != 0ULL) && (t4 == 0ULL) && 1 && (t2 == 0ULL) && 1 && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d3_imm12_sss(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(((t2 - (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ctz(t3, 64);
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, t0, 0ULL, rvjit_ashr(t3, t4, 64));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t4 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_lui_sss(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = (((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t5 = rvjit_ashr(((t3 - t4) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t6 = rvjit_ashr(t5, rvjit_ctz(t5, 64), 64);

	return ((((((((t6 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t6) && (((t6 >> 0) & 0xfffULL) == 0ULL)) && (t5 != 0ULL) && (t4 == 0ULL) && 1 && (t2 == 0ULL) && 1 && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d3_lui_sss(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(((t2 - (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ctz(t3, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((rvjit_ashr(t3, t4, 64) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t4 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	return n;
}

static bool rvjit_guard_ld_imm64_d2_imm12_aa(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = rvjit_ashr(((t0 - (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(t1, rvjit_ctz(t1, 64), 64);

	return (((((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t2) && (t1 != 0ULL) && 1);
}

static u32 rvjit_emit_ld_imm64_d2_imm12_aa(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t4 = rvjit_ashr(((t2 - t3) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ctz(t4, 64);
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, t0, 0ULL, rvjit_ashr(t4, t5, 64));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t5 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t3);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ld_imm64_d2_lui_aa(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = rvjit_ashr(((t0 - (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(t1, rvjit_ctz(t1, 64), 64);

	return ((((((((t2 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t2) && (((t2 >> 0) & 0xfffULL) == 0ULL)) && (t1 != 0ULL) && 1);
}

static u32 rvjit_emit_ld_imm64_d2_lui_aa(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t4 = rvjit_ashr(((t2 - t3) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ctz(t4, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((rvjit_ashr(t4, t5, 64) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t5 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t3);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ld_imm64_d2_lui_addiw_as(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((t0 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(t2, rvjit_ctz(t2, 64), 64);

	return (((((((t3 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t3) && (t2 != 0ULL) && (t1 == 0ULL) && 1);
}

static u32 rvjit_emit_ld_imm64_d2_lui_addiw_as(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(((t2 - (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ctz(t3, 64);
	const u64 t5 = rvjit_ashr(t3, t4, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((t5 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((t5 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t4 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ld_imm64_d2_lui_addiw_sa(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(t2, rvjit_ctz(t2, 64), 64);

	return (((((((t3 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t3) && (t2 != 0ULL) && 1 && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d2_lui_addiw_sa(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ctz(t3, 64);
	const u64 t5 = rvjit_ashr(t3, t4, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((t5 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((t5 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t4 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t2);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_imm12_ass(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((t0 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t4 = rvjit_ashr(((t2 - t3) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ashr(t4, rvjit_ctz(t4, 64), 64);

	return (((((((t5 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t5) && (t4 != 0ULL) && (t3 == 0ULL) && 1 && (t1 == 0ULL) && 1);
}

static u32 rvjit_emit_ld_imm64_d3_imm12_ass(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(((t2 - (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(((t3 - (((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ctz(t4, 64);
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, t0, 0ULL, rvjit_ashr(t4, t5, 64));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t5 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_imm12_sas(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t4 = rvjit_ashr(((t2 - t3) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ashr(t4, rvjit_ctz(t4, 64), 64);

	return (((((((t5 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t5) && (t4 != 0ULL) && (t3 == 0ULL) && 1 && 1 && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d3_imm12_sas(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(((t3 - (((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ctz(t4, 64);
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, t0, 0ULL, rvjit_ashr(t4, t5, 64));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t5 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t2);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_imm12_ssa(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(((t3 - (((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ashr(t4, rvjit_ctz(t4, 64), 64);

	return (((((((t5 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t5) && (t4 != 0ULL) && 1 && (t2 == 0ULL) && 1 && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d3_imm12_ssa(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t4 = rvjit_ashr(((t2 - t3) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ctz(t4, 64);
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, t0, 0ULL, rvjit_ashr(t4, t5, 64));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t5 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t3);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_lui_ass(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((t0 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t4 = rvjit_ashr(((t2 - t3) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ashr(t4, rvjit_ctz(t4, 64), 64);

	return ((((((((t5 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t5) && (((t5 >> 0) & 0xfffULL) == 0ULL)) && (t4 != 0ULL) && (t3 == 0ULL) && 1 && (t1 == 0ULL) && 1);
}

static u32 rvjit_emit_ld_imm64_d3_lui_ass(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(((t2 - (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(((t3 - (((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ctz(t4, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((rvjit_ashr(t4, t5, 64) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t5 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_lui_sas(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t4 = rvjit_ashr(((t2 - t3) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ashr(t4, rvjit_ctz(t4, 64), 64);

	return ((((((((t5 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t5) && (((t5 >> 0) & 0xfffULL) == 0ULL)) && (t4 != 0ULL) && (t3 == 0ULL) && 1 && 1 && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d3_lui_sas(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(((t3 - (((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ctz(t4, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((rvjit_ashr(t4, t5, 64) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t5 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t2);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_lui_ssa(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(((t3 - (((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ashr(t4, rvjit_ctz(t4, 64), 64);

	return ((((((((t5 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t5) && (((t5 >> 0) & 0xfffULL) == 0ULL)) && (t4 != 0ULL) && 1 && (t2 == 0ULL) && 1 && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d3_lui_ssa(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t4 = rvjit_ashr(((t2 - t3) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ctz(t4, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((rvjit_ashr(t4, t5, 64) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t5 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t3);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_lui_addiw_sss(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = (((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t5 = rvjit_ashr(((t3 - t4) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t6 = rvjit_ashr(t5, rvjit_ctz(t5, 64), 64);

	return (((((((t6 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t6) && (t5 != 0ULL) && (t4 == 0ULL) && 1 && (t2 == 0ULL) && 1 && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d3_lui_addiw_sss(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(((t2 - (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ctz(t3, 64);
	const u64 t5 = rvjit_ashr(t3, t4, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((t5 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((t5 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t4 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	return n;
}

static bool rvjit_guard_ld_imm64_d2_lui_addiw_aa(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = rvjit_ashr(((t0 - (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(t1, rvjit_ctz(t1, 64), 64);

	return (((((((t2 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t2) && (t1 != 0ULL) && 1);
}

static u32 rvjit_emit_ld_imm64_d2_lui_addiw_aa(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t4 = rvjit_ashr(((t2 - t3) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ctz(t4, 64);
	const u64 t6 = rvjit_ashr(t4, t5, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((t6 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((t6 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t5 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t3);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_imm12_aas(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = rvjit_ashr(((t0 - (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(t3, rvjit_ctz(t3, 64), 64);

	return (((((((t4 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t4) && (t3 != 0ULL) && (t2 == 0ULL) && 1 && 1);
}

static u32 rvjit_emit_ld_imm64_d3_imm12_aas(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t4 = rvjit_ashr(((t2 - t3) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ashr(((t4 - (((((t4 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t6 = rvjit_ctz(t5, 64);
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, t0, 0ULL, rvjit_ashr(t5, t6, 64));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t6 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t3);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_imm12_asa(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((t0 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(((t2 - (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(t3, rvjit_ctz(t3, 64), 64);

	return (((((((t4 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t4) && (t3 != 0ULL) && 1 && (t1 == 0ULL) && 1);
}

static u32 rvjit_emit_ld_imm64_d3_imm12_asa(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(((t2 - (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = (((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t5 = rvjit_ashr(((t3 - t4) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t6 = rvjit_ctz(t5, 64);
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, t0, 0ULL, rvjit_ashr(t5, t6, 64));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t6 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t4);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_imm12_saa(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(((t2 - (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(t3, rvjit_ctz(t3, 64), 64);

	return (((((((t4 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t4) && (t3 != 0ULL) && 1 && 1 && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d3_imm12_saa(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = (((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t5 = rvjit_ashr(((t3 - t4) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t6 = rvjit_ctz(t5, 64);
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, t0, 0ULL, rvjit_ashr(t5, t6, 64));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t6 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t4);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t2);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_lui_aas(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = rvjit_ashr(((t0 - (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(t3, rvjit_ctz(t3, 64), 64);

	return ((((((((t4 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t4) && (((t4 >> 0) & 0xfffULL) == 0ULL)) && (t3 != 0ULL) && (t2 == 0ULL) && 1 && 1);
}

static u32 rvjit_emit_ld_imm64_d3_lui_aas(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t4 = rvjit_ashr(((t2 - t3) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ashr(((t4 - (((((t4 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t6 = rvjit_ctz(t5, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((rvjit_ashr(t5, t6, 64) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t6 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t3);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_lui_asa(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((t0 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(((t2 - (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(t3, rvjit_ctz(t3, 64), 64);

	return ((((((((t4 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t4) && (((t4 >> 0) & 0xfffULL) == 0ULL)) && (t3 != 0ULL) && 1 && (t1 == 0ULL) && 1);
}

static u32 rvjit_emit_ld_imm64_d3_lui_asa(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(((t2 - (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = (((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t5 = rvjit_ashr(((t3 - t4) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t6 = rvjit_ctz(t5, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((rvjit_ashr(t5, t6, 64) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t6 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t4);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_lui_saa(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(((t2 - (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(t3, rvjit_ctz(t3, 64), 64);

	return ((((((((t4 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t4) && (((t4 >> 0) & 0xfffULL) == 0ULL)) && (t3 != 0ULL) && 1 && 1 && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d3_lui_saa(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = (((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t5 = rvjit_ashr(((t3 - t4) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t6 = rvjit_ctz(t5, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((rvjit_ashr(t5, t6, 64) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t6 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t4);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t2);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_lui_addiw_ass(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((t0 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t4 = rvjit_ashr(((t2 - t3) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ashr(t4, rvjit_ctz(t4, 64), 64);

	return (((((((t5 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t5) && (t4 != 0ULL) && (t3 == 0ULL) && 1 && (t1 == 0ULL) && 1);
}

static u32 rvjit_emit_ld_imm64_d3_lui_addiw_ass(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(((t2 - (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(((t3 - (((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ctz(t4, 64);
	const u64 t6 = rvjit_ashr(t4, t5, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((t6 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((t6 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t5 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_lui_addiw_sas(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t4 = rvjit_ashr(((t2 - t3) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ashr(t4, rvjit_ctz(t4, 64), 64);

	return (((((((t5 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t5) && (t4 != 0ULL) && (t3 == 0ULL) && 1 && 1 && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d3_lui_addiw_sas(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(((t3 - (((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ctz(t4, 64);
	const u64 t6 = rvjit_ashr(t4, t5, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((t6 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((t6 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t5 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t2);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_lui_addiw_ssa(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(((t3 - (((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ashr(t4, rvjit_ctz(t4, 64), 64);

	return (((((((t5 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t5) && (t4 != 0ULL) && 1 && (t2 == 0ULL) && 1 && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d3_lui_addiw_ssa(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t4 = rvjit_ashr(((t2 - t3) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ctz(t4, 64);
	const u64 t6 = rvjit_ashr(t4, t5, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((t6 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((t6 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t5 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t3);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_imm12_aaa(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = rvjit_ashr(((t0 - (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(t2, rvjit_ctz(t2, 64), 64);

	return (((((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t3) && (t2 != 0ULL) && 1 && 1);
}

static u32 rvjit_emit_ld_imm64_d3_imm12_aaa(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t4 = rvjit_ashr(((t2 - t3) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = (((((t4 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t6 = rvjit_ashr(((t4 - t5) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t7 = rvjit_ctz(t6, 64);
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, t0, 0ULL, rvjit_ashr(t6, t7, 64));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t7 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t5);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t3);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_lui_aaa(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = rvjit_ashr(((t0 - (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(t2, rvjit_ctz(t2, 64), 64);

	return ((((((((t3 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t3) && (((t3 >> 0) & 0xfffULL) == 0ULL)) && (t2 != 0ULL) && 1 && 1);
}

static u32 rvjit_emit_ld_imm64_d3_lui_aaa(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t4 = rvjit_ashr(((t2 - t3) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = (((((t4 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t6 = rvjit_ashr(((t4 - t5) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t7 = rvjit_ctz(t6, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((rvjit_ashr(t6, t7, 64) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t7 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t5);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t3);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_lui_addiw_aas(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = rvjit_ashr(((t0 - (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(t3, rvjit_ctz(t3, 64), 64);

	return (((((((t4 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t4) && (t3 != 0ULL) && (t2 == 0ULL) && 1 && 1);
}

static u32 rvjit_emit_ld_imm64_d3_lui_addiw_aas(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t4 = rvjit_ashr(((t2 - t3) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = rvjit_ashr(((t4 - (((((t4 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t6 = rvjit_ctz(t5, 64);
	const u64 t7 = rvjit_ashr(t5, t6, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((t7 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((t7 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t6 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t3);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_lui_addiw_asa(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((t0 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(((t2 - (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(t3, rvjit_ctz(t3, 64), 64);

	return (((((((t4 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t4) && (t3 != 0ULL) && 1 && (t1 == 0ULL) && 1);
}

static u32 rvjit_emit_ld_imm64_d3_lui_addiw_asa(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(((t2 - (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = (((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t5 = rvjit_ashr(((t3 - t4) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t6 = rvjit_ctz(t5, 64);
	const u64 t7 = rvjit_ashr(t5, t6, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((t7 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((t7 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t6 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t4);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_lui_addiw_saa(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_ashr(((imm64 - t0) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(((t2 - (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = rvjit_ashr(t3, rvjit_ctz(t3, 64), 64);

	return (((((((t4 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t4) && (t3 != 0ULL) && 1 && 1 && (t0 == 0ULL));
}

static u32 rvjit_emit_ld_imm64_d3_lui_addiw_saa(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t3 = rvjit_ashr(((t1 - t2) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t4 = (((((t3 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t5 = rvjit_ashr(((t3 - t4) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t6 = rvjit_ctz(t5, 64);
	const u64 t7 = rvjit_ashr(t5, t6, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((t7 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((t7 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t6 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t4);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t2);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	return n;
}

static bool rvjit_guard_ld_imm64_d3_lui_addiw_aaa(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_ashr(((imm64 - (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t1 = rvjit_ashr(((t0 - (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t2 = rvjit_ashr(((t1 - (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = rvjit_ashr(t2, rvjit_ctz(t2, 64), 64);

	return (((((((t3 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t3) && (t2 != 0ULL) && 1 && 1);
}

static u32 rvjit_emit_ld_imm64_d3_lui_addiw_aaa(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm64 = op->imm64;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	const u64 t1 = (((((imm64 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t2 = rvjit_ashr(((imm64 - t1) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t3 = (((((t2 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t4 = rvjit_ashr(((t2 - t3) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t5 = (((((t4 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL);
	const u64 t6 = rvjit_ashr(((t4 - t5) & 0xffffffffffffffffULL), 0xcULL, 64);
	const u64 t7 = rvjit_ctz(t6, 64);
	const u64 t8 = rvjit_ashr(t6, t7, 64);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, t0, ((((t8 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, t0, t0, (((((t8 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_slli(out + n, rvc, t0, t0, ((t7 + 0xcULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t5);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t3);
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0xcULL);
	n += rvjit_enc_addi(out + n, rvc, t0, t0, t1);
	return n;
}

static bool rvjit_guard_ldx_b_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_ldx_b_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lbu(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* lbu */
	return n;
}

static bool rvjit_guard_ldx_b_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_ldx_b_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_lbu(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* lbu */
	return n;
}

static bool rvjit_guard_ldx_b_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_ldx_b_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_lbu(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* lbu */
	return n;
}

static bool rvjit_guard_ldxsx_b_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_ldxsx_b_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lb(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* lb */
	return n;
}

static bool rvjit_guard_ldxsx_b_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_ldxsx_b_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_lb(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* lb */
	return n;
}

static bool rvjit_guard_ldxsx_b_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_ldxsx_b_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_lb(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* lb */
	return n;
}

static bool rvjit_guard_stx_b_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_stx_b_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_sb(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sb */
	return n;
}

static bool rvjit_guard_stx_b_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_stx_b_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sb(6ULL, rvjit_rv_of_bpf[src], 0ULL));	/* sb */
	return n;
}

static bool rvjit_guard_stx_b_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_stx_b_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sb(6ULL, rvjit_rv_of_bpf[src], 0ULL));	/* sb */
	return n;
}

static bool rvjit_guard_st_b_imm0_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_st_b_imm0_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_sb(rvjit_rv_of_bpf[dst], 0ULL, (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sb */
	return n;
}

static bool rvjit_guard_st_b_imm0_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((imm == 0ULL) && ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL))));
}

static u32 rvjit_emit_st_b_imm0_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sb(6ULL, 0ULL, 0ULL));	/* sb */
	return n;
}

static bool rvjit_guard_st_b_imm0_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)));
}

static u32 rvjit_emit_st_b_imm0_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sb(6ULL, 0ULL, 0ULL));	/* sb */
	return n;
}

static bool rvjit_guard_st_b_imm_imm12_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_st_b_imm_imm12_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_sb(rvjit_rv_of_bpf[dst], 7ULL, (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sb */
	return n;
}

static bool rvjit_guard_st_b_imm_imm12_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t2 = ((t1 >> 0) & 0xfffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((!((((t2 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && (((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1) && (t2 == 0ULL))));
}

static u32 rvjit_emit_st_b_imm_imm12_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sb(6ULL, 7ULL, 0ULL));	/* sb */
	return n;
}

static bool rvjit_guard_st_b_imm_imm12_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((!((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && ((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1)));
}

static u32 rvjit_emit_st_b_imm_imm12_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sb(6ULL, 7ULL, 0ULL));	/* sb */
	return n;
}

static bool rvjit_guard_st_b_imm_lui_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_st_b_imm_lui_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_put32(out + n, rvjit_rv_sb(rvjit_rv_of_bpf[dst], 7ULL, (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sb */
	return n;
}

static bool rvjit_guard_st_b_imm_lui_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t2 = ((t1 >> 0) & 0xfffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((!((((t2 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && (((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1) && (t2 == 0ULL))));
}

static u32 rvjit_emit_st_b_imm_lui_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sb(6ULL, 7ULL, 0ULL));	/* sb */
	return n;
}

static bool rvjit_guard_st_b_imm_lui_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((!((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && ((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1)));
}

static u32 rvjit_emit_st_b_imm_lui_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sb(6ULL, 7ULL, 0ULL));	/* sb */
	return n;
}

static bool rvjit_guard_st_b_imm_lui_addiw_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_st_b_imm_lui_addiw_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_sb(rvjit_rv_of_bpf[dst], 7ULL, (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sb */
	return n;
}

static bool rvjit_guard_st_b_imm_lui_addiw_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t2 = ((t1 >> 0) & 0xfffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((!((((t2 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && (((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1) && (t2 == 0ULL))));
}

static u32 rvjit_emit_st_b_imm_lui_addiw_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sb(6ULL, 7ULL, 0ULL));	/* sb */
	return n;
}

static bool rvjit_guard_st_b_imm_lui_addiw_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((!((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && ((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1)));
}

static u32 rvjit_emit_st_b_imm_lui_addiw_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sb(6ULL, 7ULL, 0ULL));	/* sb */
	return n;
}

static bool rvjit_guard_ldx_h_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_ldx_h_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lhu(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* lhu */
	return n;
}

static bool rvjit_guard_ldx_h_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_ldx_h_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_lhu(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* lhu */
	return n;
}

static bool rvjit_guard_ldx_h_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_ldx_h_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_lhu(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* lhu */
	return n;
}

static bool rvjit_guard_ldxsx_h_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_ldxsx_h_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lh(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* lh */
	return n;
}

static bool rvjit_guard_ldxsx_h_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_ldxsx_h_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_lh(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* lh */
	return n;
}

static bool rvjit_guard_ldxsx_h_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_ldxsx_h_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_lh(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* lh */
	return n;
}

static bool rvjit_guard_stx_h_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_stx_h_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_sh(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sh */
	return n;
}

static bool rvjit_guard_stx_h_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_stx_h_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sh(6ULL, rvjit_rv_of_bpf[src], 0ULL));	/* sh */
	return n;
}

static bool rvjit_guard_stx_h_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_stx_h_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sh(6ULL, rvjit_rv_of_bpf[src], 0ULL));	/* sh */
	return n;
}

static bool rvjit_guard_st_h_imm0_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_st_h_imm0_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_sh(rvjit_rv_of_bpf[dst], 0ULL, (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sh */
	return n;
}

static bool rvjit_guard_st_h_imm0_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((imm == 0ULL) && ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL))));
}

static u32 rvjit_emit_st_h_imm0_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sh(6ULL, 0ULL, 0ULL));	/* sh */
	return n;
}

static bool rvjit_guard_st_h_imm0_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)));
}

static u32 rvjit_emit_st_h_imm0_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sh(6ULL, 0ULL, 0ULL));	/* sh */
	return n;
}

static bool rvjit_guard_st_h_imm_imm12_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_st_h_imm_imm12_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_sh(rvjit_rv_of_bpf[dst], 7ULL, (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sh */
	return n;
}

static bool rvjit_guard_st_h_imm_imm12_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t2 = ((t1 >> 0) & 0xfffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((!((((t2 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && (((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1) && (t2 == 0ULL))));
}

static u32 rvjit_emit_st_h_imm_imm12_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sh(6ULL, 7ULL, 0ULL));	/* sh */
	return n;
}

static bool rvjit_guard_st_h_imm_imm12_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((!((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && ((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1)));
}

static u32 rvjit_emit_st_h_imm_imm12_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sh(6ULL, 7ULL, 0ULL));	/* sh */
	return n;
}

static bool rvjit_guard_st_h_imm_lui_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_st_h_imm_lui_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_put32(out + n, rvjit_rv_sh(rvjit_rv_of_bpf[dst], 7ULL, (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sh */
	return n;
}

static bool rvjit_guard_st_h_imm_lui_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t2 = ((t1 >> 0) & 0xfffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((!((((t2 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && (((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1) && (t2 == 0ULL))));
}

static u32 rvjit_emit_st_h_imm_lui_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sh(6ULL, 7ULL, 0ULL));	/* sh */
	return n;
}

static bool rvjit_guard_st_h_imm_lui_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((!((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && ((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1)));
}

static u32 rvjit_emit_st_h_imm_lui_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sh(6ULL, 7ULL, 0ULL));	/* sh */
	return n;
}

static bool rvjit_guard_st_h_imm_lui_addiw_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_st_h_imm_lui_addiw_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_sh(rvjit_rv_of_bpf[dst], 7ULL, (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sh */
	return n;
}

static bool rvjit_guard_st_h_imm_lui_addiw_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t2 = ((t1 >> 0) & 0xfffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((!((((t2 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && (((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1) && (t2 == 0ULL))));
}

static u32 rvjit_emit_st_h_imm_lui_addiw_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sh(6ULL, 7ULL, 0ULL));	/* sh */
	return n;
}

static bool rvjit_guard_st_h_imm_lui_addiw_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((!((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && ((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1)));
}

static u32 rvjit_emit_st_h_imm_lui_addiw_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sh(6ULL, 7ULL, 0ULL));	/* sh */
	return n;
}

static bool rvjit_guard_ldx_w_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_ldx_w_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lwu(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* lwu */
	return n;
}

static bool rvjit_guard_ldx_w_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_ldx_w_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_lwu(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* lwu */
	return n;
}

static bool rvjit_guard_ldx_w_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_ldx_w_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_lwu(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* lwu */
	return n;
}

static bool rvjit_guard_ldxsx_w_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_ldxsx_w_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lw(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* lw */
	return n;
}

static bool rvjit_guard_ldxsx_w_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_ldxsx_w_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_lw(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* lw */
	return n;
}

static bool rvjit_guard_ldxsx_w_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_ldxsx_w_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_lw(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* lw */
	return n;
}

static bool rvjit_guard_stx_w_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_stx_w_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_sw(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sw */
	return n;
}

static bool rvjit_guard_stx_w_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_stx_w_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sw(6ULL, rvjit_rv_of_bpf[src], 0ULL));	/* sw */
	return n;
}

static bool rvjit_guard_stx_w_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_stx_w_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sw(6ULL, rvjit_rv_of_bpf[src], 0ULL));	/* sw */
	return n;
}

static bool rvjit_guard_st_w_imm0_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_st_w_imm0_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_sw(rvjit_rv_of_bpf[dst], 0ULL, (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sw */
	return n;
}

static bool rvjit_guard_st_w_imm0_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((imm == 0ULL) && ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL))));
}

static u32 rvjit_emit_st_w_imm0_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sw(6ULL, 0ULL, 0ULL));	/* sw */
	return n;
}

static bool rvjit_guard_st_w_imm0_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)));
}

static u32 rvjit_emit_st_w_imm0_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sw(6ULL, 0ULL, 0ULL));	/* sw */
	return n;
}

static bool rvjit_guard_st_w_imm_imm12_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_st_w_imm_imm12_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_sw(rvjit_rv_of_bpf[dst], 7ULL, (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sw */
	return n;
}

static bool rvjit_guard_st_w_imm_imm12_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t2 = ((t1 >> 0) & 0xfffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((!((((t2 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && (((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1) && (t2 == 0ULL))));
}

static u32 rvjit_emit_st_w_imm_imm12_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sw(6ULL, 7ULL, 0ULL));	/* sw */
	return n;
}

static bool rvjit_guard_st_w_imm_imm12_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((!((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && ((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1)));
}

static u32 rvjit_emit_st_w_imm_imm12_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sw(6ULL, 7ULL, 0ULL));	/* sw */
	return n;
}

static bool rvjit_guard_st_w_imm_lui_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_st_w_imm_lui_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_put32(out + n, rvjit_rv_sw(rvjit_rv_of_bpf[dst], 7ULL, (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sw */
	return n;
}

static bool rvjit_guard_st_w_imm_lui_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t2 = ((t1 >> 0) & 0xfffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((!((((t2 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && (((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1) && (t2 == 0ULL))));
}

static u32 rvjit_emit_st_w_imm_lui_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sw(6ULL, 7ULL, 0ULL));	/* sw */
	return n;
}

static bool rvjit_guard_st_w_imm_lui_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((!((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && ((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1)));
}

static u32 rvjit_emit_st_w_imm_lui_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sw(6ULL, 7ULL, 0ULL));	/* sw */
	return n;
}

static bool rvjit_guard_st_w_imm_lui_addiw_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_st_w_imm_lui_addiw_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_sw(rvjit_rv_of_bpf[dst], 7ULL, (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sw */
	return n;
}

static bool rvjit_guard_st_w_imm_lui_addiw_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t2 = ((t1 >> 0) & 0xfffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((!((((t2 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && (((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1) && (t2 == 0ULL))));
}

static u32 rvjit_emit_st_w_imm_lui_addiw_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sw(6ULL, 7ULL, 0ULL));	/* sw */
	return n;
}

static bool rvjit_guard_st_w_imm_lui_addiw_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((!((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && ((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1)));
}

static u32 rvjit_emit_st_w_imm_lui_addiw_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sw(6ULL, 7ULL, 0ULL));	/* sw */
	return n;
}

static bool rvjit_guard_ldx_d_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_ldx_d_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_ld(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* ld */
	return n;
}

static bool rvjit_guard_ldx_d_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_ldx_d_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_ld(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* ld */
	return n;
}

static bool rvjit_guard_ldx_d_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_ldx_d_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_ld(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* ld */
	return n;
}

static bool rvjit_guard_stx_d_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_stx_d_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_sd(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sd */
	return n;
}

static bool rvjit_guard_stx_d_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_stx_d_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sd(6ULL, rvjit_rv_of_bpf[src], 0ULL));	/* sd */
	return n;
}

static bool rvjit_guard_stx_d_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_stx_d_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sd(6ULL, rvjit_rv_of_bpf[src], 0ULL));	/* sd */
	return n;
}

static bool rvjit_guard_st_d_imm0_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_st_d_imm0_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_sd(rvjit_rv_of_bpf[dst], 0ULL, (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sd */
	return n;
}

static bool rvjit_guard_st_d_imm0_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((imm == 0ULL) && ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL))));
}

static u32 rvjit_emit_st_d_imm0_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sd(6ULL, 0ULL, 0ULL));	/* sd */
	return n;
}

static bool rvjit_guard_st_d_imm0_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)));
}

static u32 rvjit_emit_st_d_imm0_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sd(6ULL, 0ULL, 0ULL));	/* sd */
	return n;
}

static bool rvjit_guard_st_d_imm_imm12_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_st_d_imm_imm12_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_sd(rvjit_rv_of_bpf[dst], 7ULL, (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sd */
	return n;
}

static bool rvjit_guard_st_d_imm_imm12_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t2 = ((t1 >> 0) & 0xfffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((!((((t2 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && (((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1) && (t2 == 0ULL))));
}

static u32 rvjit_emit_st_d_imm_imm12_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sd(6ULL, 7ULL, 0ULL));	/* sd */
	return n;
}

static bool rvjit_guard_st_d_imm_imm12_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((!((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && ((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1)));
}

static u32 rvjit_emit_st_d_imm_imm12_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sd(6ULL, 7ULL, 0ULL));	/* sd */
	return n;
}

static bool rvjit_guard_st_d_imm_lui_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_st_d_imm_lui_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_put32(out + n, rvjit_rv_sd(rvjit_rv_of_bpf[dst], 7ULL, (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sd */
	return n;
}

static bool rvjit_guard_st_d_imm_lui_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t2 = ((t1 >> 0) & 0xfffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((!((((t2 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && (((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1) && (t2 == 0ULL))));
}

static u32 rvjit_emit_st_d_imm_lui_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sd(6ULL, 7ULL, 0ULL));	/* sd */
	return n;
}

static bool rvjit_guard_st_d_imm_lui_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((!((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && ((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1)));
}

static u32 rvjit_emit_st_d_imm_lui_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sd(6ULL, 7ULL, 0ULL));	/* sd */
	return n;
}

static bool rvjit_guard_st_d_imm_lui_addiw_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_st_d_imm_lui_addiw_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_sd(rvjit_rv_of_bpf[dst], 7ULL, (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sd */
	return n;
}

static bool rvjit_guard_st_d_imm_lui_addiw_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t2 = ((t1 >> 0) & 0xfffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((!((((t2 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && (((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1) && (t2 == 0ULL))));
}

static u32 rvjit_emit_st_d_imm_lui_addiw_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sd(6ULL, 7ULL, 0ULL));	/* sd */
	return n;
}

static bool rvjit_guard_st_d_imm_lui_addiw_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((!((((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t1)) && ((((((t1 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t1)));
}

static u32 rvjit_emit_st_d_imm_lui_addiw_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;
	const u64 imm = op->imm;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sd(6ULL, 7ULL, 0ULL));	/* sd */
	return n;
}

static bool rvjit_guard_atomic_w_add_off0(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_w_add_off0(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoadd_w(0ULL, rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], 0ULL, 0ULL));	/* amoadd.w */
	return n;
}

static bool rvjit_guard_atomic_w_add_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_w_add_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoadd_w(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoadd.w */
	return n;
}

static bool rvjit_guard_atomic_w_add_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_w_add_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoadd_w(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoadd.w */
	return n;
}

static bool rvjit_guard_atomic_w_add_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_w_add_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoadd_w(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoadd.w */
	return n;
}

static bool rvjit_guard_atomic_w_fetch_add_off0_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_w_fetch_add_off0_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoadd_w(t0, t0, rvjit_rv_of_bpf[dst], 1ULL, 1ULL));	/* amoadd.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_fetch_add_off0(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_w_fetch_add_off0(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoadd_w(t0, t0, rvjit_rv_of_bpf[dst], 1ULL, 1ULL));	/* amoadd.w */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_fetch_add_off12_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_w_fetch_add_off12_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoadd_w(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoadd.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_fetch_add_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_w_fetch_add_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoadd_w(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoadd.w */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_fetch_add_off_lui_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_w_fetch_add_off_lui_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoadd_w(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoadd.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_fetch_add_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_w_fetch_add_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoadd_w(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoadd.w */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_fetch_add_off_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_w_fetch_add_off_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoadd_w(t1, t1, 6ULL, 1ULL, 1ULL));	/* amoadd.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t1, t1, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_fetch_add_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_w_fetch_add_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoadd_w(t1, t1, 6ULL, 1ULL, 1ULL));	/* amoadd.w */
	n += rvjit_enc_slli(out + n, rvc, t1, t1, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t1, t1, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_or_off0(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_w_or_off0(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoor_w(0ULL, rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], 0ULL, 0ULL));	/* amoor.w */
	return n;
}

static bool rvjit_guard_atomic_w_or_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_w_or_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoor_w(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoor.w */
	return n;
}

static bool rvjit_guard_atomic_w_or_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_w_or_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoor_w(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoor.w */
	return n;
}

static bool rvjit_guard_atomic_w_or_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_w_or_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoor_w(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoor.w */
	return n;
}

static bool rvjit_guard_atomic_w_fetch_or_off0_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_w_fetch_or_off0_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoor_w(t0, t0, rvjit_rv_of_bpf[dst], 1ULL, 1ULL));	/* amoor.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_fetch_or_off0(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_w_fetch_or_off0(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoor_w(t0, t0, rvjit_rv_of_bpf[dst], 1ULL, 1ULL));	/* amoor.w */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_fetch_or_off12_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_w_fetch_or_off12_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoor_w(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoor.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_fetch_or_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_w_fetch_or_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoor_w(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoor.w */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_fetch_or_off_lui_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_w_fetch_or_off_lui_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoor_w(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoor.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_fetch_or_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_w_fetch_or_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoor_w(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoor.w */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_fetch_or_off_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_w_fetch_or_off_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoor_w(t1, t1, 6ULL, 1ULL, 1ULL));	/* amoor.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t1, t1, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_fetch_or_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_w_fetch_or_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoor_w(t1, t1, 6ULL, 1ULL, 1ULL));	/* amoor.w */
	n += rvjit_enc_slli(out + n, rvc, t1, t1, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t1, t1, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_and_off0(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_w_and_off0(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoand_w(0ULL, rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], 0ULL, 0ULL));	/* amoand.w */
	return n;
}

static bool rvjit_guard_atomic_w_and_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_w_and_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoand_w(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoand.w */
	return n;
}

static bool rvjit_guard_atomic_w_and_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_w_and_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoand_w(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoand.w */
	return n;
}

static bool rvjit_guard_atomic_w_and_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_w_and_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoand_w(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoand.w */
	return n;
}

static bool rvjit_guard_atomic_w_fetch_and_off0_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_w_fetch_and_off0_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoand_w(t0, t0, rvjit_rv_of_bpf[dst], 1ULL, 1ULL));	/* amoand.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_fetch_and_off0(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_w_fetch_and_off0(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoand_w(t0, t0, rvjit_rv_of_bpf[dst], 1ULL, 1ULL));	/* amoand.w */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_fetch_and_off12_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_w_fetch_and_off12_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoand_w(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoand.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_fetch_and_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_w_fetch_and_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoand_w(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoand.w */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_fetch_and_off_lui_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_w_fetch_and_off_lui_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoand_w(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoand.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_fetch_and_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_w_fetch_and_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoand_w(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoand.w */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_fetch_and_off_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_w_fetch_and_off_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoand_w(t1, t1, 6ULL, 1ULL, 1ULL));	/* amoand.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t1, t1, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_fetch_and_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_w_fetch_and_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoand_w(t1, t1, 6ULL, 1ULL, 1ULL));	/* amoand.w */
	n += rvjit_enc_slli(out + n, rvc, t1, t1, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t1, t1, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_xor_off0(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_w_xor_off0(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoxor_w(0ULL, rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], 0ULL, 0ULL));	/* amoxor.w */
	return n;
}

static bool rvjit_guard_atomic_w_xor_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_w_xor_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoxor_w(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoxor.w */
	return n;
}

static bool rvjit_guard_atomic_w_xor_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_w_xor_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoxor_w(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoxor.w */
	return n;
}

static bool rvjit_guard_atomic_w_xor_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_w_xor_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoxor_w(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoxor.w */
	return n;
}

static bool rvjit_guard_atomic_w_fetch_xor_off0_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_w_fetch_xor_off0_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoxor_w(t0, t0, rvjit_rv_of_bpf[dst], 1ULL, 1ULL));	/* amoxor.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_fetch_xor_off0(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_w_fetch_xor_off0(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoxor_w(t0, t0, rvjit_rv_of_bpf[dst], 1ULL, 1ULL));	/* amoxor.w */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_fetch_xor_off12_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_w_fetch_xor_off12_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoxor_w(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoxor.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_fetch_xor_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_w_fetch_xor_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoxor_w(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoxor.w */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_fetch_xor_off_lui_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_w_fetch_xor_off_lui_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoxor_w(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoxor.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_fetch_xor_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_w_fetch_xor_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoxor_w(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoxor.w */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_fetch_xor_off_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_w_fetch_xor_off_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoxor_w(t1, t1, 6ULL, 1ULL, 1ULL));	/* amoxor.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t1, t1, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_fetch_xor_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_w_fetch_xor_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoxor_w(t1, t1, 6ULL, 1ULL, 1ULL));	/* amoxor.w */
	n += rvjit_enc_slli(out + n, rvc, t1, t1, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t1, t1, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_xchg_off0_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_w_xchg_off0_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoswap_w(t0, t0, rvjit_rv_of_bpf[dst], 1ULL, 1ULL));	/* amoswap.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_xchg_off0(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_w_xchg_off0(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoswap_w(t0, t0, rvjit_rv_of_bpf[dst], 1ULL, 1ULL));	/* amoswap.w */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_xchg_off12_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_w_xchg_off12_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoswap_w(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoswap.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_xchg_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_w_xchg_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoswap_w(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoswap.w */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_xchg_off_lui_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_w_xchg_off_lui_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoswap_w(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoswap.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t0, t0, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_xchg_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_w_xchg_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoswap_w(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoswap.w */
	n += rvjit_enc_slli(out + n, rvc, t0, t0, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t0, t0, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_xchg_off_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_w_xchg_off_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoswap_w(t1, t1, 6ULL, 1ULL, 1ULL));	/* amoswap.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(t1, t1, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_xchg_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_w_xchg_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoswap_w(t1, t1, 6ULL, 1ULL, 1ULL));	/* amoswap.w */
	n += rvjit_enc_slli(out + n, rvc, t1, t1, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, t1, t1, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_cmpxchg_off0_zacas_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_w_cmpxchg_off0_zacas_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amocas_w(0xfULL, rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], 1ULL, 1ULL));	/* amocas.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(0xfULL, 0xfULL, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_cmpxchg_off0_zacas(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_w_cmpxchg_off0_zacas(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amocas_w(0xfULL, rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], 1ULL, 1ULL));	/* amocas.w */
	n += rvjit_enc_slli(out + n, rvc, 0xfULL, 0xfULL, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, 0xfULL, 0xfULL, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_cmpxchg_off12_zacas_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_w_cmpxchg_off12_zacas_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amocas_w(0xfULL, rvjit_rv_of_bpf[src], 6ULL, 1ULL, 1ULL));	/* amocas.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(0xfULL, 0xfULL, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_cmpxchg_off12_zacas(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_w_cmpxchg_off12_zacas(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amocas_w(0xfULL, rvjit_rv_of_bpf[src], 6ULL, 1ULL, 1ULL));	/* amocas.w */
	n += rvjit_enc_slli(out + n, rvc, 0xfULL, 0xfULL, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, 0xfULL, 0xfULL, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_cmpxchg_off_lui_zacas_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_w_cmpxchg_off_lui_zacas_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amocas_w(0xfULL, rvjit_rv_of_bpf[src], 6ULL, 1ULL, 1ULL));	/* amocas.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(0xfULL, 0xfULL, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_cmpxchg_off_lui_zacas(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_w_cmpxchg_off_lui_zacas(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amocas_w(0xfULL, rvjit_rv_of_bpf[src], 6ULL, 1ULL, 1ULL));	/* amocas.w */
	n += rvjit_enc_slli(out + n, rvc, 0xfULL, 0xfULL, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, 0xfULL, 0xfULL, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_cmpxchg_off_lui_addiw_zacas_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_w_cmpxchg_off_lui_addiw_zacas_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amocas_w(0xfULL, rvjit_rv_of_bpf[src], 6ULL, 1ULL, 1ULL));	/* amocas.w */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(0xfULL, 0xfULL, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_cmpxchg_off_lui_addiw_zacas(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_w_cmpxchg_off_lui_addiw_zacas(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amocas_w(0xfULL, rvjit_rv_of_bpf[src], 6ULL, 1ULL, 1ULL));	/* amocas.w */
	n += rvjit_enc_slli(out + n, rvc, 0xfULL, 0xfULL, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, 0xfULL, 0xfULL, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_cmpxchg_off0_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;

	return ((off == 0ULL) && (dst != 0ULL));
}

static u32 rvjit_emit_atomic_w_cmpxchg_off0_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addiw(out + n, rvc, 7ULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_lr_w(0xfULL, t0, 1ULL, 0ULL));	/* lr.w */
	n += rvjit_put32(out + n, rvjit_rv_bne(0xfULL, 7ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_sc_w(0x1cULL, rvjit_rv_of_bpf[src], t0, 1ULL, 1ULL));	/* sc.w */
	n += rvjit_put32(out + n, rvjit_rv_bne(0x1cULL, 0ULL, 0xfffffffffffffff4ULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(0xfULL, 0xfULL, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_cmpxchg_off0(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;

	return ((off == 0ULL) && (dst != 0ULL));
}

static u32 rvjit_emit_atomic_w_cmpxchg_off0(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addiw(out + n, rvc, 7ULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_lr_w(0xfULL, t0, 1ULL, 0ULL));	/* lr.w */
	n += rvjit_put32(out + n, rvjit_rv_bne(0xfULL, 7ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_sc_w(0x1cULL, rvjit_rv_of_bpf[src], t0, 1ULL, 1ULL));	/* sc.w */
	n += rvjit_put32(out + n, rvjit_rv_bne(0x1cULL, 0ULL, 0xfffffffffffffff4ULL));	/* bne */
	n += rvjit_enc_slli(out + n, rvc, 0xfULL, 0xfULL, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, 0xfULL, 0xfULL, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_cmpxchg_off12_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_w_cmpxchg_off12_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 7ULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_lr_w(0xfULL, 6ULL, 1ULL, 0ULL));	/* lr.w */
	n += rvjit_put32(out + n, rvjit_rv_bne(0xfULL, 7ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_sc_w(0x1cULL, rvjit_rv_of_bpf[src], 6ULL, 1ULL, 1ULL));	/* sc.w */
	n += rvjit_put32(out + n, rvjit_rv_bne(0x1cULL, 0ULL, 0xfffffffffffffff4ULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(0xfULL, 0xfULL, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_cmpxchg_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_w_cmpxchg_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 7ULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_lr_w(0xfULL, 6ULL, 1ULL, 0ULL));	/* lr.w */
	n += rvjit_put32(out + n, rvjit_rv_bne(0xfULL, 7ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_sc_w(0x1cULL, rvjit_rv_of_bpf[src], 6ULL, 1ULL, 1ULL));	/* sc.w */
	n += rvjit_put32(out + n, rvjit_rv_bne(0x1cULL, 0ULL, 0xfffffffffffffff4ULL));	/* bne */
	n += rvjit_enc_slli(out + n, rvc, 0xfULL, 0xfULL, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, 0xfULL, 0xfULL, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_cmpxchg_off_lui_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_w_cmpxchg_off_lui_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_enc_addiw(out + n, rvc, 7ULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_lr_w(0xfULL, 6ULL, 1ULL, 0ULL));	/* lr.w */
	n += rvjit_put32(out + n, rvjit_rv_bne(0xfULL, 7ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_sc_w(0x1cULL, rvjit_rv_of_bpf[src], 6ULL, 1ULL, 1ULL));	/* sc.w */
	n += rvjit_put32(out + n, rvjit_rv_bne(0x1cULL, 0ULL, 0xfffffffffffffff4ULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(0xfULL, 0xfULL, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_cmpxchg_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_w_cmpxchg_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_enc_addiw(out + n, rvc, 7ULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_lr_w(0xfULL, 6ULL, 1ULL, 0ULL));	/* lr.w */
	n += rvjit_put32(out + n, rvjit_rv_bne(0xfULL, 7ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_sc_w(0x1cULL, rvjit_rv_of_bpf[src], 6ULL, 1ULL, 1ULL));	/* sc.w */
	n += rvjit_put32(out + n, rvjit_rv_bne(0x1cULL, 0ULL, 0xfffffffffffffff4ULL));	/* bne */
	n += rvjit_enc_slli(out + n, rvc, 0xfULL, 0xfULL, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, 0xfULL, 0xfULL, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_w_cmpxchg_off_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_w_cmpxchg_off_lui_addiw_zba(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_enc_addiw(out + n, rvc, 7ULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_lr_w(0xfULL, 6ULL, 1ULL, 0ULL));	/* lr.w */
	n += rvjit_put32(out + n, rvjit_rv_bne(0xfULL, 7ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_sc_w(0x1cULL, rvjit_rv_of_bpf[src], 6ULL, 1ULL, 1ULL));	/* sc.w */
	n += rvjit_put32(out + n, rvjit_rv_bne(0x1cULL, 0ULL, 0xfffffffffffffff4ULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_add_uw(0xfULL, 0xfULL, 0ULL));	/* add.uw */
	return n;
}

static bool rvjit_guard_atomic_w_cmpxchg_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_w_cmpxchg_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_enc_addiw(out + n, rvc, 7ULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_lr_w(0xfULL, 6ULL, 1ULL, 0ULL));	/* lr.w */
	n += rvjit_put32(out + n, rvjit_rv_bne(0xfULL, 7ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_sc_w(0x1cULL, rvjit_rv_of_bpf[src], 6ULL, 1ULL, 1ULL));	/* sc.w */
	n += rvjit_put32(out + n, rvjit_rv_bne(0x1cULL, 0ULL, 0xfffffffffffffff4ULL));	/* bne */
	n += rvjit_enc_slli(out + n, rvc, 0xfULL, 0xfULL, 0x20ULL);
	n += rvjit_enc_srli(out + n, rvc, 0xfULL, 0xfULL, 0x20ULL);
	return n;
}

static bool rvjit_guard_atomic_d_add_off0(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_d_add_off0(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoadd_d(0ULL, rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], 0ULL, 0ULL));	/* amoadd.d */
	return n;
}

static bool rvjit_guard_atomic_d_add_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_d_add_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoadd_d(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoadd.d */
	return n;
}

static bool rvjit_guard_atomic_d_add_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_d_add_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoadd_d(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoadd.d */
	return n;
}

static bool rvjit_guard_atomic_d_add_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_d_add_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoadd_d(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoadd.d */
	return n;
}

static bool rvjit_guard_atomic_d_fetch_add_off0(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_d_fetch_add_off0(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoadd_d(t0, t0, rvjit_rv_of_bpf[dst], 1ULL, 1ULL));	/* amoadd.d */
	return n;
}

static bool rvjit_guard_atomic_d_fetch_add_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_d_fetch_add_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoadd_d(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoadd.d */
	return n;
}

static bool rvjit_guard_atomic_d_fetch_add_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_d_fetch_add_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoadd_d(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoadd.d */
	return n;
}

static bool rvjit_guard_atomic_d_fetch_add_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_d_fetch_add_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoadd_d(t1, t1, 6ULL, 1ULL, 1ULL));	/* amoadd.d */
	return n;
}

static bool rvjit_guard_atomic_d_or_off0(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_d_or_off0(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoor_d(0ULL, rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], 0ULL, 0ULL));	/* amoor.d */
	return n;
}

static bool rvjit_guard_atomic_d_or_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_d_or_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoor_d(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoor.d */
	return n;
}

static bool rvjit_guard_atomic_d_or_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_d_or_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoor_d(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoor.d */
	return n;
}

static bool rvjit_guard_atomic_d_or_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_d_or_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoor_d(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoor.d */
	return n;
}

static bool rvjit_guard_atomic_d_fetch_or_off0(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_d_fetch_or_off0(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoor_d(t0, t0, rvjit_rv_of_bpf[dst], 1ULL, 1ULL));	/* amoor.d */
	return n;
}

static bool rvjit_guard_atomic_d_fetch_or_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_d_fetch_or_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoor_d(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoor.d */
	return n;
}

static bool rvjit_guard_atomic_d_fetch_or_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_d_fetch_or_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoor_d(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoor.d */
	return n;
}

static bool rvjit_guard_atomic_d_fetch_or_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_d_fetch_or_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoor_d(t1, t1, 6ULL, 1ULL, 1ULL));	/* amoor.d */
	return n;
}

static bool rvjit_guard_atomic_d_and_off0(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_d_and_off0(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoand_d(0ULL, rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], 0ULL, 0ULL));	/* amoand.d */
	return n;
}

static bool rvjit_guard_atomic_d_and_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_d_and_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoand_d(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoand.d */
	return n;
}

static bool rvjit_guard_atomic_d_and_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_d_and_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoand_d(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoand.d */
	return n;
}

static bool rvjit_guard_atomic_d_and_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_d_and_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoand_d(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoand.d */
	return n;
}

static bool rvjit_guard_atomic_d_fetch_and_off0(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_d_fetch_and_off0(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoand_d(t0, t0, rvjit_rv_of_bpf[dst], 1ULL, 1ULL));	/* amoand.d */
	return n;
}

static bool rvjit_guard_atomic_d_fetch_and_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_d_fetch_and_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoand_d(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoand.d */
	return n;
}

static bool rvjit_guard_atomic_d_fetch_and_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_d_fetch_and_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoand_d(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoand.d */
	return n;
}

static bool rvjit_guard_atomic_d_fetch_and_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_d_fetch_and_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoand_d(t1, t1, 6ULL, 1ULL, 1ULL));	/* amoand.d */
	return n;
}

static bool rvjit_guard_atomic_d_xor_off0(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_d_xor_off0(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoxor_d(0ULL, rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], 0ULL, 0ULL));	/* amoxor.d */
	return n;
}

static bool rvjit_guard_atomic_d_xor_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_d_xor_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoxor_d(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoxor.d */
	return n;
}

static bool rvjit_guard_atomic_d_xor_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_d_xor_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoxor_d(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoxor.d */
	return n;
}

static bool rvjit_guard_atomic_d_xor_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_d_xor_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoxor_d(0ULL, rvjit_rv_of_bpf[src], 6ULL, 0ULL, 0ULL));	/* amoxor.d */
	return n;
}

static bool rvjit_guard_atomic_d_fetch_xor_off0(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_d_fetch_xor_off0(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoxor_d(t0, t0, rvjit_rv_of_bpf[dst], 1ULL, 1ULL));	/* amoxor.d */
	return n;
}

static bool rvjit_guard_atomic_d_fetch_xor_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_d_fetch_xor_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoxor_d(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoxor.d */
	return n;
}

static bool rvjit_guard_atomic_d_fetch_xor_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_d_fetch_xor_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoxor_d(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoxor.d */
	return n;
}

static bool rvjit_guard_atomic_d_fetch_xor_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_d_fetch_xor_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoxor_d(t1, t1, 6ULL, 1ULL, 1ULL));	/* amoxor.d */
	return n;
}

static bool rvjit_guard_atomic_d_xchg_off0(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_d_xchg_off0(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amoswap_d(t0, t0, rvjit_rv_of_bpf[dst], 1ULL, 1ULL));	/* amoswap.d */
	return n;
}

static bool rvjit_guard_atomic_d_xchg_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_d_xchg_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amoswap_d(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoswap.d */
	return n;
}

static bool rvjit_guard_atomic_d_xchg_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_d_xchg_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoswap_d(t0, t0, 6ULL, 1ULL, 1ULL));	/* amoswap.d */
	return n;
}

static bool rvjit_guard_atomic_d_xchg_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_d_xchg_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = rvjit_rv_of_bpf[src];
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amoswap_d(t1, t1, 6ULL, 1ULL, 1ULL));	/* amoswap.d */
	return n;
}

static bool rvjit_guard_atomic_d_cmpxchg_off0_zacas(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;

	return ((off == 0ULL) && 1);
}

static u32 rvjit_emit_atomic_d_cmpxchg_off0_zacas(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_amocas_d(0xfULL, rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], 1ULL, 1ULL));	/* amocas.d */
	return n;
}

static bool rvjit_guard_atomic_d_cmpxchg_off12_zacas(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_d_cmpxchg_off12_zacas(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_put32(out + n, rvjit_rv_amocas_d(0xfULL, rvjit_rv_of_bpf[src], 6ULL, 1ULL, 1ULL));	/* amocas.d */
	return n;
}

static bool rvjit_guard_atomic_d_cmpxchg_off_lui_zacas(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_d_cmpxchg_off_lui_zacas(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amocas_d(0xfULL, rvjit_rv_of_bpf[src], 6ULL, 1ULL, 1ULL));	/* amocas.d */
	return n;
}

static bool rvjit_guard_atomic_d_cmpxchg_off_lui_addiw_zacas(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_d_cmpxchg_off_lui_addiw_zacas(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_amocas_d(0xfULL, rvjit_rv_of_bpf[src], 6ULL, 1ULL, 1ULL));	/* amocas.d */
	return n;
}

static bool rvjit_guard_atomic_d_cmpxchg_off0(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 off = op->off;

	return ((off == 0ULL) && (dst != 0ULL));
}

static u32 rvjit_emit_atomic_d_cmpxchg_off0(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 t0 = rvjit_rv_of_bpf[dst];
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 7ULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_lr_d(0xfULL, t0, 1ULL, 0ULL));	/* lr.d */
	n += rvjit_put32(out + n, rvjit_rv_bne(0xfULL, 7ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_sc_d(0x1cULL, rvjit_rv_of_bpf[src], t0, 1ULL, 1ULL));	/* sc.d */
	n += rvjit_put32(out + n, rvjit_rv_bne(0x1cULL, 0ULL, 0xfffffffffffffff4ULL));	/* bne */
	return n;
}

static bool rvjit_guard_atomic_d_cmpxchg_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_atomic_d_cmpxchg_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 6ULL, rvjit_rv_of_bpf[dst], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_addi(out + n, rvc, 7ULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_lr_d(0xfULL, 6ULL, 1ULL, 0ULL));	/* lr.d */
	n += rvjit_put32(out + n, rvjit_rv_bne(0xfULL, 7ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_sc_d(0x1cULL, rvjit_rv_of_bpf[src], 6ULL, 1ULL, 1ULL));	/* sc.d */
	n += rvjit_put32(out + n, rvjit_rv_bne(0x1cULL, 0ULL, 0xfffffffffffffff4ULL));	/* bne */
	return n;
}

static bool rvjit_guard_atomic_d_cmpxchg_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_atomic_d_cmpxchg_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_enc_addi(out + n, rvc, 7ULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_lr_d(0xfULL, 6ULL, 1ULL, 0ULL));	/* lr.d */
	n += rvjit_put32(out + n, rvjit_rv_bne(0xfULL, 7ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_sc_d(0x1cULL, rvjit_rv_of_bpf[src], 6ULL, 1ULL, 1ULL));	/* sc.d */
	n += rvjit_put32(out + n, rvjit_rv_bne(0x1cULL, 0ULL, 0xfffffffffffffff4ULL));	/* bne */
	return n;
}

static bool rvjit_guard_atomic_d_cmpxchg_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_atomic_d_cmpxchg_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_enc_addi(out + n, rvc, 7ULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_lr_d(0xfULL, 6ULL, 1ULL, 0ULL));	/* lr.d */
	n += rvjit_put32(out + n, rvjit_rv_bne(0xfULL, 7ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_sc_d(0x1cULL, rvjit_rv_of_bpf[src], 6ULL, 1ULL, 1ULL));	/* sc.d */
	n += rvjit_put32(out + n, rvjit_rv_bne(0x1cULL, 0ULL, 0xfffffffffffffff4ULL));	/* bne */
	return n;
}

static bool rvjit_guard_load_acquire_b_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_load_acquire_b_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lbu(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* lbu */
	n += rvjit_put32(out + n, rvjit_rv_fence(2ULL, 3ULL));	/* fence */
	return n;
}

static bool rvjit_guard_load_acquire_b_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_load_acquire_b_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_lbu(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* lbu */
	n += rvjit_put32(out + n, rvjit_rv_fence(2ULL, 3ULL));	/* fence */
	return n;
}

static bool rvjit_guard_load_acquire_b_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_load_acquire_b_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_lbu(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* lbu */
	n += rvjit_put32(out + n, rvjit_rv_fence(2ULL, 3ULL));	/* fence */
	return n;
}

static bool rvjit_guard_store_release_b_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_store_release_b_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_fence(3ULL, 1ULL));	/* fence */
	n += rvjit_put32(out + n, rvjit_rv_sb(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sb */
	return n;
}

static bool rvjit_guard_store_release_b_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_store_release_b_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_fence(3ULL, 1ULL));	/* fence */
	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sb(6ULL, rvjit_rv_of_bpf[src], 0ULL));	/* sb */
	return n;
}

static bool rvjit_guard_store_release_b_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_store_release_b_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_fence(3ULL, 1ULL));	/* fence */
	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sb(6ULL, rvjit_rv_of_bpf[src], 0ULL));	/* sb */
	return n;
}

static bool rvjit_guard_load_acquire_h_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_load_acquire_h_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lhu(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* lhu */
	n += rvjit_put32(out + n, rvjit_rv_fence(2ULL, 3ULL));	/* fence */
	return n;
}

static bool rvjit_guard_load_acquire_h_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_load_acquire_h_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_lhu(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* lhu */
	n += rvjit_put32(out + n, rvjit_rv_fence(2ULL, 3ULL));	/* fence */
	return n;
}

static bool rvjit_guard_load_acquire_h_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_load_acquire_h_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_lhu(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* lhu */
	n += rvjit_put32(out + n, rvjit_rv_fence(2ULL, 3ULL));	/* fence */
	return n;
}

static bool rvjit_guard_store_release_h_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_store_release_h_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_fence(3ULL, 1ULL));	/* fence */
	n += rvjit_put32(out + n, rvjit_rv_sh(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sh */
	return n;
}

static bool rvjit_guard_store_release_h_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_store_release_h_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_fence(3ULL, 1ULL));	/* fence */
	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sh(6ULL, rvjit_rv_of_bpf[src], 0ULL));	/* sh */
	return n;
}

static bool rvjit_guard_store_release_h_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_store_release_h_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_fence(3ULL, 1ULL));	/* fence */
	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sh(6ULL, rvjit_rv_of_bpf[src], 0ULL));	/* sh */
	return n;
}

static bool rvjit_guard_load_acquire_w_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_load_acquire_w_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lwu(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* lwu */
	n += rvjit_put32(out + n, rvjit_rv_fence(2ULL, 3ULL));	/* fence */
	return n;
}

static bool rvjit_guard_load_acquire_w_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_load_acquire_w_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_lwu(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* lwu */
	n += rvjit_put32(out + n, rvjit_rv_fence(2ULL, 3ULL));	/* fence */
	return n;
}

static bool rvjit_guard_load_acquire_w_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_load_acquire_w_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_lwu(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* lwu */
	n += rvjit_put32(out + n, rvjit_rv_fence(2ULL, 3ULL));	/* fence */
	return n;
}

static bool rvjit_guard_store_release_w_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_store_release_w_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_fence(3ULL, 1ULL));	/* fence */
	n += rvjit_put32(out + n, rvjit_rv_sw(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sw */
	return n;
}

static bool rvjit_guard_store_release_w_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_store_release_w_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_fence(3ULL, 1ULL));	/* fence */
	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sw(6ULL, rvjit_rv_of_bpf[src], 0ULL));	/* sw */
	return n;
}

static bool rvjit_guard_store_release_w_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_store_release_w_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_fence(3ULL, 1ULL));	/* fence */
	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sw(6ULL, rvjit_rv_of_bpf[src], 0ULL));	/* sw */
	return n;
}

static bool rvjit_guard_load_acquire_d_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_load_acquire_d_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_ld(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_fence(2ULL, 3ULL));	/* fence */
	return n;
}

static bool rvjit_guard_load_acquire_d_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_load_acquire_d_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_ld(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_fence(2ULL, 3ULL));	/* fence */
	return n;
}

static bool rvjit_guard_load_acquire_d_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_load_acquire_d_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[src]);
	n += rvjit_put32(out + n, rvjit_rv_ld(rvjit_rv_of_bpf[dst], 6ULL, 0ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_fence(2ULL, 3ULL));	/* fence */
	return n;
}

static bool rvjit_guard_store_release_d_off12(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0);
}

static u32 rvjit_emit_store_release_d_off12(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_fence(3ULL, 1ULL));	/* fence */
	n += rvjit_put32(out + n, rvjit_rv_sd(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL)));	/* sd */
	return n;
}

static bool rvjit_guard_store_release_d_off_lui(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((t0 >> 0) & 0xfffULL);

	return ((!((((t1 ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (t1 == 0ULL)));
}

static u32 rvjit_emit_store_release_d_off_lui(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_fence(3ULL, 1ULL));	/* fence */
	n += rvjit_enc_lui(out + n, rvc, 6ULL, (((((((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sd(6ULL, rvjit_rv_of_bpf[src], 0ULL));	/* sd */
	return n;
}

static bool rvjit_guard_store_release_d_off_lui_addiw(const struct rvjit_operands *op __maybe_unused)
{
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);

	return ((!((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_store_release_d_off_lui_addiw(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 off = op->off;
	const u64 t0 = (((off ^ 0x8000ULL) - 0x8000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_fence(3ULL, 1ULL));	/* fence */
	n += rvjit_enc_lui(out + n, rvc, 6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL));
	n += rvjit_enc_addiw(out + n, rvc, 6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL));
	n += rvjit_enc_add(out + n, rvc, 6ULL, 6ULL, rvjit_rv_of_bpf[dst]);
	n += rvjit_put32(out + n, rvjit_rv_sd(6ULL, rvjit_rv_of_bpf[src], 0ULL));	/* sd */
	return n;
}

static bool rvjit_guard_exit_fallthrough(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;

	return (dist == 0ULL);
}

static u32 rvjit_emit_exit_fallthrough(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	return 0;
}

static bool rvjit_guard_exit_cj(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;

	return ((dist != 0ULL) && ((((((dist >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == dist));
}

static u32 rvjit_emit_exit_cj(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put16(out + n, rvjit_rvc_j(dist));	/* c.j */
	return n;
}

static bool rvjit_guard_exit_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;

	return ((dist != 0ULL) && ((((((dist >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == dist));
}

static u32 rvjit_emit_exit_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, dist));	/* jal */
	return n;
}

static bool rvjit_guard_exit_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;

	return (((dist ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((dist ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL)));
}

static u32 rvjit_emit_exit_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((dist + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((dist >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_ja_fallthrough(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;

	return (dist == 0ULL);
}

static u32 rvjit_emit_ja_fallthrough(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	return 0;
}

static bool rvjit_guard_ja_cj(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;

	return ((dist != 0ULL) && ((((((dist >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == dist));
}

static u32 rvjit_emit_ja_cj(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put16(out + n, rvjit_rvc_j(dist));	/* c.j */
	return n;
}

static bool rvjit_guard_ja_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;

	return ((dist != 0ULL) && ((((((dist >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == dist));
}

static u32 rvjit_emit_ja_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, dist));	/* jal */
	return n;
}

static bool rvjit_guard_ja_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;

	return (((dist ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((dist ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL)));
}

static u32 rvjit_emit_ja_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((dist + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((dist >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_gotol_fallthrough(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;

	return (dist == 0ULL);
}

static u32 rvjit_emit_gotol_fallthrough(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	return 0;
}

static bool rvjit_guard_gotol_cj(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;

	return ((dist != 0ULL) && ((((((dist >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == dist));
}

static u32 rvjit_emit_gotol_cj(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put16(out + n, rvjit_rvc_j(dist));	/* c.j */
	return n;
}

static bool rvjit_guard_gotol_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;

	return ((dist != 0ULL) && ((((((dist >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == dist));
}

static u32 rvjit_emit_gotol_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, dist));	/* jal */
	return n;
}

static bool rvjit_guard_gotol_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;

	return (((dist ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((dist ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL)));
}

static u32 rvjit_emit_gotol_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((dist + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((dist >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jeq_k0_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 0ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jeq_k0_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_beq(rvjit_rv_of_bpf[dst], 0ULL, ((dist - 0ULL) & 0xffffffffffffffffULL)));	/* beq */
	return n;
}

static bool rvjit_guard_jmp_jeq_k0_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jeq_k0_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bne(rvjit_rv_of_bpf[dst], 0ULL, 8ULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jeq_k0_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jeq_k0_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bne(rvjit_rv_of_bpf[dst], 0ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jeq_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jeq_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_beq(rvjit_rv_of_bpf[dst], 7ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* beq */
	return n;
}

static bool rvjit_guard_jmp_jeq_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jeq_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bne(rvjit_rv_of_bpf[dst], 7ULL, 8ULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jeq_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jeq_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bne(rvjit_rv_of_bpf[dst], 7ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jeq_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jeq_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_beq(rvjit_rv_of_bpf[dst], 7ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* beq */
	return n;
}

static bool rvjit_guard_jmp_jeq_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jeq_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bne(rvjit_rv_of_bpf[dst], 7ULL, 8ULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jeq_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jeq_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bne(rvjit_rv_of_bpf[dst], 7ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jeq_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jeq_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_beq(rvjit_rv_of_bpf[dst], 7ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* beq */
	return n;
}

static bool rvjit_guard_jmp_jeq_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jeq_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bne(rvjit_rv_of_bpf[dst], 7ULL, 8ULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jeq_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jeq_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bne(rvjit_rv_of_bpf[dst], 7ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jeq_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 0ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jeq_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_beq(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], ((dist - 0ULL) & 0xffffffffffffffffULL)));	/* beq */
	return n;
}

static bool rvjit_guard_jmp_jeq_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jeq_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bne(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], 8ULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jeq_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jeq_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bne(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jne_k0_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 0ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jne_k0_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bne(rvjit_rv_of_bpf[dst], 0ULL, ((dist - 0ULL) & 0xffffffffffffffffULL)));	/* bne */
	return n;
}

static bool rvjit_guard_jmp_jne_k0_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jne_k0_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_beq(rvjit_rv_of_bpf[dst], 0ULL, 8ULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jne_k0_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jne_k0_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_beq(rvjit_rv_of_bpf[dst], 0ULL, 0xcULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jne_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jne_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bne(rvjit_rv_of_bpf[dst], 7ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bne */
	return n;
}

static bool rvjit_guard_jmp_jne_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jne_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_beq(rvjit_rv_of_bpf[dst], 7ULL, 8ULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jne_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jne_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_beq(rvjit_rv_of_bpf[dst], 7ULL, 0xcULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jne_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jne_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bne(rvjit_rv_of_bpf[dst], 7ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bne */
	return n;
}

static bool rvjit_guard_jmp_jne_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jne_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_beq(rvjit_rv_of_bpf[dst], 7ULL, 8ULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jne_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jne_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_beq(rvjit_rv_of_bpf[dst], 7ULL, 0xcULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jne_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jne_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bne(rvjit_rv_of_bpf[dst], 7ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bne */
	return n;
}

static bool rvjit_guard_jmp_jne_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jne_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_beq(rvjit_rv_of_bpf[dst], 7ULL, 8ULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jne_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jne_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_beq(rvjit_rv_of_bpf[dst], 7ULL, 0xcULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jne_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 0ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jne_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bne(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], ((dist - 0ULL) & 0xffffffffffffffffULL)));	/* bne */
	return n;
}

static bool rvjit_guard_jmp_jne_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jne_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_beq(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], 8ULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jne_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jne_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_beq(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], 0xcULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jgt_k0_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 0ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jgt_k0_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bltu(0ULL, rvjit_rv_of_bpf[dst], ((dist - 0ULL) & 0xffffffffffffffffULL)));	/* bltu */
	return n;
}

static bool rvjit_guard_jmp_jgt_k0_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jgt_k0_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bgeu(0ULL, rvjit_rv_of_bpf[dst], 8ULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jgt_k0_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jgt_k0_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bgeu(0ULL, rvjit_rv_of_bpf[dst], 0xcULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jgt_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jgt_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, rvjit_rv_of_bpf[dst], ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bltu */
	return n;
}

static bool rvjit_guard_jmp_jgt_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jgt_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, rvjit_rv_of_bpf[dst], 8ULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jgt_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jgt_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, rvjit_rv_of_bpf[dst], 0xcULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jgt_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jgt_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, rvjit_rv_of_bpf[dst], ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bltu */
	return n;
}

static bool rvjit_guard_jmp_jgt_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jgt_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, rvjit_rv_of_bpf[dst], 8ULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jgt_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jgt_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, rvjit_rv_of_bpf[dst], 0xcULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jgt_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jgt_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, rvjit_rv_of_bpf[dst], ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bltu */
	return n;
}

static bool rvjit_guard_jmp_jgt_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jgt_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, rvjit_rv_of_bpf[dst], 8ULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jgt_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jgt_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, rvjit_rv_of_bpf[dst], 0xcULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jgt_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 0ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jgt_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bltu(rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], ((dist - 0ULL) & 0xffffffffffffffffULL)));	/* bltu */
	return n;
}

static bool rvjit_guard_jmp_jgt_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jgt_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bgeu(rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], 8ULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jgt_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jgt_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bgeu(rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], 0xcULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jge_k0_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 0ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jge_k0_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bgeu(rvjit_rv_of_bpf[dst], 0ULL, ((dist - 0ULL) & 0xffffffffffffffffULL)));	/* bgeu */
	return n;
}

static bool rvjit_guard_jmp_jge_k0_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jge_k0_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bltu(rvjit_rv_of_bpf[dst], 0ULL, 8ULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jge_k0_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jge_k0_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bltu(rvjit_rv_of_bpf[dst], 0ULL, 0xcULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jge_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jge_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(rvjit_rv_of_bpf[dst], 7ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bgeu */
	return n;
}

static bool rvjit_guard_jmp_jge_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jge_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bltu(rvjit_rv_of_bpf[dst], 7ULL, 8ULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jge_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jge_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bltu(rvjit_rv_of_bpf[dst], 7ULL, 0xcULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jge_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jge_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(rvjit_rv_of_bpf[dst], 7ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bgeu */
	return n;
}

static bool rvjit_guard_jmp_jge_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jge_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bltu(rvjit_rv_of_bpf[dst], 7ULL, 8ULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jge_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jge_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bltu(rvjit_rv_of_bpf[dst], 7ULL, 0xcULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jge_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jge_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(rvjit_rv_of_bpf[dst], 7ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bgeu */
	return n;
}

static bool rvjit_guard_jmp_jge_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jge_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bltu(rvjit_rv_of_bpf[dst], 7ULL, 8ULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jge_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jge_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bltu(rvjit_rv_of_bpf[dst], 7ULL, 0xcULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jge_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 0ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jge_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bgeu(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], ((dist - 0ULL) & 0xffffffffffffffffULL)));	/* bgeu */
	return n;
}

static bool rvjit_guard_jmp_jge_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jge_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bltu(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], 8ULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jge_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jge_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bltu(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], 0xcULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jlt_k0_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 0ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jlt_k0_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bltu(rvjit_rv_of_bpf[dst], 0ULL, ((dist - 0ULL) & 0xffffffffffffffffULL)));	/* bltu */
	return n;
}

static bool rvjit_guard_jmp_jlt_k0_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jlt_k0_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bgeu(rvjit_rv_of_bpf[dst], 0ULL, 8ULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jlt_k0_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jlt_k0_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bgeu(rvjit_rv_of_bpf[dst], 0ULL, 0xcULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jlt_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jlt_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bltu(rvjit_rv_of_bpf[dst], 7ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bltu */
	return n;
}

static bool rvjit_guard_jmp_jlt_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jlt_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(rvjit_rv_of_bpf[dst], 7ULL, 8ULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jlt_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jlt_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(rvjit_rv_of_bpf[dst], 7ULL, 0xcULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jlt_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jlt_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bltu(rvjit_rv_of_bpf[dst], 7ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bltu */
	return n;
}

static bool rvjit_guard_jmp_jlt_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jlt_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(rvjit_rv_of_bpf[dst], 7ULL, 8ULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jlt_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jlt_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(rvjit_rv_of_bpf[dst], 7ULL, 0xcULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jlt_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jlt_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bltu(rvjit_rv_of_bpf[dst], 7ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bltu */
	return n;
}

static bool rvjit_guard_jmp_jlt_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jlt_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(rvjit_rv_of_bpf[dst], 7ULL, 8ULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jlt_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jlt_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(rvjit_rv_of_bpf[dst], 7ULL, 0xcULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jlt_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 0ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jlt_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bltu(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], ((dist - 0ULL) & 0xffffffffffffffffULL)));	/* bltu */
	return n;
}

static bool rvjit_guard_jmp_jlt_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jlt_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bgeu(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], 8ULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jlt_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jlt_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bgeu(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], 0xcULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jle_k0_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 0ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jle_k0_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bgeu(0ULL, rvjit_rv_of_bpf[dst], ((dist - 0ULL) & 0xffffffffffffffffULL)));	/* bgeu */
	return n;
}

static bool rvjit_guard_jmp_jle_k0_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jle_k0_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bltu(0ULL, rvjit_rv_of_bpf[dst], 8ULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jle_k0_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jle_k0_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bltu(0ULL, rvjit_rv_of_bpf[dst], 0xcULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jle_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jle_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, rvjit_rv_of_bpf[dst], ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bgeu */
	return n;
}

static bool rvjit_guard_jmp_jle_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jle_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, rvjit_rv_of_bpf[dst], 8ULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jle_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jle_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, rvjit_rv_of_bpf[dst], 0xcULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jle_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jle_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, rvjit_rv_of_bpf[dst], ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bgeu */
	return n;
}

static bool rvjit_guard_jmp_jle_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jle_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, rvjit_rv_of_bpf[dst], 8ULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jle_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jle_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, rvjit_rv_of_bpf[dst], 0xcULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jle_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jle_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, rvjit_rv_of_bpf[dst], ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bgeu */
	return n;
}

static bool rvjit_guard_jmp_jle_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jle_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, rvjit_rv_of_bpf[dst], 8ULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jle_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jle_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, rvjit_rv_of_bpf[dst], 0xcULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jle_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 0ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jle_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bgeu(rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], ((dist - 0ULL) & 0xffffffffffffffffULL)));	/* bgeu */
	return n;
}

static bool rvjit_guard_jmp_jle_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jle_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bltu(rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], 8ULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jle_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jle_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bltu(rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], 0xcULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jsgt_k0_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 0ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jsgt_k0_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_blt(0ULL, rvjit_rv_of_bpf[dst], ((dist - 0ULL) & 0xffffffffffffffffULL)));	/* blt */
	return n;
}

static bool rvjit_guard_jmp_jsgt_k0_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jsgt_k0_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bge(0ULL, rvjit_rv_of_bpf[dst], 8ULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jsgt_k0_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jsgt_k0_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bge(0ULL, rvjit_rv_of_bpf[dst], 0xcULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jsgt_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jsgt_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, rvjit_rv_of_bpf[dst], ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* blt */
	return n;
}

static bool rvjit_guard_jmp_jsgt_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jsgt_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, rvjit_rv_of_bpf[dst], 8ULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jsgt_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jsgt_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, rvjit_rv_of_bpf[dst], 0xcULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jsgt_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jsgt_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, rvjit_rv_of_bpf[dst], ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* blt */
	return n;
}

static bool rvjit_guard_jmp_jsgt_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jsgt_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, rvjit_rv_of_bpf[dst], 8ULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jsgt_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jsgt_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, rvjit_rv_of_bpf[dst], 0xcULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jsgt_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jsgt_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, rvjit_rv_of_bpf[dst], ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* blt */
	return n;
}

static bool rvjit_guard_jmp_jsgt_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jsgt_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, rvjit_rv_of_bpf[dst], 8ULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jsgt_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jsgt_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, rvjit_rv_of_bpf[dst], 0xcULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jsgt_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 0ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jsgt_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_blt(rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], ((dist - 0ULL) & 0xffffffffffffffffULL)));	/* blt */
	return n;
}

static bool rvjit_guard_jmp_jsgt_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jsgt_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bge(rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], 8ULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jsgt_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jsgt_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bge(rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], 0xcULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jsge_k0_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 0ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jsge_k0_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bge(rvjit_rv_of_bpf[dst], 0ULL, ((dist - 0ULL) & 0xffffffffffffffffULL)));	/* bge */
	return n;
}

static bool rvjit_guard_jmp_jsge_k0_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jsge_k0_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_blt(rvjit_rv_of_bpf[dst], 0ULL, 8ULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jsge_k0_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jsge_k0_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_blt(rvjit_rv_of_bpf[dst], 0ULL, 0xcULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jsge_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jsge_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bge(rvjit_rv_of_bpf[dst], 7ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bge */
	return n;
}

static bool rvjit_guard_jmp_jsge_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jsge_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_blt(rvjit_rv_of_bpf[dst], 7ULL, 8ULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jsge_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jsge_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_blt(rvjit_rv_of_bpf[dst], 7ULL, 0xcULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jsge_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jsge_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bge(rvjit_rv_of_bpf[dst], 7ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bge */
	return n;
}

static bool rvjit_guard_jmp_jsge_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jsge_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_blt(rvjit_rv_of_bpf[dst], 7ULL, 8ULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jsge_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jsge_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_blt(rvjit_rv_of_bpf[dst], 7ULL, 0xcULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jsge_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jsge_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(rvjit_rv_of_bpf[dst], 7ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bge */
	return n;
}

static bool rvjit_guard_jmp_jsge_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jsge_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(rvjit_rv_of_bpf[dst], 7ULL, 8ULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jsge_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jsge_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(rvjit_rv_of_bpf[dst], 7ULL, 0xcULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jsge_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 0ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jsge_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bge(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], ((dist - 0ULL) & 0xffffffffffffffffULL)));	/* bge */
	return n;
}

static bool rvjit_guard_jmp_jsge_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jsge_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_blt(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], 8ULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jsge_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jsge_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_blt(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], 0xcULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jslt_k0_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 0ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jslt_k0_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_blt(rvjit_rv_of_bpf[dst], 0ULL, ((dist - 0ULL) & 0xffffffffffffffffULL)));	/* blt */
	return n;
}

static bool rvjit_guard_jmp_jslt_k0_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jslt_k0_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bge(rvjit_rv_of_bpf[dst], 0ULL, 8ULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jslt_k0_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jslt_k0_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bge(rvjit_rv_of_bpf[dst], 0ULL, 0xcULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jslt_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jslt_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_blt(rvjit_rv_of_bpf[dst], 7ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* blt */
	return n;
}

static bool rvjit_guard_jmp_jslt_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jslt_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bge(rvjit_rv_of_bpf[dst], 7ULL, 8ULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jslt_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jslt_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bge(rvjit_rv_of_bpf[dst], 7ULL, 0xcULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jslt_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jslt_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_blt(rvjit_rv_of_bpf[dst], 7ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* blt */
	return n;
}

static bool rvjit_guard_jmp_jslt_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jslt_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bge(rvjit_rv_of_bpf[dst], 7ULL, 8ULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jslt_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jslt_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bge(rvjit_rv_of_bpf[dst], 7ULL, 0xcULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jslt_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jslt_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(rvjit_rv_of_bpf[dst], 7ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* blt */
	return n;
}

static bool rvjit_guard_jmp_jslt_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jslt_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(rvjit_rv_of_bpf[dst], 7ULL, 8ULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jslt_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jslt_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(rvjit_rv_of_bpf[dst], 7ULL, 0xcULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jslt_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 0ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jslt_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_blt(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], ((dist - 0ULL) & 0xffffffffffffffffULL)));	/* blt */
	return n;
}

static bool rvjit_guard_jmp_jslt_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jslt_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bge(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], 8ULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jslt_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jslt_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bge(rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src], 0xcULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jsle_k0_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 0ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jsle_k0_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bge(0ULL, rvjit_rv_of_bpf[dst], ((dist - 0ULL) & 0xffffffffffffffffULL)));	/* bge */
	return n;
}

static bool rvjit_guard_jmp_jsle_k0_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jsle_k0_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_blt(0ULL, rvjit_rv_of_bpf[dst], 8ULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jsle_k0_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jsle_k0_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_blt(0ULL, rvjit_rv_of_bpf[dst], 0xcULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jsle_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jsle_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, rvjit_rv_of_bpf[dst], ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bge */
	return n;
}

static bool rvjit_guard_jmp_jsle_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jsle_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, rvjit_rv_of_bpf[dst], 8ULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jsle_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jsle_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, rvjit_rv_of_bpf[dst], 0xcULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jsle_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jsle_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, rvjit_rv_of_bpf[dst], ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bge */
	return n;
}

static bool rvjit_guard_jmp_jsle_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jsle_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, rvjit_rv_of_bpf[dst], 8ULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jsle_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jsle_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, rvjit_rv_of_bpf[dst], 0xcULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jsle_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jsle_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, rvjit_rv_of_bpf[dst], ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bge */
	return n;
}

static bool rvjit_guard_jmp_jsle_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jsle_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, rvjit_rv_of_bpf[dst], 8ULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jsle_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jsle_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, rvjit_rv_of_bpf[dst], 0xcULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jsle_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 0ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jsle_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_bge(rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], ((dist - 0ULL) & 0xffffffffffffffffULL)));	/* bge */
	return n;
}

static bool rvjit_guard_jmp_jsle_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jsle_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_blt(rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], 8ULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jsle_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jsle_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_blt(rvjit_rv_of_bpf[src], rvjit_rv_of_bpf[dst], 0xcULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jset_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jset_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_andi(6ULL, rvjit_rv_of_bpf[dst], (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* andi */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 0ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bne */
	return n;
}

static bool rvjit_guard_jmp_jset_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jset_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_andi(6ULL, rvjit_rv_of_bpf[dst], (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* andi */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 0ULL, 8ULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jset_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jset_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_andi(6ULL, rvjit_rv_of_bpf[dst], (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* andi */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 0ULL, 0xcULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jset_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return ((((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jset_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_and(6ULL, rvjit_rv_of_bpf[dst], 6ULL));	/* and */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 0ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bne */
	return n;
}

static bool rvjit_guard_jmp_jset_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jset_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_and(6ULL, rvjit_rv_of_bpf[dst], 6ULL));	/* and */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 0ULL, 8ULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jset_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jset_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_and(6ULL, rvjit_rv_of_bpf[dst], 6ULL));	/* and */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 0ULL, 0xcULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jset_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0xcULL) & 0xffffffffffffffffULL);

	return (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jset_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_and(6ULL, rvjit_rv_of_bpf[dst], 6ULL));	/* and */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 0ULL, ((dist - 0xcULL) & 0xffffffffffffffffULL)));	/* bne */
	return n;
}

static bool rvjit_guard_jmp_jset_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp_jset_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_and(6ULL, rvjit_rv_of_bpf[dst], 6ULL));	/* and */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 0ULL, 8ULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jset_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jset_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_and(6ULL, rvjit_rv_of_bpf[dst], 6ULL));	/* and */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 0ULL, 0xcULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp_jset_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jset_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_and(6ULL, rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src]));	/* and */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 0ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bne */
	return n;
}

static bool rvjit_guard_jmp_jset_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp_jset_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_and(6ULL, rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src]));	/* and */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 0ULL, 8ULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp_jset_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp_jset_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_and(6ULL, rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src]));	/* and */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 0ULL, 0xcULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jeq_k0_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jeq_k0_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 0ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* beq */
	return n;
}

static bool rvjit_guard_jmp32_jeq_k0_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jeq_k0_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 0ULL, 8ULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jeq_k0_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jeq_k0_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 0ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jeq_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0xcULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jeq_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 7ULL, ((dist - 0xcULL) & 0xffffffffffffffffULL)));	/* beq */
	return n;
}

static bool rvjit_guard_jmp32_jeq_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jeq_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 7ULL, 8ULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jeq_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jeq_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 7ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jeq_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0xcULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jeq_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 7ULL, ((dist - 0xcULL) & 0xffffffffffffffffULL)));	/* beq */
	return n;
}

static bool rvjit_guard_jmp32_jeq_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jeq_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 7ULL, 8ULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jeq_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jeq_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 7ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jeq_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0x10ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jeq_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 7ULL, ((dist - 0x10ULL) & 0xffffffffffffffffULL)));	/* beq */
	return n;
}

static bool rvjit_guard_jmp32_jeq_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jeq_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 7ULL, 8ULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jeq_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jeq_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 7ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jeq_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jeq_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, rvjit_rv_of_bpf[src], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 7ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* beq */
	return n;
}

static bool rvjit_guard_jmp32_jeq_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jeq_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, rvjit_rv_of_bpf[src], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 7ULL, 8ULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jeq_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jeq_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, rvjit_rv_of_bpf[src], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 7ULL, 0xcULL));	/* bne */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jne_k0_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jne_k0_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 0ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bne */
	return n;
}

static bool rvjit_guard_jmp32_jne_k0_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jne_k0_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 0ULL, 8ULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jne_k0_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jne_k0_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 0ULL, 0xcULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jne_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0xcULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jne_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 7ULL, ((dist - 0xcULL) & 0xffffffffffffffffULL)));	/* bne */
	return n;
}

static bool rvjit_guard_jmp32_jne_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jne_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 7ULL, 8ULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jne_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jne_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 7ULL, 0xcULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jne_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0xcULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jne_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 7ULL, ((dist - 0xcULL) & 0xffffffffffffffffULL)));	/* bne */
	return n;
}

static bool rvjit_guard_jmp32_jne_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jne_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 7ULL, 8ULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jne_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jne_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 7ULL, 0xcULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jne_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0x10ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jne_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 7ULL, ((dist - 0x10ULL) & 0xffffffffffffffffULL)));	/* bne */
	return n;
}

static bool rvjit_guard_jmp32_jne_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jne_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 7ULL, 8ULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jne_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jne_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 7ULL, 0xcULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jne_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jne_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, rvjit_rv_of_bpf[src], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 7ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bne */
	return n;
}

static bool rvjit_guard_jmp32_jne_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jne_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, rvjit_rv_of_bpf[src], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 7ULL, 8ULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jne_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jne_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, rvjit_rv_of_bpf[src], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 7ULL, 0xcULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jgt_k0_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jgt_k0_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(0ULL, 6ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bltu */
	return n;
}

static bool rvjit_guard_jmp32_jgt_k0_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jgt_k0_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(0ULL, 6ULL, 8ULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jgt_k0_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jgt_k0_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(0ULL, 6ULL, 0xcULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jgt_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0xcULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jgt_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, 6ULL, ((dist - 0xcULL) & 0xffffffffffffffffULL)));	/* bltu */
	return n;
}

static bool rvjit_guard_jmp32_jgt_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jgt_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, 6ULL, 8ULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jgt_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jgt_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, 6ULL, 0xcULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jgt_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0xcULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jgt_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, 6ULL, ((dist - 0xcULL) & 0xffffffffffffffffULL)));	/* bltu */
	return n;
}

static bool rvjit_guard_jmp32_jgt_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jgt_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, 6ULL, 8ULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jgt_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jgt_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, 6ULL, 0xcULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jgt_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0x10ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jgt_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, 6ULL, ((dist - 0x10ULL) & 0xffffffffffffffffULL)));	/* bltu */
	return n;
}

static bool rvjit_guard_jmp32_jgt_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jgt_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, 6ULL, 8ULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jgt_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jgt_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, 6ULL, 0xcULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jgt_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jgt_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, rvjit_rv_of_bpf[src], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, 6ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bltu */
	return n;
}

static bool rvjit_guard_jmp32_jgt_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jgt_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, rvjit_rv_of_bpf[src], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, 6ULL, 8ULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jgt_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jgt_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, rvjit_rv_of_bpf[src], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, 6ULL, 0xcULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jge_k0_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jge_k0_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(6ULL, 0ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bgeu */
	return n;
}

static bool rvjit_guard_jmp32_jge_k0_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jge_k0_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(6ULL, 0ULL, 8ULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jge_k0_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jge_k0_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(6ULL, 0ULL, 0xcULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jge_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0xcULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jge_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(6ULL, 7ULL, ((dist - 0xcULL) & 0xffffffffffffffffULL)));	/* bgeu */
	return n;
}

static bool rvjit_guard_jmp32_jge_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jge_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(6ULL, 7ULL, 8ULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jge_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jge_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(6ULL, 7ULL, 0xcULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jge_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0xcULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jge_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(6ULL, 7ULL, ((dist - 0xcULL) & 0xffffffffffffffffULL)));	/* bgeu */
	return n;
}

static bool rvjit_guard_jmp32_jge_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jge_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(6ULL, 7ULL, 8ULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jge_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jge_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(6ULL, 7ULL, 0xcULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jge_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0x10ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jge_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(6ULL, 7ULL, ((dist - 0x10ULL) & 0xffffffffffffffffULL)));	/* bgeu */
	return n;
}

static bool rvjit_guard_jmp32_jge_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jge_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(6ULL, 7ULL, 8ULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jge_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jge_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(6ULL, 7ULL, 0xcULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jge_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jge_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, rvjit_rv_of_bpf[src], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(6ULL, 7ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bgeu */
	return n;
}

static bool rvjit_guard_jmp32_jge_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jge_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, rvjit_rv_of_bpf[src], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(6ULL, 7ULL, 8ULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jge_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jge_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, rvjit_rv_of_bpf[src], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(6ULL, 7ULL, 0xcULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jlt_k0_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jlt_k0_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(6ULL, 0ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bltu */
	return n;
}

static bool rvjit_guard_jmp32_jlt_k0_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jlt_k0_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(6ULL, 0ULL, 8ULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jlt_k0_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jlt_k0_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(6ULL, 0ULL, 0xcULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jlt_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0xcULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jlt_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(6ULL, 7ULL, ((dist - 0xcULL) & 0xffffffffffffffffULL)));	/* bltu */
	return n;
}

static bool rvjit_guard_jmp32_jlt_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jlt_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(6ULL, 7ULL, 8ULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jlt_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jlt_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(6ULL, 7ULL, 0xcULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jlt_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0xcULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jlt_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(6ULL, 7ULL, ((dist - 0xcULL) & 0xffffffffffffffffULL)));	/* bltu */
	return n;
}

static bool rvjit_guard_jmp32_jlt_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jlt_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(6ULL, 7ULL, 8ULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jlt_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jlt_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(6ULL, 7ULL, 0xcULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jlt_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0x10ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jlt_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(6ULL, 7ULL, ((dist - 0x10ULL) & 0xffffffffffffffffULL)));	/* bltu */
	return n;
}

static bool rvjit_guard_jmp32_jlt_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jlt_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(6ULL, 7ULL, 8ULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jlt_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jlt_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(6ULL, 7ULL, 0xcULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jlt_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jlt_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, rvjit_rv_of_bpf[src], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(6ULL, 7ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bltu */
	return n;
}

static bool rvjit_guard_jmp32_jlt_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jlt_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, rvjit_rv_of_bpf[src], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(6ULL, 7ULL, 8ULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jlt_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jlt_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, rvjit_rv_of_bpf[src], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(6ULL, 7ULL, 0xcULL));	/* bgeu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jle_k0_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jle_k0_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(0ULL, 6ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bgeu */
	return n;
}

static bool rvjit_guard_jmp32_jle_k0_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jle_k0_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(0ULL, 6ULL, 8ULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jle_k0_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jle_k0_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(0ULL, 6ULL, 0xcULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jle_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0xcULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jle_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, 6ULL, ((dist - 0xcULL) & 0xffffffffffffffffULL)));	/* bgeu */
	return n;
}

static bool rvjit_guard_jmp32_jle_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jle_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, 6ULL, 8ULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jle_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jle_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, 6ULL, 0xcULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jle_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0xcULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jle_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, 6ULL, ((dist - 0xcULL) & 0xffffffffffffffffULL)));	/* bgeu */
	return n;
}

static bool rvjit_guard_jmp32_jle_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jle_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, 6ULL, 8ULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jle_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jle_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, 6ULL, 0xcULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jle_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0x10ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jle_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, 6ULL, ((dist - 0x10ULL) & 0xffffffffffffffffULL)));	/* bgeu */
	return n;
}

static bool rvjit_guard_jmp32_jle_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jle_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, 6ULL, 8ULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jle_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jle_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, 7ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, 6ULL, 0xcULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jle_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jle_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, rvjit_rv_of_bpf[src], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bgeu(7ULL, 6ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bgeu */
	return n;
}

static bool rvjit_guard_jmp32_jle_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jle_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, rvjit_rv_of_bpf[src], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, 6ULL, 8ULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jle_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jle_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, rvjit_rv_of_bpf[dst], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_slli(7ULL, rvjit_rv_of_bpf[src], 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bltu(7ULL, 6ULL, 0xcULL));	/* bltu */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jsgt_k0_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jsgt_k0_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(0ULL, 6ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* blt */
	return n;
}

static bool rvjit_guard_jmp32_jsgt_k0_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jsgt_k0_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(0ULL, 6ULL, 8ULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jsgt_k0_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jsgt_k0_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(0ULL, 6ULL, 0xcULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jsgt_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jsgt_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, 6ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* blt */
	return n;
}

static bool rvjit_guard_jmp32_jsgt_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jsgt_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, 6ULL, 8ULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jsgt_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jsgt_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, 6ULL, 0xcULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jsgt_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jsgt_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, 6ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* blt */
	return n;
}

static bool rvjit_guard_jmp32_jsgt_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jsgt_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, 6ULL, 8ULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jsgt_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jsgt_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, 6ULL, 0xcULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jsgt_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0xcULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jsgt_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, 6ULL, ((dist - 0xcULL) & 0xffffffffffffffffULL)));	/* blt */
	return n;
}

static bool rvjit_guard_jmp32_jsgt_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jsgt_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, 6ULL, 8ULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jsgt_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jsgt_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, 6ULL, 0xcULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jsgt_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jsgt_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, rvjit_rv_of_bpf[src], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, 6ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* blt */
	return n;
}

static bool rvjit_guard_jmp32_jsgt_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jsgt_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, rvjit_rv_of_bpf[src], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, 6ULL, 8ULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jsgt_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jsgt_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, rvjit_rv_of_bpf[src], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, 6ULL, 0xcULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jsge_k0_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jsge_k0_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(6ULL, 0ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bge */
	return n;
}

static bool rvjit_guard_jmp32_jsge_k0_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jsge_k0_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(6ULL, 0ULL, 8ULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jsge_k0_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jsge_k0_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(6ULL, 0ULL, 0xcULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jsge_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jsge_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bge(6ULL, 7ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bge */
	return n;
}

static bool rvjit_guard_jmp32_jsge_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jsge_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_blt(6ULL, 7ULL, 8ULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jsge_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jsge_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_blt(6ULL, 7ULL, 0xcULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jsge_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jsge_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bge(6ULL, 7ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bge */
	return n;
}

static bool rvjit_guard_jmp32_jsge_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jsge_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_blt(6ULL, 7ULL, 8ULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jsge_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jsge_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_blt(6ULL, 7ULL, 0xcULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jsge_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0xcULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jsge_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(6ULL, 7ULL, ((dist - 0xcULL) & 0xffffffffffffffffULL)));	/* bge */
	return n;
}

static bool rvjit_guard_jmp32_jsge_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jsge_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(6ULL, 7ULL, 8ULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jsge_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jsge_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(6ULL, 7ULL, 0xcULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jsge_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jsge_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, rvjit_rv_of_bpf[src], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(6ULL, 7ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bge */
	return n;
}

static bool rvjit_guard_jmp32_jsge_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jsge_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, rvjit_rv_of_bpf[src], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(6ULL, 7ULL, 8ULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jsge_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jsge_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, rvjit_rv_of_bpf[src], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(6ULL, 7ULL, 0xcULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jslt_k0_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jslt_k0_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(6ULL, 0ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* blt */
	return n;
}

static bool rvjit_guard_jmp32_jslt_k0_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jslt_k0_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(6ULL, 0ULL, 8ULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jslt_k0_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jslt_k0_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(6ULL, 0ULL, 0xcULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jslt_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jslt_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_blt(6ULL, 7ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* blt */
	return n;
}

static bool rvjit_guard_jmp32_jslt_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jslt_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bge(6ULL, 7ULL, 8ULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jslt_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jslt_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bge(6ULL, 7ULL, 0xcULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jslt_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jslt_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_blt(6ULL, 7ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* blt */
	return n;
}

static bool rvjit_guard_jmp32_jslt_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jslt_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bge(6ULL, 7ULL, 8ULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jslt_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jslt_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bge(6ULL, 7ULL, 0xcULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jslt_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0xcULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jslt_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(6ULL, 7ULL, ((dist - 0xcULL) & 0xffffffffffffffffULL)));	/* blt */
	return n;
}

static bool rvjit_guard_jmp32_jslt_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jslt_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(6ULL, 7ULL, 8ULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jslt_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jslt_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(6ULL, 7ULL, 0xcULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jslt_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jslt_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, rvjit_rv_of_bpf[src], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(6ULL, 7ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* blt */
	return n;
}

static bool rvjit_guard_jmp32_jslt_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jslt_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, rvjit_rv_of_bpf[src], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(6ULL, 7ULL, 8ULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jslt_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jslt_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, rvjit_rv_of_bpf[src], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(6ULL, 7ULL, 0xcULL));	/* bge */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jsle_k0_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jsle_k0_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(0ULL, 6ULL, ((dist - 4ULL) & 0xffffffffffffffffULL)));	/* bge */
	return n;
}

static bool rvjit_guard_jmp32_jsle_k0_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jsle_k0_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(0ULL, 6ULL, 8ULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jsle_k0_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((imm == 0ULL) && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jsle_k0_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 4ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(0ULL, 6ULL, 0xcULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jsle_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jsle_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, 6ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bge */
	return n;
}

static bool rvjit_guard_jmp32_jsle_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jsle_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, 6ULL, 8ULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jsle_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jsle_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addi(7ULL, 0ULL, (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* addi */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, 6ULL, 0xcULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jsle_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jsle_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, 6ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bge */
	return n;
}

static bool rvjit_guard_jmp32_jsle_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jsle_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, 6ULL, 8ULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jsle_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL))) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jsle_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, 6ULL, 0xcULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jsle_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0xcULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jsle_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, 6ULL, ((dist - 0xcULL) & 0xffffffffffffffffULL)));	/* bge */
	return n;
}

static bool rvjit_guard_jmp32_jsle_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jsle_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, 6ULL, 8ULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jsle_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((imm != 0ULL) && ((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jsle_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_lui(7ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, 7ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, 6ULL, 0xcULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jsle_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jsle_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, rvjit_rv_of_bpf[src], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_bge(7ULL, 6ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bge */
	return n;
}

static bool rvjit_guard_jmp32_jsle_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jsle_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, rvjit_rv_of_bpf[src], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, 6ULL, 8ULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jsle_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jsle_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, rvjit_rv_of_bpf[dst], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_addiw(7ULL, rvjit_rv_of_bpf[src], 0ULL));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_blt(7ULL, 6ULL, 0xcULL));	/* blt */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jset_k_imm12_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jset_k_imm12_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_andi(6ULL, rvjit_rv_of_bpf[dst], (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* andi */
	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, 6ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 0ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bne */
	return n;
}

static bool rvjit_guard_jmp32_jset_k_imm12_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jset_k_imm12_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_andi(6ULL, rvjit_rv_of_bpf[dst], (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* andi */
	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, 6ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 0ULL, 8ULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jset_k_imm12_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL) == t0) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jset_k_imm12_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_andi(6ULL, rvjit_rv_of_bpf[dst], (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL)));	/* andi */
	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, 6ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 0ULL, 0xcULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jset_k_lui_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0xcULL) & 0xffffffffffffffffULL);

	return ((((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jset_k_lui_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_and(6ULL, rvjit_rv_of_bpf[dst], 6ULL));	/* and */
	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, 6ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 0ULL, ((dist - 0xcULL) & 0xffffffffffffffffULL)));	/* bne */
	return n;
}

static bool rvjit_guard_jmp32_jset_k_lui_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jset_k_lui_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_and(6ULL, rvjit_rv_of_bpf[dst], 6ULL));	/* and */
	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, 6ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 0ULL, 8ULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jset_k_lui_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return ((((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t0 >> 0) & 0xfffULL) == 0ULL)) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jset_k_lui_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 0xcULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(6ULL, (((((((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_and(6ULL, rvjit_rv_of_bpf[dst], 6ULL));	/* and */
	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, 6ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 0ULL, 0xcULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jset_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((dist - 0x10ULL) & 0xffffffffffffffffULL);

	return (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && ((((((t1 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jset_k_lui_addiw_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_and(6ULL, rvjit_rv_of_bpf[dst], 6ULL));	/* and */
	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, 6ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 0ULL, ((dist - 0x10ULL) & 0xffffffffffffffffULL)));	/* bne */
	return n;
}

static bool rvjit_guard_jmp32_jset_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && ((((((t1 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t1));
}

static u32 rvjit_emit_jmp32_jset_k_lui_addiw_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_and(6ULL, rvjit_rv_of_bpf[dst], 6ULL));	/* and */
	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, 6ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 0ULL, 8ULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jset_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (((((((t0 >> 0) & 0xffffffffULL) ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL) == t0) && (((t1 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t1 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jset_k_lui_addiw_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 imm = op->imm;
	const u64 dist = op->dist;
	const u64 t0 = (((imm ^ 0x80000000ULL) - 0x80000000ULL) & 0xffffffffffffffffULL);
	const u64 t1 = ((((dist - 0x10ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_lui(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* lui */
	n += rvjit_put32(out + n, rvjit_rv_addiw(6ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* addiw */
	n += rvjit_put32(out + n, rvjit_rv_and(6ULL, rvjit_rv_of_bpf[dst], 6ULL));	/* and */
	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, 6ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 0ULL, 0xcULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t1 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t1 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static bool rvjit_guard_jmp32_jset_x_near(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((dist - 8ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffULL) ^ 0x1000ULL) - 0x1000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jset_x_near(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_and(6ULL, rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src]));	/* and */
	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, 6ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_bne(6ULL, 0ULL, ((dist - 8ULL) & 0xffffffffffffffffULL)));	/* bne */
	return n;
}

static bool rvjit_guard_jmp32_jset_x_jal(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && ((((((t0 >> 0) & 0x1fffffULL) ^ 0x100000ULL) - 0x100000ULL) & 0xffffffffffffffffULL) == t0));
}

static u32 rvjit_emit_jmp32_jset_x_jal(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_and(6ULL, rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src]));	/* and */
	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, 6ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 0ULL, 8ULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_jal(0ULL, ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL)));	/* jal */
	return n;
}

static bool rvjit_guard_jmp32_jset_x_far(const struct rvjit_operands *op __maybe_unused)
{
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);

	return (1 && (((t0 ^ 0x8000000000000000ULL) >= (0xffffffff7ffff800ULL ^ 0x8000000000000000ULL)) && ((t0 ^ 0x8000000000000000ULL) < (0x7ffff800ULL ^ 0x8000000000000000ULL))));
}

static u32 rvjit_emit_jmp32_jset_x_far(const struct rvjit_operands *op __maybe_unused,
				bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	const u64 dst = op->dst;
	const u64 src = op->src;
	const u64 dist = op->dist;
	const u64 t0 = ((((dist - 8ULL) & 0xffffffffffffffffULL) - 4ULL) & 0xffffffffffffffffULL);
	u32 n = 0;

	n += rvjit_put32(out + n, rvjit_rv_and(6ULL, rvjit_rv_of_bpf[dst], rvjit_rv_of_bpf[src]));	/* and */
	n += rvjit_put32(out + n, rvjit_rv_slli(6ULL, 6ULL, 0x20ULL));	/* slli */
	n += rvjit_put32(out + n, rvjit_rv_beq(6ULL, 0ULL, 0xcULL));	/* beq */
	n += rvjit_put32(out + n, rvjit_rv_auipc(6ULL, ((((t0 + 0x800ULL) & 0xffffffffffffffffULL) >> 12) & 0xfffffULL)));	/* auipc */
	n += rvjit_put32(out + n, rvjit_rv_jalr(0ULL, 6ULL, (((((t0 >> 0) & 0xfffULL) ^ 0x800ULL) - 0x800ULL) & 0xffffffffffffffffULL)));	/* jalr */
	return n;
}

static const struct rvjit_rule rvjit_rules_0f_off0[] = {
	{ "alu64_add_x", 0, rvjit_guard_alu64_add_x, rvjit_emit_alu64_add_x },
};

static const struct rvjit_rule rvjit_rules_1f_off0[] = {
	{ "alu64_sub_x", 0, rvjit_guard_alu64_sub_x, rvjit_emit_alu64_sub_x },
};

static const struct rvjit_rule rvjit_rules_2f_off0[] = {
	{ "alu64_mul_x", 0, rvjit_guard_alu64_mul_x, rvjit_emit_alu64_mul_x },
};

static const struct rvjit_rule rvjit_rules_4f_off0[] = {
	{ "alu64_or_x", 0, rvjit_guard_alu64_or_x, rvjit_emit_alu64_or_x },
};

static const struct rvjit_rule rvjit_rules_5f_off0[] = {
	{ "alu64_and_x", 0, rvjit_guard_alu64_and_x, rvjit_emit_alu64_and_x },
};

static const struct rvjit_rule rvjit_rules_af_off0[] = {
	{ "alu64_xor_x", 0, rvjit_guard_alu64_xor_x, rvjit_emit_alu64_xor_x },
};

static const struct rvjit_rule rvjit_rules_6f_off0[] = {
	{ "alu64_sll_x", 0, rvjit_guard_alu64_sll_x, rvjit_emit_alu64_sll_x },
};

static const struct rvjit_rule rvjit_rules_7f_off0[] = {
	{ "alu64_srl_x", 0, rvjit_guard_alu64_srl_x, rvjit_emit_alu64_srl_x },
};

static const struct rvjit_rule rvjit_rules_cf_off0[] = {
	{ "alu64_sra_x", 0, rvjit_guard_alu64_sra_x, rvjit_emit_alu64_sra_x },
};

static const struct rvjit_rule rvjit_rules_3f_off0[] = {
	{ "alu64_divu_x", 0, rvjit_guard_alu64_divu_x, rvjit_emit_alu64_divu_x },
};

static const struct rvjit_rule rvjit_rules_3f_off1[] = {
	{ "alu64_div_x", 0, rvjit_guard_alu64_div_x, rvjit_emit_alu64_div_x },
};

static const struct rvjit_rule rvjit_rules_9f_off0[] = {
	{ "alu64_remu_x", 0, rvjit_guard_alu64_remu_x, rvjit_emit_alu64_remu_x },
};

static const struct rvjit_rule rvjit_rules_9f_off1[] = {
	{ "alu64_rem_x", 0, rvjit_guard_alu64_rem_x, rvjit_emit_alu64_rem_x },
};

static const struct rvjit_rule rvjit_rules_bf_off0[] = {
	{ "alu64_mov_x", 0, rvjit_guard_alu64_mov_x, rvjit_emit_alu64_mov_x },
};

static const struct rvjit_rule rvjit_rules_bf_off8[] = {
	{ "alu64_movsx8_zbb", RVJIT_ISA_ZBB, rvjit_guard_alu64_movsx8_zbb, rvjit_emit_alu64_movsx8_zbb },
	{ "alu64_movsx8", 0, rvjit_guard_alu64_movsx8, rvjit_emit_alu64_movsx8 },
};

static const struct rvjit_rule rvjit_rules_bf_off16[] = {
	{ "alu64_movsx16_zbb", RVJIT_ISA_ZBB, rvjit_guard_alu64_movsx16_zbb, rvjit_emit_alu64_movsx16_zbb },
	{ "alu64_movsx16", 0, rvjit_guard_alu64_movsx16, rvjit_emit_alu64_movsx16 },
};

static const struct rvjit_rule rvjit_rules_bf_off32[] = {
	{ "alu64_movsx32", 0, rvjit_guard_alu64_movsx32, rvjit_emit_alu64_movsx32 },
};

static const struct rvjit_rule rvjit_rules_87_off0[] = {
	{ "alu64_neg", 0, rvjit_guard_alu64_neg, rvjit_emit_alu64_neg },
};

static const struct rvjit_rule rvjit_rules_07_off0[] = {
	{ "alu64_add_k_imm12", 0, rvjit_guard_alu64_add_k_imm12, rvjit_emit_alu64_add_k_imm12 },
	{ "alu64_add_k_lui", 0, rvjit_guard_alu64_add_k_lui, rvjit_emit_alu64_add_k_lui },
	{ "alu64_add_k_lui_addiw", 0, rvjit_guard_alu64_add_k_lui_addiw, rvjit_emit_alu64_add_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_57_off0[] = {
	{ "alu64_and_k_imm12", 0, rvjit_guard_alu64_and_k_imm12, rvjit_emit_alu64_and_k_imm12 },
	{ "alu64_and_k_lui", 0, rvjit_guard_alu64_and_k_lui, rvjit_emit_alu64_and_k_lui },
	{ "alu64_and_k_lui_addiw", 0, rvjit_guard_alu64_and_k_lui_addiw, rvjit_emit_alu64_and_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_47_off0[] = {
	{ "alu64_or_k_imm12", 0, rvjit_guard_alu64_or_k_imm12, rvjit_emit_alu64_or_k_imm12 },
	{ "alu64_or_k_lui", 0, rvjit_guard_alu64_or_k_lui, rvjit_emit_alu64_or_k_lui },
	{ "alu64_or_k_lui_addiw", 0, rvjit_guard_alu64_or_k_lui_addiw, rvjit_emit_alu64_or_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_a7_off0[] = {
	{ "alu64_xor_k_imm12", 0, rvjit_guard_alu64_xor_k_imm12, rvjit_emit_alu64_xor_k_imm12 },
	{ "alu64_xor_k_lui", 0, rvjit_guard_alu64_xor_k_lui, rvjit_emit_alu64_xor_k_lui },
	{ "alu64_xor_k_lui_addiw", 0, rvjit_guard_alu64_xor_k_lui_addiw, rvjit_emit_alu64_xor_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_17_off0[] = {
	{ "alu64_sub_k_imm12", 0, rvjit_guard_alu64_sub_k_imm12, rvjit_emit_alu64_sub_k_imm12 },
	{ "alu64_sub_k_lui", 0, rvjit_guard_alu64_sub_k_lui, rvjit_emit_alu64_sub_k_lui },
	{ "alu64_sub_k_lui_addiw", 0, rvjit_guard_alu64_sub_k_lui_addiw, rvjit_emit_alu64_sub_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_27_off0[] = {
	{ "alu64_mul_k_imm12", 0, rvjit_guard_alu64_mul_k_imm12, rvjit_emit_alu64_mul_k_imm12 },
	{ "alu64_mul_k_lui", 0, rvjit_guard_alu64_mul_k_lui, rvjit_emit_alu64_mul_k_lui },
	{ "alu64_mul_k_lui_addiw", 0, rvjit_guard_alu64_mul_k_lui_addiw, rvjit_emit_alu64_mul_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_37_off0[] = {
	{ "alu64_divu_k_zero", 0, rvjit_guard_alu64_divu_k_zero, rvjit_emit_alu64_divu_k_zero },
	{ "alu64_divu_k_imm12", 0, rvjit_guard_alu64_divu_k_imm12, rvjit_emit_alu64_divu_k_imm12 },
	{ "alu64_divu_k_lui", 0, rvjit_guard_alu64_divu_k_lui, rvjit_emit_alu64_divu_k_lui },
	{ "alu64_divu_k_lui_addiw", 0, rvjit_guard_alu64_divu_k_lui_addiw, rvjit_emit_alu64_divu_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_97_off0[] = {
	{ "alu64_remu_k_zero", 0, rvjit_guard_alu64_remu_k_zero, rvjit_emit_alu64_remu_k_zero },
	{ "alu64_remu_k_imm12", 0, rvjit_guard_alu64_remu_k_imm12, rvjit_emit_alu64_remu_k_imm12 },
	{ "alu64_remu_k_lui", 0, rvjit_guard_alu64_remu_k_lui, rvjit_emit_alu64_remu_k_lui },
	{ "alu64_remu_k_lui_addiw", 0, rvjit_guard_alu64_remu_k_lui_addiw, rvjit_emit_alu64_remu_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_37_off1[] = {
	{ "alu64_div_k_zero", 0, rvjit_guard_alu64_div_k_zero, rvjit_emit_alu64_div_k_zero },
	{ "alu64_div_k_imm12", 0, rvjit_guard_alu64_div_k_imm12, rvjit_emit_alu64_div_k_imm12 },
	{ "alu64_div_k_lui", 0, rvjit_guard_alu64_div_k_lui, rvjit_emit_alu64_div_k_lui },
	{ "alu64_div_k_lui_addiw", 0, rvjit_guard_alu64_div_k_lui_addiw, rvjit_emit_alu64_div_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_97_off1[] = {
	{ "alu64_rem_k_zero", 0, rvjit_guard_alu64_rem_k_zero, rvjit_emit_alu64_rem_k_zero },
	{ "alu64_rem_k_imm12", 0, rvjit_guard_alu64_rem_k_imm12, rvjit_emit_alu64_rem_k_imm12 },
	{ "alu64_rem_k_lui", 0, rvjit_guard_alu64_rem_k_lui, rvjit_emit_alu64_rem_k_lui },
	{ "alu64_rem_k_lui_addiw", 0, rvjit_guard_alu64_rem_k_lui_addiw, rvjit_emit_alu64_rem_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_67_off0[] = {
	{ "alu64_slli_k", 0, rvjit_guard_alu64_slli_k, rvjit_emit_alu64_slli_k },
};

static const struct rvjit_rule rvjit_rules_77_off0[] = {
	{ "alu64_srli_k", 0, rvjit_guard_alu64_srli_k, rvjit_emit_alu64_srli_k },
};

static const struct rvjit_rule rvjit_rules_c7_off0[] = {
	{ "alu64_srai_k", 0, rvjit_guard_alu64_srai_k, rvjit_emit_alu64_srai_k },
};

static const struct rvjit_rule rvjit_rules_b7_off0[] = {
	{ "alu64_mov_k_imm12", 0, rvjit_guard_alu64_mov_k_imm12, rvjit_emit_alu64_mov_k_imm12 },
	{ "alu64_mov_k_lui", 0, rvjit_guard_alu64_mov_k_lui, rvjit_emit_alu64_mov_k_lui },
	{ "alu64_mov_k_lui_addiw", 0, rvjit_guard_alu64_mov_k_lui_addiw, rvjit_emit_alu64_mov_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_0c_off0[] = {
	{ "alu32_add_x_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_add_x_zba, rvjit_emit_alu32_add_x_zba },
	{ "alu32_add_x", 0, rvjit_guard_alu32_add_x, rvjit_emit_alu32_add_x },
};

static const struct rvjit_rule rvjit_rules_1c_off0[] = {
	{ "alu32_subw_x_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_subw_x_zba, rvjit_emit_alu32_subw_x_zba },
	{ "alu32_subw_x", 0, rvjit_guard_alu32_subw_x, rvjit_emit_alu32_subw_x },
};

static const struct rvjit_rule rvjit_rules_2c_off0[] = {
	{ "alu32_mulw_x_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_mulw_x_zba, rvjit_emit_alu32_mulw_x_zba },
	{ "alu32_mulw_x", 0, rvjit_guard_alu32_mulw_x, rvjit_emit_alu32_mulw_x },
};

static const struct rvjit_rule rvjit_rules_4c_off0[] = {
	{ "alu32_or_x_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_or_x_zba, rvjit_emit_alu32_or_x_zba },
	{ "alu32_or_x", 0, rvjit_guard_alu32_or_x, rvjit_emit_alu32_or_x },
};

static const struct rvjit_rule rvjit_rules_5c_off0[] = {
	{ "alu32_and_x_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_and_x_zba, rvjit_emit_alu32_and_x_zba },
	{ "alu32_and_x", 0, rvjit_guard_alu32_and_x, rvjit_emit_alu32_and_x },
};

static const struct rvjit_rule rvjit_rules_ac_off0[] = {
	{ "alu32_xor_x_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_xor_x_zba, rvjit_emit_alu32_xor_x_zba },
	{ "alu32_xor_x", 0, rvjit_guard_alu32_xor_x, rvjit_emit_alu32_xor_x },
};

static const struct rvjit_rule rvjit_rules_6c_off0[] = {
	{ "alu32_sllw_x_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_sllw_x_zba, rvjit_emit_alu32_sllw_x_zba },
	{ "alu32_sllw_x", 0, rvjit_guard_alu32_sllw_x, rvjit_emit_alu32_sllw_x },
};

static const struct rvjit_rule rvjit_rules_7c_off0[] = {
	{ "alu32_srlw_x_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_srlw_x_zba, rvjit_emit_alu32_srlw_x_zba },
	{ "alu32_srlw_x", 0, rvjit_guard_alu32_srlw_x, rvjit_emit_alu32_srlw_x },
};

static const struct rvjit_rule rvjit_rules_cc_off0[] = {
	{ "alu32_sraw_x_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_sraw_x_zba, rvjit_emit_alu32_sraw_x_zba },
	{ "alu32_sraw_x", 0, rvjit_guard_alu32_sraw_x, rvjit_emit_alu32_sraw_x },
};

static const struct rvjit_rule rvjit_rules_3c_off0[] = {
	{ "alu32_divuw_x", 0, rvjit_guard_alu32_divuw_x, rvjit_emit_alu32_divuw_x },
};

static const struct rvjit_rule rvjit_rules_3c_off1[] = {
	{ "alu32_divw_x", 0, rvjit_guard_alu32_divw_x, rvjit_emit_alu32_divw_x },
};

static const struct rvjit_rule rvjit_rules_9c_off0[] = {
	{ "alu32_remuw_x_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_remuw_x_zba, rvjit_emit_alu32_remuw_x_zba },
	{ "alu32_remuw_x", 0, rvjit_guard_alu32_remuw_x, rvjit_emit_alu32_remuw_x },
};

static const struct rvjit_rule rvjit_rules_9c_off1[] = {
	{ "alu32_remw_x_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_remw_x_zba, rvjit_emit_alu32_remw_x_zba },
	{ "alu32_remw_x", 0, rvjit_guard_alu32_remw_x, rvjit_emit_alu32_remw_x },
};

static const struct rvjit_rule rvjit_rules_bc_off0[] = {
	{ "alu32_mov_x_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_mov_x_zba, rvjit_emit_alu32_mov_x_zba },
	{ "alu32_mov_x", 0, rvjit_guard_alu32_mov_x, rvjit_emit_alu32_mov_x },
};

static const struct rvjit_rule rvjit_rules_bc_off8[] = {
	{ "alu32_movsx8", 0, rvjit_guard_alu32_movsx8, rvjit_emit_alu32_movsx8 },
};

static const struct rvjit_rule rvjit_rules_bc_off16[] = {
	{ "alu32_movsx16", 0, rvjit_guard_alu32_movsx16, rvjit_emit_alu32_movsx16 },
};

static const struct rvjit_rule rvjit_rules_84_off0[] = {
	{ "alu32_neg_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_neg_zba, rvjit_emit_alu32_neg_zba },
	{ "alu32_neg", 0, rvjit_guard_alu32_neg, rvjit_emit_alu32_neg },
};

static const struct rvjit_rule rvjit_rules_54_off0[] = {
	{ "alu32_and_k_uimm11", 0, rvjit_guard_alu32_and_k_uimm11, rvjit_emit_alu32_and_k_uimm11 },
	{ "alu32_and_k_imm12_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_and_k_imm12_zba, rvjit_emit_alu32_and_k_imm12_zba },
	{ "alu32_and_k_imm12", 0, rvjit_guard_alu32_and_k_imm12, rvjit_emit_alu32_and_k_imm12 },
	{ "alu32_and_k_lui_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_and_k_lui_zba, rvjit_emit_alu32_and_k_lui_zba },
	{ "alu32_and_k_lui", 0, rvjit_guard_alu32_and_k_lui, rvjit_emit_alu32_and_k_lui },
	{ "alu32_and_k_lui_addiw_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_and_k_lui_addiw_zba, rvjit_emit_alu32_and_k_lui_addiw_zba },
	{ "alu32_and_k_lui_addiw", 0, rvjit_guard_alu32_and_k_lui_addiw, rvjit_emit_alu32_and_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_04_off0[] = {
	{ "alu32_add_k_imm12_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_add_k_imm12_zba, rvjit_emit_alu32_add_k_imm12_zba },
	{ "alu32_add_k_imm12", 0, rvjit_guard_alu32_add_k_imm12, rvjit_emit_alu32_add_k_imm12 },
	{ "alu32_add_k_lui_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_add_k_lui_zba, rvjit_emit_alu32_add_k_lui_zba },
	{ "alu32_add_k_lui", 0, rvjit_guard_alu32_add_k_lui, rvjit_emit_alu32_add_k_lui },
	{ "alu32_add_k_lui_addiw_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_add_k_lui_addiw_zba, rvjit_emit_alu32_add_k_lui_addiw_zba },
	{ "alu32_add_k_lui_addiw", 0, rvjit_guard_alu32_add_k_lui_addiw, rvjit_emit_alu32_add_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_44_off0[] = {
	{ "alu32_or_k_imm12_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_or_k_imm12_zba, rvjit_emit_alu32_or_k_imm12_zba },
	{ "alu32_or_k_imm12", 0, rvjit_guard_alu32_or_k_imm12, rvjit_emit_alu32_or_k_imm12 },
	{ "alu32_or_k_lui_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_or_k_lui_zba, rvjit_emit_alu32_or_k_lui_zba },
	{ "alu32_or_k_lui", 0, rvjit_guard_alu32_or_k_lui, rvjit_emit_alu32_or_k_lui },
	{ "alu32_or_k_lui_addiw_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_or_k_lui_addiw_zba, rvjit_emit_alu32_or_k_lui_addiw_zba },
	{ "alu32_or_k_lui_addiw", 0, rvjit_guard_alu32_or_k_lui_addiw, rvjit_emit_alu32_or_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_a4_off0[] = {
	{ "alu32_xor_k_imm12_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_xor_k_imm12_zba, rvjit_emit_alu32_xor_k_imm12_zba },
	{ "alu32_xor_k_imm12", 0, rvjit_guard_alu32_xor_k_imm12, rvjit_emit_alu32_xor_k_imm12 },
	{ "alu32_xor_k_lui_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_xor_k_lui_zba, rvjit_emit_alu32_xor_k_lui_zba },
	{ "alu32_xor_k_lui", 0, rvjit_guard_alu32_xor_k_lui, rvjit_emit_alu32_xor_k_lui },
	{ "alu32_xor_k_lui_addiw_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_xor_k_lui_addiw_zba, rvjit_emit_alu32_xor_k_lui_addiw_zba },
	{ "alu32_xor_k_lui_addiw", 0, rvjit_guard_alu32_xor_k_lui_addiw, rvjit_emit_alu32_xor_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_14_off0[] = {
	{ "alu32_subw_k_imm12_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_subw_k_imm12_zba, rvjit_emit_alu32_subw_k_imm12_zba },
	{ "alu32_subw_k_imm12", 0, rvjit_guard_alu32_subw_k_imm12, rvjit_emit_alu32_subw_k_imm12 },
	{ "alu32_subw_k_lui_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_subw_k_lui_zba, rvjit_emit_alu32_subw_k_lui_zba },
	{ "alu32_subw_k_lui", 0, rvjit_guard_alu32_subw_k_lui, rvjit_emit_alu32_subw_k_lui },
	{ "alu32_subw_k_lui_addiw_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_subw_k_lui_addiw_zba, rvjit_emit_alu32_subw_k_lui_addiw_zba },
	{ "alu32_subw_k_lui_addiw", 0, rvjit_guard_alu32_subw_k_lui_addiw, rvjit_emit_alu32_subw_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_24_off0[] = {
	{ "alu32_mulw_k_imm12_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_mulw_k_imm12_zba, rvjit_emit_alu32_mulw_k_imm12_zba },
	{ "alu32_mulw_k_imm12", 0, rvjit_guard_alu32_mulw_k_imm12, rvjit_emit_alu32_mulw_k_imm12 },
	{ "alu32_mulw_k_lui_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_mulw_k_lui_zba, rvjit_emit_alu32_mulw_k_lui_zba },
	{ "alu32_mulw_k_lui", 0, rvjit_guard_alu32_mulw_k_lui, rvjit_emit_alu32_mulw_k_lui },
	{ "alu32_mulw_k_lui_addiw_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_mulw_k_lui_addiw_zba, rvjit_emit_alu32_mulw_k_lui_addiw_zba },
	{ "alu32_mulw_k_lui_addiw", 0, rvjit_guard_alu32_mulw_k_lui_addiw, rvjit_emit_alu32_mulw_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_34_off0[] = {
	{ "alu32_divuw_k_zero", 0, rvjit_guard_alu32_divuw_k_zero, rvjit_emit_alu32_divuw_k_zero },
	{ "alu32_divuw_k_imm12_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_divuw_k_imm12_zba, rvjit_emit_alu32_divuw_k_imm12_zba },
	{ "alu32_divuw_k_imm12", 0, rvjit_guard_alu32_divuw_k_imm12, rvjit_emit_alu32_divuw_k_imm12 },
	{ "alu32_divuw_k_lui_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_divuw_k_lui_zba, rvjit_emit_alu32_divuw_k_lui_zba },
	{ "alu32_divuw_k_lui", 0, rvjit_guard_alu32_divuw_k_lui, rvjit_emit_alu32_divuw_k_lui },
	{ "alu32_divuw_k_lui_addiw_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_divuw_k_lui_addiw_zba, rvjit_emit_alu32_divuw_k_lui_addiw_zba },
	{ "alu32_divuw_k_lui_addiw", 0, rvjit_guard_alu32_divuw_k_lui_addiw, rvjit_emit_alu32_divuw_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_94_off0[] = {
	{ "alu32_remuw_k_zero_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_remuw_k_zero_zba, rvjit_emit_alu32_remuw_k_zero_zba },
	{ "alu32_remuw_k_zero", 0, rvjit_guard_alu32_remuw_k_zero, rvjit_emit_alu32_remuw_k_zero },
	{ "alu32_remuw_k_imm12_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_remuw_k_imm12_zba, rvjit_emit_alu32_remuw_k_imm12_zba },
	{ "alu32_remuw_k_imm12", 0, rvjit_guard_alu32_remuw_k_imm12, rvjit_emit_alu32_remuw_k_imm12 },
	{ "alu32_remuw_k_lui_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_remuw_k_lui_zba, rvjit_emit_alu32_remuw_k_lui_zba },
	{ "alu32_remuw_k_lui", 0, rvjit_guard_alu32_remuw_k_lui, rvjit_emit_alu32_remuw_k_lui },
	{ "alu32_remuw_k_lui_addiw_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_remuw_k_lui_addiw_zba, rvjit_emit_alu32_remuw_k_lui_addiw_zba },
	{ "alu32_remuw_k_lui_addiw", 0, rvjit_guard_alu32_remuw_k_lui_addiw, rvjit_emit_alu32_remuw_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_34_off1[] = {
	{ "alu32_divw_k_zero", 0, rvjit_guard_alu32_divw_k_zero, rvjit_emit_alu32_divw_k_zero },
	{ "alu32_divw_k_imm12_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_divw_k_imm12_zba, rvjit_emit_alu32_divw_k_imm12_zba },
	{ "alu32_divw_k_imm12", 0, rvjit_guard_alu32_divw_k_imm12, rvjit_emit_alu32_divw_k_imm12 },
	{ "alu32_divw_k_lui_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_divw_k_lui_zba, rvjit_emit_alu32_divw_k_lui_zba },
	{ "alu32_divw_k_lui", 0, rvjit_guard_alu32_divw_k_lui, rvjit_emit_alu32_divw_k_lui },
	{ "alu32_divw_k_lui_addiw_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_divw_k_lui_addiw_zba, rvjit_emit_alu32_divw_k_lui_addiw_zba },
	{ "alu32_divw_k_lui_addiw", 0, rvjit_guard_alu32_divw_k_lui_addiw, rvjit_emit_alu32_divw_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_94_off1[] = {
	{ "alu32_remw_k_zero_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_remw_k_zero_zba, rvjit_emit_alu32_remw_k_zero_zba },
	{ "alu32_remw_k_zero", 0, rvjit_guard_alu32_remw_k_zero, rvjit_emit_alu32_remw_k_zero },
	{ "alu32_remw_k_imm12_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_remw_k_imm12_zba, rvjit_emit_alu32_remw_k_imm12_zba },
	{ "alu32_remw_k_imm12", 0, rvjit_guard_alu32_remw_k_imm12, rvjit_emit_alu32_remw_k_imm12 },
	{ "alu32_remw_k_lui_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_remw_k_lui_zba, rvjit_emit_alu32_remw_k_lui_zba },
	{ "alu32_remw_k_lui", 0, rvjit_guard_alu32_remw_k_lui, rvjit_emit_alu32_remw_k_lui },
	{ "alu32_remw_k_lui_addiw_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_remw_k_lui_addiw_zba, rvjit_emit_alu32_remw_k_lui_addiw_zba },
	{ "alu32_remw_k_lui_addiw", 0, rvjit_guard_alu32_remw_k_lui_addiw, rvjit_emit_alu32_remw_k_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_64_off0[] = {
	{ "alu32_lsh_k", 0, rvjit_guard_alu32_lsh_k, rvjit_emit_alu32_lsh_k },
};

static const struct rvjit_rule rvjit_rules_74_off0[] = {
	{ "alu32_rsh_k", 0, rvjit_guard_alu32_rsh_k, rvjit_emit_alu32_rsh_k },
};

static const struct rvjit_rule rvjit_rules_c4_off0[] = {
	{ "alu32_arsh_k_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_arsh_k_zba, rvjit_emit_alu32_arsh_k_zba },
	{ "alu32_arsh_k", 0, rvjit_guard_alu32_arsh_k, rvjit_emit_alu32_arsh_k },
};

static const struct rvjit_rule rvjit_rules_b4_off0[] = {
	{ "alu32_mov_k_imm12", 0, rvjit_guard_alu32_mov_k_imm12, rvjit_emit_alu32_mov_k_imm12 },
	{ "alu32_mov_k_lui", 0, rvjit_guard_alu32_mov_k_lui, rvjit_emit_alu32_mov_k_lui },
	{ "alu32_mov_k_lui_addiw", 0, rvjit_guard_alu32_mov_k_lui_addiw, rvjit_emit_alu32_mov_k_lui_addiw },
	{ "alu32_mov_k_imm12_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_mov_k_imm12_zba, rvjit_emit_alu32_mov_k_imm12_zba },
	{ "alu32_mov_k_imm12_zext", 0, rvjit_guard_alu32_mov_k_imm12_zext, rvjit_emit_alu32_mov_k_imm12_zext },
	{ "alu32_mov_k_lui_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_mov_k_lui_zba, rvjit_emit_alu32_mov_k_lui_zba },
	{ "alu32_mov_k_lui_zext", 0, rvjit_guard_alu32_mov_k_lui_zext, rvjit_emit_alu32_mov_k_lui_zext },
	{ "alu32_mov_k_lui_addiw_zba", RVJIT_ISA_ZBA, rvjit_guard_alu32_mov_k_lui_addiw_zba, rvjit_emit_alu32_mov_k_lui_addiw_zba },
	{ "alu32_mov_k_lui_addiw_zext", 0, rvjit_guard_alu32_mov_k_lui_addiw_zext, rvjit_emit_alu32_mov_k_lui_addiw_zext },
};

static const struct rvjit_rule rvjit_rules_d4_off0_imm16[] = {
	{ "le16_zbb", RVJIT_ISA_ZBB, rvjit_guard_le16_zbb, rvjit_emit_le16_zbb },
	{ "le16", 0, rvjit_guard_le16, rvjit_emit_le16 },
};

static const struct rvjit_rule rvjit_rules_d4_off0_imm32[] = {
	{ "le32_zba", RVJIT_ISA_ZBA, rvjit_guard_le32_zba, rvjit_emit_le32_zba },
	{ "le32", 0, rvjit_guard_le32, rvjit_emit_le32 },
};

static const struct rvjit_rule rvjit_rules_d4_off0_imm64[] = {
	{ "le64", 0, rvjit_guard_le64, rvjit_emit_le64 },
};

static const struct rvjit_rule rvjit_rules_dc_off0_imm16[] = {
	{ "be16_zbb", RVJIT_ISA_ZBB, rvjit_guard_be16_zbb, rvjit_emit_be16_zbb },
	{ "be16", 0, rvjit_guard_be16, rvjit_emit_be16 },
};

static const struct rvjit_rule rvjit_rules_dc_off0_imm32[] = {
	{ "be32_zbb", RVJIT_ISA_ZBB, rvjit_guard_be32_zbb, rvjit_emit_be32_zbb },
	{ "be32", 0, rvjit_guard_be32, rvjit_emit_be32 },
};

static const struct rvjit_rule rvjit_rules_dc_off0_imm64[] = {
	{ "be64_zbb", RVJIT_ISA_ZBB, rvjit_guard_be64_zbb, rvjit_emit_be64_zbb },
	{ "be64", 0, rvjit_guard_be64, rvjit_emit_be64 },
};

static const struct rvjit_rule rvjit_rules_d7_off0_imm16[] = {
	{ "bswap16_zbb", RVJIT_ISA_ZBB, rvjit_guard_bswap16_zbb, rvjit_emit_bswap16_zbb },
	{ "bswap16", 0, rvjit_guard_bswap16, rvjit_emit_bswap16 },
};

static const struct rvjit_rule rvjit_rules_d7_off0_imm32[] = {
	{ "bswap32_zbb", RVJIT_ISA_ZBB, rvjit_guard_bswap32_zbb, rvjit_emit_bswap32_zbb },
	{ "bswap32", 0, rvjit_guard_bswap32, rvjit_emit_bswap32 },
};

static const struct rvjit_rule rvjit_rules_d7_off0_imm64[] = {
	{ "bswap64_zbb", RVJIT_ISA_ZBB, rvjit_guard_bswap64_zbb, rvjit_emit_bswap64_zbb },
	{ "bswap64", 0, rvjit_guard_bswap64, rvjit_emit_bswap64 },
};

static const struct rvjit_rule rvjit_rules_18_off0[] = {
	{ "ld_imm64_imm12", 0, rvjit_guard_ld_imm64_imm12, rvjit_emit_ld_imm64_imm12 },
	{ "ld_imm64_lui", 0, rvjit_guard_ld_imm64_lui, rvjit_emit_ld_imm64_lui },
	{ "ld_imm64_lui_addiw", 0, rvjit_guard_ld_imm64_lui_addiw, rvjit_emit_ld_imm64_lui_addiw },
	{ "ld_imm64_d1_imm12_s", 0, rvjit_guard_ld_imm64_d1_imm12_s, rvjit_emit_ld_imm64_d1_imm12_s },
	{ "ld_imm64_d1_lui_s", 0, rvjit_guard_ld_imm64_d1_lui_s, rvjit_emit_ld_imm64_d1_lui_s },
	{ "ld_imm64_uw_zba", RVJIT_ISA_ZBA, rvjit_guard_ld_imm64_uw_zba, rvjit_emit_ld_imm64_uw_zba },
	{ "ld_imm64_d1_imm12_a", 0, rvjit_guard_ld_imm64_d1_imm12_a, rvjit_emit_ld_imm64_d1_imm12_a },
	{ "ld_imm64_d1_lui_a", 0, rvjit_guard_ld_imm64_d1_lui_a, rvjit_emit_ld_imm64_d1_lui_a },
	{ "ld_imm64_d1_lui_addiw_s", 0, rvjit_guard_ld_imm64_d1_lui_addiw_s, rvjit_emit_ld_imm64_d1_lui_addiw_s },
	{ "ld_imm64_d2_imm12_ss", 0, rvjit_guard_ld_imm64_d2_imm12_ss, rvjit_emit_ld_imm64_d2_imm12_ss },
	{ "ld_imm64_d2_lui_ss", 0, rvjit_guard_ld_imm64_d2_lui_ss, rvjit_emit_ld_imm64_d2_lui_ss },
	{ "ld_imm64_uw", 0, rvjit_guard_ld_imm64_uw, rvjit_emit_ld_imm64_uw },
	{ "ld_imm64_d1_lui_addiw_a", 0, rvjit_guard_ld_imm64_d1_lui_addiw_a, rvjit_emit_ld_imm64_d1_lui_addiw_a },
	{ "ld_imm64_d2_imm12_as", 0, rvjit_guard_ld_imm64_d2_imm12_as, rvjit_emit_ld_imm64_d2_imm12_as },
	{ "ld_imm64_d2_imm12_sa", 0, rvjit_guard_ld_imm64_d2_imm12_sa, rvjit_emit_ld_imm64_d2_imm12_sa },
	{ "ld_imm64_d2_lui_as", 0, rvjit_guard_ld_imm64_d2_lui_as, rvjit_emit_ld_imm64_d2_lui_as },
	{ "ld_imm64_d2_lui_sa", 0, rvjit_guard_ld_imm64_d2_lui_sa, rvjit_emit_ld_imm64_d2_lui_sa },
	{ "ld_imm64_d2_lui_addiw_ss", 0, rvjit_guard_ld_imm64_d2_lui_addiw_ss, rvjit_emit_ld_imm64_d2_lui_addiw_ss },
	{ "ld_imm64_d3_imm12_sss", 0, rvjit_guard_ld_imm64_d3_imm12_sss, rvjit_emit_ld_imm64_d3_imm12_sss },
	{ "ld_imm64_d3_lui_sss", 0, rvjit_guard_ld_imm64_d3_lui_sss, rvjit_emit_ld_imm64_d3_lui_sss },
	{ "ld_imm64_d2_imm12_aa", 0, rvjit_guard_ld_imm64_d2_imm12_aa, rvjit_emit_ld_imm64_d2_imm12_aa },
	{ "ld_imm64_d2_lui_aa", 0, rvjit_guard_ld_imm64_d2_lui_aa, rvjit_emit_ld_imm64_d2_lui_aa },
	{ "ld_imm64_d2_lui_addiw_as", 0, rvjit_guard_ld_imm64_d2_lui_addiw_as, rvjit_emit_ld_imm64_d2_lui_addiw_as },
	{ "ld_imm64_d2_lui_addiw_sa", 0, rvjit_guard_ld_imm64_d2_lui_addiw_sa, rvjit_emit_ld_imm64_d2_lui_addiw_sa },
	{ "ld_imm64_d3_imm12_ass", 0, rvjit_guard_ld_imm64_d3_imm12_ass, rvjit_emit_ld_imm64_d3_imm12_ass },
	{ "ld_imm64_d3_imm12_sas", 0, rvjit_guard_ld_imm64_d3_imm12_sas, rvjit_emit_ld_imm64_d3_imm12_sas },
	{ "ld_imm64_d3_imm12_ssa", 0, rvjit_guard_ld_imm64_d3_imm12_ssa, rvjit_emit_ld_imm64_d3_imm12_ssa },
	{ "ld_imm64_d3_lui_ass", 0, rvjit_guard_ld_imm64_d3_lui_ass, rvjit_emit_ld_imm64_d3_lui_ass },
	{ "ld_imm64_d3_lui_sas", 0, rvjit_guard_ld_imm64_d3_lui_sas, rvjit_emit_ld_imm64_d3_lui_sas },
	{ "ld_imm64_d3_lui_ssa", 0, rvjit_guard_ld_imm64_d3_lui_ssa, rvjit_emit_ld_imm64_d3_lui_ssa },
	{ "ld_imm64_d3_lui_addiw_sss", 0, rvjit_guard_ld_imm64_d3_lui_addiw_sss, rvjit_emit_ld_imm64_d3_lui_addiw_sss },
	{ "ld_imm64_d2_lui_addiw_aa", 0, rvjit_guard_ld_imm64_d2_lui_addiw_aa, rvjit_emit_ld_imm64_d2_lui_addiw_aa },
	{ "ld_imm64_d3_imm12_aas", 0, rvjit_guard_ld_imm64_d3_imm12_aas, rvjit_emit_ld_imm64_d3_imm12_aas },
	{ "ld_imm64_d3_imm12_asa", 0, rvjit_guard_ld_imm64_d3_imm12_asa, rvjit_emit_ld_imm64_d3_imm12_asa },
	{ "ld_imm64_d3_imm12_saa", 0, rvjit_guard_ld_imm64_d3_imm12_saa, rvjit_emit_ld_imm64_d3_imm12_saa },
	{ "ld_imm64_d3_lui_aas", 0, rvjit_guard_ld_imm64_d3_lui_aas, rvjit_emit_ld_imm64_d3_lui_aas },
	{ "ld_imm64_d3_lui_asa", 0, rvjit_guard_ld_imm64_d3_lui_asa, rvjit_emit_ld_imm64_d3_lui_asa },
	{ "ld_imm64_d3_lui_saa", 0, rvjit_guard_ld_imm64_d3_lui_saa, rvjit_emit_ld_imm64_d3_lui_saa },
	{ "ld_imm64_d3_lui_addiw_ass", 0, rvjit_guard_ld_imm64_d3_lui_addiw_ass, rvjit_emit_ld_imm64_d3_lui_addiw_ass },
	{ "ld_imm64_d3_lui_addiw_sas", 0, rvjit_guard_ld_imm64_d3_lui_addiw_sas, rvjit_emit_ld_imm64_d3_lui_addiw_sas },
	{ "ld_imm64_d3_lui_addiw_ssa", 0, rvjit_guard_ld_imm64_d3_lui_addiw_ssa, rvjit_emit_ld_imm64_d3_lui_addiw_ssa },
	{ "ld_imm64_d3_imm12_aaa", 0, rvjit_guard_ld_imm64_d3_imm12_aaa, rvjit_emit_ld_imm64_d3_imm12_aaa },
	{ "ld_imm64_d3_lui_aaa", 0, rvjit_guard_ld_imm64_d3_lui_aaa, rvjit_emit_ld_imm64_d3_lui_aaa },
	{ "ld_imm64_d3_lui_addiw_aas", 0, rvjit_guard_ld_imm64_d3_lui_addiw_aas, rvjit_emit_ld_imm64_d3_lui_addiw_aas },
	{ "ld_imm64_d3_lui_addiw_asa", 0, rvjit_guard_ld_imm64_d3_lui_addiw_asa, rvjit_emit_ld_imm64_d3_lui_addiw_asa },
	{ "ld_imm64_d3_lui_addiw_saa", 0, rvjit_guard_ld_imm64_d3_lui_addiw_saa, rvjit_emit_ld_imm64_d3_lui_addiw_saa },
	{ "ld_imm64_d3_lui_addiw_aaa", 0, rvjit_guard_ld_imm64_d3_lui_addiw_aaa, rvjit_emit_ld_imm64_d3_lui_addiw_aaa },
};

static const struct rvjit_rule rvjit_rules_71_off_any[] = {
	{ "ldx_b_off12", 0, rvjit_guard_ldx_b_off12, rvjit_emit_ldx_b_off12 },
	{ "ldx_b_off_lui", 0, rvjit_guard_ldx_b_off_lui, rvjit_emit_ldx_b_off_lui },
	{ "ldx_b_off_lui_addiw", 0, rvjit_guard_ldx_b_off_lui_addiw, rvjit_emit_ldx_b_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_91_off_any[] = {
	{ "ldxsx_b_off12", 0, rvjit_guard_ldxsx_b_off12, rvjit_emit_ldxsx_b_off12 },
	{ "ldxsx_b_off_lui", 0, rvjit_guard_ldxsx_b_off_lui, rvjit_emit_ldxsx_b_off_lui },
	{ "ldxsx_b_off_lui_addiw", 0, rvjit_guard_ldxsx_b_off_lui_addiw, rvjit_emit_ldxsx_b_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_73_off_any[] = {
	{ "stx_b_off12", 0, rvjit_guard_stx_b_off12, rvjit_emit_stx_b_off12 },
	{ "stx_b_off_lui", 0, rvjit_guard_stx_b_off_lui, rvjit_emit_stx_b_off_lui },
	{ "stx_b_off_lui_addiw", 0, rvjit_guard_stx_b_off_lui_addiw, rvjit_emit_stx_b_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_72_off_any[] = {
	{ "st_b_imm0_off12", 0, rvjit_guard_st_b_imm0_off12, rvjit_emit_st_b_imm0_off12 },
	{ "st_b_imm0_off_lui", 0, rvjit_guard_st_b_imm0_off_lui, rvjit_emit_st_b_imm0_off_lui },
	{ "st_b_imm0_off_lui_addiw", 0, rvjit_guard_st_b_imm0_off_lui_addiw, rvjit_emit_st_b_imm0_off_lui_addiw },
	{ "st_b_imm_imm12_off12", 0, rvjit_guard_st_b_imm_imm12_off12, rvjit_emit_st_b_imm_imm12_off12 },
	{ "st_b_imm_imm12_off_lui", 0, rvjit_guard_st_b_imm_imm12_off_lui, rvjit_emit_st_b_imm_imm12_off_lui },
	{ "st_b_imm_imm12_off_lui_addiw", 0, rvjit_guard_st_b_imm_imm12_off_lui_addiw, rvjit_emit_st_b_imm_imm12_off_lui_addiw },
	{ "st_b_imm_lui_off12", 0, rvjit_guard_st_b_imm_lui_off12, rvjit_emit_st_b_imm_lui_off12 },
	{ "st_b_imm_lui_off_lui", 0, rvjit_guard_st_b_imm_lui_off_lui, rvjit_emit_st_b_imm_lui_off_lui },
	{ "st_b_imm_lui_off_lui_addiw", 0, rvjit_guard_st_b_imm_lui_off_lui_addiw, rvjit_emit_st_b_imm_lui_off_lui_addiw },
	{ "st_b_imm_lui_addiw_off12", 0, rvjit_guard_st_b_imm_lui_addiw_off12, rvjit_emit_st_b_imm_lui_addiw_off12 },
	{ "st_b_imm_lui_addiw_off_lui", 0, rvjit_guard_st_b_imm_lui_addiw_off_lui, rvjit_emit_st_b_imm_lui_addiw_off_lui },
	{ "st_b_imm_lui_addiw_off_lui_addiw", 0, rvjit_guard_st_b_imm_lui_addiw_off_lui_addiw, rvjit_emit_st_b_imm_lui_addiw_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_69_off_any[] = {
	{ "ldx_h_off12", 0, rvjit_guard_ldx_h_off12, rvjit_emit_ldx_h_off12 },
	{ "ldx_h_off_lui", 0, rvjit_guard_ldx_h_off_lui, rvjit_emit_ldx_h_off_lui },
	{ "ldx_h_off_lui_addiw", 0, rvjit_guard_ldx_h_off_lui_addiw, rvjit_emit_ldx_h_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_89_off_any[] = {
	{ "ldxsx_h_off12", 0, rvjit_guard_ldxsx_h_off12, rvjit_emit_ldxsx_h_off12 },
	{ "ldxsx_h_off_lui", 0, rvjit_guard_ldxsx_h_off_lui, rvjit_emit_ldxsx_h_off_lui },
	{ "ldxsx_h_off_lui_addiw", 0, rvjit_guard_ldxsx_h_off_lui_addiw, rvjit_emit_ldxsx_h_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_6b_off_any[] = {
	{ "stx_h_off12", 0, rvjit_guard_stx_h_off12, rvjit_emit_stx_h_off12 },
	{ "stx_h_off_lui", 0, rvjit_guard_stx_h_off_lui, rvjit_emit_stx_h_off_lui },
	{ "stx_h_off_lui_addiw", 0, rvjit_guard_stx_h_off_lui_addiw, rvjit_emit_stx_h_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_6a_off_any[] = {
	{ "st_h_imm0_off12", 0, rvjit_guard_st_h_imm0_off12, rvjit_emit_st_h_imm0_off12 },
	{ "st_h_imm0_off_lui", 0, rvjit_guard_st_h_imm0_off_lui, rvjit_emit_st_h_imm0_off_lui },
	{ "st_h_imm0_off_lui_addiw", 0, rvjit_guard_st_h_imm0_off_lui_addiw, rvjit_emit_st_h_imm0_off_lui_addiw },
	{ "st_h_imm_imm12_off12", 0, rvjit_guard_st_h_imm_imm12_off12, rvjit_emit_st_h_imm_imm12_off12 },
	{ "st_h_imm_imm12_off_lui", 0, rvjit_guard_st_h_imm_imm12_off_lui, rvjit_emit_st_h_imm_imm12_off_lui },
	{ "st_h_imm_imm12_off_lui_addiw", 0, rvjit_guard_st_h_imm_imm12_off_lui_addiw, rvjit_emit_st_h_imm_imm12_off_lui_addiw },
	{ "st_h_imm_lui_off12", 0, rvjit_guard_st_h_imm_lui_off12, rvjit_emit_st_h_imm_lui_off12 },
	{ "st_h_imm_lui_off_lui", 0, rvjit_guard_st_h_imm_lui_off_lui, rvjit_emit_st_h_imm_lui_off_lui },
	{ "st_h_imm_lui_off_lui_addiw", 0, rvjit_guard_st_h_imm_lui_off_lui_addiw, rvjit_emit_st_h_imm_lui_off_lui_addiw },
	{ "st_h_imm_lui_addiw_off12", 0, rvjit_guard_st_h_imm_lui_addiw_off12, rvjit_emit_st_h_imm_lui_addiw_off12 },
	{ "st_h_imm_lui_addiw_off_lui", 0, rvjit_guard_st_h_imm_lui_addiw_off_lui, rvjit_emit_st_h_imm_lui_addiw_off_lui },
	{ "st_h_imm_lui_addiw_off_lui_addiw", 0, rvjit_guard_st_h_imm_lui_addiw_off_lui_addiw, rvjit_emit_st_h_imm_lui_addiw_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_61_off_any[] = {
	{ "ldx_w_off12", 0, rvjit_guard_ldx_w_off12, rvjit_emit_ldx_w_off12 },
	{ "ldx_w_off_lui", 0, rvjit_guard_ldx_w_off_lui, rvjit_emit_ldx_w_off_lui },
	{ "ldx_w_off_lui_addiw", 0, rvjit_guard_ldx_w_off_lui_addiw, rvjit_emit_ldx_w_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_81_off_any[] = {
	{ "ldxsx_w_off12", 0, rvjit_guard_ldxsx_w_off12, rvjit_emit_ldxsx_w_off12 },
	{ "ldxsx_w_off_lui", 0, rvjit_guard_ldxsx_w_off_lui, rvjit_emit_ldxsx_w_off_lui },
	{ "ldxsx_w_off_lui_addiw", 0, rvjit_guard_ldxsx_w_off_lui_addiw, rvjit_emit_ldxsx_w_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_63_off_any[] = {
	{ "stx_w_off12", 0, rvjit_guard_stx_w_off12, rvjit_emit_stx_w_off12 },
	{ "stx_w_off_lui", 0, rvjit_guard_stx_w_off_lui, rvjit_emit_stx_w_off_lui },
	{ "stx_w_off_lui_addiw", 0, rvjit_guard_stx_w_off_lui_addiw, rvjit_emit_stx_w_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_62_off_any[] = {
	{ "st_w_imm0_off12", 0, rvjit_guard_st_w_imm0_off12, rvjit_emit_st_w_imm0_off12 },
	{ "st_w_imm0_off_lui", 0, rvjit_guard_st_w_imm0_off_lui, rvjit_emit_st_w_imm0_off_lui },
	{ "st_w_imm0_off_lui_addiw", 0, rvjit_guard_st_w_imm0_off_lui_addiw, rvjit_emit_st_w_imm0_off_lui_addiw },
	{ "st_w_imm_imm12_off12", 0, rvjit_guard_st_w_imm_imm12_off12, rvjit_emit_st_w_imm_imm12_off12 },
	{ "st_w_imm_imm12_off_lui", 0, rvjit_guard_st_w_imm_imm12_off_lui, rvjit_emit_st_w_imm_imm12_off_lui },
	{ "st_w_imm_imm12_off_lui_addiw", 0, rvjit_guard_st_w_imm_imm12_off_lui_addiw, rvjit_emit_st_w_imm_imm12_off_lui_addiw },
	{ "st_w_imm_lui_off12", 0, rvjit_guard_st_w_imm_lui_off12, rvjit_emit_st_w_imm_lui_off12 },
	{ "st_w_imm_lui_off_lui", 0, rvjit_guard_st_w_imm_lui_off_lui, rvjit_emit_st_w_imm_lui_off_lui },
	{ "st_w_imm_lui_off_lui_addiw", 0, rvjit_guard_st_w_imm_lui_off_lui_addiw, rvjit_emit_st_w_imm_lui_off_lui_addiw },
	{ "st_w_imm_lui_addiw_off12", 0, rvjit_guard_st_w_imm_lui_addiw_off12, rvjit_emit_st_w_imm_lui_addiw_off12 },
	{ "st_w_imm_lui_addiw_off_lui", 0, rvjit_guard_st_w_imm_lui_addiw_off_lui, rvjit_emit_st_w_imm_lui_addiw_off_lui },
	{ "st_w_imm_lui_addiw_off_lui_addiw", 0, rvjit_guard_st_w_imm_lui_addiw_off_lui_addiw, rvjit_emit_st_w_imm_lui_addiw_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_79_off_any[] = {
	{ "ldx_d_off12", 0, rvjit_guard_ldx_d_off12, rvjit_emit_ldx_d_off12 },
	{ "ldx_d_off_lui", 0, rvjit_guard_ldx_d_off_lui, rvjit_emit_ldx_d_off_lui },
	{ "ldx_d_off_lui_addiw", 0, rvjit_guard_ldx_d_off_lui_addiw, rvjit_emit_ldx_d_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_7b_off_any[] = {
	{ "stx_d_off12", 0, rvjit_guard_stx_d_off12, rvjit_emit_stx_d_off12 },
	{ "stx_d_off_lui", 0, rvjit_guard_stx_d_off_lui, rvjit_emit_stx_d_off_lui },
	{ "stx_d_off_lui_addiw", 0, rvjit_guard_stx_d_off_lui_addiw, rvjit_emit_stx_d_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_7a_off_any[] = {
	{ "st_d_imm0_off12", 0, rvjit_guard_st_d_imm0_off12, rvjit_emit_st_d_imm0_off12 },
	{ "st_d_imm0_off_lui", 0, rvjit_guard_st_d_imm0_off_lui, rvjit_emit_st_d_imm0_off_lui },
	{ "st_d_imm0_off_lui_addiw", 0, rvjit_guard_st_d_imm0_off_lui_addiw, rvjit_emit_st_d_imm0_off_lui_addiw },
	{ "st_d_imm_imm12_off12", 0, rvjit_guard_st_d_imm_imm12_off12, rvjit_emit_st_d_imm_imm12_off12 },
	{ "st_d_imm_imm12_off_lui", 0, rvjit_guard_st_d_imm_imm12_off_lui, rvjit_emit_st_d_imm_imm12_off_lui },
	{ "st_d_imm_imm12_off_lui_addiw", 0, rvjit_guard_st_d_imm_imm12_off_lui_addiw, rvjit_emit_st_d_imm_imm12_off_lui_addiw },
	{ "st_d_imm_lui_off12", 0, rvjit_guard_st_d_imm_lui_off12, rvjit_emit_st_d_imm_lui_off12 },
	{ "st_d_imm_lui_off_lui", 0, rvjit_guard_st_d_imm_lui_off_lui, rvjit_emit_st_d_imm_lui_off_lui },
	{ "st_d_imm_lui_off_lui_addiw", 0, rvjit_guard_st_d_imm_lui_off_lui_addiw, rvjit_emit_st_d_imm_lui_off_lui_addiw },
	{ "st_d_imm_lui_addiw_off12", 0, rvjit_guard_st_d_imm_lui_addiw_off12, rvjit_emit_st_d_imm_lui_addiw_off12 },
	{ "st_d_imm_lui_addiw_off_lui", 0, rvjit_guard_st_d_imm_lui_addiw_off_lui, rvjit_emit_st_d_imm_lui_addiw_off_lui },
	{ "st_d_imm_lui_addiw_off_lui_addiw", 0, rvjit_guard_st_d_imm_lui_addiw_off_lui_addiw, rvjit_emit_st_d_imm_lui_addiw_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_c3_off_any_imm0[] = {
	{ "atomic_w_add_off0", 0, rvjit_guard_atomic_w_add_off0, rvjit_emit_atomic_w_add_off0 },
	{ "atomic_w_add_off12", 0, rvjit_guard_atomic_w_add_off12, rvjit_emit_atomic_w_add_off12 },
	{ "atomic_w_add_off_lui", 0, rvjit_guard_atomic_w_add_off_lui, rvjit_emit_atomic_w_add_off_lui },
	{ "atomic_w_add_off_lui_addiw", 0, rvjit_guard_atomic_w_add_off_lui_addiw, rvjit_emit_atomic_w_add_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_c3_off_any_imm1[] = {
	{ "atomic_w_fetch_add_off0_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_fetch_add_off0_zba, rvjit_emit_atomic_w_fetch_add_off0_zba },
	{ "atomic_w_fetch_add_off0", 0, rvjit_guard_atomic_w_fetch_add_off0, rvjit_emit_atomic_w_fetch_add_off0 },
	{ "atomic_w_fetch_add_off12_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_fetch_add_off12_zba, rvjit_emit_atomic_w_fetch_add_off12_zba },
	{ "atomic_w_fetch_add_off12", 0, rvjit_guard_atomic_w_fetch_add_off12, rvjit_emit_atomic_w_fetch_add_off12 },
	{ "atomic_w_fetch_add_off_lui_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_fetch_add_off_lui_zba, rvjit_emit_atomic_w_fetch_add_off_lui_zba },
	{ "atomic_w_fetch_add_off_lui", 0, rvjit_guard_atomic_w_fetch_add_off_lui, rvjit_emit_atomic_w_fetch_add_off_lui },
	{ "atomic_w_fetch_add_off_lui_addiw_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_fetch_add_off_lui_addiw_zba, rvjit_emit_atomic_w_fetch_add_off_lui_addiw_zba },
	{ "atomic_w_fetch_add_off_lui_addiw", 0, rvjit_guard_atomic_w_fetch_add_off_lui_addiw, rvjit_emit_atomic_w_fetch_add_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_c3_off_any_imm64[] = {
	{ "atomic_w_or_off0", 0, rvjit_guard_atomic_w_or_off0, rvjit_emit_atomic_w_or_off0 },
	{ "atomic_w_or_off12", 0, rvjit_guard_atomic_w_or_off12, rvjit_emit_atomic_w_or_off12 },
	{ "atomic_w_or_off_lui", 0, rvjit_guard_atomic_w_or_off_lui, rvjit_emit_atomic_w_or_off_lui },
	{ "atomic_w_or_off_lui_addiw", 0, rvjit_guard_atomic_w_or_off_lui_addiw, rvjit_emit_atomic_w_or_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_c3_off_any_imm65[] = {
	{ "atomic_w_fetch_or_off0_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_fetch_or_off0_zba, rvjit_emit_atomic_w_fetch_or_off0_zba },
	{ "atomic_w_fetch_or_off0", 0, rvjit_guard_atomic_w_fetch_or_off0, rvjit_emit_atomic_w_fetch_or_off0 },
	{ "atomic_w_fetch_or_off12_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_fetch_or_off12_zba, rvjit_emit_atomic_w_fetch_or_off12_zba },
	{ "atomic_w_fetch_or_off12", 0, rvjit_guard_atomic_w_fetch_or_off12, rvjit_emit_atomic_w_fetch_or_off12 },
	{ "atomic_w_fetch_or_off_lui_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_fetch_or_off_lui_zba, rvjit_emit_atomic_w_fetch_or_off_lui_zba },
	{ "atomic_w_fetch_or_off_lui", 0, rvjit_guard_atomic_w_fetch_or_off_lui, rvjit_emit_atomic_w_fetch_or_off_lui },
	{ "atomic_w_fetch_or_off_lui_addiw_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_fetch_or_off_lui_addiw_zba, rvjit_emit_atomic_w_fetch_or_off_lui_addiw_zba },
	{ "atomic_w_fetch_or_off_lui_addiw", 0, rvjit_guard_atomic_w_fetch_or_off_lui_addiw, rvjit_emit_atomic_w_fetch_or_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_c3_off_any_imm80[] = {
	{ "atomic_w_and_off0", 0, rvjit_guard_atomic_w_and_off0, rvjit_emit_atomic_w_and_off0 },
	{ "atomic_w_and_off12", 0, rvjit_guard_atomic_w_and_off12, rvjit_emit_atomic_w_and_off12 },
	{ "atomic_w_and_off_lui", 0, rvjit_guard_atomic_w_and_off_lui, rvjit_emit_atomic_w_and_off_lui },
	{ "atomic_w_and_off_lui_addiw", 0, rvjit_guard_atomic_w_and_off_lui_addiw, rvjit_emit_atomic_w_and_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_c3_off_any_imm81[] = {
	{ "atomic_w_fetch_and_off0_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_fetch_and_off0_zba, rvjit_emit_atomic_w_fetch_and_off0_zba },
	{ "atomic_w_fetch_and_off0", 0, rvjit_guard_atomic_w_fetch_and_off0, rvjit_emit_atomic_w_fetch_and_off0 },
	{ "atomic_w_fetch_and_off12_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_fetch_and_off12_zba, rvjit_emit_atomic_w_fetch_and_off12_zba },
	{ "atomic_w_fetch_and_off12", 0, rvjit_guard_atomic_w_fetch_and_off12, rvjit_emit_atomic_w_fetch_and_off12 },
	{ "atomic_w_fetch_and_off_lui_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_fetch_and_off_lui_zba, rvjit_emit_atomic_w_fetch_and_off_lui_zba },
	{ "atomic_w_fetch_and_off_lui", 0, rvjit_guard_atomic_w_fetch_and_off_lui, rvjit_emit_atomic_w_fetch_and_off_lui },
	{ "atomic_w_fetch_and_off_lui_addiw_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_fetch_and_off_lui_addiw_zba, rvjit_emit_atomic_w_fetch_and_off_lui_addiw_zba },
	{ "atomic_w_fetch_and_off_lui_addiw", 0, rvjit_guard_atomic_w_fetch_and_off_lui_addiw, rvjit_emit_atomic_w_fetch_and_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_c3_off_any_imm160[] = {
	{ "atomic_w_xor_off0", 0, rvjit_guard_atomic_w_xor_off0, rvjit_emit_atomic_w_xor_off0 },
	{ "atomic_w_xor_off12", 0, rvjit_guard_atomic_w_xor_off12, rvjit_emit_atomic_w_xor_off12 },
	{ "atomic_w_xor_off_lui", 0, rvjit_guard_atomic_w_xor_off_lui, rvjit_emit_atomic_w_xor_off_lui },
	{ "atomic_w_xor_off_lui_addiw", 0, rvjit_guard_atomic_w_xor_off_lui_addiw, rvjit_emit_atomic_w_xor_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_c3_off_any_imm161[] = {
	{ "atomic_w_fetch_xor_off0_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_fetch_xor_off0_zba, rvjit_emit_atomic_w_fetch_xor_off0_zba },
	{ "atomic_w_fetch_xor_off0", 0, rvjit_guard_atomic_w_fetch_xor_off0, rvjit_emit_atomic_w_fetch_xor_off0 },
	{ "atomic_w_fetch_xor_off12_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_fetch_xor_off12_zba, rvjit_emit_atomic_w_fetch_xor_off12_zba },
	{ "atomic_w_fetch_xor_off12", 0, rvjit_guard_atomic_w_fetch_xor_off12, rvjit_emit_atomic_w_fetch_xor_off12 },
	{ "atomic_w_fetch_xor_off_lui_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_fetch_xor_off_lui_zba, rvjit_emit_atomic_w_fetch_xor_off_lui_zba },
	{ "atomic_w_fetch_xor_off_lui", 0, rvjit_guard_atomic_w_fetch_xor_off_lui, rvjit_emit_atomic_w_fetch_xor_off_lui },
	{ "atomic_w_fetch_xor_off_lui_addiw_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_fetch_xor_off_lui_addiw_zba, rvjit_emit_atomic_w_fetch_xor_off_lui_addiw_zba },
	{ "atomic_w_fetch_xor_off_lui_addiw", 0, rvjit_guard_atomic_w_fetch_xor_off_lui_addiw, rvjit_emit_atomic_w_fetch_xor_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_c3_off_any_imm225[] = {
	{ "atomic_w_xchg_off0_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_xchg_off0_zba, rvjit_emit_atomic_w_xchg_off0_zba },
	{ "atomic_w_xchg_off0", 0, rvjit_guard_atomic_w_xchg_off0, rvjit_emit_atomic_w_xchg_off0 },
	{ "atomic_w_xchg_off12_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_xchg_off12_zba, rvjit_emit_atomic_w_xchg_off12_zba },
	{ "atomic_w_xchg_off12", 0, rvjit_guard_atomic_w_xchg_off12, rvjit_emit_atomic_w_xchg_off12 },
	{ "atomic_w_xchg_off_lui_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_xchg_off_lui_zba, rvjit_emit_atomic_w_xchg_off_lui_zba },
	{ "atomic_w_xchg_off_lui", 0, rvjit_guard_atomic_w_xchg_off_lui, rvjit_emit_atomic_w_xchg_off_lui },
	{ "atomic_w_xchg_off_lui_addiw_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_xchg_off_lui_addiw_zba, rvjit_emit_atomic_w_xchg_off_lui_addiw_zba },
	{ "atomic_w_xchg_off_lui_addiw", 0, rvjit_guard_atomic_w_xchg_off_lui_addiw, rvjit_emit_atomic_w_xchg_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_c3_off_any_imm241[] = {
	{ "atomic_w_cmpxchg_off0_zacas_zba", RVJIT_ISA_ZBA | RVJIT_ISA_ZACAS, rvjit_guard_atomic_w_cmpxchg_off0_zacas_zba, rvjit_emit_atomic_w_cmpxchg_off0_zacas_zba },
	{ "atomic_w_cmpxchg_off0_zacas", RVJIT_ISA_ZACAS, rvjit_guard_atomic_w_cmpxchg_off0_zacas, rvjit_emit_atomic_w_cmpxchg_off0_zacas },
	{ "atomic_w_cmpxchg_off12_zacas_zba", RVJIT_ISA_ZBA | RVJIT_ISA_ZACAS, rvjit_guard_atomic_w_cmpxchg_off12_zacas_zba, rvjit_emit_atomic_w_cmpxchg_off12_zacas_zba },
	{ "atomic_w_cmpxchg_off12_zacas", RVJIT_ISA_ZACAS, rvjit_guard_atomic_w_cmpxchg_off12_zacas, rvjit_emit_atomic_w_cmpxchg_off12_zacas },
	{ "atomic_w_cmpxchg_off_lui_zacas_zba", RVJIT_ISA_ZBA | RVJIT_ISA_ZACAS, rvjit_guard_atomic_w_cmpxchg_off_lui_zacas_zba, rvjit_emit_atomic_w_cmpxchg_off_lui_zacas_zba },
	{ "atomic_w_cmpxchg_off_lui_zacas", RVJIT_ISA_ZACAS, rvjit_guard_atomic_w_cmpxchg_off_lui_zacas, rvjit_emit_atomic_w_cmpxchg_off_lui_zacas },
	{ "atomic_w_cmpxchg_off_lui_addiw_zacas_zba", RVJIT_ISA_ZBA | RVJIT_ISA_ZACAS, rvjit_guard_atomic_w_cmpxchg_off_lui_addiw_zacas_zba, rvjit_emit_atomic_w_cmpxchg_off_lui_addiw_zacas_zba },
	{ "atomic_w_cmpxchg_off_lui_addiw_zacas", RVJIT_ISA_ZACAS, rvjit_guard_atomic_w_cmpxchg_off_lui_addiw_zacas, rvjit_emit_atomic_w_cmpxchg_off_lui_addiw_zacas },
	{ "atomic_w_cmpxchg_off0_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_cmpxchg_off0_zba, rvjit_emit_atomic_w_cmpxchg_off0_zba },
	{ "atomic_w_cmpxchg_off0", 0, rvjit_guard_atomic_w_cmpxchg_off0, rvjit_emit_atomic_w_cmpxchg_off0 },
	{ "atomic_w_cmpxchg_off12_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_cmpxchg_off12_zba, rvjit_emit_atomic_w_cmpxchg_off12_zba },
	{ "atomic_w_cmpxchg_off12", 0, rvjit_guard_atomic_w_cmpxchg_off12, rvjit_emit_atomic_w_cmpxchg_off12 },
	{ "atomic_w_cmpxchg_off_lui_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_cmpxchg_off_lui_zba, rvjit_emit_atomic_w_cmpxchg_off_lui_zba },
	{ "atomic_w_cmpxchg_off_lui", 0, rvjit_guard_atomic_w_cmpxchg_off_lui, rvjit_emit_atomic_w_cmpxchg_off_lui },
	{ "atomic_w_cmpxchg_off_lui_addiw_zba", RVJIT_ISA_ZBA, rvjit_guard_atomic_w_cmpxchg_off_lui_addiw_zba, rvjit_emit_atomic_w_cmpxchg_off_lui_addiw_zba },
	{ "atomic_w_cmpxchg_off_lui_addiw", 0, rvjit_guard_atomic_w_cmpxchg_off_lui_addiw, rvjit_emit_atomic_w_cmpxchg_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_db_off_any_imm0[] = {
	{ "atomic_d_add_off0", 0, rvjit_guard_atomic_d_add_off0, rvjit_emit_atomic_d_add_off0 },
	{ "atomic_d_add_off12", 0, rvjit_guard_atomic_d_add_off12, rvjit_emit_atomic_d_add_off12 },
	{ "atomic_d_add_off_lui", 0, rvjit_guard_atomic_d_add_off_lui, rvjit_emit_atomic_d_add_off_lui },
	{ "atomic_d_add_off_lui_addiw", 0, rvjit_guard_atomic_d_add_off_lui_addiw, rvjit_emit_atomic_d_add_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_db_off_any_imm1[] = {
	{ "atomic_d_fetch_add_off0", 0, rvjit_guard_atomic_d_fetch_add_off0, rvjit_emit_atomic_d_fetch_add_off0 },
	{ "atomic_d_fetch_add_off12", 0, rvjit_guard_atomic_d_fetch_add_off12, rvjit_emit_atomic_d_fetch_add_off12 },
	{ "atomic_d_fetch_add_off_lui", 0, rvjit_guard_atomic_d_fetch_add_off_lui, rvjit_emit_atomic_d_fetch_add_off_lui },
	{ "atomic_d_fetch_add_off_lui_addiw", 0, rvjit_guard_atomic_d_fetch_add_off_lui_addiw, rvjit_emit_atomic_d_fetch_add_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_db_off_any_imm64[] = {
	{ "atomic_d_or_off0", 0, rvjit_guard_atomic_d_or_off0, rvjit_emit_atomic_d_or_off0 },
	{ "atomic_d_or_off12", 0, rvjit_guard_atomic_d_or_off12, rvjit_emit_atomic_d_or_off12 },
	{ "atomic_d_or_off_lui", 0, rvjit_guard_atomic_d_or_off_lui, rvjit_emit_atomic_d_or_off_lui },
	{ "atomic_d_or_off_lui_addiw", 0, rvjit_guard_atomic_d_or_off_lui_addiw, rvjit_emit_atomic_d_or_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_db_off_any_imm65[] = {
	{ "atomic_d_fetch_or_off0", 0, rvjit_guard_atomic_d_fetch_or_off0, rvjit_emit_atomic_d_fetch_or_off0 },
	{ "atomic_d_fetch_or_off12", 0, rvjit_guard_atomic_d_fetch_or_off12, rvjit_emit_atomic_d_fetch_or_off12 },
	{ "atomic_d_fetch_or_off_lui", 0, rvjit_guard_atomic_d_fetch_or_off_lui, rvjit_emit_atomic_d_fetch_or_off_lui },
	{ "atomic_d_fetch_or_off_lui_addiw", 0, rvjit_guard_atomic_d_fetch_or_off_lui_addiw, rvjit_emit_atomic_d_fetch_or_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_db_off_any_imm80[] = {
	{ "atomic_d_and_off0", 0, rvjit_guard_atomic_d_and_off0, rvjit_emit_atomic_d_and_off0 },
	{ "atomic_d_and_off12", 0, rvjit_guard_atomic_d_and_off12, rvjit_emit_atomic_d_and_off12 },
	{ "atomic_d_and_off_lui", 0, rvjit_guard_atomic_d_and_off_lui, rvjit_emit_atomic_d_and_off_lui },
	{ "atomic_d_and_off_lui_addiw", 0, rvjit_guard_atomic_d_and_off_lui_addiw, rvjit_emit_atomic_d_and_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_db_off_any_imm81[] = {
	{ "atomic_d_fetch_and_off0", 0, rvjit_guard_atomic_d_fetch_and_off0, rvjit_emit_atomic_d_fetch_and_off0 },
	{ "atomic_d_fetch_and_off12", 0, rvjit_guard_atomic_d_fetch_and_off12, rvjit_emit_atomic_d_fetch_and_off12 },
	{ "atomic_d_fetch_and_off_lui", 0, rvjit_guard_atomic_d_fetch_and_off_lui, rvjit_emit_atomic_d_fetch_and_off_lui },
	{ "atomic_d_fetch_and_off_lui_addiw", 0, rvjit_guard_atomic_d_fetch_and_off_lui_addiw, rvjit_emit_atomic_d_fetch_and_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_db_off_any_imm160[] = {
	{ "atomic_d_xor_off0", 0, rvjit_guard_atomic_d_xor_off0, rvjit_emit_atomic_d_xor_off0 },
	{ "atomic_d_xor_off12", 0, rvjit_guard_atomic_d_xor_off12, rvjit_emit_atomic_d_xor_off12 },
	{ "atomic_d_xor_off_lui", 0, rvjit_guard_atomic_d_xor_off_lui, rvjit_emit_atomic_d_xor_off_lui },
	{ "atomic_d_xor_off_lui_addiw", 0, rvjit_guard_atomic_d_xor_off_lui_addiw, rvjit_emit_atomic_d_xor_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_db_off_any_imm161[] = {
	{ "atomic_d_fetch_xor_off0", 0, rvjit_guard_atomic_d_fetch_xor_off0, rvjit_emit_atomic_d_fetch_xor_off0 },
	{ "atomic_d_fetch_xor_off12", 0, rvjit_guard_atomic_d_fetch_xor_off12, rvjit_emit_atomic_d_fetch_xor_off12 },
	{ "atomic_d_fetch_xor_off_lui", 0, rvjit_guard_atomic_d_fetch_xor_off_lui, rvjit_emit_atomic_d_fetch_xor_off_lui },
	{ "atomic_d_fetch_xor_off_lui_addiw", 0, rvjit_guard_atomic_d_fetch_xor_off_lui_addiw, rvjit_emit_atomic_d_fetch_xor_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_db_off_any_imm225[] = {
	{ "atomic_d_xchg_off0", 0, rvjit_guard_atomic_d_xchg_off0, rvjit_emit_atomic_d_xchg_off0 },
	{ "atomic_d_xchg_off12", 0, rvjit_guard_atomic_d_xchg_off12, rvjit_emit_atomic_d_xchg_off12 },
	{ "atomic_d_xchg_off_lui", 0, rvjit_guard_atomic_d_xchg_off_lui, rvjit_emit_atomic_d_xchg_off_lui },
	{ "atomic_d_xchg_off_lui_addiw", 0, rvjit_guard_atomic_d_xchg_off_lui_addiw, rvjit_emit_atomic_d_xchg_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_db_off_any_imm241[] = {
	{ "atomic_d_cmpxchg_off0_zacas", RVJIT_ISA_ZACAS, rvjit_guard_atomic_d_cmpxchg_off0_zacas, rvjit_emit_atomic_d_cmpxchg_off0_zacas },
	{ "atomic_d_cmpxchg_off12_zacas", RVJIT_ISA_ZACAS, rvjit_guard_atomic_d_cmpxchg_off12_zacas, rvjit_emit_atomic_d_cmpxchg_off12_zacas },
	{ "atomic_d_cmpxchg_off_lui_zacas", RVJIT_ISA_ZACAS, rvjit_guard_atomic_d_cmpxchg_off_lui_zacas, rvjit_emit_atomic_d_cmpxchg_off_lui_zacas },
	{ "atomic_d_cmpxchg_off_lui_addiw_zacas", RVJIT_ISA_ZACAS, rvjit_guard_atomic_d_cmpxchg_off_lui_addiw_zacas, rvjit_emit_atomic_d_cmpxchg_off_lui_addiw_zacas },
	{ "atomic_d_cmpxchg_off0", 0, rvjit_guard_atomic_d_cmpxchg_off0, rvjit_emit_atomic_d_cmpxchg_off0 },
	{ "atomic_d_cmpxchg_off12", 0, rvjit_guard_atomic_d_cmpxchg_off12, rvjit_emit_atomic_d_cmpxchg_off12 },
	{ "atomic_d_cmpxchg_off_lui", 0, rvjit_guard_atomic_d_cmpxchg_off_lui, rvjit_emit_atomic_d_cmpxchg_off_lui },
	{ "atomic_d_cmpxchg_off_lui_addiw", 0, rvjit_guard_atomic_d_cmpxchg_off_lui_addiw, rvjit_emit_atomic_d_cmpxchg_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_d3_off_any_imm256[] = {
	{ "load_acquire_b_off12", 0, rvjit_guard_load_acquire_b_off12, rvjit_emit_load_acquire_b_off12 },
	{ "load_acquire_b_off_lui", 0, rvjit_guard_load_acquire_b_off_lui, rvjit_emit_load_acquire_b_off_lui },
	{ "load_acquire_b_off_lui_addiw", 0, rvjit_guard_load_acquire_b_off_lui_addiw, rvjit_emit_load_acquire_b_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_d3_off_any_imm272[] = {
	{ "store_release_b_off12", 0, rvjit_guard_store_release_b_off12, rvjit_emit_store_release_b_off12 },
	{ "store_release_b_off_lui", 0, rvjit_guard_store_release_b_off_lui, rvjit_emit_store_release_b_off_lui },
	{ "store_release_b_off_lui_addiw", 0, rvjit_guard_store_release_b_off_lui_addiw, rvjit_emit_store_release_b_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_cb_off_any_imm256[] = {
	{ "load_acquire_h_off12", 0, rvjit_guard_load_acquire_h_off12, rvjit_emit_load_acquire_h_off12 },
	{ "load_acquire_h_off_lui", 0, rvjit_guard_load_acquire_h_off_lui, rvjit_emit_load_acquire_h_off_lui },
	{ "load_acquire_h_off_lui_addiw", 0, rvjit_guard_load_acquire_h_off_lui_addiw, rvjit_emit_load_acquire_h_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_cb_off_any_imm272[] = {
	{ "store_release_h_off12", 0, rvjit_guard_store_release_h_off12, rvjit_emit_store_release_h_off12 },
	{ "store_release_h_off_lui", 0, rvjit_guard_store_release_h_off_lui, rvjit_emit_store_release_h_off_lui },
	{ "store_release_h_off_lui_addiw", 0, rvjit_guard_store_release_h_off_lui_addiw, rvjit_emit_store_release_h_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_c3_off_any_imm256[] = {
	{ "load_acquire_w_off12", 0, rvjit_guard_load_acquire_w_off12, rvjit_emit_load_acquire_w_off12 },
	{ "load_acquire_w_off_lui", 0, rvjit_guard_load_acquire_w_off_lui, rvjit_emit_load_acquire_w_off_lui },
	{ "load_acquire_w_off_lui_addiw", 0, rvjit_guard_load_acquire_w_off_lui_addiw, rvjit_emit_load_acquire_w_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_c3_off_any_imm272[] = {
	{ "store_release_w_off12", 0, rvjit_guard_store_release_w_off12, rvjit_emit_store_release_w_off12 },
	{ "store_release_w_off_lui", 0, rvjit_guard_store_release_w_off_lui, rvjit_emit_store_release_w_off_lui },
	{ "store_release_w_off_lui_addiw", 0, rvjit_guard_store_release_w_off_lui_addiw, rvjit_emit_store_release_w_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_db_off_any_imm256[] = {
	{ "load_acquire_d_off12", 0, rvjit_guard_load_acquire_d_off12, rvjit_emit_load_acquire_d_off12 },
	{ "load_acquire_d_off_lui", 0, rvjit_guard_load_acquire_d_off_lui, rvjit_emit_load_acquire_d_off_lui },
	{ "load_acquire_d_off_lui_addiw", 0, rvjit_guard_load_acquire_d_off_lui_addiw, rvjit_emit_load_acquire_d_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_db_off_any_imm272[] = {
	{ "store_release_d_off12", 0, rvjit_guard_store_release_d_off12, rvjit_emit_store_release_d_off12 },
	{ "store_release_d_off_lui", 0, rvjit_guard_store_release_d_off_lui, rvjit_emit_store_release_d_off_lui },
	{ "store_release_d_off_lui_addiw", 0, rvjit_guard_store_release_d_off_lui_addiw, rvjit_emit_store_release_d_off_lui_addiw },
};

static const struct rvjit_rule rvjit_rules_95_off0[] = {
	{ "exit_fallthrough", 0, rvjit_guard_exit_fallthrough, rvjit_emit_exit_fallthrough },
	{ "exit_cj", RVJIT_ISA_C, rvjit_guard_exit_cj, rvjit_emit_exit_cj },
	{ "exit_jal", 0, rvjit_guard_exit_jal, rvjit_emit_exit_jal },
	{ "exit_far", 0, rvjit_guard_exit_far, rvjit_emit_exit_far },
};

static const struct rvjit_rule rvjit_rules_05_off_any[] = {
	{ "ja_fallthrough", 0, rvjit_guard_ja_fallthrough, rvjit_emit_ja_fallthrough },
	{ "ja_cj", RVJIT_ISA_C, rvjit_guard_ja_cj, rvjit_emit_ja_cj },
	{ "ja_jal", 0, rvjit_guard_ja_jal, rvjit_emit_ja_jal },
	{ "ja_far", 0, rvjit_guard_ja_far, rvjit_emit_ja_far },
};

static const struct rvjit_rule rvjit_rules_06_off0[] = {
	{ "gotol_fallthrough", 0, rvjit_guard_gotol_fallthrough, rvjit_emit_gotol_fallthrough },
	{ "gotol_cj", RVJIT_ISA_C, rvjit_guard_gotol_cj, rvjit_emit_gotol_cj },
	{ "gotol_jal", 0, rvjit_guard_gotol_jal, rvjit_emit_gotol_jal },
	{ "gotol_far", 0, rvjit_guard_gotol_far, rvjit_emit_gotol_far },
};

static const struct rvjit_rule rvjit_rules_15_off_any[] = {
	{ "jmp_jeq_k0_near", 0, rvjit_guard_jmp_jeq_k0_near, rvjit_emit_jmp_jeq_k0_near },
	{ "jmp_jeq_k0_jal", 0, rvjit_guard_jmp_jeq_k0_jal, rvjit_emit_jmp_jeq_k0_jal },
	{ "jmp_jeq_k0_far", 0, rvjit_guard_jmp_jeq_k0_far, rvjit_emit_jmp_jeq_k0_far },
	{ "jmp_jeq_k_imm12_near", 0, rvjit_guard_jmp_jeq_k_imm12_near, rvjit_emit_jmp_jeq_k_imm12_near },
	{ "jmp_jeq_k_imm12_jal", 0, rvjit_guard_jmp_jeq_k_imm12_jal, rvjit_emit_jmp_jeq_k_imm12_jal },
	{ "jmp_jeq_k_imm12_far", 0, rvjit_guard_jmp_jeq_k_imm12_far, rvjit_emit_jmp_jeq_k_imm12_far },
	{ "jmp_jeq_k_lui_near", 0, rvjit_guard_jmp_jeq_k_lui_near, rvjit_emit_jmp_jeq_k_lui_near },
	{ "jmp_jeq_k_lui_jal", 0, rvjit_guard_jmp_jeq_k_lui_jal, rvjit_emit_jmp_jeq_k_lui_jal },
	{ "jmp_jeq_k_lui_far", 0, rvjit_guard_jmp_jeq_k_lui_far, rvjit_emit_jmp_jeq_k_lui_far },
	{ "jmp_jeq_k_lui_addiw_near", 0, rvjit_guard_jmp_jeq_k_lui_addiw_near, rvjit_emit_jmp_jeq_k_lui_addiw_near },
	{ "jmp_jeq_k_lui_addiw_jal", 0, rvjit_guard_jmp_jeq_k_lui_addiw_jal, rvjit_emit_jmp_jeq_k_lui_addiw_jal },
	{ "jmp_jeq_k_lui_addiw_far", 0, rvjit_guard_jmp_jeq_k_lui_addiw_far, rvjit_emit_jmp_jeq_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_1d_off_any[] = {
	{ "jmp_jeq_x_near", 0, rvjit_guard_jmp_jeq_x_near, rvjit_emit_jmp_jeq_x_near },
	{ "jmp_jeq_x_jal", 0, rvjit_guard_jmp_jeq_x_jal, rvjit_emit_jmp_jeq_x_jal },
	{ "jmp_jeq_x_far", 0, rvjit_guard_jmp_jeq_x_far, rvjit_emit_jmp_jeq_x_far },
};

static const struct rvjit_rule rvjit_rules_55_off_any[] = {
	{ "jmp_jne_k0_near", 0, rvjit_guard_jmp_jne_k0_near, rvjit_emit_jmp_jne_k0_near },
	{ "jmp_jne_k0_jal", 0, rvjit_guard_jmp_jne_k0_jal, rvjit_emit_jmp_jne_k0_jal },
	{ "jmp_jne_k0_far", 0, rvjit_guard_jmp_jne_k0_far, rvjit_emit_jmp_jne_k0_far },
	{ "jmp_jne_k_imm12_near", 0, rvjit_guard_jmp_jne_k_imm12_near, rvjit_emit_jmp_jne_k_imm12_near },
	{ "jmp_jne_k_imm12_jal", 0, rvjit_guard_jmp_jne_k_imm12_jal, rvjit_emit_jmp_jne_k_imm12_jal },
	{ "jmp_jne_k_imm12_far", 0, rvjit_guard_jmp_jne_k_imm12_far, rvjit_emit_jmp_jne_k_imm12_far },
	{ "jmp_jne_k_lui_near", 0, rvjit_guard_jmp_jne_k_lui_near, rvjit_emit_jmp_jne_k_lui_near },
	{ "jmp_jne_k_lui_jal", 0, rvjit_guard_jmp_jne_k_lui_jal, rvjit_emit_jmp_jne_k_lui_jal },
	{ "jmp_jne_k_lui_far", 0, rvjit_guard_jmp_jne_k_lui_far, rvjit_emit_jmp_jne_k_lui_far },
	{ "jmp_jne_k_lui_addiw_near", 0, rvjit_guard_jmp_jne_k_lui_addiw_near, rvjit_emit_jmp_jne_k_lui_addiw_near },
	{ "jmp_jne_k_lui_addiw_jal", 0, rvjit_guard_jmp_jne_k_lui_addiw_jal, rvjit_emit_jmp_jne_k_lui_addiw_jal },
	{ "jmp_jne_k_lui_addiw_far", 0, rvjit_guard_jmp_jne_k_lui_addiw_far, rvjit_emit_jmp_jne_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_5d_off_any[] = {
	{ "jmp_jne_x_near", 0, rvjit_guard_jmp_jne_x_near, rvjit_emit_jmp_jne_x_near },
	{ "jmp_jne_x_jal", 0, rvjit_guard_jmp_jne_x_jal, rvjit_emit_jmp_jne_x_jal },
	{ "jmp_jne_x_far", 0, rvjit_guard_jmp_jne_x_far, rvjit_emit_jmp_jne_x_far },
};

static const struct rvjit_rule rvjit_rules_25_off_any[] = {
	{ "jmp_jgt_k0_near", 0, rvjit_guard_jmp_jgt_k0_near, rvjit_emit_jmp_jgt_k0_near },
	{ "jmp_jgt_k0_jal", 0, rvjit_guard_jmp_jgt_k0_jal, rvjit_emit_jmp_jgt_k0_jal },
	{ "jmp_jgt_k0_far", 0, rvjit_guard_jmp_jgt_k0_far, rvjit_emit_jmp_jgt_k0_far },
	{ "jmp_jgt_k_imm12_near", 0, rvjit_guard_jmp_jgt_k_imm12_near, rvjit_emit_jmp_jgt_k_imm12_near },
	{ "jmp_jgt_k_imm12_jal", 0, rvjit_guard_jmp_jgt_k_imm12_jal, rvjit_emit_jmp_jgt_k_imm12_jal },
	{ "jmp_jgt_k_imm12_far", 0, rvjit_guard_jmp_jgt_k_imm12_far, rvjit_emit_jmp_jgt_k_imm12_far },
	{ "jmp_jgt_k_lui_near", 0, rvjit_guard_jmp_jgt_k_lui_near, rvjit_emit_jmp_jgt_k_lui_near },
	{ "jmp_jgt_k_lui_jal", 0, rvjit_guard_jmp_jgt_k_lui_jal, rvjit_emit_jmp_jgt_k_lui_jal },
	{ "jmp_jgt_k_lui_far", 0, rvjit_guard_jmp_jgt_k_lui_far, rvjit_emit_jmp_jgt_k_lui_far },
	{ "jmp_jgt_k_lui_addiw_near", 0, rvjit_guard_jmp_jgt_k_lui_addiw_near, rvjit_emit_jmp_jgt_k_lui_addiw_near },
	{ "jmp_jgt_k_lui_addiw_jal", 0, rvjit_guard_jmp_jgt_k_lui_addiw_jal, rvjit_emit_jmp_jgt_k_lui_addiw_jal },
	{ "jmp_jgt_k_lui_addiw_far", 0, rvjit_guard_jmp_jgt_k_lui_addiw_far, rvjit_emit_jmp_jgt_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_2d_off_any[] = {
	{ "jmp_jgt_x_near", 0, rvjit_guard_jmp_jgt_x_near, rvjit_emit_jmp_jgt_x_near },
	{ "jmp_jgt_x_jal", 0, rvjit_guard_jmp_jgt_x_jal, rvjit_emit_jmp_jgt_x_jal },
	{ "jmp_jgt_x_far", 0, rvjit_guard_jmp_jgt_x_far, rvjit_emit_jmp_jgt_x_far },
};

static const struct rvjit_rule rvjit_rules_35_off_any[] = {
	{ "jmp_jge_k0_near", 0, rvjit_guard_jmp_jge_k0_near, rvjit_emit_jmp_jge_k0_near },
	{ "jmp_jge_k0_jal", 0, rvjit_guard_jmp_jge_k0_jal, rvjit_emit_jmp_jge_k0_jal },
	{ "jmp_jge_k0_far", 0, rvjit_guard_jmp_jge_k0_far, rvjit_emit_jmp_jge_k0_far },
	{ "jmp_jge_k_imm12_near", 0, rvjit_guard_jmp_jge_k_imm12_near, rvjit_emit_jmp_jge_k_imm12_near },
	{ "jmp_jge_k_imm12_jal", 0, rvjit_guard_jmp_jge_k_imm12_jal, rvjit_emit_jmp_jge_k_imm12_jal },
	{ "jmp_jge_k_imm12_far", 0, rvjit_guard_jmp_jge_k_imm12_far, rvjit_emit_jmp_jge_k_imm12_far },
	{ "jmp_jge_k_lui_near", 0, rvjit_guard_jmp_jge_k_lui_near, rvjit_emit_jmp_jge_k_lui_near },
	{ "jmp_jge_k_lui_jal", 0, rvjit_guard_jmp_jge_k_lui_jal, rvjit_emit_jmp_jge_k_lui_jal },
	{ "jmp_jge_k_lui_far", 0, rvjit_guard_jmp_jge_k_lui_far, rvjit_emit_jmp_jge_k_lui_far },
	{ "jmp_jge_k_lui_addiw_near", 0, rvjit_guard_jmp_jge_k_lui_addiw_near, rvjit_emit_jmp_jge_k_lui_addiw_near },
	{ "jmp_jge_k_lui_addiw_jal", 0, rvjit_guard_jmp_jge_k_lui_addiw_jal, rvjit_emit_jmp_jge_k_lui_addiw_jal },
	{ "jmp_jge_k_lui_addiw_far", 0, rvjit_guard_jmp_jge_k_lui_addiw_far, rvjit_emit_jmp_jge_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_3d_off_any[] = {
	{ "jmp_jge_x_near", 0, rvjit_guard_jmp_jge_x_near, rvjit_emit_jmp_jge_x_near },
	{ "jmp_jge_x_jal", 0, rvjit_guard_jmp_jge_x_jal, rvjit_emit_jmp_jge_x_jal },
	{ "jmp_jge_x_far", 0, rvjit_guard_jmp_jge_x_far, rvjit_emit_jmp_jge_x_far },
};

static const struct rvjit_rule rvjit_rules_a5_off_any[] = {
	{ "jmp_jlt_k0_near", 0, rvjit_guard_jmp_jlt_k0_near, rvjit_emit_jmp_jlt_k0_near },
	{ "jmp_jlt_k0_jal", 0, rvjit_guard_jmp_jlt_k0_jal, rvjit_emit_jmp_jlt_k0_jal },
	{ "jmp_jlt_k0_far", 0, rvjit_guard_jmp_jlt_k0_far, rvjit_emit_jmp_jlt_k0_far },
	{ "jmp_jlt_k_imm12_near", 0, rvjit_guard_jmp_jlt_k_imm12_near, rvjit_emit_jmp_jlt_k_imm12_near },
	{ "jmp_jlt_k_imm12_jal", 0, rvjit_guard_jmp_jlt_k_imm12_jal, rvjit_emit_jmp_jlt_k_imm12_jal },
	{ "jmp_jlt_k_imm12_far", 0, rvjit_guard_jmp_jlt_k_imm12_far, rvjit_emit_jmp_jlt_k_imm12_far },
	{ "jmp_jlt_k_lui_near", 0, rvjit_guard_jmp_jlt_k_lui_near, rvjit_emit_jmp_jlt_k_lui_near },
	{ "jmp_jlt_k_lui_jal", 0, rvjit_guard_jmp_jlt_k_lui_jal, rvjit_emit_jmp_jlt_k_lui_jal },
	{ "jmp_jlt_k_lui_far", 0, rvjit_guard_jmp_jlt_k_lui_far, rvjit_emit_jmp_jlt_k_lui_far },
	{ "jmp_jlt_k_lui_addiw_near", 0, rvjit_guard_jmp_jlt_k_lui_addiw_near, rvjit_emit_jmp_jlt_k_lui_addiw_near },
	{ "jmp_jlt_k_lui_addiw_jal", 0, rvjit_guard_jmp_jlt_k_lui_addiw_jal, rvjit_emit_jmp_jlt_k_lui_addiw_jal },
	{ "jmp_jlt_k_lui_addiw_far", 0, rvjit_guard_jmp_jlt_k_lui_addiw_far, rvjit_emit_jmp_jlt_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_ad_off_any[] = {
	{ "jmp_jlt_x_near", 0, rvjit_guard_jmp_jlt_x_near, rvjit_emit_jmp_jlt_x_near },
	{ "jmp_jlt_x_jal", 0, rvjit_guard_jmp_jlt_x_jal, rvjit_emit_jmp_jlt_x_jal },
	{ "jmp_jlt_x_far", 0, rvjit_guard_jmp_jlt_x_far, rvjit_emit_jmp_jlt_x_far },
};

static const struct rvjit_rule rvjit_rules_b5_off_any[] = {
	{ "jmp_jle_k0_near", 0, rvjit_guard_jmp_jle_k0_near, rvjit_emit_jmp_jle_k0_near },
	{ "jmp_jle_k0_jal", 0, rvjit_guard_jmp_jle_k0_jal, rvjit_emit_jmp_jle_k0_jal },
	{ "jmp_jle_k0_far", 0, rvjit_guard_jmp_jle_k0_far, rvjit_emit_jmp_jle_k0_far },
	{ "jmp_jle_k_imm12_near", 0, rvjit_guard_jmp_jle_k_imm12_near, rvjit_emit_jmp_jle_k_imm12_near },
	{ "jmp_jle_k_imm12_jal", 0, rvjit_guard_jmp_jle_k_imm12_jal, rvjit_emit_jmp_jle_k_imm12_jal },
	{ "jmp_jle_k_imm12_far", 0, rvjit_guard_jmp_jle_k_imm12_far, rvjit_emit_jmp_jle_k_imm12_far },
	{ "jmp_jle_k_lui_near", 0, rvjit_guard_jmp_jle_k_lui_near, rvjit_emit_jmp_jle_k_lui_near },
	{ "jmp_jle_k_lui_jal", 0, rvjit_guard_jmp_jle_k_lui_jal, rvjit_emit_jmp_jle_k_lui_jal },
	{ "jmp_jle_k_lui_far", 0, rvjit_guard_jmp_jle_k_lui_far, rvjit_emit_jmp_jle_k_lui_far },
	{ "jmp_jle_k_lui_addiw_near", 0, rvjit_guard_jmp_jle_k_lui_addiw_near, rvjit_emit_jmp_jle_k_lui_addiw_near },
	{ "jmp_jle_k_lui_addiw_jal", 0, rvjit_guard_jmp_jle_k_lui_addiw_jal, rvjit_emit_jmp_jle_k_lui_addiw_jal },
	{ "jmp_jle_k_lui_addiw_far", 0, rvjit_guard_jmp_jle_k_lui_addiw_far, rvjit_emit_jmp_jle_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_bd_off_any[] = {
	{ "jmp_jle_x_near", 0, rvjit_guard_jmp_jle_x_near, rvjit_emit_jmp_jle_x_near },
	{ "jmp_jle_x_jal", 0, rvjit_guard_jmp_jle_x_jal, rvjit_emit_jmp_jle_x_jal },
	{ "jmp_jle_x_far", 0, rvjit_guard_jmp_jle_x_far, rvjit_emit_jmp_jle_x_far },
};

static const struct rvjit_rule rvjit_rules_65_off_any[] = {
	{ "jmp_jsgt_k0_near", 0, rvjit_guard_jmp_jsgt_k0_near, rvjit_emit_jmp_jsgt_k0_near },
	{ "jmp_jsgt_k0_jal", 0, rvjit_guard_jmp_jsgt_k0_jal, rvjit_emit_jmp_jsgt_k0_jal },
	{ "jmp_jsgt_k0_far", 0, rvjit_guard_jmp_jsgt_k0_far, rvjit_emit_jmp_jsgt_k0_far },
	{ "jmp_jsgt_k_imm12_near", 0, rvjit_guard_jmp_jsgt_k_imm12_near, rvjit_emit_jmp_jsgt_k_imm12_near },
	{ "jmp_jsgt_k_imm12_jal", 0, rvjit_guard_jmp_jsgt_k_imm12_jal, rvjit_emit_jmp_jsgt_k_imm12_jal },
	{ "jmp_jsgt_k_imm12_far", 0, rvjit_guard_jmp_jsgt_k_imm12_far, rvjit_emit_jmp_jsgt_k_imm12_far },
	{ "jmp_jsgt_k_lui_near", 0, rvjit_guard_jmp_jsgt_k_lui_near, rvjit_emit_jmp_jsgt_k_lui_near },
	{ "jmp_jsgt_k_lui_jal", 0, rvjit_guard_jmp_jsgt_k_lui_jal, rvjit_emit_jmp_jsgt_k_lui_jal },
	{ "jmp_jsgt_k_lui_far", 0, rvjit_guard_jmp_jsgt_k_lui_far, rvjit_emit_jmp_jsgt_k_lui_far },
	{ "jmp_jsgt_k_lui_addiw_near", 0, rvjit_guard_jmp_jsgt_k_lui_addiw_near, rvjit_emit_jmp_jsgt_k_lui_addiw_near },
	{ "jmp_jsgt_k_lui_addiw_jal", 0, rvjit_guard_jmp_jsgt_k_lui_addiw_jal, rvjit_emit_jmp_jsgt_k_lui_addiw_jal },
	{ "jmp_jsgt_k_lui_addiw_far", 0, rvjit_guard_jmp_jsgt_k_lui_addiw_far, rvjit_emit_jmp_jsgt_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_6d_off_any[] = {
	{ "jmp_jsgt_x_near", 0, rvjit_guard_jmp_jsgt_x_near, rvjit_emit_jmp_jsgt_x_near },
	{ "jmp_jsgt_x_jal", 0, rvjit_guard_jmp_jsgt_x_jal, rvjit_emit_jmp_jsgt_x_jal },
	{ "jmp_jsgt_x_far", 0, rvjit_guard_jmp_jsgt_x_far, rvjit_emit_jmp_jsgt_x_far },
};

static const struct rvjit_rule rvjit_rules_75_off_any[] = {
	{ "jmp_jsge_k0_near", 0, rvjit_guard_jmp_jsge_k0_near, rvjit_emit_jmp_jsge_k0_near },
	{ "jmp_jsge_k0_jal", 0, rvjit_guard_jmp_jsge_k0_jal, rvjit_emit_jmp_jsge_k0_jal },
	{ "jmp_jsge_k0_far", 0, rvjit_guard_jmp_jsge_k0_far, rvjit_emit_jmp_jsge_k0_far },
	{ "jmp_jsge_k_imm12_near", 0, rvjit_guard_jmp_jsge_k_imm12_near, rvjit_emit_jmp_jsge_k_imm12_near },
	{ "jmp_jsge_k_imm12_jal", 0, rvjit_guard_jmp_jsge_k_imm12_jal, rvjit_emit_jmp_jsge_k_imm12_jal },
	{ "jmp_jsge_k_imm12_far", 0, rvjit_guard_jmp_jsge_k_imm12_far, rvjit_emit_jmp_jsge_k_imm12_far },
	{ "jmp_jsge_k_lui_near", 0, rvjit_guard_jmp_jsge_k_lui_near, rvjit_emit_jmp_jsge_k_lui_near },
	{ "jmp_jsge_k_lui_jal", 0, rvjit_guard_jmp_jsge_k_lui_jal, rvjit_emit_jmp_jsge_k_lui_jal },
	{ "jmp_jsge_k_lui_far", 0, rvjit_guard_jmp_jsge_k_lui_far, rvjit_emit_jmp_jsge_k_lui_far },
	{ "jmp_jsge_k_lui_addiw_near", 0, rvjit_guard_jmp_jsge_k_lui_addiw_near, rvjit_emit_jmp_jsge_k_lui_addiw_near },
	{ "jmp_jsge_k_lui_addiw_jal", 0, rvjit_guard_jmp_jsge_k_lui_addiw_jal, rvjit_emit_jmp_jsge_k_lui_addiw_jal },
	{ "jmp_jsge_k_lui_addiw_far", 0, rvjit_guard_jmp_jsge_k_lui_addiw_far, rvjit_emit_jmp_jsge_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_7d_off_any[] = {
	{ "jmp_jsge_x_near", 0, rvjit_guard_jmp_jsge_x_near, rvjit_emit_jmp_jsge_x_near },
	{ "jmp_jsge_x_jal", 0, rvjit_guard_jmp_jsge_x_jal, rvjit_emit_jmp_jsge_x_jal },
	{ "jmp_jsge_x_far", 0, rvjit_guard_jmp_jsge_x_far, rvjit_emit_jmp_jsge_x_far },
};

static const struct rvjit_rule rvjit_rules_c5_off_any[] = {
	{ "jmp_jslt_k0_near", 0, rvjit_guard_jmp_jslt_k0_near, rvjit_emit_jmp_jslt_k0_near },
	{ "jmp_jslt_k0_jal", 0, rvjit_guard_jmp_jslt_k0_jal, rvjit_emit_jmp_jslt_k0_jal },
	{ "jmp_jslt_k0_far", 0, rvjit_guard_jmp_jslt_k0_far, rvjit_emit_jmp_jslt_k0_far },
	{ "jmp_jslt_k_imm12_near", 0, rvjit_guard_jmp_jslt_k_imm12_near, rvjit_emit_jmp_jslt_k_imm12_near },
	{ "jmp_jslt_k_imm12_jal", 0, rvjit_guard_jmp_jslt_k_imm12_jal, rvjit_emit_jmp_jslt_k_imm12_jal },
	{ "jmp_jslt_k_imm12_far", 0, rvjit_guard_jmp_jslt_k_imm12_far, rvjit_emit_jmp_jslt_k_imm12_far },
	{ "jmp_jslt_k_lui_near", 0, rvjit_guard_jmp_jslt_k_lui_near, rvjit_emit_jmp_jslt_k_lui_near },
	{ "jmp_jslt_k_lui_jal", 0, rvjit_guard_jmp_jslt_k_lui_jal, rvjit_emit_jmp_jslt_k_lui_jal },
	{ "jmp_jslt_k_lui_far", 0, rvjit_guard_jmp_jslt_k_lui_far, rvjit_emit_jmp_jslt_k_lui_far },
	{ "jmp_jslt_k_lui_addiw_near", 0, rvjit_guard_jmp_jslt_k_lui_addiw_near, rvjit_emit_jmp_jslt_k_lui_addiw_near },
	{ "jmp_jslt_k_lui_addiw_jal", 0, rvjit_guard_jmp_jslt_k_lui_addiw_jal, rvjit_emit_jmp_jslt_k_lui_addiw_jal },
	{ "jmp_jslt_k_lui_addiw_far", 0, rvjit_guard_jmp_jslt_k_lui_addiw_far, rvjit_emit_jmp_jslt_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_cd_off_any[] = {
	{ "jmp_jslt_x_near", 0, rvjit_guard_jmp_jslt_x_near, rvjit_emit_jmp_jslt_x_near },
	{ "jmp_jslt_x_jal", 0, rvjit_guard_jmp_jslt_x_jal, rvjit_emit_jmp_jslt_x_jal },
	{ "jmp_jslt_x_far", 0, rvjit_guard_jmp_jslt_x_far, rvjit_emit_jmp_jslt_x_far },
};

static const struct rvjit_rule rvjit_rules_d5_off_any[] = {
	{ "jmp_jsle_k0_near", 0, rvjit_guard_jmp_jsle_k0_near, rvjit_emit_jmp_jsle_k0_near },
	{ "jmp_jsle_k0_jal", 0, rvjit_guard_jmp_jsle_k0_jal, rvjit_emit_jmp_jsle_k0_jal },
	{ "jmp_jsle_k0_far", 0, rvjit_guard_jmp_jsle_k0_far, rvjit_emit_jmp_jsle_k0_far },
	{ "jmp_jsle_k_imm12_near", 0, rvjit_guard_jmp_jsle_k_imm12_near, rvjit_emit_jmp_jsle_k_imm12_near },
	{ "jmp_jsle_k_imm12_jal", 0, rvjit_guard_jmp_jsle_k_imm12_jal, rvjit_emit_jmp_jsle_k_imm12_jal },
	{ "jmp_jsle_k_imm12_far", 0, rvjit_guard_jmp_jsle_k_imm12_far, rvjit_emit_jmp_jsle_k_imm12_far },
	{ "jmp_jsle_k_lui_near", 0, rvjit_guard_jmp_jsle_k_lui_near, rvjit_emit_jmp_jsle_k_lui_near },
	{ "jmp_jsle_k_lui_jal", 0, rvjit_guard_jmp_jsle_k_lui_jal, rvjit_emit_jmp_jsle_k_lui_jal },
	{ "jmp_jsle_k_lui_far", 0, rvjit_guard_jmp_jsle_k_lui_far, rvjit_emit_jmp_jsle_k_lui_far },
	{ "jmp_jsle_k_lui_addiw_near", 0, rvjit_guard_jmp_jsle_k_lui_addiw_near, rvjit_emit_jmp_jsle_k_lui_addiw_near },
	{ "jmp_jsle_k_lui_addiw_jal", 0, rvjit_guard_jmp_jsle_k_lui_addiw_jal, rvjit_emit_jmp_jsle_k_lui_addiw_jal },
	{ "jmp_jsle_k_lui_addiw_far", 0, rvjit_guard_jmp_jsle_k_lui_addiw_far, rvjit_emit_jmp_jsle_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_dd_off_any[] = {
	{ "jmp_jsle_x_near", 0, rvjit_guard_jmp_jsle_x_near, rvjit_emit_jmp_jsle_x_near },
	{ "jmp_jsle_x_jal", 0, rvjit_guard_jmp_jsle_x_jal, rvjit_emit_jmp_jsle_x_jal },
	{ "jmp_jsle_x_far", 0, rvjit_guard_jmp_jsle_x_far, rvjit_emit_jmp_jsle_x_far },
};

static const struct rvjit_rule rvjit_rules_45_off_any[] = {
	{ "jmp_jset_k_imm12_near", 0, rvjit_guard_jmp_jset_k_imm12_near, rvjit_emit_jmp_jset_k_imm12_near },
	{ "jmp_jset_k_imm12_jal", 0, rvjit_guard_jmp_jset_k_imm12_jal, rvjit_emit_jmp_jset_k_imm12_jal },
	{ "jmp_jset_k_imm12_far", 0, rvjit_guard_jmp_jset_k_imm12_far, rvjit_emit_jmp_jset_k_imm12_far },
	{ "jmp_jset_k_lui_near", 0, rvjit_guard_jmp_jset_k_lui_near, rvjit_emit_jmp_jset_k_lui_near },
	{ "jmp_jset_k_lui_jal", 0, rvjit_guard_jmp_jset_k_lui_jal, rvjit_emit_jmp_jset_k_lui_jal },
	{ "jmp_jset_k_lui_far", 0, rvjit_guard_jmp_jset_k_lui_far, rvjit_emit_jmp_jset_k_lui_far },
	{ "jmp_jset_k_lui_addiw_near", 0, rvjit_guard_jmp_jset_k_lui_addiw_near, rvjit_emit_jmp_jset_k_lui_addiw_near },
	{ "jmp_jset_k_lui_addiw_jal", 0, rvjit_guard_jmp_jset_k_lui_addiw_jal, rvjit_emit_jmp_jset_k_lui_addiw_jal },
	{ "jmp_jset_k_lui_addiw_far", 0, rvjit_guard_jmp_jset_k_lui_addiw_far, rvjit_emit_jmp_jset_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_4d_off_any[] = {
	{ "jmp_jset_x_near", 0, rvjit_guard_jmp_jset_x_near, rvjit_emit_jmp_jset_x_near },
	{ "jmp_jset_x_jal", 0, rvjit_guard_jmp_jset_x_jal, rvjit_emit_jmp_jset_x_jal },
	{ "jmp_jset_x_far", 0, rvjit_guard_jmp_jset_x_far, rvjit_emit_jmp_jset_x_far },
};

static const struct rvjit_rule rvjit_rules_16_off_any[] = {
	{ "jmp32_jeq_k0_near", 0, rvjit_guard_jmp32_jeq_k0_near, rvjit_emit_jmp32_jeq_k0_near },
	{ "jmp32_jeq_k0_jal", 0, rvjit_guard_jmp32_jeq_k0_jal, rvjit_emit_jmp32_jeq_k0_jal },
	{ "jmp32_jeq_k0_far", 0, rvjit_guard_jmp32_jeq_k0_far, rvjit_emit_jmp32_jeq_k0_far },
	{ "jmp32_jeq_k_imm12_near", 0, rvjit_guard_jmp32_jeq_k_imm12_near, rvjit_emit_jmp32_jeq_k_imm12_near },
	{ "jmp32_jeq_k_imm12_jal", 0, rvjit_guard_jmp32_jeq_k_imm12_jal, rvjit_emit_jmp32_jeq_k_imm12_jal },
	{ "jmp32_jeq_k_imm12_far", 0, rvjit_guard_jmp32_jeq_k_imm12_far, rvjit_emit_jmp32_jeq_k_imm12_far },
	{ "jmp32_jeq_k_lui_near", 0, rvjit_guard_jmp32_jeq_k_lui_near, rvjit_emit_jmp32_jeq_k_lui_near },
	{ "jmp32_jeq_k_lui_jal", 0, rvjit_guard_jmp32_jeq_k_lui_jal, rvjit_emit_jmp32_jeq_k_lui_jal },
	{ "jmp32_jeq_k_lui_far", 0, rvjit_guard_jmp32_jeq_k_lui_far, rvjit_emit_jmp32_jeq_k_lui_far },
	{ "jmp32_jeq_k_lui_addiw_near", 0, rvjit_guard_jmp32_jeq_k_lui_addiw_near, rvjit_emit_jmp32_jeq_k_lui_addiw_near },
	{ "jmp32_jeq_k_lui_addiw_jal", 0, rvjit_guard_jmp32_jeq_k_lui_addiw_jal, rvjit_emit_jmp32_jeq_k_lui_addiw_jal },
	{ "jmp32_jeq_k_lui_addiw_far", 0, rvjit_guard_jmp32_jeq_k_lui_addiw_far, rvjit_emit_jmp32_jeq_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_1e_off_any[] = {
	{ "jmp32_jeq_x_near", 0, rvjit_guard_jmp32_jeq_x_near, rvjit_emit_jmp32_jeq_x_near },
	{ "jmp32_jeq_x_jal", 0, rvjit_guard_jmp32_jeq_x_jal, rvjit_emit_jmp32_jeq_x_jal },
	{ "jmp32_jeq_x_far", 0, rvjit_guard_jmp32_jeq_x_far, rvjit_emit_jmp32_jeq_x_far },
};

static const struct rvjit_rule rvjit_rules_56_off_any[] = {
	{ "jmp32_jne_k0_near", 0, rvjit_guard_jmp32_jne_k0_near, rvjit_emit_jmp32_jne_k0_near },
	{ "jmp32_jne_k0_jal", 0, rvjit_guard_jmp32_jne_k0_jal, rvjit_emit_jmp32_jne_k0_jal },
	{ "jmp32_jne_k0_far", 0, rvjit_guard_jmp32_jne_k0_far, rvjit_emit_jmp32_jne_k0_far },
	{ "jmp32_jne_k_imm12_near", 0, rvjit_guard_jmp32_jne_k_imm12_near, rvjit_emit_jmp32_jne_k_imm12_near },
	{ "jmp32_jne_k_imm12_jal", 0, rvjit_guard_jmp32_jne_k_imm12_jal, rvjit_emit_jmp32_jne_k_imm12_jal },
	{ "jmp32_jne_k_imm12_far", 0, rvjit_guard_jmp32_jne_k_imm12_far, rvjit_emit_jmp32_jne_k_imm12_far },
	{ "jmp32_jne_k_lui_near", 0, rvjit_guard_jmp32_jne_k_lui_near, rvjit_emit_jmp32_jne_k_lui_near },
	{ "jmp32_jne_k_lui_jal", 0, rvjit_guard_jmp32_jne_k_lui_jal, rvjit_emit_jmp32_jne_k_lui_jal },
	{ "jmp32_jne_k_lui_far", 0, rvjit_guard_jmp32_jne_k_lui_far, rvjit_emit_jmp32_jne_k_lui_far },
	{ "jmp32_jne_k_lui_addiw_near", 0, rvjit_guard_jmp32_jne_k_lui_addiw_near, rvjit_emit_jmp32_jne_k_lui_addiw_near },
	{ "jmp32_jne_k_lui_addiw_jal", 0, rvjit_guard_jmp32_jne_k_lui_addiw_jal, rvjit_emit_jmp32_jne_k_lui_addiw_jal },
	{ "jmp32_jne_k_lui_addiw_far", 0, rvjit_guard_jmp32_jne_k_lui_addiw_far, rvjit_emit_jmp32_jne_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_5e_off_any[] = {
	{ "jmp32_jne_x_near", 0, rvjit_guard_jmp32_jne_x_near, rvjit_emit_jmp32_jne_x_near },
	{ "jmp32_jne_x_jal", 0, rvjit_guard_jmp32_jne_x_jal, rvjit_emit_jmp32_jne_x_jal },
	{ "jmp32_jne_x_far", 0, rvjit_guard_jmp32_jne_x_far, rvjit_emit_jmp32_jne_x_far },
};

static const struct rvjit_rule rvjit_rules_26_off_any[] = {
	{ "jmp32_jgt_k0_near", 0, rvjit_guard_jmp32_jgt_k0_near, rvjit_emit_jmp32_jgt_k0_near },
	{ "jmp32_jgt_k0_jal", 0, rvjit_guard_jmp32_jgt_k0_jal, rvjit_emit_jmp32_jgt_k0_jal },
	{ "jmp32_jgt_k0_far", 0, rvjit_guard_jmp32_jgt_k0_far, rvjit_emit_jmp32_jgt_k0_far },
	{ "jmp32_jgt_k_imm12_near", 0, rvjit_guard_jmp32_jgt_k_imm12_near, rvjit_emit_jmp32_jgt_k_imm12_near },
	{ "jmp32_jgt_k_imm12_jal", 0, rvjit_guard_jmp32_jgt_k_imm12_jal, rvjit_emit_jmp32_jgt_k_imm12_jal },
	{ "jmp32_jgt_k_imm12_far", 0, rvjit_guard_jmp32_jgt_k_imm12_far, rvjit_emit_jmp32_jgt_k_imm12_far },
	{ "jmp32_jgt_k_lui_near", 0, rvjit_guard_jmp32_jgt_k_lui_near, rvjit_emit_jmp32_jgt_k_lui_near },
	{ "jmp32_jgt_k_lui_jal", 0, rvjit_guard_jmp32_jgt_k_lui_jal, rvjit_emit_jmp32_jgt_k_lui_jal },
	{ "jmp32_jgt_k_lui_far", 0, rvjit_guard_jmp32_jgt_k_lui_far, rvjit_emit_jmp32_jgt_k_lui_far },
	{ "jmp32_jgt_k_lui_addiw_near", 0, rvjit_guard_jmp32_jgt_k_lui_addiw_near, rvjit_emit_jmp32_jgt_k_lui_addiw_near },
	{ "jmp32_jgt_k_lui_addiw_jal", 0, rvjit_guard_jmp32_jgt_k_lui_addiw_jal, rvjit_emit_jmp32_jgt_k_lui_addiw_jal },
	{ "jmp32_jgt_k_lui_addiw_far", 0, rvjit_guard_jmp32_jgt_k_lui_addiw_far, rvjit_emit_jmp32_jgt_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_2e_off_any[] = {
	{ "jmp32_jgt_x_near", 0, rvjit_guard_jmp32_jgt_x_near, rvjit_emit_jmp32_jgt_x_near },
	{ "jmp32_jgt_x_jal", 0, rvjit_guard_jmp32_jgt_x_jal, rvjit_emit_jmp32_jgt_x_jal },
	{ "jmp32_jgt_x_far", 0, rvjit_guard_jmp32_jgt_x_far, rvjit_emit_jmp32_jgt_x_far },
};

static const struct rvjit_rule rvjit_rules_36_off_any[] = {
	{ "jmp32_jge_k0_near", 0, rvjit_guard_jmp32_jge_k0_near, rvjit_emit_jmp32_jge_k0_near },
	{ "jmp32_jge_k0_jal", 0, rvjit_guard_jmp32_jge_k0_jal, rvjit_emit_jmp32_jge_k0_jal },
	{ "jmp32_jge_k0_far", 0, rvjit_guard_jmp32_jge_k0_far, rvjit_emit_jmp32_jge_k0_far },
	{ "jmp32_jge_k_imm12_near", 0, rvjit_guard_jmp32_jge_k_imm12_near, rvjit_emit_jmp32_jge_k_imm12_near },
	{ "jmp32_jge_k_imm12_jal", 0, rvjit_guard_jmp32_jge_k_imm12_jal, rvjit_emit_jmp32_jge_k_imm12_jal },
	{ "jmp32_jge_k_imm12_far", 0, rvjit_guard_jmp32_jge_k_imm12_far, rvjit_emit_jmp32_jge_k_imm12_far },
	{ "jmp32_jge_k_lui_near", 0, rvjit_guard_jmp32_jge_k_lui_near, rvjit_emit_jmp32_jge_k_lui_near },
	{ "jmp32_jge_k_lui_jal", 0, rvjit_guard_jmp32_jge_k_lui_jal, rvjit_emit_jmp32_jge_k_lui_jal },
	{ "jmp32_jge_k_lui_far", 0, rvjit_guard_jmp32_jge_k_lui_far, rvjit_emit_jmp32_jge_k_lui_far },
	{ "jmp32_jge_k_lui_addiw_near", 0, rvjit_guard_jmp32_jge_k_lui_addiw_near, rvjit_emit_jmp32_jge_k_lui_addiw_near },
	{ "jmp32_jge_k_lui_addiw_jal", 0, rvjit_guard_jmp32_jge_k_lui_addiw_jal, rvjit_emit_jmp32_jge_k_lui_addiw_jal },
	{ "jmp32_jge_k_lui_addiw_far", 0, rvjit_guard_jmp32_jge_k_lui_addiw_far, rvjit_emit_jmp32_jge_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_3e_off_any[] = {
	{ "jmp32_jge_x_near", 0, rvjit_guard_jmp32_jge_x_near, rvjit_emit_jmp32_jge_x_near },
	{ "jmp32_jge_x_jal", 0, rvjit_guard_jmp32_jge_x_jal, rvjit_emit_jmp32_jge_x_jal },
	{ "jmp32_jge_x_far", 0, rvjit_guard_jmp32_jge_x_far, rvjit_emit_jmp32_jge_x_far },
};

static const struct rvjit_rule rvjit_rules_a6_off_any[] = {
	{ "jmp32_jlt_k0_near", 0, rvjit_guard_jmp32_jlt_k0_near, rvjit_emit_jmp32_jlt_k0_near },
	{ "jmp32_jlt_k0_jal", 0, rvjit_guard_jmp32_jlt_k0_jal, rvjit_emit_jmp32_jlt_k0_jal },
	{ "jmp32_jlt_k0_far", 0, rvjit_guard_jmp32_jlt_k0_far, rvjit_emit_jmp32_jlt_k0_far },
	{ "jmp32_jlt_k_imm12_near", 0, rvjit_guard_jmp32_jlt_k_imm12_near, rvjit_emit_jmp32_jlt_k_imm12_near },
	{ "jmp32_jlt_k_imm12_jal", 0, rvjit_guard_jmp32_jlt_k_imm12_jal, rvjit_emit_jmp32_jlt_k_imm12_jal },
	{ "jmp32_jlt_k_imm12_far", 0, rvjit_guard_jmp32_jlt_k_imm12_far, rvjit_emit_jmp32_jlt_k_imm12_far },
	{ "jmp32_jlt_k_lui_near", 0, rvjit_guard_jmp32_jlt_k_lui_near, rvjit_emit_jmp32_jlt_k_lui_near },
	{ "jmp32_jlt_k_lui_jal", 0, rvjit_guard_jmp32_jlt_k_lui_jal, rvjit_emit_jmp32_jlt_k_lui_jal },
	{ "jmp32_jlt_k_lui_far", 0, rvjit_guard_jmp32_jlt_k_lui_far, rvjit_emit_jmp32_jlt_k_lui_far },
	{ "jmp32_jlt_k_lui_addiw_near", 0, rvjit_guard_jmp32_jlt_k_lui_addiw_near, rvjit_emit_jmp32_jlt_k_lui_addiw_near },
	{ "jmp32_jlt_k_lui_addiw_jal", 0, rvjit_guard_jmp32_jlt_k_lui_addiw_jal, rvjit_emit_jmp32_jlt_k_lui_addiw_jal },
	{ "jmp32_jlt_k_lui_addiw_far", 0, rvjit_guard_jmp32_jlt_k_lui_addiw_far, rvjit_emit_jmp32_jlt_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_ae_off_any[] = {
	{ "jmp32_jlt_x_near", 0, rvjit_guard_jmp32_jlt_x_near, rvjit_emit_jmp32_jlt_x_near },
	{ "jmp32_jlt_x_jal", 0, rvjit_guard_jmp32_jlt_x_jal, rvjit_emit_jmp32_jlt_x_jal },
	{ "jmp32_jlt_x_far", 0, rvjit_guard_jmp32_jlt_x_far, rvjit_emit_jmp32_jlt_x_far },
};

static const struct rvjit_rule rvjit_rules_b6_off_any[] = {
	{ "jmp32_jle_k0_near", 0, rvjit_guard_jmp32_jle_k0_near, rvjit_emit_jmp32_jle_k0_near },
	{ "jmp32_jle_k0_jal", 0, rvjit_guard_jmp32_jle_k0_jal, rvjit_emit_jmp32_jle_k0_jal },
	{ "jmp32_jle_k0_far", 0, rvjit_guard_jmp32_jle_k0_far, rvjit_emit_jmp32_jle_k0_far },
	{ "jmp32_jle_k_imm12_near", 0, rvjit_guard_jmp32_jle_k_imm12_near, rvjit_emit_jmp32_jle_k_imm12_near },
	{ "jmp32_jle_k_imm12_jal", 0, rvjit_guard_jmp32_jle_k_imm12_jal, rvjit_emit_jmp32_jle_k_imm12_jal },
	{ "jmp32_jle_k_imm12_far", 0, rvjit_guard_jmp32_jle_k_imm12_far, rvjit_emit_jmp32_jle_k_imm12_far },
	{ "jmp32_jle_k_lui_near", 0, rvjit_guard_jmp32_jle_k_lui_near, rvjit_emit_jmp32_jle_k_lui_near },
	{ "jmp32_jle_k_lui_jal", 0, rvjit_guard_jmp32_jle_k_lui_jal, rvjit_emit_jmp32_jle_k_lui_jal },
	{ "jmp32_jle_k_lui_far", 0, rvjit_guard_jmp32_jle_k_lui_far, rvjit_emit_jmp32_jle_k_lui_far },
	{ "jmp32_jle_k_lui_addiw_near", 0, rvjit_guard_jmp32_jle_k_lui_addiw_near, rvjit_emit_jmp32_jle_k_lui_addiw_near },
	{ "jmp32_jle_k_lui_addiw_jal", 0, rvjit_guard_jmp32_jle_k_lui_addiw_jal, rvjit_emit_jmp32_jle_k_lui_addiw_jal },
	{ "jmp32_jle_k_lui_addiw_far", 0, rvjit_guard_jmp32_jle_k_lui_addiw_far, rvjit_emit_jmp32_jle_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_be_off_any[] = {
	{ "jmp32_jle_x_near", 0, rvjit_guard_jmp32_jle_x_near, rvjit_emit_jmp32_jle_x_near },
	{ "jmp32_jle_x_jal", 0, rvjit_guard_jmp32_jle_x_jal, rvjit_emit_jmp32_jle_x_jal },
	{ "jmp32_jle_x_far", 0, rvjit_guard_jmp32_jle_x_far, rvjit_emit_jmp32_jle_x_far },
};

static const struct rvjit_rule rvjit_rules_66_off_any[] = {
	{ "jmp32_jsgt_k0_near", 0, rvjit_guard_jmp32_jsgt_k0_near, rvjit_emit_jmp32_jsgt_k0_near },
	{ "jmp32_jsgt_k0_jal", 0, rvjit_guard_jmp32_jsgt_k0_jal, rvjit_emit_jmp32_jsgt_k0_jal },
	{ "jmp32_jsgt_k0_far", 0, rvjit_guard_jmp32_jsgt_k0_far, rvjit_emit_jmp32_jsgt_k0_far },
	{ "jmp32_jsgt_k_imm12_near", 0, rvjit_guard_jmp32_jsgt_k_imm12_near, rvjit_emit_jmp32_jsgt_k_imm12_near },
	{ "jmp32_jsgt_k_imm12_jal", 0, rvjit_guard_jmp32_jsgt_k_imm12_jal, rvjit_emit_jmp32_jsgt_k_imm12_jal },
	{ "jmp32_jsgt_k_imm12_far", 0, rvjit_guard_jmp32_jsgt_k_imm12_far, rvjit_emit_jmp32_jsgt_k_imm12_far },
	{ "jmp32_jsgt_k_lui_near", 0, rvjit_guard_jmp32_jsgt_k_lui_near, rvjit_emit_jmp32_jsgt_k_lui_near },
	{ "jmp32_jsgt_k_lui_jal", 0, rvjit_guard_jmp32_jsgt_k_lui_jal, rvjit_emit_jmp32_jsgt_k_lui_jal },
	{ "jmp32_jsgt_k_lui_far", 0, rvjit_guard_jmp32_jsgt_k_lui_far, rvjit_emit_jmp32_jsgt_k_lui_far },
	{ "jmp32_jsgt_k_lui_addiw_near", 0, rvjit_guard_jmp32_jsgt_k_lui_addiw_near, rvjit_emit_jmp32_jsgt_k_lui_addiw_near },
	{ "jmp32_jsgt_k_lui_addiw_jal", 0, rvjit_guard_jmp32_jsgt_k_lui_addiw_jal, rvjit_emit_jmp32_jsgt_k_lui_addiw_jal },
	{ "jmp32_jsgt_k_lui_addiw_far", 0, rvjit_guard_jmp32_jsgt_k_lui_addiw_far, rvjit_emit_jmp32_jsgt_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_6e_off_any[] = {
	{ "jmp32_jsgt_x_near", 0, rvjit_guard_jmp32_jsgt_x_near, rvjit_emit_jmp32_jsgt_x_near },
	{ "jmp32_jsgt_x_jal", 0, rvjit_guard_jmp32_jsgt_x_jal, rvjit_emit_jmp32_jsgt_x_jal },
	{ "jmp32_jsgt_x_far", 0, rvjit_guard_jmp32_jsgt_x_far, rvjit_emit_jmp32_jsgt_x_far },
};

static const struct rvjit_rule rvjit_rules_76_off_any[] = {
	{ "jmp32_jsge_k0_near", 0, rvjit_guard_jmp32_jsge_k0_near, rvjit_emit_jmp32_jsge_k0_near },
	{ "jmp32_jsge_k0_jal", 0, rvjit_guard_jmp32_jsge_k0_jal, rvjit_emit_jmp32_jsge_k0_jal },
	{ "jmp32_jsge_k0_far", 0, rvjit_guard_jmp32_jsge_k0_far, rvjit_emit_jmp32_jsge_k0_far },
	{ "jmp32_jsge_k_imm12_near", 0, rvjit_guard_jmp32_jsge_k_imm12_near, rvjit_emit_jmp32_jsge_k_imm12_near },
	{ "jmp32_jsge_k_imm12_jal", 0, rvjit_guard_jmp32_jsge_k_imm12_jal, rvjit_emit_jmp32_jsge_k_imm12_jal },
	{ "jmp32_jsge_k_imm12_far", 0, rvjit_guard_jmp32_jsge_k_imm12_far, rvjit_emit_jmp32_jsge_k_imm12_far },
	{ "jmp32_jsge_k_lui_near", 0, rvjit_guard_jmp32_jsge_k_lui_near, rvjit_emit_jmp32_jsge_k_lui_near },
	{ "jmp32_jsge_k_lui_jal", 0, rvjit_guard_jmp32_jsge_k_lui_jal, rvjit_emit_jmp32_jsge_k_lui_jal },
	{ "jmp32_jsge_k_lui_far", 0, rvjit_guard_jmp32_jsge_k_lui_far, rvjit_emit_jmp32_jsge_k_lui_far },
	{ "jmp32_jsge_k_lui_addiw_near", 0, rvjit_guard_jmp32_jsge_k_lui_addiw_near, rvjit_emit_jmp32_jsge_k_lui_addiw_near },
	{ "jmp32_jsge_k_lui_addiw_jal", 0, rvjit_guard_jmp32_jsge_k_lui_addiw_jal, rvjit_emit_jmp32_jsge_k_lui_addiw_jal },
	{ "jmp32_jsge_k_lui_addiw_far", 0, rvjit_guard_jmp32_jsge_k_lui_addiw_far, rvjit_emit_jmp32_jsge_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_7e_off_any[] = {
	{ "jmp32_jsge_x_near", 0, rvjit_guard_jmp32_jsge_x_near, rvjit_emit_jmp32_jsge_x_near },
	{ "jmp32_jsge_x_jal", 0, rvjit_guard_jmp32_jsge_x_jal, rvjit_emit_jmp32_jsge_x_jal },
	{ "jmp32_jsge_x_far", 0, rvjit_guard_jmp32_jsge_x_far, rvjit_emit_jmp32_jsge_x_far },
};

static const struct rvjit_rule rvjit_rules_c6_off_any[] = {
	{ "jmp32_jslt_k0_near", 0, rvjit_guard_jmp32_jslt_k0_near, rvjit_emit_jmp32_jslt_k0_near },
	{ "jmp32_jslt_k0_jal", 0, rvjit_guard_jmp32_jslt_k0_jal, rvjit_emit_jmp32_jslt_k0_jal },
	{ "jmp32_jslt_k0_far", 0, rvjit_guard_jmp32_jslt_k0_far, rvjit_emit_jmp32_jslt_k0_far },
	{ "jmp32_jslt_k_imm12_near", 0, rvjit_guard_jmp32_jslt_k_imm12_near, rvjit_emit_jmp32_jslt_k_imm12_near },
	{ "jmp32_jslt_k_imm12_jal", 0, rvjit_guard_jmp32_jslt_k_imm12_jal, rvjit_emit_jmp32_jslt_k_imm12_jal },
	{ "jmp32_jslt_k_imm12_far", 0, rvjit_guard_jmp32_jslt_k_imm12_far, rvjit_emit_jmp32_jslt_k_imm12_far },
	{ "jmp32_jslt_k_lui_near", 0, rvjit_guard_jmp32_jslt_k_lui_near, rvjit_emit_jmp32_jslt_k_lui_near },
	{ "jmp32_jslt_k_lui_jal", 0, rvjit_guard_jmp32_jslt_k_lui_jal, rvjit_emit_jmp32_jslt_k_lui_jal },
	{ "jmp32_jslt_k_lui_far", 0, rvjit_guard_jmp32_jslt_k_lui_far, rvjit_emit_jmp32_jslt_k_lui_far },
	{ "jmp32_jslt_k_lui_addiw_near", 0, rvjit_guard_jmp32_jslt_k_lui_addiw_near, rvjit_emit_jmp32_jslt_k_lui_addiw_near },
	{ "jmp32_jslt_k_lui_addiw_jal", 0, rvjit_guard_jmp32_jslt_k_lui_addiw_jal, rvjit_emit_jmp32_jslt_k_lui_addiw_jal },
	{ "jmp32_jslt_k_lui_addiw_far", 0, rvjit_guard_jmp32_jslt_k_lui_addiw_far, rvjit_emit_jmp32_jslt_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_ce_off_any[] = {
	{ "jmp32_jslt_x_near", 0, rvjit_guard_jmp32_jslt_x_near, rvjit_emit_jmp32_jslt_x_near },
	{ "jmp32_jslt_x_jal", 0, rvjit_guard_jmp32_jslt_x_jal, rvjit_emit_jmp32_jslt_x_jal },
	{ "jmp32_jslt_x_far", 0, rvjit_guard_jmp32_jslt_x_far, rvjit_emit_jmp32_jslt_x_far },
};

static const struct rvjit_rule rvjit_rules_d6_off_any[] = {
	{ "jmp32_jsle_k0_near", 0, rvjit_guard_jmp32_jsle_k0_near, rvjit_emit_jmp32_jsle_k0_near },
	{ "jmp32_jsle_k0_jal", 0, rvjit_guard_jmp32_jsle_k0_jal, rvjit_emit_jmp32_jsle_k0_jal },
	{ "jmp32_jsle_k0_far", 0, rvjit_guard_jmp32_jsle_k0_far, rvjit_emit_jmp32_jsle_k0_far },
	{ "jmp32_jsle_k_imm12_near", 0, rvjit_guard_jmp32_jsle_k_imm12_near, rvjit_emit_jmp32_jsle_k_imm12_near },
	{ "jmp32_jsle_k_imm12_jal", 0, rvjit_guard_jmp32_jsle_k_imm12_jal, rvjit_emit_jmp32_jsle_k_imm12_jal },
	{ "jmp32_jsle_k_imm12_far", 0, rvjit_guard_jmp32_jsle_k_imm12_far, rvjit_emit_jmp32_jsle_k_imm12_far },
	{ "jmp32_jsle_k_lui_near", 0, rvjit_guard_jmp32_jsle_k_lui_near, rvjit_emit_jmp32_jsle_k_lui_near },
	{ "jmp32_jsle_k_lui_jal", 0, rvjit_guard_jmp32_jsle_k_lui_jal, rvjit_emit_jmp32_jsle_k_lui_jal },
	{ "jmp32_jsle_k_lui_far", 0, rvjit_guard_jmp32_jsle_k_lui_far, rvjit_emit_jmp32_jsle_k_lui_far },
	{ "jmp32_jsle_k_lui_addiw_near", 0, rvjit_guard_jmp32_jsle_k_lui_addiw_near, rvjit_emit_jmp32_jsle_k_lui_addiw_near },
	{ "jmp32_jsle_k_lui_addiw_jal", 0, rvjit_guard_jmp32_jsle_k_lui_addiw_jal, rvjit_emit_jmp32_jsle_k_lui_addiw_jal },
	{ "jmp32_jsle_k_lui_addiw_far", 0, rvjit_guard_jmp32_jsle_k_lui_addiw_far, rvjit_emit_jmp32_jsle_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_de_off_any[] = {
	{ "jmp32_jsle_x_near", 0, rvjit_guard_jmp32_jsle_x_near, rvjit_emit_jmp32_jsle_x_near },
	{ "jmp32_jsle_x_jal", 0, rvjit_guard_jmp32_jsle_x_jal, rvjit_emit_jmp32_jsle_x_jal },
	{ "jmp32_jsle_x_far", 0, rvjit_guard_jmp32_jsle_x_far, rvjit_emit_jmp32_jsle_x_far },
};

static const struct rvjit_rule rvjit_rules_46_off_any[] = {
	{ "jmp32_jset_k_imm12_near", 0, rvjit_guard_jmp32_jset_k_imm12_near, rvjit_emit_jmp32_jset_k_imm12_near },
	{ "jmp32_jset_k_imm12_jal", 0, rvjit_guard_jmp32_jset_k_imm12_jal, rvjit_emit_jmp32_jset_k_imm12_jal },
	{ "jmp32_jset_k_imm12_far", 0, rvjit_guard_jmp32_jset_k_imm12_far, rvjit_emit_jmp32_jset_k_imm12_far },
	{ "jmp32_jset_k_lui_near", 0, rvjit_guard_jmp32_jset_k_lui_near, rvjit_emit_jmp32_jset_k_lui_near },
	{ "jmp32_jset_k_lui_jal", 0, rvjit_guard_jmp32_jset_k_lui_jal, rvjit_emit_jmp32_jset_k_lui_jal },
	{ "jmp32_jset_k_lui_far", 0, rvjit_guard_jmp32_jset_k_lui_far, rvjit_emit_jmp32_jset_k_lui_far },
	{ "jmp32_jset_k_lui_addiw_near", 0, rvjit_guard_jmp32_jset_k_lui_addiw_near, rvjit_emit_jmp32_jset_k_lui_addiw_near },
	{ "jmp32_jset_k_lui_addiw_jal", 0, rvjit_guard_jmp32_jset_k_lui_addiw_jal, rvjit_emit_jmp32_jset_k_lui_addiw_jal },
	{ "jmp32_jset_k_lui_addiw_far", 0, rvjit_guard_jmp32_jset_k_lui_addiw_far, rvjit_emit_jmp32_jset_k_lui_addiw_far },
};

static const struct rvjit_rule rvjit_rules_4e_off_any[] = {
	{ "jmp32_jset_x_near", 0, rvjit_guard_jmp32_jset_x_near, rvjit_emit_jmp32_jset_x_near },
	{ "jmp32_jset_x_jal", 0, rvjit_guard_jmp32_jset_x_jal, rvjit_emit_jmp32_jset_x_jal },
	{ "jmp32_jset_x_far", 0, rvjit_guard_jmp32_jset_x_far, rvjit_emit_jmp32_jset_x_far },
};

static const struct rvjit_rule *rvjit_lookup(u8 code, s16 off, s32 imm, u32 *count)
{
	switch (code) {
	case 0x04:	/* ALU ADD K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_04_off0, count);
		break;
	case 0x05:	/* JMP JA K */
		return RVJIT_RULES(rvjit_rules_05_off_any, count);
	case 0x06:	/* JMP32 JA K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_06_off0, count);
		break;
	case 0x07:	/* ALU64 ADD K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_07_off0, count);
		break;
	case 0x0c:	/* ALU ADD X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_0c_off0, count);
		break;
	case 0x0f:	/* ALU64 ADD X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_0f_off0, count);
		break;
	case 0x14:	/* ALU SUB K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_14_off0, count);
		break;
	case 0x15:	/* JMP JEQ K */
		return RVJIT_RULES(rvjit_rules_15_off_any, count);
	case 0x16:	/* JMP32 JEQ K */
		return RVJIT_RULES(rvjit_rules_16_off_any, count);
	case 0x17:	/* ALU64 SUB K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_17_off0, count);
		break;
	case 0x18:	/* LD */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_18_off0, count);
		break;
	case 0x1c:	/* ALU SUB X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_1c_off0, count);
		break;
	case 0x1d:	/* JMP JEQ X */
		return RVJIT_RULES(rvjit_rules_1d_off_any, count);
	case 0x1e:	/* JMP32 JEQ X */
		return RVJIT_RULES(rvjit_rules_1e_off_any, count);
	case 0x1f:	/* ALU64 SUB X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_1f_off0, count);
		break;
	case 0x24:	/* ALU MUL K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_24_off0, count);
		break;
	case 0x25:	/* JMP JGT K */
		return RVJIT_RULES(rvjit_rules_25_off_any, count);
	case 0x26:	/* JMP32 JGT K */
		return RVJIT_RULES(rvjit_rules_26_off_any, count);
	case 0x27:	/* ALU64 MUL K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_27_off0, count);
		break;
	case 0x2c:	/* ALU MUL X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_2c_off0, count);
		break;
	case 0x2d:	/* JMP JGT X */
		return RVJIT_RULES(rvjit_rules_2d_off_any, count);
	case 0x2e:	/* JMP32 JGT X */
		return RVJIT_RULES(rvjit_rules_2e_off_any, count);
	case 0x2f:	/* ALU64 MUL X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_2f_off0, count);
		break;
	case 0x34:	/* ALU DIV K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_34_off0, count);
		if (off == 1)
			return RVJIT_RULES(rvjit_rules_34_off1, count);
		break;
	case 0x35:	/* JMP JGE K */
		return RVJIT_RULES(rvjit_rules_35_off_any, count);
	case 0x36:	/* JMP32 JGE K */
		return RVJIT_RULES(rvjit_rules_36_off_any, count);
	case 0x37:	/* ALU64 DIV K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_37_off0, count);
		if (off == 1)
			return RVJIT_RULES(rvjit_rules_37_off1, count);
		break;
	case 0x3c:	/* ALU DIV X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_3c_off0, count);
		if (off == 1)
			return RVJIT_RULES(rvjit_rules_3c_off1, count);
		break;
	case 0x3d:	/* JMP JGE X */
		return RVJIT_RULES(rvjit_rules_3d_off_any, count);
	case 0x3e:	/* JMP32 JGE X */
		return RVJIT_RULES(rvjit_rules_3e_off_any, count);
	case 0x3f:	/* ALU64 DIV X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_3f_off0, count);
		if (off == 1)
			return RVJIT_RULES(rvjit_rules_3f_off1, count);
		break;
	case 0x44:	/* ALU OR K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_44_off0, count);
		break;
	case 0x45:	/* JMP JSET K */
		return RVJIT_RULES(rvjit_rules_45_off_any, count);
	case 0x46:	/* JMP32 JSET K */
		return RVJIT_RULES(rvjit_rules_46_off_any, count);
	case 0x47:	/* ALU64 OR K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_47_off0, count);
		break;
	case 0x4c:	/* ALU OR X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_4c_off0, count);
		break;
	case 0x4d:	/* JMP JSET X */
		return RVJIT_RULES(rvjit_rules_4d_off_any, count);
	case 0x4e:	/* JMP32 JSET X */
		return RVJIT_RULES(rvjit_rules_4e_off_any, count);
	case 0x4f:	/* ALU64 OR X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_4f_off0, count);
		break;
	case 0x54:	/* ALU AND K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_54_off0, count);
		break;
	case 0x55:	/* JMP JNE K */
		return RVJIT_RULES(rvjit_rules_55_off_any, count);
	case 0x56:	/* JMP32 JNE K */
		return RVJIT_RULES(rvjit_rules_56_off_any, count);
	case 0x57:	/* ALU64 AND K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_57_off0, count);
		break;
	case 0x5c:	/* ALU AND X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_5c_off0, count);
		break;
	case 0x5d:	/* JMP JNE X */
		return RVJIT_RULES(rvjit_rules_5d_off_any, count);
	case 0x5e:	/* JMP32 JNE X */
		return RVJIT_RULES(rvjit_rules_5e_off_any, count);
	case 0x5f:	/* ALU64 AND X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_5f_off0, count);
		break;
	case 0x61:	/* LDX */
		return RVJIT_RULES(rvjit_rules_61_off_any, count);
	case 0x62:	/* ST */
		return RVJIT_RULES(rvjit_rules_62_off_any, count);
	case 0x63:	/* STX */
		return RVJIT_RULES(rvjit_rules_63_off_any, count);
	case 0x64:	/* ALU LSH K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_64_off0, count);
		break;
	case 0x65:	/* JMP JSGT K */
		return RVJIT_RULES(rvjit_rules_65_off_any, count);
	case 0x66:	/* JMP32 JSGT K */
		return RVJIT_RULES(rvjit_rules_66_off_any, count);
	case 0x67:	/* ALU64 LSH K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_67_off0, count);
		break;
	case 0x69:	/* LDX */
		return RVJIT_RULES(rvjit_rules_69_off_any, count);
	case 0x6a:	/* ST */
		return RVJIT_RULES(rvjit_rules_6a_off_any, count);
	case 0x6b:	/* STX */
		return RVJIT_RULES(rvjit_rules_6b_off_any, count);
	case 0x6c:	/* ALU LSH X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_6c_off0, count);
		break;
	case 0x6d:	/* JMP JSGT X */
		return RVJIT_RULES(rvjit_rules_6d_off_any, count);
	case 0x6e:	/* JMP32 JSGT X */
		return RVJIT_RULES(rvjit_rules_6e_off_any, count);
	case 0x6f:	/* ALU64 LSH X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_6f_off0, count);
		break;
	case 0x71:	/* LDX */
		return RVJIT_RULES(rvjit_rules_71_off_any, count);
	case 0x72:	/* ST */
		return RVJIT_RULES(rvjit_rules_72_off_any, count);
	case 0x73:	/* STX */
		return RVJIT_RULES(rvjit_rules_73_off_any, count);
	case 0x74:	/* ALU RSH K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_74_off0, count);
		break;
	case 0x75:	/* JMP JSGE K */
		return RVJIT_RULES(rvjit_rules_75_off_any, count);
	case 0x76:	/* JMP32 JSGE K */
		return RVJIT_RULES(rvjit_rules_76_off_any, count);
	case 0x77:	/* ALU64 RSH K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_77_off0, count);
		break;
	case 0x79:	/* LDX */
		return RVJIT_RULES(rvjit_rules_79_off_any, count);
	case 0x7a:	/* ST */
		return RVJIT_RULES(rvjit_rules_7a_off_any, count);
	case 0x7b:	/* STX */
		return RVJIT_RULES(rvjit_rules_7b_off_any, count);
	case 0x7c:	/* ALU RSH X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_7c_off0, count);
		break;
	case 0x7d:	/* JMP JSGE X */
		return RVJIT_RULES(rvjit_rules_7d_off_any, count);
	case 0x7e:	/* JMP32 JSGE X */
		return RVJIT_RULES(rvjit_rules_7e_off_any, count);
	case 0x7f:	/* ALU64 RSH X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_7f_off0, count);
		break;
	case 0x81:	/* LDX */
		return RVJIT_RULES(rvjit_rules_81_off_any, count);
	case 0x84:	/* ALU NEG K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_84_off0, count);
		break;
	case 0x87:	/* ALU64 NEG K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_87_off0, count);
		break;
	case 0x89:	/* LDX */
		return RVJIT_RULES(rvjit_rules_89_off_any, count);
	case 0x91:	/* LDX */
		return RVJIT_RULES(rvjit_rules_91_off_any, count);
	case 0x94:	/* ALU MOD K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_94_off0, count);
		if (off == 1)
			return RVJIT_RULES(rvjit_rules_94_off1, count);
		break;
	case 0x95:	/* JMP EXIT K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_95_off0, count);
		break;
	case 0x97:	/* ALU64 MOD K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_97_off0, count);
		if (off == 1)
			return RVJIT_RULES(rvjit_rules_97_off1, count);
		break;
	case 0x9c:	/* ALU MOD X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_9c_off0, count);
		if (off == 1)
			return RVJIT_RULES(rvjit_rules_9c_off1, count);
		break;
	case 0x9f:	/* ALU64 MOD X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_9f_off0, count);
		if (off == 1)
			return RVJIT_RULES(rvjit_rules_9f_off1, count);
		break;
	case 0xa4:	/* ALU XOR K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_a4_off0, count);
		break;
	case 0xa5:	/* JMP JLT K */
		return RVJIT_RULES(rvjit_rules_a5_off_any, count);
	case 0xa6:	/* JMP32 JLT K */
		return RVJIT_RULES(rvjit_rules_a6_off_any, count);
	case 0xa7:	/* ALU64 XOR K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_a7_off0, count);
		break;
	case 0xac:	/* ALU XOR X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_ac_off0, count);
		break;
	case 0xad:	/* JMP JLT X */
		return RVJIT_RULES(rvjit_rules_ad_off_any, count);
	case 0xae:	/* JMP32 JLT X */
		return RVJIT_RULES(rvjit_rules_ae_off_any, count);
	case 0xaf:	/* ALU64 XOR X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_af_off0, count);
		break;
	case 0xb4:	/* ALU MOV K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_b4_off0, count);
		break;
	case 0xb5:	/* JMP JLE K */
		return RVJIT_RULES(rvjit_rules_b5_off_any, count);
	case 0xb6:	/* JMP32 JLE K */
		return RVJIT_RULES(rvjit_rules_b6_off_any, count);
	case 0xb7:	/* ALU64 MOV K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_b7_off0, count);
		break;
	case 0xbc:	/* ALU MOV X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_bc_off0, count);
		if (off == 8)
			return RVJIT_RULES(rvjit_rules_bc_off8, count);
		if (off == 16)
			return RVJIT_RULES(rvjit_rules_bc_off16, count);
		break;
	case 0xbd:	/* JMP JLE X */
		return RVJIT_RULES(rvjit_rules_bd_off_any, count);
	case 0xbe:	/* JMP32 JLE X */
		return RVJIT_RULES(rvjit_rules_be_off_any, count);
	case 0xbf:	/* ALU64 MOV X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_bf_off0, count);
		if (off == 8)
			return RVJIT_RULES(rvjit_rules_bf_off8, count);
		if (off == 16)
			return RVJIT_RULES(rvjit_rules_bf_off16, count);
		if (off == 32)
			return RVJIT_RULES(rvjit_rules_bf_off32, count);
		break;
	case 0xc3:	/* STX */
		if (imm == 0)
			return RVJIT_RULES(rvjit_rules_c3_off_any_imm0, count);
		if (imm == 1)
			return RVJIT_RULES(rvjit_rules_c3_off_any_imm1, count);
		if (imm == 64)
			return RVJIT_RULES(rvjit_rules_c3_off_any_imm64, count);
		if (imm == 65)
			return RVJIT_RULES(rvjit_rules_c3_off_any_imm65, count);
		if (imm == 80)
			return RVJIT_RULES(rvjit_rules_c3_off_any_imm80, count);
		if (imm == 81)
			return RVJIT_RULES(rvjit_rules_c3_off_any_imm81, count);
		if (imm == 160)
			return RVJIT_RULES(rvjit_rules_c3_off_any_imm160, count);
		if (imm == 161)
			return RVJIT_RULES(rvjit_rules_c3_off_any_imm161, count);
		if (imm == 225)
			return RVJIT_RULES(rvjit_rules_c3_off_any_imm225, count);
		if (imm == 241)
			return RVJIT_RULES(rvjit_rules_c3_off_any_imm241, count);
		if (imm == 256)
			return RVJIT_RULES(rvjit_rules_c3_off_any_imm256, count);
		if (imm == 272)
			return RVJIT_RULES(rvjit_rules_c3_off_any_imm272, count);
		break;
	case 0xc4:	/* ALU ARSH K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_c4_off0, count);
		break;
	case 0xc5:	/* JMP JSLT K */
		return RVJIT_RULES(rvjit_rules_c5_off_any, count);
	case 0xc6:	/* JMP32 JSLT K */
		return RVJIT_RULES(rvjit_rules_c6_off_any, count);
	case 0xc7:	/* ALU64 ARSH K */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_c7_off0, count);
		break;
	case 0xcb:	/* STX */
		if (imm == 256)
			return RVJIT_RULES(rvjit_rules_cb_off_any_imm256, count);
		if (imm == 272)
			return RVJIT_RULES(rvjit_rules_cb_off_any_imm272, count);
		break;
	case 0xcc:	/* ALU ARSH X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_cc_off0, count);
		break;
	case 0xcd:	/* JMP JSLT X */
		return RVJIT_RULES(rvjit_rules_cd_off_any, count);
	case 0xce:	/* JMP32 JSLT X */
		return RVJIT_RULES(rvjit_rules_ce_off_any, count);
	case 0xcf:	/* ALU64 ARSH X */
		if (off == 0)
			return RVJIT_RULES(rvjit_rules_cf_off0, count);
		break;
	case 0xd3:	/* STX */
		if (imm == 256)
			return RVJIT_RULES(rvjit_rules_d3_off_any_imm256, count);
		if (imm == 272)
			return RVJIT_RULES(rvjit_rules_d3_off_any_imm272, count);
		break;
	case 0xd4:	/* ALU END K */
		if (off == 0 && imm == 16)
			return RVJIT_RULES(rvjit_rules_d4_off0_imm16, count);
		if (off == 0 && imm == 32)
			return RVJIT_RULES(rvjit_rules_d4_off0_imm32, count);
		if (off == 0 && imm == 64)
			return RVJIT_RULES(rvjit_rules_d4_off0_imm64, count);
		break;
	case 0xd5:	/* JMP JSLE K */
		return RVJIT_RULES(rvjit_rules_d5_off_any, count);
	case 0xd6:	/* JMP32 JSLE K */
		return RVJIT_RULES(rvjit_rules_d6_off_any, count);
	case 0xd7:	/* ALU64 END K */
		if (off == 0 && imm == 16)
			return RVJIT_RULES(rvjit_rules_d7_off0_imm16, count);
		if (off == 0 && imm == 32)
			return RVJIT_RULES(rvjit_rules_d7_off0_imm32, count);
		if (off == 0 && imm == 64)
			return RVJIT_RULES(rvjit_rules_d7_off0_imm64, count);
		break;
	case 0xdb:	/* STX */
		if (imm == 0)
			return RVJIT_RULES(rvjit_rules_db_off_any_imm0, count);
		if (imm == 1)
			return RVJIT_RULES(rvjit_rules_db_off_any_imm1, count);
		if (imm == 64)
			return RVJIT_RULES(rvjit_rules_db_off_any_imm64, count);
		if (imm == 65)
			return RVJIT_RULES(rvjit_rules_db_off_any_imm65, count);
		if (imm == 80)
			return RVJIT_RULES(rvjit_rules_db_off_any_imm80, count);
		if (imm == 81)
			return RVJIT_RULES(rvjit_rules_db_off_any_imm81, count);
		if (imm == 160)
			return RVJIT_RULES(rvjit_rules_db_off_any_imm160, count);
		if (imm == 161)
			return RVJIT_RULES(rvjit_rules_db_off_any_imm161, count);
		if (imm == 225)
			return RVJIT_RULES(rvjit_rules_db_off_any_imm225, count);
		if (imm == 241)
			return RVJIT_RULES(rvjit_rules_db_off_any_imm241, count);
		if (imm == 256)
			return RVJIT_RULES(rvjit_rules_db_off_any_imm256, count);
		if (imm == 272)
			return RVJIT_RULES(rvjit_rules_db_off_any_imm272, count);
		break;
	case 0xdc:	/* ALU END X */
		if (off == 0 && imm == 16)
			return RVJIT_RULES(rvjit_rules_dc_off0_imm16, count);
		if (off == 0 && imm == 32)
			return RVJIT_RULES(rvjit_rules_dc_off0_imm32, count);
		if (off == 0 && imm == 64)
			return RVJIT_RULES(rvjit_rules_dc_off0_imm64, count);
		break;
	case 0xdd:	/* JMP JSLE X */
		return RVJIT_RULES(rvjit_rules_dd_off_any, count);
	case 0xde:	/* JMP32 JSLE X */
		return RVJIT_RULES(rvjit_rules_de_off_any, count);
	}
	return NULL;
}

int rvjit_emit_insn(u8 code, u8 dst, u8 src, s16 off, s32 imm, u64 imm64, s64 dist,
		    u32 isa, u8 *out, u32 *len, const char **rule)
{
	const struct rvjit_rule *r;
	struct rvjit_operands op;
	u32 count, k;

	if (dst >= RVJIT_NR_BPF_REGS || src >= RVJIT_NR_BPF_REGS)
		return -EINVAL;
	r = rvjit_lookup(code, off, imm, &count);
	if (!r)
		return -EOPNOTSUPP;
	op.dst = dst;
	op.src = src;
	op.off = (u16)off;
	op.imm = (u32)imm;
	op.imm64 = imm64;
	op.dist = (u64)dist;

	for (k = 0; k < count; k++, r++) {
		if ((r->isa & ~isa) || !r->guard(&op))
			continue;
		*len = r->emit(&op, isa & RVJIT_ISA_C, out);
		if (rule)
			*rule = r->name;
		return 0;
	}
	return -EINVAL;
}

static u32 rvjit_prologue_frame_none(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	return n;
}

static u32 rvjit_epilogue_frame_none(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffdf0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x15ULL, 0x200ULL));	/* sd */
	n += rvjit_enc_addi(out + n, rvc, 0x15ULL, 2ULL, 0x200ULL);
	return n;
}

static u32 rvjit_epilogue_frame_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(0x15ULL, 2ULL, 0x200ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x210ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s1(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffff0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 9ULL, 0ULL));	/* sd */
	return n;
}

static u32 rvjit_epilogue_frame_s1(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(9ULL, 2ULL, 0ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x10ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s1_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffdf0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 9ULL, 0x200ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x15ULL, 0x208ULL));	/* sd */
	n += rvjit_enc_addi(out + n, rvc, 0x15ULL, 2ULL, 0x200ULL);
	return n;
}

static u32 rvjit_epilogue_frame_s1_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(9ULL, 2ULL, 0x200ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x15ULL, 2ULL, 0x208ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x210ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s2(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffff0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x12ULL, 0ULL));	/* sd */
	return n;
}

static u32 rvjit_epilogue_frame_s2(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(0x12ULL, 2ULL, 0ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x10ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s2_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffdf0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x12ULL, 0x200ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x15ULL, 0x208ULL));	/* sd */
	n += rvjit_enc_addi(out + n, rvc, 0x15ULL, 2ULL, 0x200ULL);
	return n;
}

static u32 rvjit_epilogue_frame_s2_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(0x12ULL, 2ULL, 0x200ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x15ULL, 2ULL, 0x208ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x210ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s3(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffff0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x13ULL, 0ULL));	/* sd */
	return n;
}

static u32 rvjit_epilogue_frame_s3(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(0x13ULL, 2ULL, 0ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x10ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s3_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffdf0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x13ULL, 0x200ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x15ULL, 0x208ULL));	/* sd */
	n += rvjit_enc_addi(out + n, rvc, 0x15ULL, 2ULL, 0x200ULL);
	return n;
}

static u32 rvjit_epilogue_frame_s3_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(0x13ULL, 2ULL, 0x200ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x15ULL, 2ULL, 0x208ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x210ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s4(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffff0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x14ULL, 0ULL));	/* sd */
	return n;
}

static u32 rvjit_epilogue_frame_s4(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(0x14ULL, 2ULL, 0ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x10ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s4_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffdf0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x14ULL, 0x200ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x15ULL, 0x208ULL));	/* sd */
	n += rvjit_enc_addi(out + n, rvc, 0x15ULL, 2ULL, 0x200ULL);
	return n;
}

static u32 rvjit_epilogue_frame_s4_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(0x14ULL, 2ULL, 0x200ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x15ULL, 2ULL, 0x208ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x210ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s1_s2(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffff0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 9ULL, 0ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x12ULL, 8ULL));	/* sd */
	return n;
}

static u32 rvjit_epilogue_frame_s1_s2(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(9ULL, 2ULL, 0ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x12ULL, 2ULL, 8ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x10ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s1_s2_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffde0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 9ULL, 0x200ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x12ULL, 0x208ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x15ULL, 0x210ULL));	/* sd */
	n += rvjit_enc_addi(out + n, rvc, 0x15ULL, 2ULL, 0x200ULL);
	return n;
}

static u32 rvjit_epilogue_frame_s1_s2_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(9ULL, 2ULL, 0x200ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x12ULL, 2ULL, 0x208ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x15ULL, 2ULL, 0x210ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x220ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s1_s3(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffff0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 9ULL, 0ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x13ULL, 8ULL));	/* sd */
	return n;
}

static u32 rvjit_epilogue_frame_s1_s3(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(9ULL, 2ULL, 0ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x13ULL, 2ULL, 8ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x10ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s1_s3_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffde0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 9ULL, 0x200ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x13ULL, 0x208ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x15ULL, 0x210ULL));	/* sd */
	n += rvjit_enc_addi(out + n, rvc, 0x15ULL, 2ULL, 0x200ULL);
	return n;
}

static u32 rvjit_epilogue_frame_s1_s3_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(9ULL, 2ULL, 0x200ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x13ULL, 2ULL, 0x208ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x15ULL, 2ULL, 0x210ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x220ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s1_s4(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffff0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 9ULL, 0ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x14ULL, 8ULL));	/* sd */
	return n;
}

static u32 rvjit_epilogue_frame_s1_s4(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(9ULL, 2ULL, 0ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x14ULL, 2ULL, 8ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x10ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s1_s4_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffde0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 9ULL, 0x200ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x14ULL, 0x208ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x15ULL, 0x210ULL));	/* sd */
	n += rvjit_enc_addi(out + n, rvc, 0x15ULL, 2ULL, 0x200ULL);
	return n;
}

static u32 rvjit_epilogue_frame_s1_s4_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(9ULL, 2ULL, 0x200ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x14ULL, 2ULL, 0x208ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x15ULL, 2ULL, 0x210ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x220ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s2_s3(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffff0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x12ULL, 0ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x13ULL, 8ULL));	/* sd */
	return n;
}

static u32 rvjit_epilogue_frame_s2_s3(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(0x12ULL, 2ULL, 0ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x13ULL, 2ULL, 8ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x10ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s2_s3_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffde0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x12ULL, 0x200ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x13ULL, 0x208ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x15ULL, 0x210ULL));	/* sd */
	n += rvjit_enc_addi(out + n, rvc, 0x15ULL, 2ULL, 0x200ULL);
	return n;
}

static u32 rvjit_epilogue_frame_s2_s3_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(0x12ULL, 2ULL, 0x200ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x13ULL, 2ULL, 0x208ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x15ULL, 2ULL, 0x210ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x220ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s2_s4(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffff0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x12ULL, 0ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x14ULL, 8ULL));	/* sd */
	return n;
}

static u32 rvjit_epilogue_frame_s2_s4(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(0x12ULL, 2ULL, 0ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x14ULL, 2ULL, 8ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x10ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s2_s4_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffde0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x12ULL, 0x200ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x14ULL, 0x208ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x15ULL, 0x210ULL));	/* sd */
	n += rvjit_enc_addi(out + n, rvc, 0x15ULL, 2ULL, 0x200ULL);
	return n;
}

static u32 rvjit_epilogue_frame_s2_s4_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(0x12ULL, 2ULL, 0x200ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x14ULL, 2ULL, 0x208ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x15ULL, 2ULL, 0x210ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x220ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s3_s4(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffff0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x13ULL, 0ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x14ULL, 8ULL));	/* sd */
	return n;
}

static u32 rvjit_epilogue_frame_s3_s4(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(0x13ULL, 2ULL, 0ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x14ULL, 2ULL, 8ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x10ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s3_s4_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffde0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x13ULL, 0x200ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x14ULL, 0x208ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x15ULL, 0x210ULL));	/* sd */
	n += rvjit_enc_addi(out + n, rvc, 0x15ULL, 2ULL, 0x200ULL);
	return n;
}

static u32 rvjit_epilogue_frame_s3_s4_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(0x13ULL, 2ULL, 0x200ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x14ULL, 2ULL, 0x208ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x15ULL, 2ULL, 0x210ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x220ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s1_s2_s3(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xffffffffffffffe0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 9ULL, 0ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x12ULL, 8ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x13ULL, 0x10ULL));	/* sd */
	return n;
}

static u32 rvjit_epilogue_frame_s1_s2_s3(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(9ULL, 2ULL, 0ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x12ULL, 2ULL, 8ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x13ULL, 2ULL, 0x10ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x20ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s1_s2_s3_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffde0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 9ULL, 0x200ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x12ULL, 0x208ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x13ULL, 0x210ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x15ULL, 0x218ULL));	/* sd */
	n += rvjit_enc_addi(out + n, rvc, 0x15ULL, 2ULL, 0x200ULL);
	return n;
}

static u32 rvjit_epilogue_frame_s1_s2_s3_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(9ULL, 2ULL, 0x200ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x12ULL, 2ULL, 0x208ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x13ULL, 2ULL, 0x210ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x15ULL, 2ULL, 0x218ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x220ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s1_s2_s4(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xffffffffffffffe0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 9ULL, 0ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x12ULL, 8ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x14ULL, 0x10ULL));	/* sd */
	return n;
}

static u32 rvjit_epilogue_frame_s1_s2_s4(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(9ULL, 2ULL, 0ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x12ULL, 2ULL, 8ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x14ULL, 2ULL, 0x10ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x20ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s1_s2_s4_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffde0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 9ULL, 0x200ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x12ULL, 0x208ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x14ULL, 0x210ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x15ULL, 0x218ULL));	/* sd */
	n += rvjit_enc_addi(out + n, rvc, 0x15ULL, 2ULL, 0x200ULL);
	return n;
}

static u32 rvjit_epilogue_frame_s1_s2_s4_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(9ULL, 2ULL, 0x200ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x12ULL, 2ULL, 0x208ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x14ULL, 2ULL, 0x210ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x15ULL, 2ULL, 0x218ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x220ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s1_s3_s4(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xffffffffffffffe0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 9ULL, 0ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x13ULL, 8ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x14ULL, 0x10ULL));	/* sd */
	return n;
}

static u32 rvjit_epilogue_frame_s1_s3_s4(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(9ULL, 2ULL, 0ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x13ULL, 2ULL, 8ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x14ULL, 2ULL, 0x10ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x20ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s1_s3_s4_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffde0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 9ULL, 0x200ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x13ULL, 0x208ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x14ULL, 0x210ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x15ULL, 0x218ULL));	/* sd */
	n += rvjit_enc_addi(out + n, rvc, 0x15ULL, 2ULL, 0x200ULL);
	return n;
}

static u32 rvjit_epilogue_frame_s1_s3_s4_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(9ULL, 2ULL, 0x200ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x13ULL, 2ULL, 0x208ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x14ULL, 2ULL, 0x210ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x15ULL, 2ULL, 0x218ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x220ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s2_s3_s4(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xffffffffffffffe0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x12ULL, 0ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x13ULL, 8ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x14ULL, 0x10ULL));	/* sd */
	return n;
}

static u32 rvjit_epilogue_frame_s2_s3_s4(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(0x12ULL, 2ULL, 0ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x13ULL, 2ULL, 8ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x14ULL, 2ULL, 0x10ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x20ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s2_s3_s4_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffde0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x12ULL, 0x200ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x13ULL, 0x208ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x14ULL, 0x210ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x15ULL, 0x218ULL));	/* sd */
	n += rvjit_enc_addi(out + n, rvc, 0x15ULL, 2ULL, 0x200ULL);
	return n;
}

static u32 rvjit_epilogue_frame_s2_s3_s4_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(0x12ULL, 2ULL, 0x200ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x13ULL, 2ULL, 0x208ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x14ULL, 2ULL, 0x210ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x15ULL, 2ULL, 0x218ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x220ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s1_s2_s3_s4(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xffffffffffffffe0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 9ULL, 0ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x12ULL, 8ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x13ULL, 0x10ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x14ULL, 0x18ULL));	/* sd */
	return n;
}

static u32 rvjit_epilogue_frame_s1_s2_s3_s4(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(9ULL, 2ULL, 0ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x12ULL, 2ULL, 8ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x13ULL, 2ULL, 0x10ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x14ULL, 2ULL, 0x18ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x20ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

static u32 rvjit_prologue_frame_s1_s2_s3_s4_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0xfffffffffffffdd0ULL);
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 9ULL, 0x200ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x12ULL, 0x208ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x13ULL, 0x210ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x14ULL, 0x218ULL));	/* sd */
	n += rvjit_put32(out + n, rvjit_rv_sd(2ULL, 0x15ULL, 0x220ULL));	/* sd */
	n += rvjit_enc_addi(out + n, rvc, 0x15ULL, 2ULL, 0x200ULL);
	return n;
}

static u32 rvjit_epilogue_frame_s1_s2_s3_s4_s5_stack(bool rvc __maybe_unused, u8 *out __maybe_unused)
{
	u32 n = 0;

	n += rvjit_enc_addi(out + n, rvc, 0xaULL, 0xfULL, 0ULL);
	n += rvjit_put32(out + n, rvjit_rv_ld(9ULL, 2ULL, 0x200ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x12ULL, 2ULL, 0x208ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x13ULL, 2ULL, 0x210ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x14ULL, 2ULL, 0x218ULL));	/* ld */
	n += rvjit_put32(out + n, rvjit_rv_ld(0x15ULL, 2ULL, 0x220ULL));	/* ld */
	n += rvjit_enc_addi(out + n, rvc, 2ULL, 2ULL, 0x230ULL);
	n += rvjit_enc_jalr(out + n, rvc, 0ULL, 1ULL, 0ULL);
	return n;
}

struct rvjit_frame_emit {
	const char *name;
	u32 (*prologue)(bool rvc, u8 *out);
	u32 (*epilogue)(bool rvc, u8 *out);
};

/* Indexed by the eBPF registers R6..R10 the program names (bit k: R(6+k)) */
static const struct rvjit_frame_emit rvjit_frames[32] = {
	[0x00] = { "frame_none", rvjit_prologue_frame_none, rvjit_epilogue_frame_none },
	[0x01] = { "frame_s1", rvjit_prologue_frame_s1, rvjit_epilogue_frame_s1 },
	[0x02] = { "frame_s2", rvjit_prologue_frame_s2, rvjit_epilogue_frame_s2 },
	[0x03] = { "frame_s1_s2", rvjit_prologue_frame_s1_s2, rvjit_epilogue_frame_s1_s2 },
	[0x04] = { "frame_s3", rvjit_prologue_frame_s3, rvjit_epilogue_frame_s3 },
	[0x05] = { "frame_s1_s3", rvjit_prologue_frame_s1_s3, rvjit_epilogue_frame_s1_s3 },
	[0x06] = { "frame_s2_s3", rvjit_prologue_frame_s2_s3, rvjit_epilogue_frame_s2_s3 },
	[0x07] = { "frame_s1_s2_s3", rvjit_prologue_frame_s1_s2_s3, rvjit_epilogue_frame_s1_s2_s3 },
	[0x08] = { "frame_s4", rvjit_prologue_frame_s4, rvjit_epilogue_frame_s4 },
	[0x09] = { "frame_s1_s4", rvjit_prologue_frame_s1_s4, rvjit_epilogue_frame_s1_s4 },
	[0x0a] = { "frame_s2_s4", rvjit_prologue_frame_s2_s4, rvjit_epilogue_frame_s2_s4 },
	[0x0b] = { "frame_s1_s2_s4", rvjit_prologue_frame_s1_s2_s4, rvjit_epilogue_frame_s1_s2_s4 },
	[0x0c] = { "frame_s3_s4", rvjit_prologue_frame_s3_s4, rvjit_epilogue_frame_s3_s4 },
	[0x0d] = { "frame_s1_s3_s4", rvjit_prologue_frame_s1_s3_s4, rvjit_epilogue_frame_s1_s3_s4 },
	[0x0e] = { "frame_s2_s3_s4", rvjit_prologue_frame_s2_s3_s4, rvjit_epilogue_frame_s2_s3_s4 },
	[0x0f] = { "frame_s1_s2_s3_s4", rvjit_prologue_frame_s1_s2_s3_s4, rvjit_epilogue_frame_s1_s2_s3_s4 },
	[0x10] = { "frame_s5_stack", rvjit_prologue_frame_s5_stack, rvjit_epilogue_frame_s5_stack },
	[0x11] = { "frame_s1_s5_stack", rvjit_prologue_frame_s1_s5_stack, rvjit_epilogue_frame_s1_s5_stack },
	[0x12] = { "frame_s2_s5_stack", rvjit_prologue_frame_s2_s5_stack, rvjit_epilogue_frame_s2_s5_stack },
	[0x13] = { "frame_s1_s2_s5_stack", rvjit_prologue_frame_s1_s2_s5_stack, rvjit_epilogue_frame_s1_s2_s5_stack },
	[0x14] = { "frame_s3_s5_stack", rvjit_prologue_frame_s3_s5_stack, rvjit_epilogue_frame_s3_s5_stack },
	[0x15] = { "frame_s1_s3_s5_stack", rvjit_prologue_frame_s1_s3_s5_stack, rvjit_epilogue_frame_s1_s3_s5_stack },
	[0x16] = { "frame_s2_s3_s5_stack", rvjit_prologue_frame_s2_s3_s5_stack, rvjit_epilogue_frame_s2_s3_s5_stack },
	[0x17] = { "frame_s1_s2_s3_s5_stack", rvjit_prologue_frame_s1_s2_s3_s5_stack, rvjit_epilogue_frame_s1_s2_s3_s5_stack },
	[0x18] = { "frame_s4_s5_stack", rvjit_prologue_frame_s4_s5_stack, rvjit_epilogue_frame_s4_s5_stack },
	[0x19] = { "frame_s1_s4_s5_stack", rvjit_prologue_frame_s1_s4_s5_stack, rvjit_epilogue_frame_s1_s4_s5_stack },
	[0x1a] = { "frame_s2_s4_s5_stack", rvjit_prologue_frame_s2_s4_s5_stack, rvjit_epilogue_frame_s2_s4_s5_stack },
	[0x1b] = { "frame_s1_s2_s4_s5_stack", rvjit_prologue_frame_s1_s2_s4_s5_stack, rvjit_epilogue_frame_s1_s2_s4_s5_stack },
	[0x1c] = { "frame_s3_s4_s5_stack", rvjit_prologue_frame_s3_s4_s5_stack, rvjit_epilogue_frame_s3_s4_s5_stack },
	[0x1d] = { "frame_s1_s3_s4_s5_stack", rvjit_prologue_frame_s1_s3_s4_s5_stack, rvjit_epilogue_frame_s1_s3_s4_s5_stack },
	[0x1e] = { "frame_s2_s3_s4_s5_stack", rvjit_prologue_frame_s2_s3_s4_s5_stack, rvjit_epilogue_frame_s2_s3_s4_s5_stack },
	[0x1f] = { "frame_s1_s2_s3_s4_s5_stack", rvjit_prologue_frame_s1_s2_s3_s4_s5_stack, rvjit_epilogue_frame_s1_s2_s3_s4_s5_stack },
};

int rvjit_emit_frame(u32 used, u32 isa, u8 *pro, u32 *pro_len, u8 *epi, u32 *epi_len,
		     const char **name)
{
	const struct rvjit_frame_emit *f = &rvjit_frames[(used >> 6) & 0x1f];
	bool rvc = isa & RVJIT_ISA_C;

	*pro_len = f->prologue(rvc, pro);
	*epi_len = f->epilogue(rvc, epi);
	if (name)
		*name = f->name;
	return 0;
}

