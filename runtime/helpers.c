// SPDX-License-Identifier: GPL-2.0
/*
 * The helpers, with Linux 6.1's semantics (bpf-helpers(7); net/core/filter.c,
 * kernel/bpf/helpers.c, kernel/trace/bpf_trace.c): the same bounds, the same errors.
 * Each is a psABI function of five u64 arguments (docs/abi.md section 6); the packet being
 * run is `cur`.
 */
#include <ctype.h>
#include <errno.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <linux/pkt_cls.h>

#include "rvoff.h"

#define ENOTSUPP 524		/* the kernel's own, as bpf_xdp_adjust_meta returns it */

/* --- maps ------------------------------------------------------------------------------ */

static u64 map_lookup_elem(u64 map, u64 key, u64 a3, u64 a4, u64 a5)
{
	struct map *m = map_of(map);

	return m ? (u64)(uintptr_t)map_lookup(m, (const void *)(uintptr_t)key, cur->cpu) : 0;
}

static u64 map_update_elem(u64 map, u64 key, u64 value, u64 flags, u64 a5)
{
	struct map *m = map_of(map);

	if (!m)
		return -EINVAL;
	return map_update(m, (const void *)(uintptr_t)key, (const void *)(uintptr_t)value, flags,
			  0, cur->cpu);
}

static u64 map_delete_elem(u64 map, u64 key, u64 a3, u64 a4, u64 a5)
{
	struct map *m = map_of(map);

	return m ? (u64)map_delete(m, (const void *)(uintptr_t)key) : (u64)-EINVAL;
}

static u64 map_lookup_percpu_elem(u64 map, u64 key, u64 cpu, u64 a4, u64 a5)
{
	struct map *m = map_of(map);

	if (!m || !map_is_percpu(m) || (u32)cpu >= opt.ncpus)
		return 0;
	return (u64)(uintptr_t)map_lookup(m, (const void *)(uintptr_t)key, (u32)cpu);
}

/* --- time, randomness, the CPU: fixed under --deterministic ----------------------------- */

static u64 ktime_calls, rng_state;

static u64 clock_ns(clockid_t id)
{
	struct timespec ts;

	if (opt.deterministic)		/* starts at 1 s and advances 1 us a call */
		return 1000000000ull + 1000ull * ktime_calls++;
	clock_gettime(id, &ts);
	return (u64)ts.tv_sec * 1000000000ull + ts.tv_nsec;
}

static u64 ktime_get_ns(u64 a1, u64 a2, u64 a3, u64 a4, u64 a5)
{
	return clock_ns(CLOCK_MONOTONIC);
}

static u64 ktime_get_boot_ns(u64 a1, u64 a2, u64 a3, u64 a4, u64 a5)
{
	return clock_ns(CLOCK_BOOTTIME);
}

void helpers_seed(void)
{
	rng_state = opt.seed;
	if (!opt.deterministic && getrandom(&rng_state, sizeof(rng_state), 0) != sizeof(rng_state))
		rng_state = (u64)time(NULL);
	rng_state |= 1;
}

static u64 get_prandom_u32(u64 a1, u64 a2, u64 a3, u64 a4, u64 a5)
{
	rng_state ^= rng_state >> 12;	/* xorshift64* */
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (u32)((rng_state * 0x2545f4914f6cdd1dull) >> 32);
}

static u64 get_smp_processor_id(u64 a1, u64 a2, u64 a3, u64 a4, u64 a5)
{
	return cur->cpu;
}

/* --- trace_printk: bpf_bprintf_prepare's checks, the text to stderr -------------------- */

static size_t format_arg(char *out, size_t cap, size_t len, const char *spec, char conv,
			 int is_long, u64 v)
{
	size_t room = len < cap ? cap - len : 0;
	char *at = room ? out + len : out;
	int w;

	if (conv == 's')
		w = snprintf(at, room, spec, v ? (const char *)(uintptr_t)v : "");
	else if (conv == 'p')
		w = snprintf(at, room, "0x%llx", (unsigned long long)v);
	else if (conv == 'c')
		w = snprintf(at, room, spec, (int)(u8)v);
	else if (is_long)
		w = snprintf(at, room, spec, (unsigned long long)v);
	else
		w = snprintf(at, room, spec, (unsigned int)v);
	return w > 0 ? w : 0;
}

