// SPDX-License-Identifier: GPL-2.0
/*
 * The JIT driver: the C twin of rvjit/jit.py, which it must follow step by step (each
 * function names its Python counterpart).  The instructions themselves are translated by the
 * generated emitter (generated/rvjit_emit.c), from the proven rule table.
 *
 * A program is its main function followed by its subprograms (bpf.functions: a function
 * starts at every target of a bpf-to-bpf call or function reference).  Each function gets the
 * proven frame of what it names and does; the image is, per function in program order,
 * prologue | body | epilogue, and the main function of a program that tail calls ends with
 * its tail stub.
 *
 * Layout is the kernel's: instruction sizes start from the shortest forms (every target as
 * if it were 0 bytes away) and grow, pass after pass, until no size changes; then a final pass
 * emits the code and checks that every fragment sits at the offset the converged layout gave
 * it, with the size it predicted.
 */
#include "rvjit_jit.h"

#ifdef __KERNEL__
#include <linux/slab.h>
#include <linux/string.h>
#endif

#define RVJIT_MAX_PASSES	32	/* jit.MAX_PASSES */
#define RVJIT_MAX_CALL_FRAMES	8	/* abi.MAX_CALL_FRAMES */
#define RVJIT_HELPER_TAIL_CALL	12	/* abi.BPF_FUNC_tail_call */
#define RVJIT_ALL_REGS		0x7ffU	/* R0..R10: upper.ALL_REGS */
#define RVJIT_ARGS		0x3eU	/* R1..R5: upper.ARGS */
#define RVJIT_CALL_CLOBBERS	0x3fU	/* R0..R5: upper.CALL_CLOBBERS */
/* Atomic operations (uapi bpf.h; LOAD_ACQ and STORE_REL are newer than some headers) */
#define RVJIT_FETCH		0x01
#define RVJIT_CMPXCHG		0xf1
#define RVJIT_LOAD_ACQ		0x100
#define RVJIT_STORE_REL		0x110

struct rvjit_frame {
	u8 pro[RVJIT_MAX_FRAME_BYTES];
	u8 epi[RVJIT_MAX_FRAME_BYTES];
	u8 stub[RVJIT_MAX_FRAME_BYTES];
	u32 npro, nepi, nstub;	/* bytes */
	u32 size;		/* bytes of RV stack (rvjit_frame_size()) */
};

/* jit.Function: one function of the program and where the layout puts it */
struct rvjit_func {
	u32 start, end;		/* slots [start, end) */
	struct rvjit_frame f;
	u32 entry, epilogue, stub;	/* offsets of its pieces in the current layout */
	u32 stack;		/* RV stack of its deepest call chain (0: not known yet) */
	bool on_path;		/* being walked by rvjit_stack() */
};

