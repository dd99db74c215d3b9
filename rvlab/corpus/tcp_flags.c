/* TCP flag classifier (SYN-flood / scan guard): drop NULL, XMAS, SYN+FIN and SYN+RST scans,
 * SYNs with payload or without options, segments with a bad data offset; pass the rest. */
#include "common.h"

#define F_FIN 0x01
#define F_SYN 0x02
#define F_RST 0x04
#define F_PSH 0x08
#define F_ACK 0x10
#define F_URG 0x20

SEC("xdp")
int tcp_flags(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	if (parse_eth(&c, &eth) != ETH_P_IP)
		return XDP_PASS;
	struct iphdr *iph = PARSE(&c, struct iphdr);
	if (!iph || iph->protocol != IPPROTO_TCP)
		return XDP_PASS;
	__u32 ihl = iph->ihl * 4;
	if (ihl < sizeof(*iph))
		return XDP_DROP;
	struct tcphdr *tcp = (void *)iph + ihl;
	if ((void *)(tcp + 1) > c.end)
		return XDP_DROP;
	__u8 flags = ((__u8 *)tcp)[13];
	__u32 doff = tcp->doff * 4;
	if (doff < sizeof(*tcp))
		return XDP_DROP;
	__u32 iplen = bpf_ntohs(iph->tot_len);
	if (iplen < ihl + doff)
		return XDP_DROP;
	__u32 payload = iplen - ihl - doff;

	if ((flags & 0x3F) == 0)                                    /* NULL scan */
		return XDP_DROP;
	if ((flags & (F_FIN | F_PSH | F_URG)) == (F_FIN | F_PSH | F_URG))   /* XMAS */
		return XDP_DROP;
	if ((flags & (F_SYN | F_FIN)) == (F_SYN | F_FIN) || (flags & (F_SYN | F_RST)) == (F_SYN | F_RST))
		return XDP_DROP;
	if ((flags & (F_SYN | F_ACK)) == F_SYN) {                 /* a new connection */
		if (payload != 0 || doff == sizeof(*tcp))
			return XDP_DROP;
		if (bpf_ntohs(tcp->window) < 512)
			return XDP_DROP;
	}
	if ((flags & F_ACK) == 0 && (flags & F_RST) == 0 && (flags & F_SYN) == 0)
		return XDP_DROP;                                    /* FIN/PSH/URG without ACK */
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
