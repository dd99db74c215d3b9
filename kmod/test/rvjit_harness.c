// SPDX-License-Identifier: GPL-2.0
/*
 * User-space harness for the C emitter and driver (tests/kmod/test_c_emitter.py, rvlab/bench.py).
 * One request per line on stdin, one answer per line on stdout; numbers in hex.
 *
 *   e ISA CODE CTX DST SRC OFF IMM IMM64 DIST   one instruction (OFF, IMM, DIST as bit
 *                                           patterns; CTX: RVJIT_CTX_*)
 *      -> "ok RULE BYTES" | "err RC"
 *   p ISA PROGRAM [CTXS]                    a program (PROGRAM: the raw slots in hex; CTXS: one
 *                                           byte per slot in hex, rvjit_compile()'s @ctxs)
 *      -> "ok LEN EPILOGUE PASSES STACK FLAGS IMAGE" | "err RC INSN REASON"
 *   b ISA REPEAT PROGRAM [CTXS]             compile REPEAT times -> "ok NANOSECONDS"
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

/* Decode @unit-byte units of hex text into *@out; returns the unit count, or -1 */
static long parse_hex(const char *s, void **out, size_t unit)
{
	size_t len = strcspn(s, " \n"), i;
	u8 *bytes;

	if (len % (2 * unit))
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
	*out = bytes;
	return len / (2 * unit);
}

static u64 now_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (u64)t.tv_sec * 1000000000ULL + t.tv_nsec;
}

static void do_insn(const char *args)
{
	unsigned int isa, code, ctx, dst, src, off, imm;
	unsigned long long imm64, dist;
	u8 out[RVJIT_MAX_INSN_BYTES];
	const char *rule = NULL;
	u32 len = 0;
	int err;

	if (sscanf(args, "%x %x %x %x %x %x %x %llx %llx", &isa, &code, &ctx, &dst, &src, &off,
		   &imm, &imm64, &dist) != 9) {
		printf("bad request\n");
		return;
	}
	err = rvjit_emit_insn(code, ctx, dst, src, (s16)(u16)off, (s32)(u32)imm, imm64, (s64)dist,
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
	void *insns = NULL, *ctxs = NULL;
	struct rvjit_info info;
	unsigned int isa;
	unsigned long repeat = 1, k;
	int used = 0, err = 0;
	const char *rest;
	long n;
	u64 t0;
	u8 *buf;
	size_t cap;

	if ((bench ? sscanf(args, "%x %lx %n", &isa, &repeat, &used)
		   : sscanf(args, "%x %n", &isa, &used)) < 1 + bench || !used) {
		printf("bad request\n");
		return;
	}
	n = parse_hex(args + used, &insns, sizeof(struct bpf_insn));
	if (n < 0) {
		printf("bad program\n");
		return;
	}
	rest = args + used + strcspn(args + used, " \n");
	rest += strspn(rest, " ");
	if (*rest && *rest != '\n' && parse_hex(rest, &ctxs, 1) != n) {
		printf("bad contexts\n");
		free(ctxs);
		free(insns);
		return;
	}
	/* Every instruction takes at most RVJIT_MAX_INSN_BYTES, every function's frame pieces at
	 * most 3 * RVJIT_MAX_FRAME_BYTES, and every instruction may start a function. */
	cap = (size_t)n * (RVJIT_MAX_INSN_BYTES + 3 * RVJIT_MAX_FRAME_BYTES) + 3 * RVJIT_MAX_FRAME_BYTES;
	buf = malloc(cap);
	if (!buf) {
		printf("err %d -1 out of memory\n", -ENOMEM);
		free(insns);
		return;
	}
	t0 = now_ns();
	for (k = 0; k < repeat; k++)
		err = rvjit_compile(insns, n, ctxs, isa, buf, cap, &info);
	if (bench)
		printf("ok %llu\n", (unsigned long long)(now_ns() - t0));
	else if (err)
		printf("err %d %d %s\n", err, info.err_insn, info.err);
	else {
		printf("ok %x %x %x %x %x ", info.len, info.epilogue, info.passes, info.stack_bytes,
		       info.flags);
		put_hex(buf, info.len);
		putchar('\n');
	}
	free(buf);
	free(ctxs);
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
