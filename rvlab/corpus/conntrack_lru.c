/* An LRU connection tracker for TCP over IPv4: a connection is keyed by its address pair in
 * canonical order (lower address first), its state follows the handshake and teardown
 * (SYN, SYN-ACK, ACK, FIN, RST).  A packet of an unknown connection that is not a SYN is
 * dropped; the LRU map evicts the least recently used entries when it is full.
 * Features: maps, helpers. */
#include "common.h"
#include "bpf_helpers.h"

enum { CT_SYN_SENT = 1, CT_SYN_RECV, CT_ESTABLISHED, CT_FIN_WAIT, CT_CLOSED };

struct ct_key {
	__be32 addr_lo;
	__be32 addr_hi;
	__be16 port_lo;
	__be16 port_hi;
};

struct ct_entry {
	__u64 last_ns;
	__u32 packets;
	__u8 state;
	__u8 initiator_is_lo;
	__u16 pad;
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 65536);
	__type(key, struct ct_key);
	__type(value, struct ct_entry);
} conntrack SEC(".maps");

SEC("xdp")
int conntrack_lru(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	if (parse_eth(&c, &eth) != ETH_P_IP)
		return XDP_PASS;
	struct iphdr *iph = PARSE(&c, struct iphdr);
	if (!iph || iph->ihl != 5 || iph->protocol != IPPROTO_TCP)
		return XDP_PASS;
	struct tcphdr *th = PARSE(&c, struct tcphdr);
	if (!th)
		return XDP_DROP;
	struct ct_key key;
	int from_lo = bpf_ntohl(iph->saddr) < bpf_ntohl(iph->daddr) ||
		      (iph->saddr == iph->daddr && bpf_ntohs(th->source) <= bpf_ntohs(th->dest));
	if (from_lo) {
		key.addr_lo = iph->saddr;
		key.addr_hi = iph->daddr;
		key.port_lo = th->source;
		key.port_hi = th->dest;
	} else {
		key.addr_lo = iph->daddr;
		key.addr_hi = iph->saddr;
		key.port_lo = th->dest;
		key.port_hi = th->source;
	}
	__u64 now = bpf_ktime_get_ns();
	struct ct_entry *ct = bpf_map_lookup_elem(&conntrack, &key);
	if (!ct) {
		if (!th->syn || th->ack)
			return XDP_DROP;
		struct ct_entry fresh = {
			.last_ns = now,
			.packets = 1,
			.state = CT_SYN_SENT,
			.initiator_is_lo = from_lo,
		};
		bpf_map_update_elem(&conntrack, &key, &fresh, BPF_ANY);
		return XDP_PASS;
	}
	ct->last_ns = now;
	ct->packets += 1;
	if (th->rst) {
		bpf_map_delete_elem(&conntrack, &key);
		return XDP_PASS;
	}
	int reply = from_lo != ct->initiator_is_lo;
	switch (ct->state) {
	case CT_SYN_SENT:
		if (reply && th->syn && th->ack)
			ct->state = CT_SYN_RECV;
		break;
	case CT_SYN_RECV:
		if (!reply && th->ack && !th->syn)
			ct->state = CT_ESTABLISHED;
		break;
	case CT_ESTABLISHED:
		if (th->fin)
			ct->state = CT_FIN_WAIT;
		break;
	case CT_FIN_WAIT:
		if (th->fin || th->ack)
			ct->state = CT_CLOSED;
		break;
	}
	return XDP_PASS;
}
