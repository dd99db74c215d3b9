/* Traffic classification at TC ingress: the IPv4 DSCP or IPv6 traffic class picks a policy
 * from a HASH map (mark and priority for the qdisc, or drop), written into the skb; packets
 * without a policy keep their mark and get priority 0.  Per-DSCP counters in a PERCPU_ARRAY.
 * Features: maps, helpers, tc. */
#include "common.h"
#include "bpf_helpers.h"

#define TC_ACT_OK 0
#define TC_ACT_SHOT 2

struct policy {
	__u32 mark;
	__u32 priority;
	__u32 drop;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u8);
	__type(value, struct policy);
} dscp_policy SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, __u64);
} dscp_packets SEC(".maps");

SEC("tc")
int tc_dscp_mark(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end)
		return TC_ACT_OK;
	__u8 dscp;
	if (skb->protocol == bpf_htons(ETH_P_IP)) {
		struct iphdr *iph = (void *)(eth + 1);
		if ((void *)(iph + 1) > end)
			return TC_ACT_OK;
		dscp = iph->tos >> 2;
	} else if (skb->protocol == bpf_htons(ETH_P_IPV6)) {
		struct ipv6hdr *ip6 = (void *)(eth + 1);
		if ((void *)(ip6 + 1) > end)
			return TC_ACT_OK;
		dscp = (ip6->priority << 2) | (ip6->flow_lbl[0] >> 6);
	} else {
		return TC_ACT_OK;
	}
	__u32 idx = dscp;
	__u64 *n = bpf_map_lookup_elem(&dscp_packets, &idx);
	if (n)
		*n += 1;
	struct policy *p = bpf_map_lookup_elem(&dscp_policy, &dscp);
	if (!p) {
		skb->priority = 0;
		return TC_ACT_OK;
	}
	if (p->drop)
		return TC_ACT_SHOT;
	skb->mark = p->mark;
	skb->priority = p->priority;
	return TC_ACT_OK;
}
