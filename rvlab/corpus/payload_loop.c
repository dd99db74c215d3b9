/* Payload inspection with bpf_loop: the callback looks at one byte of the first 64 bytes of
 * UDP payload per iteration and counts NUL bytes and bytes above 0x7f; a payload that is
 * mostly binary by that measure is dropped.  The callback is a function whose address the
 * program passes (LD_IMM64 of a function, BPF_PSEUDO_FUNC).
 * Features: helpers, calls. */
#include "common.h"
#include "bpf_helpers.h"

struct scan_ctx {
	struct xdp_md *xdp;
	__u32 offset;           /* of the payload, from data */
	__u32 nul;
	__u32 high;
};

static long scan_byte(__u32 i, struct scan_ctx *sc)
{
	void *data = (void *)(long)sc->xdp->data;
	void *end = (void *)(long)sc->xdp->data_end;
	__u32 off = sc->offset + i;
	if (off > 1500)
		return 1;
	__u8 *b = data + off;
	if ((void *)(b + 1) > end)
		return 1;                       /* stop: end of packet */
	if (*b == 0)
		sc->nul++;
	else if (*b > 0x7f)
		sc->high++;
	return 0;
}

SEC("xdp")
int payload_loop(struct xdp_md *ctx)
{
	struct cursor c;
	struct ethhdr *eth;
	cursor_init(&c, ctx);
	if (parse_eth(&c, &eth) != ETH_P_IP)
		return XDP_PASS;
	struct iphdr *iph = PARSE(&c, struct iphdr);
	if (!iph || iph->ihl != 5 || iph->protocol != IPPROTO_UDP)
		return XDP_PASS;
	struct udphdr *uh = PARSE(&c, struct udphdr);
	if (!uh)
		return XDP_DROP;
	struct scan_ctx sc = {
		.xdp = ctx,
		.offset = (__u32)((long)c.pos - (long)ctx->data),
	};
	bpf_loop(64, scan_byte, &sc, 0);
	return sc.nul + sc.high > 40 ? XDP_DROP : XDP_PASS;
}
