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
	u32 epilogue;		/* offset of the epilogue */
	u32 passes;		/* layout passes until every size was stable */
	s32 err_insn;		/* on error: the slot index it concerns, or -1 */
	const char *err;	/* on error: what went wrong (static string) */
};

/*
 * Compile @n instruction slots (decoded and validated by the caller; LD_IMM64 takes two)
 * for the ISA extensions @isa (RVJIT_ISA_*).  With @buf NULL only the layout and its checks
 * run; otherwise the image is written to @buf if it fits in @buf_len bytes.  @info gets the
 * size (also when it does not fit) and, on error, the reason.
 * Returns 0, -EINVAL (bad program, no rule, failed layout check), -EOPNOTSUPP (no rule
 * for an opcode), -E2BIG (image over RVJIT_IMAGE_LIMIT), -ENOSPC (@buf too small) or -ENOMEM.
 */
int rvjit_compile(const struct bpf_insn *insns, u32 n, u32 isa, u8 *buf, u32 buf_len,
		  struct rvjit_info *info);

/*
 * Whether a rule translates the instruction at @insn (LD_IMM64: with its second slot at
 * @insn + 1) for @isa.  Jumps are tried at distance 0, where the layout starts; the jump
 * rules are proven exhaustive for every distance in an image below RVJIT_IMAGE_LIMIT, so
 * the answer holds wherever the target lands.  Returns 0, -EOPNOTSUPP (no rule for the
 * opcode with this off/imm) or -EINVAL (no rule's guard holds, e.g. a register past R10).
 */
int rvjit_check_insn(const struct bpf_insn *insn, u32 isa);

#endif /* _RVJIT_JIT_H */
