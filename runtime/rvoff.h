/* SPDX-License-Identifier: GPL-2.0 */
/*
 * rvoff-run: a user-space device that runs rvjit images on packets (docs/abi.md).
 *
 * The numbers of Linux's ABI (map types, verdicts, update flags) come from <linux/bpf.h>; the
 * device ABI's (docs/abi.md: the runtime table, contexts, helper ids, PROG_ARRAY layout, the
 * image description) from the generated rvoff_abi.h (`make gen`, from rvjit/abi.py).
 */
#ifndef RVOFF_H
#define RVOFF_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <linux/bpf.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int32_t s32;
typedef int64_t s64;

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define ROUND_UP(x, a) (((x) + (a) - 1) / (a) * (a))

/* --- the device ABI (docs/abi.md): rvoff_abi.h, generated from rvjit/abi.py -------------- */

/* Registers, the runtime table, helper ids, contexts (section 5), PROG_ARRAY (section 8) and
 * the image description (section 12) are the generated header's; nothing is re-typed here. */
#include "rvoff_abi.h"

#define RVOFF_MAX_CPUS		64

/* Section 5: the device's TC context starts with struct __sk_buff's words; the runtime fills
 * them through the uapi structure (the same size, checked here). */
_Static_assert(sizeof(struct __sk_buff) == sizeof(((struct rvoff_sk_buff *)0)->skb),
	       "struct __sk_buff fills rvoff_sk_buff.skb");

typedef u64 (*rvoff_entry_fn)(void *ctx, const void *rt, u64 tail_calls_left);
typedef u64 (*rvoff_helper_fn)(u64, u64, u64, u64, u64);

/* Linux's XDP frame in BPF_PROG_TEST_RUN (net/bpf/test_run.c, 6.1): a 4096-byte frame,
 * XDP_PACKET_HEADROOM (the ABI's) before the data, skb_shared_info's room (320 bytes on
 * 64-bit) at the end, struct xdp_frame (40 bytes) at the start, which data_meta may not reach
 * into.  The runtime also keeps the u32 words of rvoff_xdp_md equal to the low half of the
 * pointers (the frame lives below 4 GiB), for images of programs whose context loads were
 * compiled as written (raw bytecode from before the context rules). */
#define RVOFF_FRAME_SIZE	4096
#define RVOFF_HEADROOM		RVOFF_XDP_PACKET_HEADROOM
#define RVOFF_TAILROOM		320
#define RVOFF_XDP_FRAME_SIZE	40
#define RVOFF_MAX_PACKET	(RVOFF_FRAME_SIZE - RVOFF_HEADROOM - RVOFF_TAILROOM)
#define RVOFF_ETH_HLEN		14

/* --- the runtime ---------------------------------------------------------------------- */

struct map;
struct prog;

struct prog {
	char name[64];
	char file[256];
	u32 prog_type;
	u32 isa;
	rvoff_entry_fn entry;
	u32 size;
	u32 stack_bytes;
	u32 nmaps;
	struct map *maps[RVOFF_MAX_USED_MAPS];
	u32 nhelpers;
	u32 helpers[256];
	u64 *rt;		/* the runtime table: RT, with the map slots below it */
};

/* The state of the packet being run, which helpers reach (one hart: one of them). */
struct run_state {
	int is_xdp;
	struct rvoff_xdp_md *xdp;
	struct rvoff_sk_buff *skb;
	u8 *hard_start;		/* the frame */
	u32 cpu;
	/* the redirect that redirect / redirect_map recorded */
	int redirect_set;
	struct map *redirect_map;
	u64 redirect_key;
	u32 redirect_ifindex;
	u64 redirect_flags;
};

struct options {
	int deterministic;
	u64 seed;
	u32 cpu, ncpus;
	u32 budget_ms;
	u32 ingress_ifindex, rx_queue;
};

extern struct options opt;
extern struct run_state *cur;

/* errors: a message naming the file (and the position) and exit 1 */
void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
void *xcalloc(size_t n, size_t size);

/* pcap.c */
struct packet {
	u8 *data;
	u32 len, orig_len;
	u64 ts_ns;
};
size_t pcap_read(const char *path, struct packet **out);

/* maps.c */
struct map {
	char name[64];
	u32 type, key_size, value_size, max_entries, flags;
	u32 value_stride;	/* value_size rounded up to 8 (Linux's elem_size) */
	u32 ncpus;		/* values per element: opt.ncpus for per-CPU maps, else 1 */
	u8 *values;		/* array-like maps: max_entries * ncpus * value_stride */
	u8 *present;		/* DEVMAP, CPUMAP, XSKMAP: which slots are set */
	struct rvoff_prog_array *progs;		/* PROG_ARRAY */
	char (*prog_names)[64];
	/* hash maps: preallocated elements, chained buckets, an LRU list */
	u32 nbuckets, count, free_head, lru_head, lru_tail;
	u32 *buckets;
	struct helem *elems;
	u8 *pool;
	u32 elem_size;
	u64 tick;
};

int map_is_hash(const struct map *m);
int map_is_percpu(const struct map *m);
struct map *map_create(const char *name, const struct rvoff_map_desc *d);
struct map *map_of(u64 handle);
u64 map_handle(struct map *m);
u64 map_value_base(struct map *m);
void *map_lookup(struct map *m, const void *key, u32 cpu);
long map_update(struct map *m, const void *key, const void *value, u64 flags, int all_cpus,
		u32 cpu);
long map_delete(struct map *m, const void *key);
void maps_register(struct map *m);
struct map *maps_find(const char *name);
void maps_load_json(const char *path, struct prog **progs, size_t nprogs);
void maps_write_json(FILE *f);
const char *map_type_name(u32 type);

/* helpers.c */
rvoff_helper_fn helper_fn(u32 id);
const char *helper_name(u32 id);
int helper_xdp_only(u32 id);
void helpers_seed(void);
void helpers_check(void);

/* loader.c */
size_t load_object(const char *path, struct prog **progs, size_t nprogs, size_t cap);

/* json.c: a small reader for the maps file */
enum json_kind { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ };
struct json {
	enum json_kind kind;
	double num;
	char *str;		/* J_STR; the key of an object member */
	char *key;
	struct json *child, *next;
	size_t pos;		/* byte offset in the file, for errors */
};
struct json *json_parse(const char *text, const char *path);
struct json *json_get(const struct json *obj, const char *key);
size_t hex_decode(const char *hex, u8 *out, size_t cap);	/* -1 when not hex */
void hex_write(FILE *f, const u8 *p, size_t n);

#endif
