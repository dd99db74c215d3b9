/* Per-protocol policy as one big switch over the IPv4 protocol number (compiled into
 * compare-and-jump chains: eBPF has no indirect jumps): routing and tunnel protocols pass,
 * legacy ones drop, ICMP is split by type, unknown protocols go by their number's parity. */
#include "common.h"

SEC("xdp")
int proto_switch(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	if (parse_eth(&c, &eth) != ETH_P_IP)
		return XDP_PASS;
	struct iphdr *iph = PARSE(&c, struct iphdr);
	if (!iph)
		return XDP_ABORTED;
	switch (iph->protocol) {
	case IPPROTO_ICMP: {
		struct icmphdr *icmp = (void *)iph + sizeof(*iph);
		if ((void *)(icmp + 1) > c.end)
			return XDP_DROP;
		switch (icmp->type) {
		case ICMP_ECHO:
		case ICMP_ECHOREPLY:
		case ICMP_DEST_UNREACH:
		case ICMP_TIME_EXCEEDED:
			return XDP_PASS;
		case ICMP_REDIRECT:
		case ICMP_SOURCE_QUENCH:
			return XDP_DROP;
		default:
			return icmp->code == 0 ? XDP_PASS : XDP_DROP;
		}
	}
	case IPPROTO_IGMP:
		return iph->ttl == 1 ? XDP_PASS : XDP_DROP;
	case IPPROTO_TCP:
	case IPPROTO_UDP:
	case IPPROTO_SCTP:
	case IPPROTO_UDPLITE:
		return XDP_PASS;
	case IPPROTO_GRE:
	case IPPROTO_IPIP:
	case IPPROTO_IPV6:
	case IPPROTO_ESP:
	case IPPROTO_AH:
		return XDP_TX;
	case 89:                /* OSPF */
	case 112:               /* VRRP */
	case IPPROTO_PIM:
		return iph->ttl >= 1 ? XDP_PASS : XDP_DROP;
	case 9:                 /* IGP */
	case 36:                /* XTP */
	case IPPROTO_DCCP:
	case IPPROTO_RSVP:
		return XDP_DROP;
	case 255:
		return XDP_ABORTED;
	default:
		return (iph->protocol & 1) ? XDP_DROP : XDP_PASS;
	}
}

char _license[] SEC("license") = "GPL";
