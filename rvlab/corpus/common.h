/* Shared by the corpus programs: headers, the SEC macro, byte order, bounds-checked cursors.
 * Nothing here may create global data, maps or helper calls (the offload path has none). */
#ifndef CORPUS_COMMON_H
#define CORPUS_COMMON_H

#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/icmpv6.h>
#include <linux/tcp.h>
#include <linux/udp.h>

#define SEC(name) __attribute__((section(name), used))
#ifndef __always_inline
#define __always_inline inline __attribute__((always_inline))
#endif

/* -target bpf is little endian here (bpfel): network order is a byte swap. */
#define bpf_htons(x) ((__u16)__builtin_bswap16((__u16)(x)))
#define bpf_ntohs(x) ((__u16)__builtin_bswap16((__u16)(x)))
#define bpf_htonl(x) ((__u32)__builtin_bswap32((__u32)(x)))
#define bpf_ntohl(x) ((__u32)__builtin_bswap32((__u32)(x)))

#define IPV4(a, b, c, d) (((__u32)(a) << 24) | ((__u32)(b) << 16) | ((__u32)(c) << 8) | (__u32)(d))

/* IP fragment bits of iphdr.frag_off (host order) */
#define IP_MF 0x2000
#define IP_DF 0x4000
#define IP_OFFSET 0x1FFF

/* from <linux/if_arp.h> and <linux/icmp.h>, which pull in the C library's headers */
#define ARPHRD_ETHER 1
#define ARPOP_REQUEST 1
#define ARPOP_REPLY 2
#define ICMP_ECHOREPLY 0
#define ICMP_DEST_UNREACH 3
#define ICMP_SOURCE_QUENCH 4
#define ICMP_REDIRECT 5
#define ICMP_ECHO 8
#define ICMP_TIME_EXCEEDED 11

struct icmphdr {
	__u8 type;
	__u8 code;
	__sum16 checksum;
	union {
		struct {
			__be16 id;
			__be16 sequence;
		} echo;
		__be32 gateway;
	} un;
};

#ifndef ETH_P_8021Q
#define ETH_P_8021Q 0x8100
#endif
#ifndef ETH_P_8021AD
#define ETH_P_8021AD 0x88A8
#endif

struct vlan_hdr {
	__be16 tci;
	__be16 encap_proto;
};

struct gre_base {
	__be16 flags;
	__be16 protocol;
};

struct vxlan_hdr {
	__be32 flags;
	__be32 vni;
};

struct ipv6_opt_hdr_s {
	__u8 nexthdr;
	__u8 hdrlen;
};

/* A parsing position in the packet; every read goes through a bounds check the verifier
 * can follow (pointer + constant size compared against data_end). */
struct cursor {
	void *pos;
	void *end;
};

static __always_inline void cursor_init(struct cursor *c, struct xdp_md *ctx)
{
	c->pos = (void *)(long)ctx->data;
	c->end = (void *)(long)ctx->data_end;
}

/* The header of `type` at the cursor, advancing past it; NULL if the packet is too short. */
#define PARSE(c, type)                                                                    \
	({                                                                                 \
		type *__h = (type *)(c)->pos;                                              \
		if ((void *)(__h + 1) > (c)->end)                                          \
			__h = 0;                                                           \
		else                                                                       \
			(c)->pos = (void *)(__h + 1);                                       \
		__h;                                                                       \
	})

/* Ethernet, then up to two VLAN tags (802.1Q / 802.1ad); the inner ethertype in host order,
 * or -1 if the packet is too short. */
static __always_inline int parse_eth(struct cursor *c, struct ethhdr **eth_out)
{
	struct ethhdr *eth = PARSE(c, struct ethhdr);
	if (!eth)
		return -1;
	*eth_out = eth;
	__u16 proto = bpf_ntohs(eth->h_proto);
#pragma unroll
	for (int i = 0; i < 2; i++) {
		if (proto != ETH_P_8021Q && proto != ETH_P_8021AD)
			break;
		struct vlan_hdr *vh = PARSE(c, struct vlan_hdr);
		if (!vh)
			return -1;
		proto = bpf_ntohs(vh->encap_proto);
	}
	return proto;
}

/* RFC 1624 incremental update: checksum after a 16-bit field changes from `old` to `new`
 * (all in network order). */
static __always_inline __u16 csum_replace2(__u16 check, __u16 old, __u16 new)
{
	__u32 sum = (__u16)~check + (__u16)~old + (__u32)new;
	sum = (sum & 0xFFFF) + (sum >> 16);
	sum = (sum & 0xFFFF) + (sum >> 16);
	return (__u16)~sum;
}

static __always_inline __u16 csum_fold(__u64 sum)
{
	sum = (sum & 0xFFFFFFFF) + (sum >> 32);
	sum = (sum & 0xFFFF) + (sum >> 16);
	sum = (sum & 0xFFFF) + (sum >> 16);
	sum = (sum & 0xFFFF) + (sum >> 16);
	return (__u16)~sum;
}

#endif
