// SPDX-License-Identifier: GPL-2.0
/*
 * The JIT driver: the C twin of rvjit/jit.py, which it must follow step by step (each
 * function names its Python counterpart).  The instructions themselves are translated by the
 * generated emitter (generated/rvjit_emit.c), from the proven rule table.
 *
 * Layout is the kernel's: instruction sizes start from the shortest forms (every jump as if
 * its target were next) and grow, pass after pass, until no size changes; then a final pass
 * emits the code and checks that every fragment sits at the offset the converged layout gave
 * it, with the size it predicted.
 */
#include "rvjit_jit.h"

#ifdef __KERNEL__
#include <linux/slab.h>
#include <linux/string.h>
#endif

#define RVJIT_MAX_PASSES	32	/* jit.MAX_PASSES */

struct rvjit_ctx {
	const struct bpf_insn *insns;
	u32 n;			/* slots */
	u32 isa;
	u32 *size;		/* per instruction (first slot): bytes of its code */
	u32 *offset;		/* per instruction (first slot): where its code starts */
	u32 *live;		/* per instruction (first slot): live_out << 16 | live_in */
	struct rvjit_info *info;
};

struct rvjit_frame {
	u8 pro[RVJIT_MAX_FRAME_BYTES];
	u8 epi[RVJIT_MAX_FRAME_BYTES];
	u32 npro, nepi;		/* bytes */
};

static int rvjit_fail(struct rvjit_ctx *ctx, s32 insn, const char *why, int err)
{
	ctx->info->err_insn = insn;
	ctx->info->err = why;
	return err;
}

static bool rvjit_is_ld_imm64(const struct bpf_insn *insn)
{
	return insn->code == (BPF_LD | BPF_IMM | BPF_DW);
}

/* Slots of the instruction at @i: the loops below visit first slots only (bpf.Insn) */
static u32 rvjit_slots(const struct rvjit_ctx *ctx, u32 i)
{
	return rvjit_is_ld_imm64(&ctx->insns[i]) ? 2 : 1;
}

/* bpf.jump_target: whether the instruction at @i jumps, and to which slot (*@target) */
static bool rvjit_jump_target(const struct rvjit_ctx *ctx, u32 i, s64 *target)
{
	const struct bpf_insn *insn = &ctx->insns[i];
	u8 cls = BPF_CLASS(insn->code), op = BPF_OP(insn->code);

	if ((cls != BPF_JMP && cls != BPF_JMP32) || op == BPF_CALL || op == BPF_EXIT)
		return false;
	*target = (s64)i + 1 + (cls == BPF_JMP32 && op == BPF_JA ? insn->imm : insn->off);
	return true;
}

static bool rvjit_is_exit(const struct bpf_insn *insn)
{
	return insn->code == (BPF_JMP | BPF_EXIT);
}

/* jit._jumps: instructions whose code depends on where their target is */
static bool rvjit_jumps(const struct rvjit_ctx *ctx, u32 i)
{
	s64 target;

	return rvjit_is_exit(&ctx->insns[i]) || rvjit_jump_target(ctx, i, &target);
}

/*
 * jit._dist: bytes from the code of the instruction at @i to its target's code, in the
 * layout of ctx->offset (EXIT: to the epilogue at @epi_at); 0 for instructions that do not
 * jump.  Targets were checked by rvjit_check_targets().
 */
static s64 rvjit_dist(const struct rvjit_ctx *ctx, u32 i, u32 epi_at)
{
	s64 target;

	if (rvjit_is_exit(&ctx->insns[i]))
		return (s64)epi_at - ctx->offset[i];
	if (!rvjit_jump_target(ctx, i, &target))
		return 0;
	return (s64)ctx->offset[target] - ctx->offset[i];
}

/* The generated emitter on one instruction (LD_IMM64: both slots) */
static int rvjit_emit_one(const struct bpf_insn *insn, s64 dist, u32 isa, u8 *out, u32 *len)
{
	u64 imm64 = 0;

	if (rvjit_is_ld_imm64(insn))
		imm64 = (u32)insn[0].imm | ((u64)(u32)insn[1].imm << 32);
	return rvjit_emit_insn(insn->code, insn->dst_reg, insn->src_reg, insn->off, insn->imm,
			       imm64, dist, isa, out, len, NULL);
}

