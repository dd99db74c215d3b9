/* SPDX-License-Identifier: GPL-2.0 */
// GENERATED FILE - DO NOT EDIT.  Regenerate with `make gen` (python -m rvjit.gen).
// Generated from the proven rule table: table 33d7a6cc566ae11d, semantics 401d5275ffd37b20, 822 rules.
/*
 * The rvjit device ABI (docs/abi.md): what an image expects from whatever runs it.
 * Numbers from rvjit/abi.py; the proofs state the same contract.
 */
#ifndef _RVOFF_ABI_H
#define _RVOFF_ABI_H

#include <linux/types.h>

/* Section 2: registers (RISC-V register numbers) */
#define RVOFF_REG_R0			15	/* a5 */
#define RVOFF_REG_R1			10	/* a0 */
#define RVOFF_REG_R2			11	/* a1 */
#define RVOFF_REG_R3			12	/* a2 */
#define RVOFF_REG_R4			13	/* a3 */
#define RVOFF_REG_R5			14	/* a4 */
#define RVOFF_REG_R6			9	/* s1 */
#define RVOFF_REG_R7			18	/* s2 */
#define RVOFF_REG_R8			19	/* s3 */
#define RVOFF_REG_R9			20	/* s4 */
#define RVOFF_REG_R10			21	/* s5 */
#define RVOFF_REG_RT			22	/* s6: the runtime table */
#define RVOFF_REG_TCC			23	/* s7: tail calls left */

/* Section 3: entry(ctx, rt, tail_calls_left) */
#define RVOFF_MAX_TAIL_CALL_CNT		33	/* a2 at the first entry */

/* Section 4: the runtime table, offsets from RT */
#define RVOFF_MAP_HANDLE(i)		(-16 * ((i) + 1))
#define RVOFF_MAP_VALUE(i)		(RVOFF_MAP_HANDLE(i) + 8)
#define RVOFF_HELPER(id)		(8 * (id))
#define RVOFF_MAX_USED_MAPS		64

/* Section 6: helper ids an image may call (enum bpf_func_id), the ABI's helpers */
#define RVOFF_HELPER_ID_FIRST		1
#define RVOFF_HELPER_ID_LAST		211
#define RVOFF_FUNC_map_lookup_elem	1
#define RVOFF_FUNC_map_update_elem	2
#define RVOFF_FUNC_map_delete_elem	3
#define RVOFF_FUNC_ktime_get_ns		5
#define RVOFF_FUNC_trace_printk		6
#define RVOFF_FUNC_get_prandom_u32	7
#define RVOFF_FUNC_get_smp_processor_id	8
#define RVOFF_FUNC_redirect		23
#define RVOFF_FUNC_csum_diff		28
#define RVOFF_FUNC_xdp_adjust_head	44
#define RVOFF_FUNC_redirect_map		51
#define RVOFF_FUNC_xdp_adjust_meta	54
#define RVOFF_FUNC_xdp_adjust_tail	65
#define RVOFF_FUNC_ktime_get_boot_ns	125
#define RVOFF_FUNC_map_lookup_percpu_elem	195
#define RVOFF_FUNC_tail_call		12	/* inline (section 8) */

/* Whether @id is one of the ABI's helpers */
static inline int rvoff_helper_provided(int id)
{
	switch (id) {
	case RVOFF_FUNC_map_lookup_elem:
	case RVOFF_FUNC_map_update_elem:
	case RVOFF_FUNC_map_delete_elem:
	case RVOFF_FUNC_ktime_get_ns:
	case RVOFF_FUNC_trace_printk:
	case RVOFF_FUNC_get_prandom_u32:
	case RVOFF_FUNC_get_smp_processor_id:
	case RVOFF_FUNC_redirect:
	case RVOFF_FUNC_csum_diff:
	case RVOFF_FUNC_xdp_adjust_head:
	case RVOFF_FUNC_redirect_map:
	case RVOFF_FUNC_xdp_adjust_meta:
	case RVOFF_FUNC_xdp_adjust_tail:
	case RVOFF_FUNC_ktime_get_boot_ns:
	case RVOFF_FUNC_map_lookup_percpu_elem:
		return 1;
	default:
		return 0;
	}
}

/* Section 7: calls and frames */
#define RVOFF_MAX_CALL_FRAMES		8
#define RVOFF_BPF_STACK			512	/* bytes per frame that uses R10 */

/* Section 5: the device's contexts; pointer fields after the eBPF structure */
#define RVOFF_XDP_PACKET_HEADROOM	256	/* before data */
struct rvoff_xdp_md {
	__u32 data32, data_end32, data_meta32;	/* reserved: never read by images */
	__u32 ingress_ifindex, rx_queue_index, egress_ifindex;
	__u64 data, data_end, data_meta;
};

struct rvoff_sk_buff {
	__u32 skb[48];		/* struct __sk_buff's offsets */
	__u64 data, data_end, data_meta;
};

