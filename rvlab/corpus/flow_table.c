/* A flow table in a HASH map keyed by the IPv4 5-tuple: packets, bytes, first and last seen
 * (bpf_ktime_get_ns); a new flow is inserted with BPF_NOEXIST, and when the table is full
 * the packet still passes.  Flows marked blocked by the control plane are dropped.
 * Features: maps, helpers. */
#include "common.h"
#include "bpf_helpers.h"

struct flow_key {
	__be32 saddr;
	__be32 daddr;
	__be16 sport;
	__be16 dport;
	__u8 proto;
	__u8 pad[3];
};

struct ports {
	__be16 source;
	__be16 dest;
};

struct flow_stats {
	__u64 packets;
	__u64 bytes;
	__u64 first_ns;
	__u64 last_ns;
	__u32 blocked;
	__u32 pad;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16384);
	__type(key, struct flow_key);
	__type(value, struct flow_stats);
} flows SEC(".maps");

SEC("xdp")
int flow_table(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	if (parse_eth(&c, &eth) != ETH_P_IP)
		return XDP_PASS;
	struct iphdr *iph = PARSE(&c, struct iphdr);
	if (!iph || iph->ihl != 5)
		return XDP_PASS;
	struct flow_key key = {
		.saddr = iph->saddr,
		.daddr = iph->daddr,
		.proto = iph->protocol,
	};
	if (iph->protocol == IPPROTO_TCP || iph->protocol == IPPROTO_UDP) {
		struct ports *p = PARSE(&c, struct ports);
		if (!p)
			return XDP_DROP;
		key.sport = p->source;
		key.dport = p->dest;
	}
	__u64 now = bpf_ktime_get_ns();
	__u64 len = ctx->data_end - ctx->data;
	struct flow_stats *st = bpf_map_lookup_elem(&flows, &key);
	if (st) {
		if (st->blocked)
			return XDP_DROP;
		st->packets += 1;
		st->bytes += len;
		st->last_ns = now;
		return XDP_PASS;
	}
	struct flow_stats fresh = {
		.packets = 1,
		.bytes = len,
		.first_ns = now,
		.last_ns = now,
	};
	bpf_map_update_elem(&flows, &key, &fresh, BPF_NOEXIST);
	return XDP_PASS;
}