/* upper.hi_dead: no later instruction reads the upper half of the dst of slot @i */
static bool rvjit_hi_dead(const struct rvjit_ctx *ctx, u32 i)
{
	return !((ctx->live[i] >> 16) & (1U << ctx->insns[i].dst_reg));
}

/* jit._emit: translate the instruction at slot @i, its target @dist bytes away */
static int rvjit_emit(struct rvjit_ctx *ctx, u32 i, s64 dist, u8 *out, u32 *len)
{
	u32 isa = ctx->isa | (rvjit_hi_dead(ctx, i) ? RVJIT_HI_DEAD : 0);
	int err = rvjit_emit_one(&ctx->insns[i], dist, isa, out, len);

	if (err == -EOPNOTSUPP)
		return rvjit_fail(ctx, i, "no rule translates this opcode", err);
	if (err)
		return rvjit_fail(ctx, i, "no rule's guard holds", err);
	return 0;
}

/*
 * bpf.check_targets (done by the caller too; repeated here because the layout indexes by
 * target): every jump lands on the first slot of an instruction, and control does not run
 * off the end (the last instruction is EXIT or an unconditional jump).  Uses ctx->size to
 * mark first slots.
 */
static int rvjit_check_targets(struct rvjit_ctx *ctx)
{
	const struct bpf_insn *last;
	u32 i, prev = 0;
	s64 t;

	for (i = 0; i < ctx->n; i += rvjit_slots(ctx, i)) {
		ctx->size[i] = 1;
		prev = i;
	}
	if (prev + rvjit_slots(ctx, prev) > ctx->n)
		return rvjit_fail(ctx, prev, "LD_IMM64 is missing its second half", -EINVAL);
	for (i = 0; i < ctx->n; i += rvjit_slots(ctx, i))
		if (rvjit_jump_target(ctx, i, &t) && (t < 0 || t >= ctx->n || !ctx->size[t]))
			return rvjit_fail(ctx, i, "jump target outside the program or inside an LD_IMM64",
					  -EINVAL);
	last = &ctx->insns[prev];
	if (!rvjit_is_exit(last) &&
	    !(BPF_OP(last->code) == BPF_JA &&
	      (BPF_CLASS(last->code) == BPF_JMP || BPF_CLASS(last->code) == BPF_JMP32)))
		return rvjit_fail(ctx, prev, "the last instruction must be EXIT or an unconditional jump",
				  -EINVAL);
	return 0;
}

#define RVJIT_ALL_REGS		0x7ffU	/* R0..R10: upper.ALL_REGS */
#define RVJIT_CALL_CLOBBERS	0x3fU	/* R0..R5: upper.CALL_CLOBBERS */

/*
 * upper.access: the registers whose upper halves @insn may read (*@reads) and the registers
 * it may write (*@writes), as masks (bit r: Rr).  proofs/upper.py proves the Python table
 * against the eBPF semantics; this is its twin, line by line.
 */
static void rvjit_access(const struct bpf_insn *insn, u32 *reads, u32 *writes)
{
	u32 d = 1U << insn->dst_reg, s = 1U << insn->src_reg;
	u8 op = BPF_OP(insn->code);
	bool x = BPF_SRC(insn->code) == BPF_X;

	*reads = 0;
	*writes = 0;
	switch (BPF_CLASS(insn->code)) {
	case BPF_ALU64:
		*writes = d;
		if (op == BPF_MOV)
			*reads = x ? s : 0;
		else if (op == BPF_NEG || op == BPF_END)
			*reads = d;
		else
			*reads = d | (x ? s : 0);
		break;
	case BPF_ALU:			/* 32-bit: low halves, but le64/be64 */
		*writes = d;
		*reads = op == BPF_END && insn->imm == 64 ? d : 0;
		break;
	case BPF_JMP:
		if (op == BPF_EXIT) {
			*reads = 1;
		} else if (op == BPF_CALL) {
			*reads = RVJIT_ALL_REGS;
			*writes = RVJIT_CALL_CLOBBERS;
		} else if (op != BPF_JA) {
			*reads = d | (x ? s : 0);
		}
		break;
	case BPF_JMP32:
		break;
	case BPF_LDX:
		*reads = s;
		*writes = d;
		break;
	case BPF_ST:
		*reads = d;
		break;
	case BPF_STX:
		if (BPF_MODE(insn->code) == BPF_ATOMIC) {
			*reads = RVJIT_ALL_REGS;
			*writes = 1 | d | s;
		} else {
			*reads = d | (BPF_SIZE(insn->code) == BPF_DW ? s : 0);
		}
		break;
	default:			/* BPF_LD */
		if (rvjit_is_ld_imm64(insn)) {
			*writes = d;
		} else {
			*reads = RVJIT_ALL_REGS;
			*writes = RVJIT_CALL_CLOBBERS;
		}
	}
}

