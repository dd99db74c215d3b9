/* The demo's XDP program (make demo): a small IPv4 filter.  Drops packets too short to
 * parse, IPv4 packets whose TTL is 0 or 1, TCP to telnet (23) and UDP to discard (9);
 * passes everything else.  Built with
 *   clang -O2 -g0 -target bpf -mcpu=v3 -c xdp_filter.c -o xdp_filter.o
 * (make examples), and shipped, so the demo needs no clang. */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/udp.h>

#define SEC(name) __attribute__((section(name), used))

SEC("xdp")
int xdp_filter(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = data + sizeof(*eth);
	struct udphdr *l4;	/* the ports sit at the same place in TCP and UDP */

	if ((void *)(ip + 1) > end)
		return XDP_DROP;
	if (eth->h_proto != __builtin_bswap16(ETH_P_IP))
		return XDP_PASS;
	if (ip->ttl <= 1)
		return XDP_DROP;
	l4 = (void *)ip + ip->ihl * 4;
	if ((void *)(l4 + 1) > end)
		return XDP_DROP;
	if (ip->protocol == IPPROTO_TCP && l4->dest == __builtin_bswap16(23))
		return XDP_DROP;
	if (ip->protocol == IPPROTO_UDP && l4->dest == __builtin_bswap16(9))
		return XDP_DROP;
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
