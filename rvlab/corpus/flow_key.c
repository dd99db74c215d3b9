/* Stack-buffer flow key: copy the IPv4 or IPv6 addresses and the L4 ports into a local
 * struct (zeroed, 40 bytes), then fold it with a rotate-xor hash; the hash's low bits pick
 * the action and it is stored in the source MAC's last 4 bytes (a tag for the next hop). */
#include "common.h"

struct flow_key {
	__u32 src[4];
	__u32 dst[4];
	__u16 sport;
	__u16 dport;
	__u8 proto;
	__u8 family;
	__u16 pad;
};

static __always_inline __u32 rol32(__u32 x, int k)
{
	return (x << k) | (x >> (32 - k));
}

SEC("xdp")
int flow_key(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	int proto = parse_eth(&c, &eth);
	struct flow_key key;
	__builtin_memset(&key, 0, sizeof(key));
	if (proto == ETH_P_IP) {
		struct iphdr *iph = PARSE(&c, struct iphdr);
		if (!iph || iph->ihl != 5)
			return XDP_PASS;
		key.src[0] = iph->saddr;
		key.dst[0] = iph->daddr;
		key.proto = iph->protocol;
		key.family = 4;
	} else if (proto == ETH_P_IPV6) {
		struct ipv6hdr *ip6 = PARSE(&c, struct ipv6hdr);
		if (!ip6)
			return XDP_PASS;
		__builtin_memcpy(key.src, &ip6->saddr, 16);
		__builtin_memcpy(key.dst, &ip6->daddr, 16);
		key.proto = ip6->nexthdr;
		key.family = 6;
	} else {
		return XDP_PASS;
	}
	if (key.proto == IPPROTO_TCP || key.proto == IPPROTO_UDP) {
		struct udphdr *ports = PARSE(&c, struct udphdr);
		if (!ports)
			return XDP_DROP;
		key.sport = ports->source;
		key.dport = ports->dest;
	}
	__u32 *w = (__u32 *)&key;
	__u32 h = 0x9747b28c;
#pragma unroll
	for (int i = 0; i < (int)(sizeof(key) / 4); i++) {
		h ^= w[i];
		h = rol32(h, 13) * 5 + 0xe6546b64;
	}
	h ^= h >> 16;
	h *= 0x85ebca6b;
	h ^= h >> 13;
	__builtin_memcpy(eth->h_source + 2, &h, 4);
	switch (h & 3) {
	case 0:
		return XDP_DROP;
	case 1:
		return XDP_TX;
	default:
		return XDP_PASS;
	}
}

char _license[] SEC("license") = "GPL";
