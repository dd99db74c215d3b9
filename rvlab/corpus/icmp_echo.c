/* ICMP echo responder: answer an IPv4 echo request in place (swap MACs and addresses,
 * type 8 -> 0, checksum fixed incrementally) and send it back with XDP_TX. */
#include "common.h"

SEC("xdp")
int icmp_echo(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	if (parse_eth(&c, &eth) != ETH_P_IP)
		return XDP_PASS;
	struct iphdr *iph = PARSE(&c, struct iphdr);
	if (!iph || iph->ihl != 5 || iph->protocol != IPPROTO_ICMP)
		return XDP_PASS;
	struct icmphdr *icmp = PARSE(&c, struct icmphdr);
	if (!icmp)
		return XDP_PASS;
	if (icmp->type != ICMP_ECHO || icmp->code != 0)
		return XDP_PASS;

	__u8 mac[ETH_ALEN];
	__builtin_memcpy(mac, eth->h_source, ETH_ALEN);
	__builtin_memcpy(eth->h_source, eth->h_dest, ETH_ALEN);
	__builtin_memcpy(eth->h_dest, mac, ETH_ALEN);

	__be32 a = iph->saddr;
	iph->saddr = iph->daddr;
	iph->daddr = a;                 /* swapping addresses keeps the IP checksum */
	iph->ttl = 64;
	iph->check = 0;
	__u64 sum = 0;
	__u16 *w = (__u16 *)iph;
#pragma unroll
	for (int i = 0; i < 10; i++)
		sum += w[i];
	iph->check = csum_fold(sum);

	/* type is the high byte of the first ICMP word (network order): 8 << 8 -> 0 */
	__u16 old = *(__u16 *)icmp;
	icmp->type = ICMP_ECHOREPLY;
	icmp->checksum = csum_replace2(icmp->checksum, old, *(__u16 *)icmp);
	return XDP_TX;
}

char _license[] SEC("license") = "GPL";