static u64 trace_printk(u64 fmt_addr, u64 fmt_size, u64 a1, u64 a2, u64 a3)
{
	const char *fmt = (const char *)(uintptr_t)fmt_addr;
	u64 args[3] = { a1, a2, a3 };
	char out[1024], spec[32];
	size_t len = 0, nargs = 0, i;

	if (!fmt || !fmt_size || !memchr(fmt, 0, fmt_size))
		return -EINVAL;
	for (i = 0; fmt[i]; i++) {
		size_t s0 = i, n;
		int is_long = 0;
		char conv;

		if (!isascii(fmt[i]) || (!isprint(fmt[i]) && !isspace(fmt[i])))
			return -EINVAL;
		if (fmt[i] != '%') {
			if (len + 1 < sizeof(out))
				out[len] = fmt[i];
			len++;
			continue;
		}
		if (fmt[i + 1] == '%') {
			if (len + 1 < sizeof(out))
				out[len] = '%';
			len++;
			i++;
			continue;
		}
		if (nargs == 3)
			return -EINVAL;
		i++;
		while (fmt[i] == '0' || fmt[i] == '+' || fmt[i] == '-' || fmt[i] == ' ')
			i++;
		while (fmt[i] >= '0' && fmt[i] <= '9')
			i++;
		n = i - s0;		/* "%", flags and width */
		if (fmt[i] == 'l') {
			is_long = 1;
			i++;
			if (fmt[i] == 'l')
				i++;
		}
		conv = fmt[i];
		if (!conv || !strchr("diuxXcsp", conv) || (is_long && strchr("csp", conv)) ||
		    n + 4 > sizeof(spec))
			return -EINVAL;
		memcpy(spec, fmt + s0, n);
		if (is_long)
			spec[n++] = 'l', spec[n++] = 'l';
		spec[n++] = conv;
		spec[n] = 0;
		len += format_arg(out, sizeof(out), len, spec, conv, is_long, args[nargs++]);
	}
	out[len < sizeof(out) ? len : sizeof(out) - 1] = 0;
	fputs(out, stderr);
	return len;
}

/* --- redirects -------------------------------------------------------------------------- */

static u64 redirect(u64 ifindex, u64 flags, u64 a3, u64 a4, u64 a5)
{
	if (cur->is_xdp ? flags != 0 : (flags & ~(u64)BPF_F_INGRESS) != 0)
		return cur->is_xdp ? XDP_ABORTED : TC_ACT_SHOT;
	cur->redirect_set = 1;
	cur->redirect_map = NULL;
	cur->redirect_ifindex = (u32)ifindex;
	cur->redirect_flags = flags;
	return cur->is_xdp ? XDP_REDIRECT : TC_ACT_REDIRECT;
}

static u64 redirect_map(u64 map, u64 key, u64 flags, u64 a4, u64 a5)
{
	const u64 action_mask = XDP_ABORTED | XDP_DROP | XDP_PASS | XDP_TX;
	struct map *m = map_of(map);
	u64 flag_mask = 0;
	u32 k = (u32)key;

	if (!m || (m->type != BPF_MAP_TYPE_DEVMAP && m->type != BPF_MAP_TYPE_CPUMAP &&
		   m->type != BPF_MAP_TYPE_XSKMAP))
		return XDP_ABORTED;
	if (m->type == BPF_MAP_TYPE_DEVMAP)
		flag_mask = BPF_F_BROADCAST | BPF_F_EXCLUDE_INGRESS;
	if (flags & ~(action_mask | flag_mask))
		return XDP_ABORTED;
	if (!map_lookup(m, &k, 0) && !(flags & BPF_F_BROADCAST)) {
		cur->redirect_set = 0;	/* the last lookup takes precedence */
		return flags & action_mask;
	}
	cur->redirect_set = 1;
	cur->redirect_map = m;
	cur->redirect_key = k;
	cur->redirect_flags = flags & BPF_F_BROADCAST ? flags : 0;
	return XDP_REDIRECT;
}

/* --- the XDP frame ------------------------------------------------------------------------ */

static void xdp_sync32(struct rvoff_xdp_md *x)
{
	x->data32 = (u32)x->data;
	x->data_end32 = (u32)x->data_end;
	x->data_meta32 = (u32)x->data_meta;
}

static struct rvoff_xdp_md *xdp_of(u64 ctx)
{
	return cur->is_xdp && ctx == (u64)(uintptr_t)cur->xdp ? cur->xdp : NULL;
}

static u64 xdp_adjust_head(u64 ctx, u64 offset, u64 a3, u64 a4, u64 a5)
{
	struct rvoff_xdp_md *x = xdp_of(ctx);
	u64 frame_end = (u64)(uintptr_t)cur->hard_start + RVOFF_XDP_FRAME_SIZE;
	u64 metalen, data;

	if (!x)
		return -EINVAL;
	metalen = x->data_meta <= x->data ? x->data - x->data_meta : 0;
	data = x->data + (s64)(s32)offset;
	if (data < frame_end + metalen || data > x->data_end - RVOFF_ETH_HLEN)
		return -EINVAL;
	if (metalen)
		memmove((void *)(uintptr_t)(x->data_meta + (s64)(s32)offset),
			(void *)(uintptr_t)x->data_meta, metalen);
	x->data_meta += (s64)(s32)offset;
	x->data = data;
	xdp_sync32(x);
	return 0;
}

static u64 xdp_adjust_meta(u64 ctx, u64 offset, u64 a3, u64 a4, u64 a5)
{
	struct rvoff_xdp_md *x = xdp_of(ctx);
	u64 frame_end = (u64)(uintptr_t)cur->hard_start + RVOFF_XDP_FRAME_SIZE;
	u64 meta, metalen;

	if (!x)
		return -EINVAL;
	if (x->data_meta > x->data)
		return -ENOTSUPP;
	meta = x->data_meta + (s64)(s32)offset;
	metalen = x->data - meta;
	if (meta < frame_end || meta > x->data)
		return -EINVAL;
	if ((metalen & 3) || metalen > 32)
		return -EACCES;
	x->data_meta = meta;
	xdp_sync32(x);
	return 0;
}

