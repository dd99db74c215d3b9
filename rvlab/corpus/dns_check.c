/* DNS query sanity for UDP port 53 over IPv4: a query (QR=0, opcode QUERY) with exactly one
 * question and no answers; the QNAME's labels are walked (bounded, at most 8 labels of at
 * most 63 bytes) and must end inside the packet. Drop malformed queries. */
#include "common.h"

struct dnshdr {
	__be16 id;
	__be16 flags;
	__be16 qdcount;
	__be16 ancount;
	__be16 nscount;
	__be16 arcount;
};

SEC("xdp")
int dns_check(struct xdp_md *ctx)
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
		return XDP_DROP;
	if (udp->dest != bpf_htons(53))
		return XDP_PASS;
	struct dnshdr *dns = PARSE(&c, struct dnshdr);
	if (!dns)
		return XDP_DROP;
	__u16 flags = bpf_ntohs(dns->flags);
	if (flags & 0x8000)                     /* a response to our server port */
		return XDP_DROP;
	if (((flags >> 11) & 0xF) != 0)         /* opcode other than QUERY */
		return XDP_DROP;
	if (dns->qdcount != bpf_htons(1) || dns->ancount != 0)
		return XDP_DROP;
	__u8 *q = c.pos;
	for (int i = 0; i < 8; i++) {
		if ((void *)(q + 1) > c.end)
			return XDP_DROP;
		__u8 len = *q;
		if (len == 0)
			return XDP_PASS;
		if (len > 63)                   /* compression pointers are not allowed here */
			return XDP_DROP;
		q += len + 1;
	}
	return XDP_DROP;
}

char _license[] SEC("license") = "GPL";
