// SPDX-License-Identifier: GPL-2.0
/*
 * User-space harness for the C emitter and driver (tests/kmod/test_c_emitter.py, rvlab/bench.py).
 * One request per line on stdin, one answer per line on stdout; numbers in hex.
 *
 *   e ISA CODE DST SRC OFF IMM IMM64 DIST   one instruction (OFF, IMM, DIST as bit patterns)
 *      -> "ok RULE BYTES" | "err RC"
 *   p ISA PROGRAM                           a program (PROGRAM: the raw slots in hex)
 *      -> "ok LEN EPILOGUE PASSES IMAGE" | "err RC INSN REASON"
 *   b ISA REPEAT PROGRAM                    compile REPEAT times -> "ok NANOSECONDS"
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <time.h>

#include "rvjit_jit.h"

static void put_hex(const u8 *p, u32 n)
{
	static const char digits[] = "0123456789abcdef";
	u32 i;

	for (i = 0; i < n; i++) {
		putchar(digits[p[i] >> 4]);
		putchar(digits[p[i] & 15]);
	}
}

static int hex_nibble(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decode hex text into slots; returns the slot count, or -1 */
static long parse_program(const char *s, struct bpf_insn **insns)
{
	size_t len = strcspn(s, " \n"), i;
	u8 *bytes;

	if (len % 16)
		return -1;
	bytes = malloc(len / 2 + 1);
	if (!bytes)
		return -1;
	for (i = 0; i < len / 2; i++) {
		int hi = hex_nibble(s[2 * i]), lo = hex_nibble(s[2 * i + 1]);

		if (hi < 0 || lo < 0) {
			free(bytes);
			return -1;
		}
		bytes[i] = hi << 4 | lo;
	}
	*insns = (struct bpf_insn *)bytes;
	return len / 16;
}

static u64 now_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (u64)t.tv_sec * 1000000000ULL + t.tv_nsec;
}

static void do_insn(const char *args)
{
	unsigned int isa, code, dst, src, off, imm;
	unsigned long long imm64, dist;
	u8 out[RVJIT_MAX_INSN_BYTES];
	const char *rule = NULL;
	u32 len = 0;
	int err;

	if (sscanf(args, "%x %x %x %x %x %x %llx %llx", &isa, &code, &dst, &src, &off, &imm,
		   &imm64, &dist) != 8) {
		printf("bad request\n");
		return;
	}
	err = rvjit_emit_insn(code, dst, src, (s16)(u16)off, (s32)(u32)imm, imm64, (s64)dist,
			      isa, out, &len, &rule);
	if (err) {
		printf("err %d\n", err);
		return;
	}
	printf("ok %s ", rule);
	put_hex(out, len);
	putchar('\n');
}

static void do_program(const char *args, int bench)
{
	struct bpf_insn *insns = NULL;
	struct rvjit_info info;
	unsigned int isa;
	unsigned long repeat = 1, k;
	int used = 0, err = 0;
	long n;
	u64 t0;
	u8 *buf;
	size_t cap;

	if ((bench ? sscanf(args, "%x %lx %n", &isa, &repeat, &used)
		   : sscanf(args, "%x %n", &isa, &used)) < 1 + bench || !used) {
		printf("bad request\n");
		return;
	}
	n = parse_program(args + used, &insns);
	if (n < 0) {
		printf("bad program\n");
		return;
	}
	/* Every instruction takes at most RVJIT_MAX_INSN_BYTES; the frame at most 64 */
	cap = (size_t)n * RVJIT_MAX_INSN_BYTES + 64;
	buf = malloc(cap);
	if (!buf) {
		printf("err %d -1 out of memory\n", -ENOMEM);
		free(insns);
		return;
	}
	t0 = now_ns();
	for (k = 0; k < repeat; k++)
		err = rvjit_compile(insns, n, isa, buf, cap, &info);
	if (bench)
		printf("ok %llu\n", (unsigned long long)(now_ns() - t0));
	else if (err)
		printf("err %d %d %s\n", err, info.err_insn, info.err);
	else {
		printf("ok %x %x %x ", info.len, info.epilogue, info.passes);
		put_hex(buf, info.len);
		putchar('\n');
	}
	free(buf);
	free(insns);
}

int main(void)
{
	char *line = NULL;
	size_t cap = 0;

	while (getline(&line, &cap, stdin) > 0) {
		if (line[0] == 'e')
			do_insn(line + 1);
		else if (line[0] == 'p')
			do_program(line + 1, 0);
		else if (line[0] == 'b')
			do_program(line + 1, 1);
		else
			printf("bad request\n");
		fflush(stdout);
	}
	free(line);
	return 0;
}
