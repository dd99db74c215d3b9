// SPDX-License-Identifier: GPL-2.0
/*
 * The seven bpf_prog_offload_ops callbacks: the verifier's view of an offloaded program in,
 * a RISC-V image out.
 *
 * The program is copied in prepare(), before the verifier looks at it, because what is left
 * in prog->insnsi by translate() time is the host's program: do_misc_fixups() has inserted
 * division guards, turned helper IDs into host addresses and bpf2bpf calls into interpreter
 * calls (kernel-offload.md C.2).  The copy follows only the verifier's dead-code edits, which
 * it reports through replace_insn() and remove_insns(); the guards are not needed, because
 * the rules implement eBPF's own x/0 and x%0.  insn_hook() refuses, with a line in the
 * verifier log, every instruction outside the eBPF ISA it knows (an explicit list: a newer
 * verifier lets through may_goto, arena and other instructions an older one refused) and
 * every one the rule table does not translate.
 *
 * Locking: every callback runs under bpf_devs_lock (destroy() for writing), so none of them
 * may take RTNL.  The image stays allocated until destroy(), because BPF_OBJ_GET_INFO_BY_FD
 * copies it out under the same lock.
 */
#include <linux/bpf.h>
#include <linux/bpf_verifier.h>
#include <linux/filter.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/mutex.h>
#include <linux/seq_file.h>

#include "rvjit_offload.h"
#include "rvjit_jit.h"
#include "generated/rvoff_abi.h"

