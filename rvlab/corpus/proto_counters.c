/* Per-protocol packet and byte counters in a PERCPU_ARRAY (one slot per class: other, ARP,
 * IPv4 TCP/UDP/ICMP/other, IPv6 TCP/UDP/ICMPv6/other), every packet passed.
 * Features: maps, helpers. */
#include "common.h"
#include "bpf_helpers.h"

enum { C_OTHER, C_ARP, C_TCP4, C_UDP4, C_ICMP4, C_IP4, C_TCP6, C_UDP6, C_ICMP6, C_IP6, C_MAX };

struct counter {
	__u64 packets;
	__u64 bytes;
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, C_MAX);
	__type(key, __u32);
	__type(value, struct counter);
} proto_stats SEC(".maps");

static __always_inline __u32 classify(struct cursor *c)
{
	struct ethhdr *eth;
	int proto = parse_eth(c, &eth);
	if (proto == ETH_P_ARP)
		return C_ARP;
	if (proto == ETH_P_IP) {
		struct iphdr *iph = PARSE(c, struct iphdr);
		if (!iph)
			return C_OTHER;
		switch (iph->protocol) {
		case IPPROTO_TCP: return C_TCP4;
		case IPPROTO_UDP: return C_UDP4;
		case IPPROTO_ICMP: return C_ICMP4;
		}
		return C_IP4;
	}
	if (proto == ETH_P_IPV6) {
		struct ipv6hdr *ip6 = PARSE(c, struct ipv6hdr);
		if (!ip6)
			return C_OTHER;
		switch (ip6->nexthdr) {
		case IPPROTO_TCP: return C_TCP6;
		case IPPROTO_UDP: return C_UDP6;
		case IPPROTO_ICMPV6: return C_ICMP6;
		}
		return C_IP6;
	}
	return C_OTHER;
}

SEC("xdp")
int proto_counters(struct xdp_md *ctx)
{
	struct cursor c;
	cursor_init(&c, ctx);
	__u32 key = classify(&c);
	struct counter *cnt = bpf_map_lookup_elem(&proto_stats, &key);
	if (!cnt)
		return XDP_ABORTED;
	cnt->packets += 1;
	cnt->bytes += ctx->data_end - ctx->data;
	return XDP_PASS;
}
