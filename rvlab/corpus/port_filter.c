/* L4 port filter for IPv4 and IPv6: drop TCP/UDP to blocked ports (telnet, netbios, SMB,
 * SSDP, memcached), to the ephemeral range 49152-65535 unless from DNS/NTP, and UDP from
 * source port 0; everything else passes. */
#include "common.h"

static __always_inline int blocked(__u8 proto, __u16 sport, __u16 dport)
{
	switch (dport) {
	case 23:
	case 137:
	case 138:
	case 139:
	case 445:
	case 1900:
	case 11211:
		return 1;
	}
	if (dport >= 49152 && sport != 53 && sport != 123)
		return 1;
	if (proto == IPPROTO_UDP && sport == 0)
		return 1;
	return 0;
}

SEC("xdp")
int port_filter(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	int proto = parse_eth(&c, &eth);
	__u8 l4;
	if (proto == ETH_P_IP) {
		struct iphdr *iph = PARSE(&c, struct iphdr);
		if (!iph)
			return XDP_DROP;
		if (iph->ihl < 5)
			return XDP_DROP;
		c.pos = (void *)iph + iph->ihl * 4;
		l4 = iph->protocol;
	} else if (proto == ETH_P_IPV6) {
		struct ipv6hdr *ip6 = PARSE(&c, struct ipv6hdr);
		if (!ip6)
			return XDP_DROP;
		l4 = ip6->nexthdr;
	} else {
		return XDP_PASS;
	}
	if (l4 != IPPROTO_TCP && l4 != IPPROTO_UDP)
		return XDP_PASS;
	/* source and destination ports sit at the same place in TCP and UDP */
	struct udphdr *ports = PARSE(&c, struct udphdr);
	if (!ports)
		return XDP_DROP;
	return blocked(l4, bpf_ntohs(ports->source), bpf_ntohs(ports->dest)) ? XDP_DROP : XDP_PASS;
}

char _license[] SEC("license") = "GPL";
