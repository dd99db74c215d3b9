/* A port-based forwarder: an IPv4 UDP or TCP packet leaves through the DEVMAP slot its
 * destination port picks (an empty slot: XDP_PASS, the default action in redirect_map's
 * flags); IPv6 goes to one fixed interface (bpf_redirect); every redirect is counted per
 * slot in an ARRAY.  BPF_PROG_TEST_RUN reports the verdict, not the target.
 * Features: maps, helpers. */
#include "common.h"
#include "bpf_helpers.h"

#define SLOTS 8
#define V6_IFINDEX 1

struct {
	__uint(type, BPF_MAP_TYPE_DEVMAP);
	__uint(max_entries, SLOTS);
	__type(key, __u32);
	__type(value, __u32);
} tx_ports SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, SLOTS + 1);
	__type(key, __u32);
	__type(value, __u64);
} redirects SEC(".maps");

static __always_inline void count(__u32 slot)
{
	__u64 *n = bpf_map_lookup_elem(&redirects, &slot);
	if (n)
		*n += 1;
}

SEC("xdp")
int redirect_port(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	int proto = parse_eth(&c, &eth);
	if (proto == ETH_P_IPV6) {
		count(SLOTS);
		return bpf_redirect(V6_IFINDEX, 0);
	}
	if (proto != ETH_P_IP)
		return XDP_PASS;
	struct iphdr *iph = PARSE(&c, struct iphdr);
	if (!iph || iph->ihl != 5)
		return XDP_DROP;
	if (iph->protocol != IPPROTO_TCP && iph->protocol != IPPROTO_UDP)
		return XDP_PASS;
	__be16 *ports = c.pos;
	if ((void *)(ports + 2) > c.end)
		return XDP_DROP;
	__u32 slot = bpf_ntohs(ports[1]) % SLOTS;
	long verdict = bpf_redirect_map(&tx_ports, slot, XDP_PASS);
	if (verdict == XDP_REDIRECT)
		count(slot);
	return verdict;
}
