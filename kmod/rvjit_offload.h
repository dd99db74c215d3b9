/* SPDX-License-Identifier: GPL-2.0 */
/*
 * rvjit's offload device: the bpf_prog_offload_ops (rvjit_offload.c) and what they share with
 * the netdev side (rvjit_main.c).
 */
#ifndef _RVJIT_OFFLOAD_H
#define _RVJIT_OFFLOAD_H

#include <linux/atomic.h>
#include <linux/bpf.h>

extern const struct bpf_prog_offload_ops rvjit_offload_ops;

/* The ISA extensions (RVJIT_ISA_*) programs prepared from now on are translated for */
u32 rvjit_isa(void);

/* Counters in debugfs (rvjit/stats); the live ones must be 0 once no program is left */
struct rvjit_stats {
	atomic_long_t programs;		/* live: prepared and not yet destroyed */
	atomic_long_t images;		/* live: translated and not yet destroyed */
	atomic_long_t image_bytes;	/* live: bytes of those images */
	atomic_long_t prepared;		/* totals since the module was loaded */
	atomic_long_t translated;
	atomic_long_t refused;
};

extern struct rvjit_stats rvjit_stats;

#endif /* _RVJIT_OFFLOAD_H */
