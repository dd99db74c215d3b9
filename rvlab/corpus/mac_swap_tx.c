/* UDP echo reflector: IPv4/UDP to port 7 (echo) is bounced back with XDP_TX after swapping
 * MAC addresses, IP addresses and ports (the checksums stay valid under swaps). */
#include "common.h"

SEC("xdp")
int mac_swap_tx(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	if (parse_eth(&c, &eth) != ETH_P_IP)
		return XDP_PASS;
	struct iphdr *iph = PARSE(&c, struct iphdr);
	if (!iph || iph->ihl != 5 || iph->protocol != IPPROTO_UDP)
		return XDP_PASS;
	struct udphdr *udp = PARSE(&c, struct udphdr);
	if (!udp || udp->dest != bpf_htons(7))
		return XDP_PASS;

	/* swap the MACs 16 bits at a time, as a NIC driver's reflector would */
	__u16 *m = (__u16 *)eth;
#pragma unroll
	for (int i = 0; i < 3; i++) {
		__u16 t = m[i];
		m[i] = m[i + 3];
		m[i + 3] = t;
	}
	__be32 a = iph->saddr;
	iph->saddr = iph->daddr;
	iph->daddr = a;
	__be16 p = udp->source;
	udp->source = udp->dest;
	udp->dest = p;
	return XDP_TX;
}

char _license[] SEC("license") = "GPL";
