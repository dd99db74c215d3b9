/* 64-bit arithmetic on packet values: multiply, divide and modulo by constants and by packet
 * values (zero too: eBPF defines x/0 = 0, x%0 = x), signed compares, arithmetic shifts; the
 * results overwrite the UDP payload and the sign of a score picks the action. */
#include "common.h"

SEC("xdp")
int arith64(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	if (parse_eth(&c, &eth) != ETH_P_IP)
		return XDP_PASS;
	struct iphdr *iph = PARSE(&c, struct iphdr);
	if (!iph || iph->ihl != 5 || iph->protocol != IPPROTO_UDP)
		return XDP_PASS;
	struct udphdr *udp = PARSE(&c, struct udphdr);
	if (!udp)
		return XDP_PASS;
	__u64 *pl = c.pos;
	if ((void *)(pl + 4) > c.end)
		return XDP_PASS;
	__u64 a = pl[0], b = pl[1];
	__u32 d32 = bpf_ntohs(udp->len) ^ bpf_ntohs(iph->id);
	__u64 prod = a * b + (a >> 7) * 0x9E3779B97F4A7C15ULL;
	__u64 q = prod / (b | 1);                  /* never zero */
	/* C leaves x/0 undefined; clang emits the eBPF division, whose x/0 = 0 (x%0 = x) runs */
	__u64 r = a % b;                            /* b may be zero */
	__u32 q32 = (__u32)a / d32;                 /* d32 may be zero */
	__u32 r32 = (__u32)b % (d32 + 7);
	__u64 byc = a / 1000003 + b % 65521 + (prod >> 3) / 10;
	__s64 s = (__s64)(a ^ b) >> 11;
	__s64 t = (__s64)(prod - q * 3);
	__s64 score = (s >> 40) + (t >> 50) - (__s64)(r32 * 17);
	pl[2] = q ^ r ^ byc;
	pl[3] = ((__u64)q32 << 32) | r32;
	if (score < -1000)
		return XDP_DROP;
	if (score > 1000 && (__s32)q32 < 0)
		return XDP_TX;
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
