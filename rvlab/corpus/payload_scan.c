/* Payload signature scan: look through the first 64 bytes of an IPv4 UDP payload for the
 * byte pair 0xDE 0xAD (a bounded loop, one bounds check per byte); drop on a match, pass
 * otherwise; XDP_TX when the payload starts with "PING". */
#include "common.h"

SEC("xdp")
int payload_scan(struct xdp_md *ctx)
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
	if (!udp)
		return XDP_PASS;
	__u8 *p = c.pos;
	if ((void *)(p + 4) <= c.end && p[0] == 'P' && p[1] == 'I' && p[2] == 'N' && p[3] == 'G')
		return XDP_TX;
	__u8 prev = 0;
	for (int i = 0; i < 64; i++) {
		if ((void *)(p + i + 1) > c.end)
			break;
		__u8 b = p[i];
		if (prev == 0xDE && b == 0xAD)
			return XDP_DROP;
		prev = b;
	}
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
