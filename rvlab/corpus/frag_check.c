/* IPv4 fragment sanity (32-bit arithmetic): compute each fragment's byte range from the
 * offset field and total length; drop fragments with DF, ranges past 65535, first fragments
 * too short for the TCP/UDP header, offsets 1-2 (RFC 1858) and tiny non-last fragments. */
#include "common.h"

SEC("xdp")
int frag_check(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	if (parse_eth(&c, &eth) != ETH_P_IP)
		return XDP_PASS;
	struct iphdr *iph = PARSE(&c, struct iphdr);
	if (!iph)
		return XDP_DROP;
	__u32 fo = bpf_ntohs(iph->frag_off);
	__u32 off = (fo & IP_OFFSET) << 3;
	int more = (fo & IP_MF) != 0;
	if (!more && off == 0)
		return XDP_PASS;                        /* not a fragment */
	if (fo & IP_DF)
		return XDP_DROP;                        /* DF and a fragment: contradiction */
	__u32 hl = iph->ihl << 2;
	__u32 tot = bpf_ntohs(iph->tot_len);
	if (hl < 20 || tot <= hl)
		return XDP_DROP;
	__u32 len = tot - hl;
	if (more && (len & 7))
		return XDP_DROP;                        /* non-last fragments are multiples of 8 */
	if (off + len > 65535)
		return XDP_DROP;
	if (off == 0 && iph->protocol == IPPROTO_TCP && len < 20)
		return XDP_DROP;                        /* first fragment must hold the TCP header */
	if (off == 0 && iph->protocol == IPPROTO_UDP && len < 8)
		return XDP_DROP;
	if (off == 8 || off == 16)
		return XDP_DROP;                        /* RFC 1858 tiny-fragment overlap */
	if (more && len < 64)
		return XDP_DROP;                        /* tiny non-last fragment */
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
