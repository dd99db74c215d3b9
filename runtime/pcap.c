// SPDX-License-Identifier: GPL-2.0
/*
 * Classic libpcap files: the 24-byte global header, then 16-byte record headers each followed
 * by its bytes.  Both byte orders, microsecond (0xa1b2c3d4) and nanosecond (0xa1b23c4d) time
 * stamps.  A bad file is refused with the byte offset of what is wrong.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "rvoff.h"

#define PCAP_MAGIC_USEC		0xa1b2c3d4
#define PCAP_MAGIC_NSEC		0xa1b23c4d
#define LINKTYPE_ETHERNET	1
#define PCAP_MAX_RECORD		(256 * 1024)	/* libpcap's MAXIMUM_SNAPLEN */

static u32 get32(const u8 *p, int swap)
{
	u32 v = p[0] | p[1] << 8 | p[2] << 16 | (u32)p[3] << 24;

	return swap ? __builtin_bswap32(v) : v;
}

static u16 get16(const u8 *p, int swap)
{
	u16 v = p[0] | p[1] << 8;

	return swap ? __builtin_bswap16(v) : v;
}

size_t pcap_read(const char *path, struct packet **out)
{
	FILE *f = fopen(path, "rb");
	u8 *buf = NULL;
	size_t size = 0, cap = 0, n = 0, ncap = 0, at;
	struct packet *pk = NULL;
	int swap, nsec;
	u32 magic, linktype;

	if (!f)
		die("%s: %s", path, strerror(errno));
	for (;;) {
		size_t got;

		if (size == cap) {
			cap = cap ? 2 * cap : 1 << 16;
			buf = realloc(buf, cap);
			if (!buf)
				die("%s: out of memory", path);
		}
		got = fread(buf + size, 1, cap - size, f);
		if (!got)
			break;
		size += got;
	}
	if (ferror(f))
		die("%s: read error", path);
	fclose(f);

	if (size < 24)
		die("%s: offset 0: not a pcap file (%zu bytes, the header alone is 24)", path, size);
	magic = get32(buf, 0);
	swap = magic == __builtin_bswap32(PCAP_MAGIC_USEC) ||
	       magic == __builtin_bswap32(PCAP_MAGIC_NSEC);
	magic = get32(buf, swap);
	if (magic != PCAP_MAGIC_USEC && magic != PCAP_MAGIC_NSEC)
		die("%s: offset 0: not a classic pcap file (magic 0x%08x; pcapng is not read)",
		    path, get32(buf, 0));
	nsec = magic == PCAP_MAGIC_NSEC;
	if (get16(buf + 4, swap) != 2)
		die("%s: offset 4: pcap version %u.%u, not 2.4", path, get16(buf + 4, swap),
		    get16(buf + 6, swap));
	linktype = get32(buf + 20, swap) & 0x0fffffff;	/* the top bits are the FCS length */
	if (linktype != LINKTYPE_ETHERNET)
		die("%s: offset 20: link type %u; only Ethernet (1) frames can be run", path,
		    linktype);

	for (at = 24; at < size; ) {
		u32 sec, frac, incl, orig;

		if (size - at < 16)
			die("%s: offset %zu: record %zu: truncated record header (%zu of 16 bytes)",
			    path, at, n, size - at);
		sec = get32(buf + at, swap);
		frac = get32(buf + at + 4, swap);
		incl = get32(buf + at + 8, swap);
		orig = get32(buf + at + 12, swap);
		if (frac >= (nsec ? 1000000000u : 1000000u))
			die("%s: offset %zu: record %zu: time stamp fraction %u out of range", path,
			    at + 4, n, frac);
		if (incl > PCAP_MAX_RECORD)
			die("%s: offset %zu: record %zu: captured length %u is too large", path,
			    at + 8, n, incl);
		if (incl > size - at - 16)
			die("%s: offset %zu: record %zu: %u captured bytes, only %zu left in the file",
			    path, at + 8, n, incl, size - at - 16);
		if (n == ncap) {
			ncap = ncap ? 2 * ncap : 256;
			pk = realloc(pk, ncap * sizeof(*pk));
			if (!pk)
				die("%s: out of memory", path);
		}
		pk[n].data = buf + at + 16;
		pk[n].len = incl;
		pk[n].orig_len = orig;
		pk[n].ts_ns = (u64)sec * 1000000000u + (nsec ? frac : (u64)frac * 1000);
		n++;
		at += 16 + incl;
	}
	*out = pk;
	return n;
}
