/* VLAN policy (802.1Q and QinQ): untagged frames pass; single tags pass for VLANs 100-199
 * with priority < 6, QinQ only with outer S-tag 1000 and an inner C-tag below 4000;
 * VID 0 (priority tagged) passes, VID 4095 is reserved and dropped. */
#include "common.h"

static __always_inline int vid_ok(__u16 tci)
{
	__u16 vid = tci & 0x0FFF;
	__u16 pcp = tci >> 13;
	if (vid == 0)
		return 1;
	if (vid == 0xFFF)
		return 0;
	return vid >= 100 && vid < 200 && pcp < 6;
}

SEC("xdp")
int vlan_policy(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end)
		return XDP_ABORTED;
	__u16 proto = bpf_ntohs(eth->h_proto);
	if (proto != ETH_P_8021Q && proto != ETH_P_8021AD)
		return XDP_PASS;
	struct vlan_hdr *outer = (void *)(eth + 1);
	if ((void *)(outer + 1) > end)
		return XDP_DROP;
	__u16 tci = bpf_ntohs(outer->tci);
	__u16 inner_proto = bpf_ntohs(outer->encap_proto);
	if (inner_proto == ETH_P_8021Q) {                /* QinQ */
		struct vlan_hdr *inner = outer + 1;
		if ((void *)(inner + 1) > end)
			return XDP_DROP;
		if ((tci & 0x0FFF) != 1000)
			return XDP_DROP;
		__u16 ivid = bpf_ntohs(inner->tci) & 0x0FFF;
		return ivid < 4000 ? XDP_PASS : XDP_DROP;
	}
	if (proto == ETH_P_8021AD)                       /* an S-tag alone */
		return XDP_DROP;
	return vid_ok(tci) ? XDP_PASS : XDP_DROP;
}

char _license[] SEC("license") = "GPL";
