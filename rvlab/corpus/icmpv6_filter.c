/* ICMPv6 filter: neighbour discovery (133-137) must arrive with hop limit 255 and code 0,
 * echo request/reply pass, errors (1-4) pass with a minimal length, MLD only from
 * link-local sources (fe80::/10); everything else ICMPv6 is dropped. */
#include "common.h"

SEC("xdp")
int icmpv6_filter(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	if (parse_eth(&c, &eth) != ETH_P_IPV6)
		return XDP_PASS;
	struct ipv6hdr *ip6 = PARSE(&c, struct ipv6hdr);
	if (!ip6 || ip6->nexthdr != IPPROTO_ICMPV6)
		return XDP_PASS;
	struct icmp6hdr *icmp = PARSE(&c, struct icmp6hdr);
	if (!icmp)
		return XDP_DROP;
	__u8 type = icmp->icmp6_type;
	__u16 plen = bpf_ntohs(ip6->payload_len);
	if (type >= 133 && type <= 137) {
		if (ip6->hop_limit != 255 || icmp->icmp6_code != 0)
			return XDP_DROP;
		return plen >= 16 ? XDP_PASS : XDP_DROP;
	}
	if (type == 128 || type == 129)
		return XDP_PASS;
	if (type >= 1 && type <= 4)
		return plen >= 48 ? XDP_PASS : XDP_DROP;
	if (type == 130 || type == 131 || type == 132 || type == 143) {
		__u8 *s = ip6->saddr.in6_u.u6_addr8;
		return (s[0] == 0xFE && (s[1] & 0xC0) == 0x80) ? XDP_PASS : XDP_DROP;
	}
	return XDP_DROP;
}

char _license[] SEC("license") = "GPL";