/*
 * upper.live_out: ctx->live[i] = live_out << 16 | live_in, the registers whose upper half may
 * be read after (before) the instruction at first slot @i before being written again: the
 * least fixed point of live_out(i) = the union of live_in over i's successors, live_in(i) =
 * (live_out(i) & ~writes(i)) | reads(i), by passes from the end until nothing changes.
 * Runs after rvjit_check_targets(), whose ctx->size marks first slots.
 */
static void rvjit_live(struct rvjit_ctx *ctx)
{
	const struct bpf_insn *insn;
	u32 i, out, in, reads, writes;
	bool changed = true, falls;
	s64 t;

	while (changed) {
		changed = false;
		for (i = ctx->n; i-- > 0;) {
			if (!ctx->size[i])
				continue;
			insn = &ctx->insns[i];
			falls = !rvjit_is_exit(insn) &&
				!(BPF_OP(insn->code) == BPF_JA &&
				  (BPF_CLASS(insn->code) == BPF_JMP || BPF_CLASS(insn->code) == BPF_JMP32));
			out = 0;
			if (falls && i + rvjit_slots(ctx, i) < ctx->n)
				out |= ctx->live[i + rvjit_slots(ctx, i)] & 0xffff;
			if (rvjit_jump_target(ctx, i, &t))
				out |= ctx->live[t] & 0xffff;
			rvjit_access(insn, &reads, &writes);
			in = (out & ~writes & RVJIT_ALL_REGS) | reads;
			if ((out << 16 | in) != ctx->live[i]) {
				ctx->live[i] = out << 16 | in;
				changed = true;
			}
		}
	}
}

/*
 * jit.frame: the proven prologue and epilogue (generated from rvjit/rules/frame.py) that
 * save what the program uses; jit._used_bpf_regs: every register an instruction names.
 */
static void rvjit_frame(const struct rvjit_ctx *ctx, struct rvjit_frame *f)
{
	u32 used = 0, i;

	for (i = 0; i < ctx->n; i += rvjit_slots(ctx, i))
		used |= 1U << ctx->insns[i].dst_reg | 1U << ctx->insns[i].src_reg;
	rvjit_emit_frame(used, ctx->isa, f->pro, &f->npro, f->epi, &f->nepi, NULL);
}

/*
 * compile_program's layout passes: sizes start at every instruction's form for a target
 * 0 bytes away (the shortest), then each pass lays the code out from the sizes and
 * re-sizes the jumps for the distances that layout gives (all from the same layout), until
 * no size changes.  Sizes only
 * grow, and a longer size only lengthens distances, so this reaches the least fixed point.
 * Sets *@epi_at, where the epilogue starts.
 */
static int rvjit_layout(struct rvjit_ctx *ctx, u32 pro_len, u32 *epi_at)
{
	u8 scratch[RVJIT_MAX_INSN_BYTES];
	u32 passes, i, len;
	bool changed;
	u64 at;
	int err;

	for (i = 0; i < ctx->n; i += rvjit_slots(ctx, i)) {
		err = rvjit_emit(ctx, i, 0, scratch, &ctx->size[i]);
		if (err)
			return err;
	}
	for (passes = 1; passes <= RVJIT_MAX_PASSES; passes++) {
		at = pro_len;
		for (i = 0; i < ctx->n; i += rvjit_slots(ctx, i)) {
			ctx->offset[i] = at;
			at += ctx->size[i];
			if (at > RVJIT_IMAGE_LIMIT)	/* (keeps offsets in range; Python checks below) */
				return rvjit_fail(ctx, i, "image exceeds the limit under which jump rules are proven exhaustive",
						  -E2BIG);
		}
		*epi_at = at;
		changed = false;
		for (i = 0; i < ctx->n; i += rvjit_slots(ctx, i)) {
			if (!rvjit_jumps(ctx, i))
				continue;
			err = rvjit_emit(ctx, i, rvjit_dist(ctx, i, *epi_at), scratch, &len);
			if (err)
				return err;
			if (len != ctx->size[i]) {
				ctx->size[i] = len;
				changed = true;
			}
		}
		if (!changed)
			break;
	}
	if (passes > RVJIT_MAX_PASSES)
		return rvjit_fail(ctx, -1, "layout did not converge", -EINVAL);
	ctx->info->passes = passes;
	return 0;
}