struct rvjit_ctx {
	const struct bpf_insn *insns;
	const u8 *ctxs;		/* per slot: RVJIT_CTX_* of a memory instruction's base, or NULL */
	u32 n;			/* slots */
	u32 isa;
	u32 *size;		/* per instruction (first slot): bytes of its code */
	u32 *offset;		/* per instruction (first slot): where its code starts */
	u32 *func;		/* per slot: index of its function (in the first pass: a start mark) */
	u32 *live;		/* per instruction (first slot): live_out << 16 | live_in */
	struct rvjit_func *funcs;
	u32 nfuncs;
	struct rvjit_info *info;
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

/* bpf.call_target: a bpf-to-bpf call's or function reference's target slot (*@target) */
static bool rvjit_call_target(const struct rvjit_ctx *ctx, u32 i, s64 *target)
{
	const struct bpf_insn *insn = &ctx->insns[i];

	if (!(insn->code == (BPF_JMP | BPF_CALL) && insn->src_reg == BPF_PSEUDO_CALL) &&
	    !(rvjit_is_ld_imm64(insn) && insn->src_reg == BPF_PSEUDO_FUNC))
		return false;
	*target = (s64)i + 1 + insn->imm;
	return true;
}

/* bpf.is_tail_call */
static bool rvjit_is_tail_call(const struct bpf_insn *insn)
{
	return insn->code == (BPF_JMP | BPF_CALL) && insn->src_reg == 0 &&
	       insn->imm == RVJIT_HELPER_TAIL_CALL;
}

/* bpf.is_call: a call that returns (a helper or a bpf-to-bpf call) */
static bool rvjit_is_call(const struct bpf_insn *insn)
{
	return insn->code == (BPF_JMP | BPF_CALL) && !rvjit_is_tail_call(insn);
}

static bool rvjit_is_exit(const struct bpf_insn *insn)
{
	return insn->code == (BPF_JMP | BPF_EXIT);
}

static bool rvjit_ends_function(const struct bpf_insn *insn)
{
	return rvjit_is_exit(insn) ||
	       (BPF_OP(insn->code) == BPF_JA &&
		(BPF_CLASS(insn->code) == BPF_JMP || BPF_CLASS(insn->code) == BPF_JMP32));
}

/* jit._depends_on_layout: instructions whose code depends on where their target is */
static bool rvjit_depends_on_layout(const struct rvjit_ctx *ctx, u32 i)
{
	s64 target;

	return rvjit_is_exit(&ctx->insns[i]) || rvjit_is_tail_call(&ctx->insns[i]) ||
	       rvjit_jump_target(ctx, i, &target) || rvjit_call_target(ctx, i, &target);
}

/*
 * compile_program's dist(): bytes from the code of the instruction at @i to where it goes,
 * in the current layout: a jump's target, its function's epilogue (EXIT), the called or
 * referenced function's prologue, the tail stub; 0 for the others.  Targets were checked by
 * rvjit_functions().
 */
static s64 rvjit_dist(const struct rvjit_ctx *ctx, u32 i)
{
	const struct bpf_insn *insn = &ctx->insns[i];
	s64 at = ctx->offset[i], target;

	if (rvjit_is_exit(insn))
		return (s64)ctx->funcs[ctx->func[i]].epilogue - at;
	if (rvjit_is_tail_call(insn))
		return (s64)ctx->funcs[0].stub - at;
	if (rvjit_call_target(ctx, i, &target))
		return (s64)ctx->funcs[ctx->func[target]].entry - at;
	if (!rvjit_jump_target(ctx, i, &target))
		return 0;
	return (s64)ctx->offset[target] - at;
}

/* The generated emitter on one instruction (LD_IMM64: both slots) */
static int rvjit_emit_one(const struct bpf_insn *insn, u8 base, s64 dist, u32 isa, u8 *out,
			  u32 *len)
{
	u64 imm64 = 0;

	if (rvjit_is_ld_imm64(insn))
		imm64 = (u32)insn[0].imm | ((u64)(u32)insn[1].imm << 32);
	return rvjit_emit_insn(insn->code, base, insn->dst_reg, insn->src_reg, insn->off, insn->imm,
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
	u8 base = ctx->ctxs ? ctx->ctxs[i] : RVJIT_CTX_NONE;
	u32 isa = ctx->isa | (rvjit_hi_dead(ctx, i) ? RVJIT_HI_DEAD : 0);
	int err = rvjit_emit_one(&ctx->insns[i], base, dist, isa, out, len);

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
	u32 i, prev = 0;
	s64 t;

	for (i = 0; i < ctx->n; i += rvjit_slots(ctx, i)) {
		ctx->size[i] = 1;
		prev = i;
	}
	if (prev + rvjit_slots(ctx, prev) > ctx->n)
		return rvjit_fail(ctx, prev, "LD_IMM64 is missing its second half", -EINVAL);
	for (i = 0; i < ctx->n; i += rvjit_slots(ctx, i))
		if ((rvjit_jump_target(ctx, i, &t) || rvjit_call_target(ctx, i, &t)) &&
		    (t < 0 || t >= ctx->n || !ctx->size[t]))
			return rvjit_fail(ctx, i, "jump or call target outside the program or inside an LD_IMM64",
					  -EINVAL);
	if (!rvjit_ends_function(&ctx->insns[prev]))
		return rvjit_fail(ctx, prev, "the last instruction must be EXIT or an unconditional jump",
				  -EINVAL);
	return 0;
}

/*
 * upper.access: the registers whose upper halves @insn may read (*@reads) and the registers
 * it may write (*@writes), as masks (bit r: Rr).  proofs/upper.py proves the Python table
 * against the eBPF semantics; this is its twin, line by line.
 */
static void rvjit_access(const struct bpf_insn *insn, u32 *reads, u32 *writes)
{
	u32 d = 1U << insn->dst_reg, s = 1U << insn->src_reg;
	bool x = BPF_SRC(insn->code) == BPF_X, wide = BPF_SIZE(insn->code) == BPF_DW;
	u8 op = BPF_OP(insn->code);

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
			*reads = 1;		/* the (sub)program's result, whole */
		} else if (op == BPF_CALL) {
			*writes = RVJIT_CALL_CLOBBERS;
			if (rvjit_is_tail_call(insn))
				*reads = 0xeU;	/* ctx, prog_array, index */
			else if (insn->src_reg == 0 || insn->src_reg == BPF_PSEUDO_CALL)
				*reads = RVJIT_ARGS;
			else
				*reads = *writes = RVJIT_ALL_REGS;
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
		if (BPF_MODE(insn->code) != BPF_ATOMIC) {
			*reads = d | (wide ? s : 0);
		} else if (insn->imm == RVJIT_LOAD_ACQ) {
			*reads = s;
			*writes = d;
		} else if (insn->imm == RVJIT_STORE_REL) {
			*reads = d | (wide ? s : 0);
		} else {		/* 32-bit ones use the low halves only */
			*reads = d | (wide ? s | (insn->imm == RVJIT_CMPXCHG ? 1 : 0) : 0);
			if (insn->imm == RVJIT_CMPXCHG)
				*writes = 1;
			else if (insn->imm & RVJIT_FETCH)
				*writes = s;
		}
		break;
	default:			/* BPF_LD */
		if (rvjit_is_ld_imm64(insn)) {
			*writes = d;
		} else {
			*reads = RVJIT_ALL_REGS;
			*writes = RVJIT_ALL_REGS;
		}
	}
}

/*
 * upper.live_out: ctx->live[i] = live_out << 16 | live_in, the registers whose upper half may
 * be read after (before) the instruction at first slot @i before being written again: the
 * least fixed point of live_out(i) = the union of live_in over i's successors, live_in(i) =
 * (live_out(i) & ~writes(i)) | reads(i), by passes from the end until nothing changes.
 * Jumps stay inside their function (rvjit_functions()), calls fall through, EXIT ends.
 * Runs after rvjit_check_targets(), whose ctx->size marks first slots.
 */
static void rvjit_live(struct rvjit_ctx *ctx)
{
	const struct bpf_insn *insn;
	u32 i, out, in, reads, writes;
	bool changed = true;
	s64 t;

	while (changed) {
		changed = false;
		for (i = ctx->n; i-- > 0;) {
			if (!ctx->size[i])
				continue;
			insn = &ctx->insns[i];
			out = 0;
			if (!rvjit_ends_function(insn) && i + rvjit_slots(ctx, i) < ctx->n)
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

/* The frame size of rvjit/rules/frame.py's Frame.size for rvjit_emit_frame()'s @used */
static u32 rvjit_frame_size(u32 used)
{
	u32 saved = hweight32(used & 0x7c0) + !!(used & RVJIT_FRAME_CALLS) +
		    !!(used & RVJIT_FRAME_RT) + !!(used & RVJIT_FRAME_TAIL_CALLS);
	bool stack = used & BIT(RVJIT_BPF_FP);

	return (RVJIT_BPF_STACK * stack + 8 * saved + 15) / 16 * 16;
}

/*
 * bpf.functions (check_subprogs): a function starts at slot 0 and at every call or function
 * reference target, and runs to the next; each ends with EXIT or an unconditional jump, and
 * no jump leaves it.  Then compile_program's frames: each function's proven frame from the
 * eBPF registers it names (jit._used_bpf_regs: not the src field of a call or LD_IMM64),
 * whether it calls, and for the main function whether the program needs the runtime table
 * or tail calls.  Tail calls are the main function's only (jit._check_calls).
 */
static int rvjit_functions(struct rvjit_ctx *ctx)
{
	bool needs_rt = false, tail_calls = false;
	u32 i, k, f;
	s64 t;

	for (i = 0; i < ctx->n; i++)
		ctx->func[i] = 0;
	ctx->func[0] = 1;
	for (i = 0; i < ctx->n; i += rvjit_slots(ctx, i))
		if (rvjit_call_target(ctx, i, &t))
			ctx->func[t] = 1;
	ctx->nfuncs = 0;
	for (i = 0; i < ctx->n; i++)
		ctx->nfuncs += ctx->func[i];
	ctx->funcs = kvcalloc(ctx->nfuncs, sizeof(*ctx->funcs), GFP_KERNEL);
	if (!ctx->funcs)
		return -ENOMEM;
	for (i = 0, k = 0; i < ctx->n; i++) {
		if (ctx->func[i]) {
			ctx->funcs[k].start = i;
			if (k)
				ctx->funcs[k - 1].end = i;
			k++;
		}
		ctx->func[i] = k - 1;
	}
	ctx->funcs[k - 1].end = ctx->n;

	for (i = 0; i < ctx->n; i += rvjit_slots(ctx, i)) {
		const struct bpf_insn *insn = &ctx->insns[i];

		if (rvjit_is_call(insn) && insn->src_reg == 0)
			needs_rt = true;
		if (rvjit_is_ld_imm64(insn) && (insn->src_reg == BPF_PSEUDO_MAP_IDX ||
						insn->src_reg == BPF_PSEUDO_MAP_IDX_VALUE))
			needs_rt = true;
		if (rvjit_is_tail_call(insn)) {
			if (ctx->func[i])
				return rvjit_fail(ctx, i, "tail call from a subprogram", -EINVAL);
			tail_calls = true;
		}
		if (rvjit_jump_target(ctx, i, &t) && ctx->func[t] != ctx->func[i])
			return rvjit_fail(ctx, i, "jump into another function", -EINVAL);
	}
	for (f = 0; f < ctx->nfuncs; f++) {
		struct rvjit_func *fn = &ctx->funcs[f];
		u32 used = 0, last = fn->start;

		for (i = fn->start; i < fn->end; i += rvjit_slots(ctx, i)) {
			const struct bpf_insn *insn = &ctx->insns[i];
			bool pseudo = insn->code == (BPF_JMP | BPF_CALL) || rvjit_is_ld_imm64(insn);

			used |= BIT(insn->dst_reg) | (pseudo ? 0 : BIT(insn->src_reg));
			if (rvjit_is_call(insn))
				used |= RVJIT_FRAME_CALLS;
			last = i;
		}
		if (!rvjit_ends_function(&ctx->insns[last]))
			return rvjit_fail(ctx, last, "a function must end with EXIT or an unconditional jump",
					  -EINVAL);
		if (!f && needs_rt)
			used |= RVJIT_FRAME_RT;
		if (!f && tail_calls)
			used |= RVJIT_FRAME_TAIL_CALLS;
		rvjit_emit_frame(used, ctx->isa, fn->f.pro, &fn->f.npro, fn->f.epi, &fn->f.nepi,
				 fn->f.stub, &fn->f.nstub, NULL);
		fn->f.size = rvjit_frame_size(used);
	}
	if (needs_rt)
		ctx->info->flags |= RVJIT_INFO_RT;
	if (tail_calls)
		ctx->info->flags |= RVJIT_INFO_TAIL_CALLS;
	return 0;
}

/*
 * jit._check_calls: the RV stack of the deepest call chain from function @f, @depth frames
 * deep already; no recursion, at most RVJIT_MAX_CALL_FRAMES frames.  Recurses at most
 * RVJIT_MAX_CALL_FRAMES deep.
 */
static int rvjit_stack(struct rvjit_ctx *ctx, u32 f, u32 depth)
{
	struct rvjit_func *fn = &ctx->funcs[f];
	u32 i, deepest = 0;
	s64 t;
	int err;

	if (fn->stack)
		return 0;
	fn->on_path = true;
	for (i = fn->start; i < fn->end; i += rvjit_slots(ctx, i)) {
		struct rvjit_func *callee;

		if (!rvjit_call_target(ctx, i, &t))
			continue;
		callee = &ctx->funcs[ctx->func[t]];
		if (callee->on_path)
			return rvjit_fail(ctx, i, "recursive bpf-to-bpf call", -EINVAL);
		if (depth + 1 > RVJIT_MAX_CALL_FRAMES)
			return rvjit_fail(ctx, i, "call chain deeper than 8 frames", -EINVAL);
		err = rvjit_stack(ctx, ctx->func[t], depth + 1);
		if (err)
			return err;
		deepest = max(deepest, callee->stack);
	}
	fn->on_path = false;
	fn->stack = fn->f.size + deepest;
	return 0;
}

/* compile_program's place(): offsets of every instruction and function piece for ctx->size */
static u64 rvjit_place(struct rvjit_ctx *ctx)
{
	u64 at = 0;
	u32 f, i;

	for (f = 0; f < ctx->nfuncs; f++) {
		struct rvjit_func *fn = &ctx->funcs[f];

		fn->entry = at;
		at += fn->f.npro;
		for (i = fn->start; i < fn->end; i += rvjit_slots(ctx, i)) {
			ctx->offset[i] = at;
			at += ctx->size[i];
			if (at > RVJIT_IMAGE_LIMIT)	/* (keeps offsets in range; checked below) */
				return at;
		}
		fn->epilogue = at;
		at += fn->f.nepi;
		fn->stub = at;
		at += fn->f.nstub;
	}
	return at;
}

/*
 * compile_program's layout passes: sizes start at every instruction's form for a target
 * 0 bytes away (the shortest), then each pass lays the code out from the sizes and
 * re-sizes what depends on the layout for the distances that layout gives (all from the
 * same layout), until no size changes.  Sizes only grow, and a longer size only lengthens
 * distances, so this reaches the least fixed point.  Sets *@total, the image size.
 */
static int rvjit_layout(struct rvjit_ctx *ctx, u64 *total)
{
	u8 scratch[RVJIT_MAX_INSN_BYTES];
	u32 passes, i, len;
	bool changed;
	int err;

	for (i = 0; i < ctx->n; i += rvjit_slots(ctx, i)) {
		err = rvjit_emit(ctx, i, 0, scratch, &ctx->size[i]);
		if (err)
			return err;
	}
	for (passes = 1; passes <= RVJIT_MAX_PASSES; passes++) {
		*total = rvjit_place(ctx);
		if (*total > RVJIT_IMAGE_LIMIT)
			return rvjit_fail(ctx, -1, "image exceeds the limit under which jump rules are proven exhaustive",
					  -E2BIG);
		changed = false;
		for (i = 0; i < ctx->n; i += rvjit_slots(ctx, i)) {
			if (!rvjit_depends_on_layout(ctx, i))
				continue;
			err = rvjit_emit(ctx, i, rvjit_dist(ctx, i), scratch, &len);
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
 * compile_program's final pass: emit every function's pieces and every instruction where the
 * layout put them and check that each is there, with the size the layout converged on, and
 * that each body ends where its epilogue was laid out.  With @buf NULL, only the checks run.
 */
static int rvjit_emit_image(struct rvjit_ctx *ctx, u64 total, u8 *buf)
{
	u8 scratch[RVJIT_MAX_INSN_BYTES];
	u32 pos = 0, f, i, len;
	int err;

	for (f = 0; f < ctx->nfuncs; f++) {
		struct rvjit_func *fn = &ctx->funcs[f];

		if (pos != fn->entry)
			return rvjit_fail(ctx, fn->start, "layout check: function not at its recorded offset",
					  -EINVAL);
		if (buf)
			memcpy(buf + pos, fn->f.pro, fn->f.npro);
		pos += fn->f.npro;
		for (i = fn->start; i < fn->end; i += rvjit_slots(ctx, i)) {
			if (pos != ctx->offset[i])
				return rvjit_fail(ctx, i, "layout check: fragment not at its recorded offset",
						  -EINVAL);
			err = rvjit_emit(ctx, i, rvjit_dist(ctx, i), scratch, &len);
			if (err)
				return err;
			if (len != ctx->size[i])
				return rvjit_fail(ctx, i, "layout check: emitted size differs from the converged one",
						  -EINVAL);
			if (buf)
				memcpy(buf + pos, scratch, len);
			pos += len;
		}
		if (pos != fn->epilogue)
			return rvjit_fail(ctx, -1, "layout check: body does not end where the layout said",
					  -EINVAL);
		if (buf) {
			memcpy(buf + pos, fn->f.epi, fn->f.nepi);
			memcpy(buf + pos + fn->f.nepi, fn->f.stub, fn->f.nstub);
		}
		pos += fn->f.nepi + fn->f.nstub;
	}
	if (pos != total)
		return rvjit_fail(ctx, -1, "layout check: image does not end where the layout said",
				  -EINVAL);
	return 0;
}

int rvjit_check_insn(const struct bpf_insn *insn, u8 base, u32 isa)
{
	u8 scratch[RVJIT_MAX_INSN_BYTES];
	u32 len;

	return rvjit_emit_one(insn, base, 0, isa & ~RVJIT_HI_DEAD, scratch, &len);
}

/* jit.compile_program */
int rvjit_compile(const struct bpf_insn *insns, u32 n, const u8 *ctxs, u32 isa, u8 *buf,
		  u32 buf_len, struct rvjit_info *info)
{
	/* RVJIT_HI_DEAD is the analysis' to set, per instruction, never the caller's */
	struct rvjit_ctx ctx = { .insns = insns, .ctxs = ctxs, .n = n, .isa = isa & ~RVJIT_HI_DEAD,
				 .info = info };
	u64 total = 0;
	int err;

	memset(info, 0, sizeof(*info));
	info->err_insn = -1;
	if (!n)
		return rvjit_fail(&ctx, -1, "empty program", -EINVAL);
	ctx.size = kvcalloc(n, sizeof(*ctx.size), GFP_KERNEL);
	ctx.offset = kvcalloc(n, sizeof(*ctx.offset), GFP_KERNEL);
	ctx.func = kvcalloc(n, sizeof(*ctx.func), GFP_KERNEL);
	ctx.live = kvcalloc(n, sizeof(*ctx.live), GFP_KERNEL);
	err = -ENOMEM;
	if (!ctx.size || !ctx.offset || !ctx.func || !ctx.live)
		goto out;
	err = rvjit_check_targets(&ctx);
	if (err)
		goto out;
	err = rvjit_functions(&ctx);
	if (err)
		goto out;
	rvjit_live(&ctx);
	err = rvjit_stack(&ctx, 0, 1);
	if (err)
		goto out;
	info->stack_bytes = ctx.funcs[0].stack;
	info->nfuncs = ctx.nfuncs;

	err = rvjit_layout(&ctx, &total);
	if (err)
		goto out;
	info->epilogue = ctx.funcs[0].epilogue;
	info->len = total;
	if (buf && buf_len < info->len) {
		err = rvjit_fail(&ctx, -1, "image buffer too small", -ENOSPC);
		goto out;
	}
	err = rvjit_emit_image(&ctx, total, buf);
out:
	kvfree(ctx.live);
	kvfree(ctx.funcs);
	kvfree(ctx.func);
	kvfree(ctx.offset);
	kvfree(ctx.size);
	return err;
}
