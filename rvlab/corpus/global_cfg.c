/* Rate sampling and port blocking configured through global data, the way libbpf skeletons
 * do it: the control plane sets `const volatile` knobs in .rodata before load, a blocklist
 * of destination ports and counters live in .data, scratch state in .bss.
 * Features: global data. */
#include "common.h"

#define MAX_BLOCKED 8

const volatile __u32 sample_every = 16;          /* .rodata: 0 disables sampling */
const volatile __u8 drop_fragments = 1;
__u16 blocked_ports[MAX_BLOCKED] = { 23, 135, 137, 138, 139, 445, 0, 0 };   /* .data */
__u64 packets_seen = 0;                           /* .bss */
__u64 packets_blocked;
__u32 sample_countdown;

SEC("xdp")
int global_cfg(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	packets_seen++;
	if (sample_every) {
		if (sample_countdown == 0)
			sample_countdown = sample_every;
		sample_countdown--;
	}
	if (parse_eth(&c, &eth) != ETH_P_IP)
		return XDP_PASS;
	struct iphdr *iph = PARSE(&c, struct iphdr);
	if (!iph || iph->ihl != 5)
		return XDP_PASS;
	if (drop_fragments && (iph->frag_off & bpf_htons(IP_MF | IP_OFFSET)))
		return XDP_DROP;
	if (iph->protocol != IPPROTO_TCP && iph->protocol != IPPROTO_UDP)
		return XDP_PASS;
	__be16 *ports = c.pos;
	if ((void *)(ports + 2) > c.end)
		return XDP_DROP;
	__u16 dport = bpf_ntohs(ports[1]);
#pragma unroll
	for (int i = 0; i < MAX_BLOCKED; i++) {
		if (blocked_ports[i] && blocked_ports[i] == dport) {
			packets_blocked++;
			return XDP_DROP;
		}
	}
	return XDP_PASS;
}
