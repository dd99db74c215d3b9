/* First-match IPv4 access list: rules of (source prefix, destination prefix, protocol,
 * destination port range) written as inline checks against constants, each with its own
 * action; the default is pass. */
#include "common.h"

struct tuple {
	__u32 src, dst;
	__u16 dport;
	__u8 proto;
};

static __always_inline int match(const struct tuple *t, __u32 src, int slen, __u32 dst,
				 int dlen, __u8 proto, __u16 lo, __u16 hi)
{
	__u32 smask = slen ? ~0U << (32 - slen) : 0;
	__u32 dmask = dlen ? ~0U << (32 - dlen) : 0;
	if ((t->src & smask) != (src & smask) || (t->dst & dmask) != (dst & dmask))
		return 0;
	if (proto && t->proto != proto)
		return 0;
	return t->dport >= lo && t->dport <= hi;
}

SEC("xdp")
int acl(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	if (parse_eth(&c, &eth) != ETH_P_IP)
		return XDP_PASS;
	struct iphdr *iph = PARSE(&c, struct iphdr);
	if (!iph || iph->ihl < 5)
		return XDP_DROP;
	struct tuple t = {
		.src = bpf_ntohl(iph->saddr),
		.dst = bpf_ntohl(iph->daddr),
		.proto = iph->protocol,
		.dport = 0,
	};
	if (t.proto == IPPROTO_TCP || t.proto == IPPROTO_UDP) {
		struct udphdr *l4 = (void *)iph + iph->ihl * 4;
		if ((void *)(l4 + 1) > c.end)
			return XDP_DROP;
		t.dport = bpf_ntohs(l4->dest);
	}
	if (match(&t, IPV4(10, 1, 0, 0), 16, IPV4(10, 2, 3, 0), 24, IPPROTO_TCP, 22, 22))
		return XDP_PASS;
	if (match(&t, 0, 0, IPV4(10, 2, 3, 0), 24, IPPROTO_TCP, 22, 23))
		return XDP_DROP;
	if (match(&t, IPV4(192, 168, 0, 0), 16, 0, 0, IPPROTO_UDP, 5000, 5999))
		return XDP_TX;
	if (match(&t, IPV4(172, 16, 0, 0), 12, IPV4(172, 16, 0, 0), 12, 0, 0, 65535))
		return XDP_PASS;
	if (match(&t, 0, 0, IPV4(224, 0, 0, 0), 4, IPPROTO_UDP, 0, 65535))
		return XDP_DROP;
	if (match(&t, IPV4(100, 64, 0, 0), 10, 0, 0, 0, 0, 1023))
		return XDP_DROP;
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