#define rvjit_vlog(env, fmt, ...) \
	bpf_verifier_log_write(env, "rvjit: " fmt, ##__VA_ARGS__)

struct rvjit_stats rvjit_stats;

/* What the verifier saw, as the device will run it, and what it became */
struct rvjit_prog {
	struct bpf_insn *insns;	/* kept in step with the verifier's dead-code edits */
	u8 *ctxs;		/* per slot: RVJIT_CTX_* if its base is PTR_TO_CTX (insn_hook) */
	u32 n;			/* slots in @insns */
	u32 isa;		/* RVJIT_ISA_* at prepare(): one program, one ISA */
	u8 *image;
	u32 len;
	/* What the image needs besides its code (docs/abi.md section 12), for debugfs */
	struct bpf_prog *prog;
	struct list_head node;	/* in rvjit_progs once translated */
	u32 stack_bytes;
	u32 flags;		/* RVJIT_INFO_* */
	DECLARE_BITMAP(helpers, __BPF_FUNC_MAX_ID);
};

/* The translated programs, for debugfs rvjit/programs; nests inside bpf_devs_lock */
static LIST_HEAD(rvjit_progs);
static DEFINE_MUTEX(rvjit_progs_lock);

static struct rvjit_prog *rvjit_prog_of(struct bpf_prog *prog)
{
	return prog->aux->offload->dev_priv;
}

static int rvjit_prepare(struct bpf_prog *prog)
{
	struct rvjit_prog *rp;

	rp = rvjit_kzalloc(sizeof(*rp), GFP_KERNEL);
	if (!rp)
		return -ENOMEM;
	rp->insns = rvjit_kvmalloc_array(prog->len, sizeof(*rp->insns), GFP_KERNEL);
	rp->ctxs = rvjit_kvzalloc(array_size(prog->len, sizeof(*rp->ctxs)), GFP_KERNEL);
	if (!rp->insns || !rp->ctxs) {
		rvjit_kvfree(rp->ctxs);
		rvjit_kvfree(rp->insns);
		rvjit_kfree(rp);
		return -ENOMEM;
	}
	memcpy(rp->insns, prog->insnsi, prog->len * sizeof(*rp->insns));
	rp->n = prog->len;
	rp->isa = rvjit_isa();
	rp->prog = prog;
	INIT_LIST_HEAD(&rp->node);
	prog->aux->offload->dev_priv = rp;
	atomic_long_inc(&rvjit_stats.programs);
	atomic_long_inc(&rvjit_stats.prepared);
	return 0;
}

/* Names for the refusal message: what kind of instruction has no rule */
static const char *rvjit_insn_kind(const struct bpf_insn *insn)
{
	u8 cls = BPF_CLASS(insn->code), mode = BPF_MODE(insn->code);

	switch (cls) {
	case BPF_LD:
	case BPF_LDX:
		return "load";
	case BPF_ST:
		return "store";
	case BPF_STX:
		return mode == BPF_ATOMIC ? "atomic operation" : "store";
	case BPF_ALU:
	case BPF_ALU64:
		return "arithmetic";
	default:
		return "jump";
	}
}

/*
 * The context the base register of a load or store at @insn is, in the verifier's current
 * state: the device's context is laid out differently (docs/abi.md section 5), and the
 * translation of a pointer field's load depends on it.  The verifier refuses an instruction
 * used with the context on one path and another pointer on another.
 */
static u8 rvjit_insn_ctx(struct bpf_verifier_env *env, const struct bpf_insn *insn)
{
	u8 cls = BPF_CLASS(insn->code);
	u8 reg = cls == BPF_LDX ? insn->src_reg : insn->dst_reg;

	if ((cls != BPF_LDX && cls != BPF_ST && cls != BPF_STX) || reg >= MAX_BPF_REG ||
	    base_type(cur_regs(env)[reg].type) != PTR_TO_CTX)
		return RVJIT_CTX_NONE;
	return env->prog->type == BPF_PROG_TYPE_XDP ? RVJIT_CTX_XDP : RVJIT_CTX_TC;
}

/* RFC 9669 numbers that 6.1's headers do not name */
#define RVJIT_MEMSX	0x80	/* sign-extending load mode */
#define RVJIT_JCOND	0xe0	/* may_goto */
#define RVJIT_ADDR_SPACE_CAST	1	/* the off of an arena pointer cast (mov with off 1) */

/*
 * The eBPF instructions rvjit knows, opcode by opcode (RFC 9669 with ISA v4): NULL for one
 * of them, else what the instruction is.  Known is not translated: rvjit_check_insn() asks
 * the rule table next.
 */
static const char *rvjit_insn_unknown(const struct bpf_insn *insn)
{
	u8 cls = BPF_CLASS(insn->code), op = BPF_OP(insn->code), mode = BPF_MODE(insn->code);
	u8 size = BPF_SIZE(insn->code);

	switch (cls) {
	case BPF_LD:
		if (mode == BPF_ABS || mode == BPF_IND)
			return "legacy packet load (LD_ABS/LD_IND)";
		return insn->code == (BPF_LD | BPF_IMM | BPF_DW) ? NULL : "unknown load";
	case BPF_LDX:
		if (mode == BPF_MEM || (mode == RVJIT_MEMSX && size != BPF_DW))
			return NULL;
		return "unknown load mode";
	case BPF_ST:
		return mode == BPF_MEM ? NULL : "unknown store mode";
	case BPF_STX:
		if (mode == BPF_MEM || (mode == BPF_ATOMIC && (size == BPF_W || size == BPF_DW)))
			return NULL;
		return "unknown store mode";
	case BPF_ALU:
	case BPF_ALU64:
		if (op == BPF_MOV && cls == BPF_ALU64 && insn->off == RVJIT_ADDR_SPACE_CAST &&
		    (insn->imm >> 16) == 1)
			return "addr_space_cast (arena memory)";
		return op <= BPF_END ? NULL : "unknown arithmetic";
	default:				/* BPF_JMP, BPF_JMP32 */
		if (op == RVJIT_JCOND)
			return "may_goto";
		if (op == BPF_CALL || op == BPF_EXIT)
			return cls == BPF_JMP ? NULL : "unknown jump";
		return op <= BPF_JSLE ? NULL : "unknown jump";
	}
}

/* Every helper's name, for the refusals (uapi/linux/bpf.h's list, as kernel/bpf/disasm.c) */
#define RVJIT_HELPER_NAME(x) \
	[BPF_FUNC_ ## x] = "bpf_" #x
static const char * const rvjit_helper_names[] = {
	__BPF_FUNC_MAPPER(RVJIT_HELPER_NAME)
};

/* A call: the ABI's helpers and bpf-to-bpf calls are translated; the rest is refused */
static int rvjit_check_call(struct bpf_verifier_env *env, const struct bpf_insn *insn, int idx)
{
	s32 id = insn->imm;

	if (insn->src_reg == BPF_PSEUDO_CALL)
		return 0;
	if (insn->src_reg == BPF_PSEUDO_KFUNC_CALL) {
		rvjit_vlog(env, "insn %d: kfunc calls are not supported: a device has no kernel functions\n",
			   idx);
		return -EOPNOTSUPP;
	}
	if (insn->src_reg == 0 && rvoff_helper_provided(id))
		return 0;
	rvjit_vlog(env, "insn %d: helper %s (%d) is not one a device provides (docs/abi.md section 6)\n",
		   idx, id >= 0 && id < ARRAY_SIZE(rvjit_helper_names) && rvjit_helper_names[id] ?
		   rvjit_helper_names[id] : "unknown", id);
	return -EOPNOTSUPP;
}

/*
 * An ld_imm64 with a source: a map reference becomes what rvjit_compile() takes,
 * BPF_PSEUDO_MAP_IDX with the map's index in the program's used maps (docs/abi.md section
 * 4), which the verifier recorded in resolve_pseudo_ldimm64() before the program reached the
 * device (the copy holds the map's address).  A function reference is pc-relative, as it is.
 */
static int rvjit_check_ld_imm64(struct bpf_verifier_env *env, struct bpf_insn *insn, int idx)
{
	switch (insn->src_reg) {
	case BPF_PSEUDO_MAP_FD:
	case BPF_PSEUDO_MAP_IDX:
		insn[0].src_reg = BPF_PSEUDO_MAP_IDX;
		insn[0].imm = env->insn_aux_data[idx].map_index;
		insn[1].imm = 0;
		return 0;
	case BPF_PSEUDO_FUNC:
		return 0;
	}
	rvjit_vlog(env, "insn %d: ld_imm64 with src_reg %u (%s) is not supported\n", idx,
		   insn->src_reg, insn->src_reg == BPF_PSEUDO_BTF_ID ? "a kernel symbol" :
		   "direct access to a map value");
	return -EOPNOTSUPP;
}

static int rvjit_insn_hook(struct bpf_verifier_env *env, int insn_idx, int prev_insn_idx)
{
	struct rvjit_prog *rp = rvjit_prog_of(env->prog);
	struct bpf_insn *insn;
	const char *kind;
	int err;

	if (insn_idx < 0 || insn_idx >= rp->n) {
		rvjit_vlog(env, "insn %d: outside the program copied at load (%u insns)\n",
			   insn_idx, rp->n);
		return -EINVAL;
	}
	insn = &rp->insns[insn_idx];
	if (insn->code == (BPF_JMP | BPF_CALL) && rvjit_check_call(env, insn, insn_idx))
		goto refuse;
	if (insn->code == (BPF_LD | BPF_IMM | BPF_DW) && insn_idx + 1 >= rp->n) {
		rvjit_vlog(env, "insn %d: ld_imm64 without its second half\n", insn_idx);
		return -EINVAL;
	}
	if (insn->code == (BPF_LD | BPF_IMM | BPF_DW) && insn->src_reg &&
	    rvjit_check_ld_imm64(env, insn, insn_idx))
		goto refuse;
	kind = rvjit_insn_unknown(insn);
	if (kind) {
		rvjit_vlog(env, "insn %d: %s (code 0x%02x, off %d, imm %d) is not supported\n",
			   insn_idx, kind, insn->code, insn->off, insn->imm);
		goto refuse;
	}
	rp->ctxs[insn_idx] = rvjit_insn_ctx(env, insn);
	err = rvjit_check_insn(insn, rp->ctxs[insn_idx], rp->isa);
	if (err) {
		rvjit_vlog(env, "insn %d: no proven rule translates this %s (code 0x%02x, off %d, imm %d)\n",
			   insn_idx, rvjit_insn_kind(insn), insn->code, insn->off, insn->imm);
		goto refuse;
	}
	return 0;
refuse:
	atomic_long_inc(&rvjit_stats.refused);
	return -EOPNOTSUPP;
}

/* The frames are proven for a fixed stack below R10; the verifier's bound is the same today */
static int rvjit_finalize(struct bpf_verifier_env *env)
{
	if (env->prog->aux->stack_depth > RVJIT_BPF_STACK) {
		rvjit_vlog(env, "stack depth %u exceeds the %d bytes the proven frames provide\n",
			   env->prog->aux->stack_depth, RVJIT_BPF_STACK);
		return -EOPNOTSUPP;
	}
	return 0;
}

/* opt_hard_wire_dead_code_branches(): a branch one way only becomes a JA */
static int rvjit_replace_insn(struct bpf_verifier_env *env, u32 off, struct bpf_insn *insn)
{
	struct rvjit_prog *rp = rvjit_prog_of(env->prog);

	if (off >= rp->n)
		return -EINVAL;
	rp->insns[off] = *insn;
	return 0;
}

/*
 * bpf_adj_delta_to_off() and bpf_adj_delta_to_imm() of kernel/bpf/core.c for a deletion of
 * [@pos, @end_old), the instruction now at @curr: a target @rel across the hole comes closer.
 */
static s32 rvjit_adj(s64 rel, s64 pos, s64 end_old, s64 curr)
{
	s64 delta = pos - end_old;

	if (curr < pos && curr + rel + 1 >= end_old)
		return rel + delta;
	if (curr >= pos && curr + rel + 1 < pos)
		return rel - delta;
	return rel;
}

/* bpf_adj_branches(): jumps (off, or imm for JMP32 JA), bpf-to-bpf calls, function references */
static void rvjit_adj_insn(struct bpf_insn *insn, s64 pos, s64 end_old, s64 curr)
{
	u8 cls = BPF_CLASS(insn->code), op = BPF_OP(insn->code);

	if (insn->code == (BPF_LD | BPF_IMM | BPF_DW) && insn->src_reg == BPF_PSEUDO_FUNC)
		insn->imm = rvjit_adj(insn->imm, pos, end_old, curr);
	else if ((cls != BPF_JMP && cls != BPF_JMP32) || op == BPF_EXIT)
		return;
	else if (op == BPF_CALL && insn->src_reg == BPF_PSEUDO_CALL)
		insn->imm = rvjit_adj(insn->imm, pos, end_old, curr);
	else if (op == BPF_CALL)
		return;
	else if (insn->code == (BPF_JMP32 | BPF_JA))
		insn->imm = rvjit_adj(insn->imm, pos, end_old, curr);
	else
		insn->off = rvjit_adj(insn->off, pos, end_old, curr);
}

/* opt_remove_dead_code(), opt_remove_nops(): bpf_remove_insns() on the copy */
static int rvjit_remove_insns(struct bpf_verifier_env *env, u32 off, u32 cnt)
{
	struct rvjit_prog *rp = rvjit_prog_of(env->prog);
	u32 i;

	if (off > rp->n || cnt > rp->n - off)
		return -EINVAL;
	memmove(rp->insns + off, rp->insns + off + cnt,
		(rp->n - off - cnt) * sizeof(*rp->insns));
	memmove(rp->ctxs + off, rp->ctxs + off + cnt, (rp->n - off - cnt) * sizeof(*rp->ctxs));
	rp->n -= cnt;
	for (i = 0; i < rp->n; i++)
		rvjit_adj_insn(&rp->insns[i], off, (s64)off + cnt, i);
	return 0;
}

/* The helper ids the program calls, as rvjit/jit.py lists them (the hook let only these by) */
static void rvjit_note_helpers(struct rvjit_prog *rp)
{
	const struct bpf_insn *insn;
	u32 i;

	for (i = 0; i < rp->n; i++) {
		insn = &rp->insns[i];
		if (insn->code == (BPF_JMP | BPF_CALL) && insn->src_reg == 0 && insn->imm > 0 &&
		    insn->imm < __BPF_FUNC_MAX_ID)
			__set_bit(insn->imm, rp->helpers);
	}
}

static int rvjit_translate(struct bpf_prog *prog)
{
	struct bpf_prog_offload *offload = prog->aux->offload;
	struct rvjit_prog *rp = offload->dev_priv;
	struct rvjit_info info;
	int err;

	/* A verifier edit we could not follow: the copy is not the program verified */
	if (offload->opt_failed)
		return -EINVAL;
	err = rvjit_compile(rp->insns, rp->n, rp->ctxs, rp->isa, NULL, 0, &info);
	if (!err) {
		rp->image = rvjit_kvmalloc(info.len, GFP_KERNEL);
		if (!rp->image)
			return -ENOMEM;
		err = rvjit_compile(rp->insns, rp->n, rp->ctxs, rp->isa, rp->image, info.len, &info);
	}
	if (err) {
		pr_info("rvjit: %s: cannot translate (insn %d): %s\n", prog->aux->name,
			info.err_insn, info.err ? info.err : "error");
		rvjit_kvfree(rp->image);
		rp->image = NULL;
		return err;
	}
	rp->len = info.len;
	rp->stack_bytes = info.stack_bytes;
	rp->flags = info.flags;
	rvjit_note_helpers(rp);
	mutex_lock(&rvjit_progs_lock);
	list_add_tail(&rp->node, &rvjit_progs);
	mutex_unlock(&rvjit_progs_lock);
	offload->jited_image = rp->image;
	offload->jited_len = rp->len;
	atomic_long_inc(&rvjit_stats.images);
	atomic_long_add(rp->len, &rvjit_stats.image_bytes);
	atomic_long_inc(&rvjit_stats.translated);
	return 0;
}

static void rvjit_destroy(struct bpf_prog *prog)
{
	struct bpf_prog_offload *offload = prog->aux->offload;
	struct rvjit_prog *rp = offload->dev_priv;

	mutex_lock(&rvjit_progs_lock);
	list_del_init(&rp->node);
	mutex_unlock(&rvjit_progs_lock);
	if (rp->image) {
		atomic_long_dec(&rvjit_stats.images);
		atomic_long_sub(rp->len, &rvjit_stats.image_bytes);
	}
	offload->jited_image = NULL;
	offload->jited_len = 0;
	offload->dev_priv = NULL;
	rvjit_kvfree(rp->image);
	rvjit_kvfree(rp->insns);
	rvjit_kvfree(rp->ctxs);
	rvjit_kfree(rp);
	atomic_long_dec(&rvjit_stats.programs);
}

/*
 * debugfs rvjit/programs: per translated program, what rvjit-image needs to describe its
 * image (docs/abi.md section 12) and the kernel does not report:
 *   <prog id> isa <RVJIT_ISA_* bits> stack <bytes> flags <RVJIT_INFO_* bits> helpers <id,...|->
 */
int rvjit_programs_show(struct seq_file *m, void *v)
{
	struct rvjit_prog *rp;
	unsigned int id;
	const char *sep;

	mutex_lock(&rvjit_progs_lock);
	list_for_each_entry(rp, &rvjit_progs, node) {
		seq_printf(m, "%u isa 0x%x stack %u flags 0x%x helpers ", rp->prog->aux->id,
			   rp->isa, rp->stack_bytes, rp->flags);
		sep = "";
		for_each_set_bit(id, rp->helpers, __BPF_FUNC_MAX_ID) {
			seq_printf(m, "%s%u", sep, id);
			sep = ",";
		}
		seq_puts(m, *sep ? "\n" : "-\n");
	}
	mutex_unlock(&rvjit_progs_lock);
	return 0;
}

const struct bpf_prog_offload_ops rvjit_offload_ops = {
	.insn_hook	= rvjit_insn_hook,
	.finalize	= rvjit_finalize,
	.replace_insn	= rvjit_replace_insn,
	.remove_insns	= rvjit_remove_insns,
	.prepare	= rvjit_prepare,
	.translate	= rvjit_translate,
	.destroy	= rvjit_destroy,
};
