/* Atomic counters, the way XDP programs count: __sync_fetch_and_add on counters (here on the
 * stack: the offload path has no maps).  Per packet it counts bytes (64-bit) and headers seen
 * (32-bit), and with -mcpu=v3 also uses the fetching forms: fetch_or/and/xor, xchg and
 * cmpxchg, whose results decide the verdict. */
#include "common.h"

SEC("xdp")
int atomic_count(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	__u64 bytes = 0;
	__u32 headers = 0;

	cursor_init(&c, ctx);
	__sync_fetch_and_add(&bytes, (__u64)((long)c.end - (long)c.pos));
	__u16 proto = parse_eth(&c, &eth);
	__sync_fetch_and_add(&headers, 1);
	if (proto != ETH_P_IP)
		return bytes > 64 ? XDP_PASS : XDP_DROP;
	struct iphdr *iph = PARSE(&c, struct iphdr);
	if (!iph)
		return XDP_ABORTED;
	__sync_fetch_and_add(&headers, 1);
	__sync_fetch_and_add(&bytes, (__u64)iph->ttl << 32);
#if CORPUS_MCPU >= 3
	__u64 flags = iph->tos;
	__u64 before = __sync_fetch_and_or(&flags, 0x100);
	before ^= __sync_fetch_and_xor(&flags, (__u64)iph->protocol << 8);
	__u32 id = iph->id;
	__u32 h = __sync_fetch_and_and(&id, 0xff0f);
	__u32 prev = __sync_lock_test_and_set(&id, h + iph->ihl);
	__u64 seen = __sync_val_compare_and_swap(&bytes, bytes, flags);
	__u32 won = __sync_val_compare_and_swap(&id, prev, 7) + __sync_fetch_and_add(&id, 3);
	if ((seen ^ before ^ won) & 1)
		return XDP_TX;
#endif
	if (iph->protocol == IPPROTO_UDP && headers == 2)
		return XDP_DROP;
	return (bytes >> 32) < 16 ? XDP_DROP : XDP_PASS;
}

char _license[] SEC("license") = "GPL";
