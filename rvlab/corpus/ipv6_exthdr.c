/* IPv6 extension-header walk: follow hop-by-hop, routing, destination-options, fragment and
 * AH headers (at most 6) to the upper-layer protocol; drop fragments and unknown chains,
 * pass TCP/UDP/ICMPv6, abort on truncation. */
#include "common.h"

#define MAX_EXT 6

SEC("xdp")
int ipv6_exthdr(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	if (parse_eth(&c, &eth) != ETH_P_IPV6)
		return XDP_PASS;
	struct ipv6hdr *ip6 = PARSE(&c, struct ipv6hdr);
	if (!ip6)
		return XDP_ABORTED;
	if (ip6->version != 6)
		return XDP_DROP;
	__u8 nh = ip6->nexthdr;
	for (int i = 0; i < MAX_EXT; i++) {
		switch (nh) {
		case IPPROTO_TCP:
		case IPPROTO_UDP:
		case IPPROTO_ICMPV6:
			return XDP_PASS;
		case IPPROTO_FRAGMENT:
			return XDP_DROP;
		case IPPROTO_HOPOPTS:
		case IPPROTO_ROUTING:
		case IPPROTO_DSTOPTS:
		case IPPROTO_AH: {
			struct ipv6_opt_hdr_s *h = c.pos;
			if ((void *)(h + 1) > c.end)
				return XDP_ABORTED;
			/* AH counts 4-byte units minus 2, the others 8-byte units minus 1 */
			__u32 len = nh == IPPROTO_AH ? (h->hdrlen + 2) * 4 : (h->hdrlen + 1) * 8;
			nh = h->nexthdr;
			if (c.pos + len > c.end)
				return XDP_ABORTED;
			c.pos += len;
			break;
		}
		case IPPROTO_NONE:
			return XDP_DROP;
		default:
			return XDP_DROP;
		}
	}
	return XDP_DROP;        /* too many extension headers */
}

char _license[] SEC("license") = "GPL";
