/* A Katran-like L4 load balancer (L2 direct server return): a packet to a virtual IP:port
 * (HASH map of VIPs) gets a backend from the VIP's consistent-hash ring (an ARRAY of
 * RING_SIZE backend indices per VIP, filled by the control plane, Maglev style), keyed by a
 * jhash of the flow; the destination MAC becomes the backend's and the packet goes back out
 * (XDP_TX).  Hashing, ring lookup and the rewrite are separate (noinline) functions.
 * Features: maps, helpers, calls. */
#include "common.h"
#include "bpf_helpers.h"

#define MAX_VIPS 64
#define RING_SIZE 128
#define MAX_REALS 256

struct vip_key {
	__be32 addr;
	__be16 port;
	__u8 proto;
	__u8 pad;
};

struct vip_meta {
	__u32 vip_num;
	__u32 flags;            /* F_HASH_NO_SRC_PORT: hash the source address only */
};
#define F_HASH_NO_SRC_PORT 1

struct real_def {
	__be32 addr;
	__u8 mac[6];
	__u16 pad;
};

struct lb_stats {
	__u64 packets;
	__u64 bytes;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, MAX_VIPS);
	__type(key, struct vip_key);
	__type(value, struct vip_meta);
} vip_map SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, MAX_VIPS * RING_SIZE);
	__type(key, __u32);
	__type(value, __u32);
} ch_rings SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, MAX_REALS);
	__type(key, __u32);
	__type(value, struct real_def);
} reals SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, MAX_VIPS);
	__type(key, __u32);
	__type(value, struct lb_stats);
} vip_stats SEC(".maps");

static __always_inline __u32 rol32(__u32 word, unsigned int shift)
{
	return (word << shift) | (word >> ((-shift) & 31));
}

/* Bob Jenkins' lookup3 final mix on two words (the kernel's jhash_2words). */
static __noinline __u32 jhash_2words(__u32 a, __u32 b, __u32 initval)
{
	__u32 c = initval + 0xdeadbeef + (2 << 2);
	a += c;
	b += c;
	c ^= b; c -= rol32(b, 14);
	a ^= c; a -= rol32(c, 11);
	b ^= a; b -= rol32(a, 25);
	c ^= b; c -= rol32(b, 16);
	a ^= c; a -= rol32(c, 4);
	b ^= a; b -= rol32(a, 14);
	c ^= b; c -= rol32(b, 24);
	return c;
}

/* The backend for a flow hash on VIP `vip_num`'s ring, or -1. */
static __noinline int pick_real(__u32 vip_num, __u32 hash)
{
	__u32 slot = vip_num * RING_SIZE + hash % RING_SIZE;
	__u32 *real = bpf_map_lookup_elem(&ch_rings, &slot);
	if (!real || *real >= MAX_REALS)
		return -1;
	return *real;
}

/* Point the frame at backend `real`: its MAC as destination, ours (the old destination) as
 * source.  Returns the XDP verdict. */
static __noinline int send_to_real(struct ethhdr *eth, __u32 real)
{
	struct real_def *r = bpf_map_lookup_elem(&reals, &real);
	if (!r || !r->addr)
		return XDP_DROP;
	__builtin_memcpy(eth->h_source, eth->h_dest, ETH_ALEN);
	__builtin_memcpy(eth->h_dest, r->mac, ETH_ALEN);
	return XDP_TX;
}

SEC("xdp")
int l4_lb(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	if (parse_eth(&c, &eth) != ETH_P_IP)
		return XDP_PASS;
	struct iphdr *iph = PARSE(&c, struct iphdr);
	if (!iph || iph->ihl != 5 || (iph->frag_off & bpf_htons(IP_MF | IP_OFFSET)))
		return XDP_PASS;
	if (iph->protocol != IPPROTO_TCP && iph->protocol != IPPROTO_UDP)
		return XDP_PASS;
	__be16 *ports = c.pos;
	if ((void *)(ports + 2) > c.end)
		return XDP_DROP;
	struct vip_key vk = { .addr = iph->daddr, .port = ports[1], .proto = iph->protocol };
	struct vip_meta *vip = bpf_map_lookup_elem(&vip_map, &vk);
	if (!vip)
		return XDP_PASS;
	__u32 vip_num = vip->vip_num;
	__u32 sport = vip->flags & F_HASH_NO_SRC_PORT ? 0 : ports[0];
	__u32 hash = jhash_2words(iph->saddr, sport | (__u32)ports[1] << 16, 0x5eed);
	int real = pick_real(vip_num, hash);
	if (real < 0)
		return XDP_DROP;
	struct lb_stats *st = bpf_map_lookup_elem(&vip_stats, &vip_num);
	if (st) {
		st->packets += 1;
		st->bytes += ctx->data_end - ctx->data;
	}
	return send_to_real(eth, real);
}
