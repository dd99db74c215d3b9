/* SPDX-License-Identifier: GPL-2.0 */
/*
 * rvjit's offload device: the bpf_prog_offload_ops (rvjit_offload.c), the device maps
 * (rvjit_map.c) and what they share with the netdev side (rvjit_main.c).
 */
#ifndef _RVJIT_OFFLOAD_H
#define _RVJIT_OFFLOAD_H

#include <linux/atomic.h>
#include <linux/bpf.h>
#include <linux/mm.h>
#include <linux/netdevice.h>
#include <linux/slab.h>

extern const struct bpf_prog_offload_ops rvjit_offload_ops;

struct seq_file;
/* debugfs rvjit/programs: what describes each translated program's image */
int rvjit_programs_show(struct seq_file *m, void *v);

/* The ISA extensions (RVJIT_ISA_*) programs prepared from now on are translated for */
u32 rvjit_isa(void);

/* Counters in debugfs (rvjit/stats); the live ones must be 0 once no program is left */
struct rvjit_stats {
	atomic_long_t programs;		/* live: prepared and not yet destroyed */
	atomic_long_t images;		/* live: translated and not yet destroyed */
	atomic_long_t image_bytes;	/* live: bytes of those images */
	atomic_long_t maps;		/* live: device maps allocated and not yet freed */
	atomic_long_t map_bytes;	/* live: bytes of those maps */
	atomic_long_t allocs;		/* live: the module's allocations not yet freed */
	atomic_long_t prepared;		/* totals since the module was loaded */
	atomic_long_t translated;
	atomic_long_t refused;
	atomic_long_t map_ops;		/* lookups, updates, deletes, get_next_keys */
	atomic_long_t faults;		/* allocations failed on purpose (fail_nth) */
};

extern struct rvjit_stats rvjit_stats;

/*
 * Every allocation of the module goes through these: the fail_nth parameter can fail the
 * n-th one (fault injection on kernels without CONFIG_FAULT_INJECTION), and the live count
 * (stats "allocs") shows a leak on any kernel, error paths included.
 */
bool rvjit_should_fail(void);

static inline void *rvjit_counted(void *p)
{
	if (p)
		atomic_long_inc(&rvjit_stats.allocs);
	return p;
}

static inline void *rvjit_kzalloc(size_t size, gfp_t flags)
{
	return rvjit_should_fail() ? NULL : rvjit_counted(kzalloc(size, flags));
}

static inline void *rvjit_kvmalloc(size_t size, gfp_t flags)
{
	return rvjit_should_fail() ? NULL : rvjit_counted(kvmalloc(size, flags));
}

static inline void *rvjit_kvzalloc(size_t size, gfp_t flags)
{
	return rvjit_should_fail() ? NULL : rvjit_counted(kvzalloc(size, flags));
}

static inline void *rvjit_kvmalloc_array(size_t n, size_t size, gfp_t flags)
{
	return rvjit_should_fail() ? NULL : rvjit_counted(kvmalloc_array(n, size, flags));
}

static inline void rvjit_kfree(const void *p)
{
	if (p)
		atomic_long_dec(&rvjit_stats.allocs);
	kfree(p);
}

static inline void rvjit_kvfree(const void *p)
{
	if (p)
		atomic_long_dec(&rvjit_stats.allocs);
	kvfree(p);
}

/* The device's map limits (docs/abi.md, "What this ABI does not give") */
#define RVJIT_MAP_MAX_KEY	512
#define RVJIT_MAP_MAX_VALUE	65536
#define RVJIT_MAP_MAX_ENTRIES	(1U << 20)
#define RVJIT_MAP_MAX_BYTES	(64ULL << 20)

int rvjit_map_alloc(struct net_device *dev, struct bpf_offloaded_map *offmap);
void rvjit_map_free(struct bpf_offloaded_map *offmap);

#endif /* _RVJIT_OFFLOAD_H */
