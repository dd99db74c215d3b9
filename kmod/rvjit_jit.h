/* SPDX-License-Identifier: GPL-2.0 */
/*
 * rvjit: eBPF -> RV64 translation with the generated (proven) emitter; the C twin of
 * rvjit/jit.py's compile_program().  Images are byte-identical to the Python JIT's.
 */
#ifndef _RVJIT_JIT_H
#define _RVJIT_JIT_H

#ifdef __KERNEL__
#include <linux/bpf.h>
#else
#include "linux_types.h"
#endif

#include "generated/rvjit_emit.h"

struct rvjit_info {
	u32 len;		/* image size in bytes */
	u32 epilogue;		/* offset of the main function's epilogue */
	u32 passes;		/* layout passes until every size was stable */
	u32 nfuncs;		/* functions: the main one and its subprograms */
	u32 stack_bytes;	/* RV stack of the deepest call chain (docs/abi.md section 1) */
	u32 flags;		/* RVJIT_INFO_* */
	s32 err_insn;		/* on error: the slot index it concerns, or -1 */
	const char *err;	/* on error: what went wrong (static string) */
};

#define RVJIT_INFO_RT		(1U << 0)	/* the image reads the runtime table (a1 at entry) */
#define RVJIT_INFO_TAIL_CALLS	(1U << 1)	/* it tail calls (a2 at entry: the count) */

/*
 * Compile @n instruction slots (LD_IMM64 takes two) for the ISA extensions @isa (RVJIT_ISA_*).
 * The program is what Linux loads: the main function, then its subprograms (bpf-to-bpf calls
 * and function references, pc-relative); helper calls by id; map references as LD_IMM64 src
 * BPF_PSEUDO_MAP_IDX / BPF_PSEUDO_MAP_IDX_VALUE whose imm is the map's index in the program's
 * used maps (docs/abi.md section 4: the runtime table's order).  The caller has validated it
 * (the verifier, or rvjit/bpf.py): helper ids, map indices, the PROG_ARRAY of a tail call and
 * the pointer fields of the context are not checked here.
 *
 * @ctxs, if not NULL, has one entry per slot: RVJIT_CTX_XDP or RVJIT_CTX_TC where the slot is
 * a load or store whose base register is the context (the verifier's PTR_TO_CTX, or
 * rvjit/ptrkind.py), RVJIT_CTX_NONE elsewhere: context loads of pointer fields are translated
 * to the device's 64-bit fields (docs/abi.md section 5).
 *
 * With @buf NULL only the layout and its checks run; otherwise the image is written to @buf if
 * it fits in @buf_len bytes.  @info gets the size (also when it does not fit), the stack and
 * flags, and on error the reason.
 * Returns 0, -EINVAL (bad program, no rule, failed layout check), -EOPNOTSUPP (no rule
 * for an opcode), -E2BIG (image over RVJIT_IMAGE_LIMIT), -ENOSPC (@buf too small) or -ENOMEM.
 */
int rvjit_compile(const struct bpf_insn *insns, u32 n, const u8 *ctxs, u32 isa, u8 *buf,
		  u32 buf_len, struct rvjit_info *info);

/*
 * Whether a rule translates the instruction at @insn (LD_IMM64: with its second slot at
 * @insn + 1) for @isa, with @base its RVJIT_CTX_* (as @ctxs of rvjit_compile()).  Jumps,
 * calls and function references are tried at distance 0, where the layout starts; their
 * rules are proven exhaustive for every distance in an image below RVJIT_IMAGE_LIMIT, so
 * the answer holds wherever the target lands.  Returns 0, -EOPNOTSUPP (no rule for the
 * opcode with this off/imm) or -EINVAL (no rule's guard holds, e.g. a register past R10).
 */
int rvjit_check_insn(const struct bpf_insn *insn, u8 base, u32 isa);

#endif /* _RVJIT_JIT_H */
