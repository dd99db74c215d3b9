/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The few kernel definitions the rvjit emitter and driver use, for building them in user
 * space (tests and benchmark).  In the kernel, <linux/...> headers provide these instead.
 */
#ifndef _RVJIT_SHIM_LINUX_TYPES_H
#define _RVJIT_SHIM_LINUX_TYPES_H

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int8_t s8;
typedef int16_t s16;
typedef int32_t s32;
typedef int64_t s64;

#define likely(x)		__builtin_expect(!!(x), 1)
#define unlikely(x)		__builtin_expect(!!(x), 0)
#define __maybe_unused		__attribute__((__unused__))
#define ARRAY_SIZE(a)		(sizeof(a) / sizeof((a)[0]))
#define BIT(n)			(1U << (n))
#define max(a, b)		((a) > (b) ? (a) : (b))
#define hweight32(w)		((u32)__builtin_popcount(w))

/* <linux/slab.h>, <linux/mm.h> */
#define GFP_KERNEL		0
#define kvcalloc(n, size, gfp)	calloc((n), (size))
#define kvfree(p)		free(p)

/* <uapi/linux/bpf.h> */
struct bpf_insn {
	u8	code;		/* opcode */
	u8	dst_reg:4;	/* dest register */
	u8	src_reg:4;	/* source register */
	s16	off;		/* signed offset */
	s32	imm;		/* signed immediate constant */
};

/* <uapi/linux/bpf_common.h>, <uapi/linux/bpf.h> */
#define BPF_CLASS(code)		((code) & 0x07)
#define BPF_SIZE(code)		((code) & 0x18)
#define BPF_MODE(code)		((code) & 0xe0)
#define BPF_OP(code)		((code) & 0xf0)
#define BPF_SRC(code)		((code) & 0x08)
#define BPF_LD			0x00
#define BPF_LDX			0x01
#define BPF_ST			0x02
#define BPF_STX			0x03
#define BPF_ALU			0x04
#define BPF_JMP			0x05
#define BPF_JMP32		0x06
#define BPF_ALU64		0x07
#define BPF_IMM			0x00
#define BPF_DW			0x18
#define BPF_ATOMIC		0xc0
#define BPF_X			0x08
#define BPF_MOV			0xb0
#define BPF_NEG			0x80
#define BPF_END			0xd0
#define BPF_JA			0x00
#define BPF_CALL		0x80
#define BPF_EXIT		0x90
#define BPF_PSEUDO_CALL		1
#define BPF_PSEUDO_FUNC		4
#define BPF_PSEUDO_MAP_IDX	5
#define BPF_PSEUDO_MAP_IDX_VALUE	6

#endif /* _RVJIT_SHIM_LINUX_TYPES_H */
