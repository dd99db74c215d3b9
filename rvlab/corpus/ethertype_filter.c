/* Ethertype filter: pass IPv4, IPv6 and ARP (after up to two VLAN tags), drop LLDP and
 * anything else, abort on a runt frame. */
#include "common.h"

SEC("xdp")
int ethertype_filter(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	int proto = parse_eth(&c, &eth);
	if (proto < 0)
		return XDP_ABORTED;
	switch (proto) {
	case ETH_P_IP:
	case ETH_P_IPV6:
	case ETH_P_ARP:
		return XDP_PASS;
	default:
		return XDP_DROP;
	}
}

char _license[] SEC("license") = "GPL";
