/* UDP length consistency for IPv4 and IPv6: the UDP length field must be at least 8, equal
 * the IP payload length and fit in the frame; IPv4 UDP with checksum 0 is allowed, IPv6 UDP
 * with checksum 0 is dropped (RFC 8200); trailing Ethernet padding is tolerated. */
#include "common.h"

SEC("xdp")
int udp_len(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	int proto = parse_eth(&c, &eth);
	__u32 iplen;
	int v6 = 0;
	if (proto == ETH_P_IP) {
		struct iphdr *iph = PARSE(&c, struct iphdr);
		if (!iph || iph->ihl != 5 || iph->protocol != IPPROTO_UDP)
			return XDP_PASS;
		__u32 tot = bpf_ntohs(iph->tot_len);
		if (tot < sizeof(*iph))
			return XDP_DROP;
		iplen = tot - sizeof(*iph);
	} else if (proto == ETH_P_IPV6) {
		struct ipv6hdr *ip6 = PARSE(&c, struct ipv6hdr);
		if (!ip6 || ip6->nexthdr != IPPROTO_UDP)
			return XDP_PASS;
		iplen = bpf_ntohs(ip6->payload_len);
		v6 = 1;
	} else {
		return XDP_PASS;
	}
	struct udphdr *udp = PARSE(&c, struct udphdr);
	if (!udp)
		return XDP_DROP;
	__u32 ulen = bpf_ntohs(udp->len);
	if (ulen < sizeof(*udp) || ulen != iplen)
		return XDP_DROP;
	__u64 room = (__u64)(c.end - (void *)udp);
	if (ulen > room)
		return XDP_DROP;
	if (v6 && udp->check == 0)
		return XDP_DROP;
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
