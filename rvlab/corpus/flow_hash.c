/* Flow hash load spreading: FNV-1a (64-bit) over the IPv4 5-tuple, then a multiplicative mix;
 * hash % 5 == 0 drops, == 1 writes a queue number (hash bits) into the destination MAC's last
 * byte and transmits, the rest pass; non-IPv4 passes. */
#include "common.h"

#define FNV_OFFSET 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL

static __always_inline __u64 fnv1a(__u64 h, __u32 v, int bytes)
{
#pragma unroll
	for (int i = 0; i < 4; i++) {
		if (i >= bytes)
			break;
		h ^= (v >> (8 * i)) & 0xFF;
		h *= FNV_PRIME;
	}
	return h;
}

SEC("xdp")
int flow_hash(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	if (parse_eth(&c, &eth) != ETH_P_IP)
		return XDP_PASS;
	struct iphdr *iph = PARSE(&c, struct iphdr);
	if (!iph || iph->ihl != 5)
		return XDP_PASS;
	__u32 ports = 0;
	if (iph->protocol == IPPROTO_TCP || iph->protocol == IPPROTO_UDP) {
		__u32 *p = c.pos;
		if ((void *)(p + 1) > c.end)
			return XDP_DROP;
		ports = *p;
	}
	__u64 h = FNV_OFFSET;
	h = fnv1a(h, iph->saddr, 4);
	h = fnv1a(h, iph->daddr, 4);
	h = fnv1a(h, iph->protocol, 1);
	h = fnv1a(h, ports, 4);
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	switch (h % 5) {
	case 0:
		return XDP_DROP;
	case 1:
		eth->h_dest[5] = (__u8)(h >> 40) & 0x7;
		return XDP_TX;
	default:
		return XDP_PASS;
	}
}

char _license[] SEC("license") = "GPL";
