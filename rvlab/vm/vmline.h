/* vmline.h: what the static programs run in the test VM (rvlab/vm/bpf_testrun.c,
 * rvlab/corpus/vm/xdp_run.c) share: protocol lines protected by a CRC-32 (zlib's, so
 * Python checks them with zlib.crc32), hex output, the bpf syscall, whole-file reads.
 * rvlab/vm.py compile_static() puts it next to the program it compiles. */
#ifndef RVJIT_VMLINE_H
#define RVJIT_VMLINE_H

#include <linux/bpf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

static uint32_t crc_table[256];

static void crc_init(void)
{
	for (uint32_t i = 0; i < 256; i++) {
		uint32_t c = i;
		for (int k = 0; k < 8; k++)
			c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
		crc_table[i] = c;
	}
}

static uint32_t crc32(const char *s, size_t n)
{
	uint32_t c = 0xFFFFFFFFu;
	for (size_t i = 0; i < n; i++)
		c = crc_table[(c ^ (unsigned char)s[i]) & 0xFF] ^ (c >> 8);
	return c ^ 0xFFFFFFFFu;
}

static char line[1 << 18];

/* Print one protocol line: the text, " ~", its CRC-32. */
static void emit(size_t n)
{
	printf("%.*s ~%08x\n", (int)n, line, crc32(line, n));
}

static size_t put_hex(size_t n, const unsigned char *p, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	for (size_t i = 0; i < len && n + 2 < sizeof(line); i++) {
		line[n++] = hex[p[i] >> 4];
		line[n++] = hex[p[i] & 15];
	}
	return n;
}

static long sys_bpf(int cmd, union bpf_attr *attr)
{
	return syscall(__NR_bpf, cmd, attr, sizeof(*attr));
}

static unsigned char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 20, n = 0;
	unsigned char *buf = malloc(cap);
	for (;;) {
		if (n == cap)
			buf = realloc(buf, cap *= 2);
		size_t r = fread(buf + n, 1, cap - n, f);
		if (!r)
			break;
		n += r;
	}
	fclose(f);
	*len = n;
	return buf;
}

static uint32_t get32(const unsigned char *p)
{
	return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24;
}

#endif
