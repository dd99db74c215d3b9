/* The demo's XDP program (make demo): a small IPv4 filter that counts its verdicts.  Drops
 * packets too short to parse, IPv4 packets whose TTL is 0 or 1, TCP to telnet (23) and UDP to
 * discard (9); passes everything else.  Each verdict is counted in the array map `verdicts`
 * (a helper call, bpf_map_lookup_elem, and an atomic add), so the demo shows a map, a helper
 * and an atomic through the device ABI (docs/abi.md).  Built with
 *   clang -O2 -g -target bpf -mcpu=v3 -c xdp_filter.c -o xdp_filter.o
 * (make examples), and shipped, so the demo needs no clang.  Self-contained: the map and
 * helper declarations are written out here as libbpf's bpf_helpers.h would give them. */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/udp.h>

#define SEC(name) __attribute__((section(name), used))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name

static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *)BPF_FUNC_map_lookup_elem;

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 5);		/* XDP_ABORTED .. XDP_REDIRECT */
	__type(key, __u32);
	__type(value, __u64);
} verdicts SEC(".maps");

static __attribute__((noinline)) int count(__u32 verdict)
{
	__u64 *n = bpf_map_lookup_elem(&verdicts, &verdict);

	if (n)
		__sync_fetch_and_add(n, 1);
	return verdict;
}

SEC("xdp")
int xdp_filter(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = data + sizeof(*eth);
	struct udphdr *l4;	/* the ports sit at the same place in TCP and UDP */

	if ((void *)(ip + 1) > end)
		return count(XDP_DROP);
	if (eth->h_proto != __builtin_bswap16(ETH_P_IP))
		return count(XDP_PASS);
	if (ip->ttl <= 1)
		return count(XDP_DROP);
	l4 = (void *)ip + ip->ihl * 4;
	if ((void *)(l4 + 1) > end)
		return count(XDP_DROP);
	if (ip->protocol == IPPROTO_TCP && l4->dest == __builtin_bswap16(23))
		return count(XDP_DROP);
	if (ip->protocol == IPPROTO_UDP && l4->dest == __builtin_bswap16(9))
		return count(XDP_DROP);
	return count(XDP_PASS);
}

char _license[] SEC("license") = "GPL";
