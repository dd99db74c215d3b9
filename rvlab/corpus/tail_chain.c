/* A program chain: the entry program parses Ethernet and tail-calls the parser for the
 * network protocol through a PROG_ARRAY (initialised here, as libbpf does for `.values`),
 * the IPv4 parser tail-calls the TCP stage; each stage counts what it saw in a shared ARRAY.
 * An empty slot, or a tail call that does not happen, falls back to XDP_PASS.
 * Features: maps, helpers, tail calls. */
#include "common.h"
#include "bpf_helpers.h"

enum { STAGE_IPV4, STAGE_IPV6, STAGE_TCP, STAGE_MAX };
enum { SEEN_ETH, SEEN_IPV4, SEEN_IPV6, SEEN_TCP, SEEN_TCP_SYN, SEEN_MAX };

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, SEEN_MAX);
	__type(key, __u32);
	__type(value, __u64);
} seen SEC(".maps");

static __always_inline void count(__u32 what)
{
	__u64 *n = bpf_map_lookup_elem(&seen, &what);
	if (n)
		*n += 1;
}

/* The network header's offset from data, handed from stage to stage in the metadata-free
 * way: each stage re-parses what it needs. */
static __always_inline struct iphdr *ipv4_of(struct cursor *c)
{
	struct ethhdr *eth;
	if (parse_eth(c, &eth) != ETH_P_IP)
		return 0;
	return PARSE(c, struct iphdr);
}

int stage_ipv4(struct xdp_md *ctx);
int stage_ipv6(struct xdp_md *ctx);
int stage_tcp(struct xdp_md *ctx);

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, STAGE_MAX);
	__uint(key_size, sizeof(__u32));
	__array(values, int (void *));
} stages SEC(".maps") = {
	.values = {
		[STAGE_IPV4] = (void *)&stage_ipv4,
		[STAGE_IPV6] = (void *)&stage_ipv6,
		[STAGE_TCP] = (void *)&stage_tcp,
	},
};

SEC("xdp")
int tail_entry(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	int proto = parse_eth(&c, &eth);
	count(SEEN_ETH);
	if (proto == ETH_P_IP)
		bpf_tail_call(ctx, &stages, STAGE_IPV4);
	else if (proto == ETH_P_IPV6)
		bpf_tail_call(ctx, &stages, STAGE_IPV6);
	return XDP_PASS;
}

SEC("xdp")
int stage_ipv4(struct xdp_md *ctx)
{
	struct cursor c;
	cursor_init(&c, ctx);
	struct iphdr *iph = ipv4_of(&c);
	if (!iph)
		return XDP_DROP;
	count(SEEN_IPV4);
	if (iph->ttl <= 1)
		return XDP_DROP;
	if (iph->protocol == IPPROTO_TCP)
		bpf_tail_call(ctx, &stages, STAGE_TCP);
	return XDP_PASS;
}

SEC("xdp")
int stage_ipv6(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	if (parse_eth(&c, &eth) != ETH_P_IPV6)
		return XDP_DROP;
	struct ipv6hdr *ip6 = PARSE(&c, struct ipv6hdr);
	if (!ip6)
		return XDP_DROP;
	count(SEEN_IPV6);
	return ip6->hop_limit <= 1 ? XDP_DROP : XDP_PASS;
}

SEC("xdp")
int stage_tcp(struct xdp_md *ctx)
{
	struct cursor c;
	cursor_init(&c, ctx);
	struct iphdr *iph = ipv4_of(&c);
	if (!iph || iph->ihl != 5)
		return XDP_PASS;
	struct tcphdr *th = PARSE(&c, struct tcphdr);
	if (!th)
		return XDP_DROP;
	count(SEEN_TCP);
	if (th->syn && !th->ack)
		count(SEEN_TCP_SYN);
	return th->syn && th->fin ? XDP_DROP : XDP_PASS;
}
