/* Router fast path: drop IPv4 with TTL <= 1 and IPv6 with hop limit <= 1, otherwise
 * decrement it (IPv4: fix the header checksum incrementally, RFC 1624) and pass. */
#include "common.h"

SEC("xdp")
int ttl_decrement(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	int proto = parse_eth(&c, &eth);
	if (proto == ETH_P_IP) {
		struct iphdr *iph = PARSE(&c, struct iphdr);
		if (!iph)
			return XDP_DROP;
		if (iph->ttl <= 1)
			return XDP_DROP;
		/* ttl is the high byte of the 16-bit word it shares with protocol */
		__u16 old = *(__u16 *)&iph->ttl;
		iph->ttl--;
		__u16 new = *(__u16 *)&iph->ttl;
		iph->check = csum_replace2(iph->check, old, new);
		return XDP_PASS;
	}
	if (proto == ETH_P_IPV6) {
		struct ipv6hdr *ip6 = PARSE(&c, struct ipv6hdr);
		if (!ip6)
			return XDP_DROP;
		if (ip6->hop_limit <= 1)
			return XDP_DROP;
		ip6->hop_limit--;
		return XDP_PASS;
	}
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
