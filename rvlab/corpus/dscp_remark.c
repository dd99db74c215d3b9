/* DSCP remarking: IPv4 packets from 10.0.0.0/8 to UDP ports 5060-5061 (SIP) get EF (46),
 * other UDP gets AF11 unless already marked, TCP is left alone; ECN bits are kept and the
 * header checksum is updated incrementally. IPv6 traffic class is remarked the same way. */
#include "common.h"

static __always_inline __u8 pick_dscp(__u8 old, __u8 proto, __u16 dport, int inside)
{
	if (proto != IPPROTO_UDP)
		return old;
	if (inside && (dport == 5060 || dport == 5061))
		return 46;
	return old ? old : 10;
}

SEC("xdp")
int dscp_remark(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	int proto = parse_eth(&c, &eth);
	if (proto == ETH_P_IP) {
		struct iphdr *iph = PARSE(&c, struct iphdr);
		if (!iph || iph->ihl != 5)
			return XDP_PASS;
		struct udphdr *udp = PARSE(&c, struct udphdr);
		__u16 dport = udp ? bpf_ntohs(udp->dest) : 0;
		int inside = (bpf_ntohl(iph->saddr) >> 24) == 10;
		__u8 dscp = pick_dscp(iph->tos >> 2, iph->protocol, dport, inside);
		__u16 old = *(__u16 *)iph;
		iph->tos = (dscp << 2) | (iph->tos & 3);
		iph->check = csum_replace2(iph->check, old, *(__u16 *)iph);
		return XDP_PASS;
	}
	if (proto == ETH_P_IPV6) {
		struct ipv6hdr *ip6 = PARSE(&c, struct ipv6hdr);
		if (!ip6)
			return XDP_PASS;
		struct udphdr *udp = PARSE(&c, struct udphdr);
		__u16 dport = udp ? bpf_ntohs(udp->dest) : 0;
		/* traffic class straddles the first two bytes: version:4 tc:8 flow:20 */
		__u8 *b = (__u8 *)ip6;
		__u8 tc = (b[0] & 0x0F) << 4 | b[1] >> 4;
		int inside = ip6->saddr.in6_u.u6_addr8[0] == 0xFD;      /* ULA */
		__u8 dscp = pick_dscp(tc >> 2, ip6->nexthdr, dport, inside);
		tc = (dscp << 2) | (tc & 3);
		b[0] = (b[0] & 0xF0) | tc >> 4;
		b[1] = (b[1] & 0x0F) | (tc << 4);
		return XDP_PASS;
	}
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