_Static_assert(sizeof(struct rvoff_xdp_md) == 48, "docs/abi.md section 5");
_Static_assert(__builtin_offsetof(struct rvoff_xdp_md, data) == 24, "xdp data");
_Static_assert(__builtin_offsetof(struct rvoff_xdp_md, data_end) == 32, "xdp data_end");
_Static_assert(__builtin_offsetof(struct rvoff_xdp_md, data_meta) == 40, "xdp data_meta");
_Static_assert(sizeof(struct rvoff_sk_buff) == 216, "docs/abi.md section 5");
_Static_assert(__builtin_offsetof(struct rvoff_sk_buff, data) == 192, "tc data");
_Static_assert(__builtin_offsetof(struct rvoff_sk_buff, data_end) == 200, "tc data_end");
_Static_assert(__builtin_offsetof(struct rvoff_sk_buff, data_meta) == 208, "tc data_meta");

/* Section 8: what a PROG_ARRAY handle points at */
#define RVOFF_MAP_TYPE_PROG_ARRAY	3
struct rvoff_prog_slot {
	const void *entry;
	const void *rt;
};

struct rvoff_prog_array {
	__u32 max_entries;
	__u32 reserved;
	struct rvoff_prog_slot slot[];
};

_Static_assert(__builtin_offsetof(struct rvoff_prog_array, slot) == 8, "slot[0]");
_Static_assert(sizeof(struct rvoff_prog_slot) == 16, "slot");

/* Section 12: the image file's description (sections .rvoff.*), little-endian */
#define RVOFF_DESC_MAGIC		"RVOF"
#define RVOFF_DESC_VERSION		1
#define RVOFF_ISA_ZBA			(1 << 0)
#define RVOFF_ISA_ZBB			(1 << 1)
#define RVOFF_ISA_C			(1 << 2)
#define RVOFF_ISA_A			(1 << 3)
#define RVOFF_ISA_ZACAS			(1 << 4)
#define RVOFF_PROG_TAIL_CALLS		(1 << 0)

/* .rvoff.progs: this header, then nprogs struct rvoff_prog_desc */
struct rvoff_desc_hdr {
	char magic[4];	/* RVOFF_DESC_MAGIC */
	__u32 version;
	__u32 isa;
	__u32 nprogs;
};
_Static_assert(sizeof(struct rvoff_desc_hdr) == 16, "docs/abi.md section 12");

/* one program: its code in .text, its maps and helpers */
struct rvoff_prog_desc {
	__u32 name;		/* offset in .rvoff.strtab */
	__u32 prog_type;	/* enum bpf_prog_type */
	__u32 entry;		/* offset in .text */
	__u32 size;		/* bytes of code */
	__u32 stack_bytes;	/* RV stack below sp at entry */
	__u32 flags;		/* RVOFF_PROG_* */
	__u32 maps;		/* first of its .rvoff.used entries */
	__u32 nmaps;
	__u32 helpers;		/* first of its .rvoff.helpers entries */
	__u32 nhelpers;
};
_Static_assert(sizeof(struct rvoff_prog_desc) == 40, "docs/abi.md section 12");

/* .rvoff.maps: one per map of the object */
struct rvoff_map_desc {
	__u32 name;		/* offset in .rvoff.strtab */
	__u32 type;		/* enum bpf_map_type */
	__u32 key_size;
	__u32 value_size;
	__u32 max_entries;
	__u32 flags;
	__u32 data;		/* initial contents: offset in .rvoff.data */
	__u32 data_size;	/* 0: none */
};
_Static_assert(sizeof(struct rvoff_map_desc) == 32, "docs/abi.md section 12");

#ifdef __riscv
/*
 * Section 6: call a callback (a function whose address an image passed to a helper)
 * as images call each other: arguments in a0-a4, s6 = the runtime table of the program
 * that passed it, R0 back in a0.  The callback keeps the callee-saved registers.
 */
static inline __u64 rvoff_call_callback(const void *fn, const void *rt, __u64 r1,
					__u64 r2, __u64 r3, __u64 r4, __u64 r5)
{
	register __u64 a0 asm("a0") = r1;
	register __u64 a1 asm("a1") = r2;
	register __u64 a2 asm("a2") = r3;
	register __u64 a3 asm("a3") = r4;
	register __u64 a4 asm("a4") = r5;
	register const void *s6 asm("s6") = rt;

	asm volatile("jalr ra, 0(%[fn])"
		     : "+r" (a0), "+r" (a1), "+r" (a2), "+r" (a3), "+r" (a4)
		     : [fn] "r" (fn), "r" (s6)
		     : "ra", "t0", "t1", "t2", "t3", "t4", "t5", "t6", "a5", "a6", "a7", "memory");
	return a0;
}
#endif

#endif /* _RVOFF_ABI_H */