/*
 * compile_program's final pass: emit every instruction where the layout put it and check
 * that it is there, with the size the layout converged on, and that the body ends where the
 * epilogue was laid out.  With @buf NULL, only the checks run.
 */
static int rvjit_emit_body(struct rvjit_ctx *ctx, u32 pro_len, u32 epi_at, u8 *buf)
{
	u8 scratch[RVJIT_MAX_INSN_BYTES];
	u32 pos = pro_len, i, len;
	int err;

	for (i = 0; i < ctx->n; i += rvjit_slots(ctx, i)) {
		if (pos != ctx->offset[i])
			return rvjit_fail(ctx, i, "layout check: fragment not at its recorded offset",
					  -EINVAL);
		err = rvjit_emit(ctx, i, rvjit_dist(ctx, i, epi_at), scratch, &len);
		if (err)
			return err;
		if (len != ctx->size[i])
			return rvjit_fail(ctx, i, "layout check: emitted size differs from the converged one",
					  -EINVAL);
		if (buf)
			memcpy(buf + pos, scratch, len);
		pos += len;
	}
	if (pos != epi_at)
		return rvjit_fail(ctx, -1, "layout check: body does not end where the layout said",
				  -EINVAL);
	return 0;
}

int rvjit_check_insn(const struct bpf_insn *insn, u32 isa)
{
	u8 scratch[RVJIT_MAX_INSN_BYTES];
	u32 len;

	return rvjit_emit_one(insn, 0, isa & ~RVJIT_HI_DEAD, scratch, &len);
}

/* jit.compile_program */
int rvjit_compile(const struct bpf_insn *insns, u32 n, u32 isa, u8 *buf, u32 buf_len,
		  struct rvjit_info *info)
{
	/* RVJIT_HI_DEAD is the analysis' to set, per instruction, never the caller's */
	struct rvjit_ctx ctx = { .insns = insns, .n = n, .isa = isa & ~RVJIT_HI_DEAD, .info = info };
	struct rvjit_frame f;
	u32 pro_len, epi_at = 0;
	int err;

	info->len = 0;
	info->epilogue = 0;
	info->passes = 0;
	info->err_insn = -1;
	info->err = NULL;
	if (!n)
		return rvjit_fail(&ctx, -1, "empty program", -EINVAL);
	ctx.size = kvcalloc(n, sizeof(*ctx.size), GFP_KERNEL);
	ctx.offset = kvcalloc(n, sizeof(*ctx.offset), GFP_KERNEL);
	ctx.live = kvcalloc(n, sizeof(*ctx.live), GFP_KERNEL);
	err = -ENOMEM;
	if (!ctx.size || !ctx.offset || !ctx.live)
		goto out;
	err = rvjit_check_targets(&ctx);
	if (err)
		goto out;
	rvjit_live(&ctx);

	rvjit_frame(&ctx, &f);
	pro_len = f.npro;

	err = rvjit_layout(&ctx, pro_len, &epi_at);
	if (err)
		goto out;
	if (epi_at > RVJIT_IMAGE_LIMIT) {
		err = rvjit_fail(&ctx, -1, "image exceeds the limit under which jump rules are proven exhaustive",
				 -E2BIG);
		goto out;
	}
	info->epilogue = epi_at;
	info->len = epi_at + f.nepi;
	if (buf && buf_len < info->len) {
		err = rvjit_fail(&ctx, -1, "image buffer too small", -ENOSPC);
		goto out;
	}
	err = rvjit_emit_body(&ctx, pro_len, epi_at, buf);
	if (err || !buf)
		goto out;
	memcpy(buf, f.pro, f.npro);
	memcpy(buf + epi_at, f.epi, f.nepi);
out:
	kvfree(ctx.live);
	kvfree(ctx.offset);
	kvfree(ctx.size);
	return err;
}
