/* Tunnel recognition: GRE (version 0, no routing, optional words) carrying IPv4/IPv6/Ethernet
 * and VXLAN (UDP 4789, I flag, reserved bits clear) carrying IPv4/IPv6 go to XDP_TX (decap
 * elsewhere); malformed tunnels drop, plain traffic passes. */
#include "common.h"

#define GRE_CSUM 0x8000
#define GRE_ROUTING 0x4000
#define GRE_KEY 0x2000
#define GRE_SEQ 0x1000
#define GRE_VERSION 0x0007

SEC("xdp")
int tunnel_detect(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	if (parse_eth(&c, &eth) != ETH_P_IP)
		return XDP_PASS;
	struct iphdr *iph = PARSE(&c, struct iphdr);
	if (!iph || iph->ihl < 5)
		return XDP_PASS;
	c.pos = (void *)iph + iph->ihl * 4;
	if (iph->protocol == IPPROTO_GRE) {
		struct gre_base *gre = PARSE(&c, struct gre_base);
		if (!gre)
			return XDP_DROP;
		__u16 fl = bpf_ntohs(gre->flags);
		if (fl & (GRE_ROUTING | GRE_VERSION))
			return XDP_DROP;
		/* optional words: checksum(+reserved), key, sequence number */
		__u32 opt = ((fl & GRE_CSUM) ? 4 : 0) + ((fl & GRE_KEY) ? 4 : 0) + ((fl & GRE_SEQ) ? 4 : 0);
		if (c.pos + opt > c.end)
			return XDP_DROP;
		switch (bpf_ntohs(gre->protocol)) {
		case ETH_P_IP:
		case ETH_P_IPV6:
		case 0x6558:                    /* transparent Ethernet bridging */
			return XDP_TX;
		default:
			return XDP_DROP;
		}
	}
	if (iph->protocol == IPPROTO_UDP) {
		struct udphdr *udp = PARSE(&c, struct udphdr);
		if (!udp || udp->dest != bpf_htons(4789))
			return XDP_PASS;
		struct vxlan_hdr *vx = PARSE(&c, struct vxlan_hdr);
		if (!vx)
			return XDP_DROP;
		if (vx->flags != bpf_htonl(0x08000000) || (vx->vni & bpf_htonl(0xFF)))
			return XDP_DROP;
		struct ethhdr *inner = PARSE(&c, struct ethhdr);
		if (!inner)
			return XDP_DROP;
		if (inner->h_proto == bpf_htons(ETH_P_IP) || inner->h_proto == bpf_htons(ETH_P_IPV6))
			return XDP_TX;
		return XDP_DROP;
	}
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
