/* TCP MSS clamping for IPv4 SYNs: walk the options (at most 8) to MSS; drop MSS < 536, window
 * scale > 14 and malformed options, clamp MSS above 1460 to 1460 (checksum fixed by RFC 1624);
 * a SYN without MSS passes only as a SYN-ACK. */
#include "common.h"

SEC("xdp")
int tcp_options(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	if (parse_eth(&c, &eth) != ETH_P_IP)
		return XDP_PASS;
	struct iphdr *iph = PARSE(&c, struct iphdr);
	if (!iph || iph->ihl != 5 || iph->protocol != IPPROTO_TCP)
		return XDP_PASS;
	struct tcphdr *tcp = PARSE(&c, struct tcphdr);
	if (!tcp)
		return XDP_DROP;
	if (!tcp->syn)
		return XDP_PASS;
	__u32 optlen = tcp->doff * 4;
	if (optlen < sizeof(*tcp))
		return XDP_DROP;
	__u8 *opt = c.pos;
	__u8 *stop = opt + (optlen - sizeof(*tcp));
	for (int i = 0; i < 8; i++) {
		if (opt >= stop)
			break;
		if ((void *)(opt + 1) > c.end)
			return XDP_DROP;
		__u8 kind = opt[0];
		if (kind == 0)                          /* end of options */
			break;
		if (kind == 1) {                        /* no-op */
			opt++;
			continue;
		}
		if ((void *)(opt + 2) > c.end)
			return XDP_DROP;
		__u8 len = opt[1];
		if (len < 2)
			return XDP_DROP;
		if (kind == 2) {                        /* MSS */
			if (len != 4 || (void *)(opt + 4) > c.end)
				return XDP_DROP;
			__u16 mss = (__u16)opt[2] << 8 | opt[3];
			if (mss < 536)
				return XDP_DROP;
			if (mss > 1460) {
				__u16 old = *(__u16 *)(opt + 2);
				__u16 new = bpf_htons(1460);
				*(__u16 *)(opt + 2) = new;
				tcp->check = csum_replace2(tcp->check, old, new);
			}
			return XDP_PASS;
		}
		if (kind == 3) {                        /* window scale */
			if (len != 3 || (void *)(opt + 3) > c.end)
				return XDP_DROP;
			if (opt[2] > 14)
				return XDP_DROP;
		}
		opt += len;
	}
	return tcp->ack ? XDP_PASS : XDP_DROP;
}

char _license[] SEC("license") = "GPL";
