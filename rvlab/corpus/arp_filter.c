/* ARP filter: only well-formed Ethernet/IPv4 ARP (htype 1, ptype 0x0800, lengths 6 and 4)
 * requests and replies for targets in 10.0.0.0/8 or 192.168.0.0/16 pass; gratuitous ARP
 * (sender IP = target IP) and broadcast/multicast sender MACs are dropped. */
#include "common.h"

struct arp_eth_ipv4 {
	__be16 htype;
	__be16 ptype;
	__u8 hlen;
	__u8 plen;
	__be16 op;
	__u8 sha[ETH_ALEN];
	__u8 spa[4];
	__u8 tha[ETH_ALEN];
	__u8 tpa[4];
} __attribute__((packed));

SEC("xdp")
int arp_filter(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	if (parse_eth(&c, &eth) != ETH_P_ARP)
		return XDP_PASS;
	struct arp_eth_ipv4 *arp = PARSE(&c, struct arp_eth_ipv4);
	if (!arp)
		return XDP_DROP;
	if (arp->htype != bpf_htons(ARPHRD_ETHER) || arp->ptype != bpf_htons(ETH_P_IP) ||
	    arp->hlen != ETH_ALEN || arp->plen != 4)
		return XDP_DROP;
	__u16 op = bpf_ntohs(arp->op);
	if (op != ARPOP_REQUEST && op != ARPOP_REPLY)
		return XDP_DROP;
	if (arp->sha[0] & 1)                    /* multicast/broadcast sender */
		return XDP_DROP;
	__u32 spa = (__u32)arp->spa[0] << 24 | (__u32)arp->spa[1] << 16 | arp->spa[2] << 8 | arp->spa[3];
	__u32 tpa = (__u32)arp->tpa[0] << 24 | (__u32)arp->tpa[1] << 16 | arp->tpa[2] << 8 | arp->tpa[3];
	if (spa == tpa)
		return XDP_DROP;
	if ((tpa & 0xFF000000) == IPV4(10, 0, 0, 0) || (tpa & 0xFFFF0000) == IPV4(192, 168, 0, 0))
		return XDP_PASS;
	return XDP_DROP;
}

char _license[] SEC("license") = "GPL";
