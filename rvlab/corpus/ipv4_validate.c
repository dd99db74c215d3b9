/* IPv4 header sanity: version 4, IHL >= 5, total length within the frame and covering the
 * header, no fragments, no multicast/broadcast/loopback source; drop what fails. */
#include "common.h"

SEC("xdp")
int ipv4_validate(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	if (parse_eth(&c, &eth) != ETH_P_IP)
		return XDP_PASS;
	struct iphdr *iph = PARSE(&c, struct iphdr);
	if (!iph)
		return XDP_DROP;
	if (iph->version != 4 || iph->ihl < 5)
		return XDP_DROP;
	__u32 hlen = iph->ihl * 4;
	__u32 tot = bpf_ntohs(iph->tot_len);
	__u32 avail = (__u32)((long)c.end - (long)iph);
	if (tot < hlen || tot > avail)
		return XDP_DROP;
	if ((void *)iph + hlen > c.end)
		return XDP_DROP;
	__u16 frag = bpf_ntohs(iph->frag_off);
	if (frag & (IP_MF | IP_OFFSET))
		return XDP_DROP;
	__u32 src = bpf_ntohl(iph->saddr);
	if ((src >> 28) == 0xE || src == 0xFFFFFFFF || (src >> 24) == 127 || src == 0)
		return XDP_DROP;
	if (iph->ttl == 0)
		return XDP_DROP;
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
