/* IPv4 header checksum check: one's-complement sum of the 20-byte header plus its options
 * (an unrolled loop over up to 20 more halfwords); drop packets whose checksum is wrong. */
#include "common.h"

SEC("xdp")
int ipv4_csum(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	if (parse_eth(&c, &eth) != ETH_P_IP)
		return XDP_PASS;
	struct iphdr *iph = PARSE(&c, struct iphdr);
	if (!iph)
		return XDP_DROP;
	__u32 words = iph->ihl * 2;             /* 16-bit words in the header */
	if (words < 10)
		return XDP_DROP;
	__u16 *p = (__u16 *)iph;
	__u32 sum = 0;
#pragma unroll
	for (int i = 0; i < 10; i++)
		sum += p[i];
	/* fully unrolled, no early exit: as a loop, clang merges its two exits (header end,
	 * packet end) into one computed trip count, a bound the verifier cannot follow */
#pragma unroll
	for (__u32 i = 10; i < 30; i++) {       /* options */
		if (i < words) {
			if ((void *)(p + i + 1) > c.end)
				return XDP_DROP;
			sum += p[i];
		}
	}
	sum = (sum & 0xFFFF) + (sum >> 16);
	sum = (sum & 0xFFFF) + (sum >> 16);
	return sum == 0xFFFF ? XDP_PASS : XDP_DROP;
}

char _license[] SEC("license") = "GPL";