static u64 xdp_adjust_tail(u64 ctx, u64 offset, u64 a3, u64 a4, u64 a5)
{
	struct rvoff_xdp_md *x = xdp_of(ctx);
	u64 hard_end = (u64)(uintptr_t)cur->hard_start + RVOFF_FRAME_SIZE - RVOFF_TAILROOM;
	u64 end;

	if (!x)
		return -EINVAL;
	end = x->data_end + (s64)(s32)offset;
	if (end > hard_end || end < x->data + RVOFF_ETH_HLEN)
		return -EINVAL;
	if ((s32)offset > 0)
		memset((void *)(uintptr_t)x->data_end, 0, (s32)offset);
	x->data_end = end;
	xdp_sync32(x);
	return 0;
}

/* --- csum_diff: x86-64's csum_partial over ~from, to (Linux's reference is x86-64) --------- */

static u64 csum_diff(u64 from, u64 from_size, u64 to, u64 to_size, u64 seed)
{
	u32 diff[128];		/* struct bpf_scratchpad: MAX_BPF_STACK bytes */
	u32 fs = (u32)from_size, ts = (u32)to_size, n = 0;
	u64 sum = (u32)seed;
	u32 i, hi, lo;

	if (((fs | ts) & 3) || (u64)fs + ts > sizeof(diff))
		return -EINVAL;
	for (i = 0; i < fs / 4; i++)
		diff[n++] = ~((const u32 *)(uintptr_t)from)[i];
	for (i = 0; i < ts / 4; i++)
		diff[n++] = ((const u32 *)(uintptr_t)to)[i];
	for (i = 0; i + 2 <= n; i += 2) {	/* 64-bit adds with end-around carry */
		u64 w = diff[i] | (u64)diff[i + 1] << 32;

		sum += w;
		sum += sum < w;
	}
	if (i < n) {
		sum += diff[i];
		sum += sum < diff[i];
	}
	hi = sum >> 32;
	lo = (u32)sum;
	lo += hi;
	lo += lo < hi;		/* add32_with_carry */
	return lo;
}

/* --- the table ------------------------------------------------------------------------- */

struct helper {
	const char *name;
	rvoff_helper_fn fn;
};

#define H(id, f) [RVOFF_FUNC_##id] = { #id, f }

/* Exactly the ABI's helpers (rvjit/abi.py HELPERS): helpers_check() holds the two equal. */
static const struct helper helpers[RVOFF_HELPER_ID_LAST + 1] = {
	H(map_lookup_elem, map_lookup_elem),
	H(map_update_elem, map_update_elem),
	H(map_delete_elem, map_delete_elem),
	H(ktime_get_ns, ktime_get_ns),
	H(trace_printk, trace_printk),
	H(get_prandom_u32, get_prandom_u32),
	H(get_smp_processor_id, get_smp_processor_id),
	H(tail_call, NULL),		/* inline in the image (docs/abi.md section 8) */
	H(redirect, redirect),
	H(csum_diff, csum_diff),
	H(xdp_adjust_head, xdp_adjust_head),
	H(redirect_map, redirect_map),
	H(xdp_adjust_meta, xdp_adjust_meta),
	H(xdp_adjust_tail, xdp_adjust_tail),
	H(ktime_get_boot_ns, ktime_get_boot_ns),
	H(map_lookup_percpu_elem, map_lookup_percpu_elem),
};

/* NULL for an id the runtime does not provide (tail_call is provided, inline). */
const char *helper_name(u32 id)
{
	return id < ARRAY_SIZE(helpers) ? helpers[id].name : NULL;
}

rvoff_helper_fn helper_fn(u32 id)
{
	return id < ARRAY_SIZE(helpers) ? helpers[id].fn : NULL;
}

/* XDP-only helpers, refused at load for other program types */
int helper_xdp_only(u32 id)
{
	return id == RVOFF_FUNC_xdp_adjust_head || id == RVOFF_FUNC_xdp_adjust_meta ||
	       id == RVOFF_FUNC_xdp_adjust_tail || id == RVOFF_FUNC_redirect_map;
}

/* The runtime provides the ABI's helpers, no more, no fewer (a new one in rvjit/abi.py is
 * reported here until helpers.c implements it). */
void helpers_check(void)
{
	for (u32 id = RVOFF_HELPER_ID_FIRST; id <= RVOFF_HELPER_ID_LAST; id++)
		if (!!rvoff_helper_provided(id) != !!helpers[id].fn)
			die("rvoff-run: helper %u (%s): the ABI (rvoff_abi.h) %s it, helpers.c %s",
			    id, helpers[id].name ? helpers[id].name : "?",
			    rvoff_helper_provided(id) ? "lists" : "does not list",
			    helpers[id].fn ? "implements it" : "does not implement it");
}
