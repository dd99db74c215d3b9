/* A TC egress filter for a server: only replies from its service ports (22, 80, 443, 53) and
 * ICMP leave over IPv4; the rest is shot; non-IPv4 passes.  The queue mapping follows the
 * source port so that service ports get queues of their own.
 * Features: tc. */
#include "common.h"

#define TC_ACT_OK 0
#define TC_ACT_SHOT 2

SEC("tc")
int tc_port_filter(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *end = (void *)(long)skb->data_end;
	if (skb->protocol != bpf_htons(ETH_P_IP))
		return TC_ACT_OK;
	struct iphdr *iph = data + sizeof(struct ethhdr);
	if ((void *)(iph + 1) > end)
		return TC_ACT_SHOT;
	if (iph->protocol == IPPROTO_ICMP)
		return TC_ACT_OK;
	if (iph->protocol != IPPROTO_TCP && iph->protocol != IPPROTO_UDP)
		return TC_ACT_SHOT;
	__be16 *ports = (void *)iph + iph->ihl * 4;
	if (iph->ihl < 5 || (void *)(ports + 2) > end)
		return TC_ACT_SHOT;
	switch (bpf_ntohs(ports[0])) {
	case 22:
		skb->queue_mapping = 1;
		return TC_ACT_OK;
	case 53:
	case 80:
	case 443:
		skb->queue_mapping = 2;
		return TC_ACT_OK;
	}
	return TC_ACT_SHOT;
}
