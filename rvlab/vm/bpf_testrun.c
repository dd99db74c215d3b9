/* bpf_testrun: load and run a batch of eBPF programs in the Linux interpreter.
 *
 * Built statically by rvlab/vm.py (gcc -static -O2) and run inside the test VM by
 * rvlab/linux_interp.py.  Usage:  bpf_testrun BATCH [DATA_LEN]
 *
 * BATCH (little endian):  "RVJB"  u32 version (1 or 2)  u32 count
 *   version 1:  count x { u32 slots; slots x 8-byte eBPF instruction }
 *   version 2:  count x { u32 slots; u32 data_len; slots x 8-byte eBPF instruction;
 *                         data_len bytes: the program's input packet }
 *
 * Each program is loaded with BPF_PROG_LOAD as BPF_PROG_TYPE_XDP and run once with
 * BPF_PROG_TEST_RUN on its packet (version 1: DATA_LEN bytes, default 72, filled with 0xA5;
 * version 2: the program's own data, 14..4096 bytes); the packet as the program left it comes
 * back in data_out.  Before the first program the JIT is switched
 * off (/proc/sys/net/core/bpf_jit_enable = 0) and every loaded program is checked to be
 * interpreted: BPF_OBJ_GET_INFO_BY_FD gives jited_prog_len 0 and /proc/self/fdinfo says
 * "jited: 0".  (BPF_TESTRUN_JIT=1 in the environment switches the JIT on instead, to test
 * that check: every program then gives an X line.)
 *
 * Output, one line per event, each ending in " ~CRC" (CRC-32 of the text before " ~", as
 * zlib.crc32 computes it, 8 hex digits) so a damaged line is detected, never misread:
 *   J <bpf_jit_enable value read back>
 *   P <index> <retval> <data_out hex> <cj>            program ran; cj = the conditional
 *                                                     jumps left in the program the
 *                                                     interpreter runs (BPF_OBJ_GET_INFO_BY_FD
 *                                                     xlated_prog_insns), not counting the
 *                                                     verifier's div/mod-by-zero guards;
 *                                                     -1 if unknown
 *   F <index> <errno> <verifier log, hex>              BPF_PROG_LOAD failed
 *   T <index> <errno>                                  BPF_PROG_TEST_RUN failed
 *   X <index> <jited_prog_len> <fdinfo jited value>    the program was JIT-compiled
 *   D <count>                                          done
 * Exit status: 0 if the batch was read and the JIT stayed off, 1 otherwise.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/bpf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "vmline.h"

/* "jited:\t0" from /proc/self/fdinfo/FD, or -1. */
static int fdinfo_jited(int fd)
{
	char path[64], buf[4096];
	snprintf(path, sizeof(path), "/proc/self/fdinfo/%d", fd);
	int f = open(path, O_RDONLY);
	if (f < 0)
		return -1;
	ssize_t n = read(f, buf, sizeof(buf) - 1);
	close(f);
	if (n <= 0)
		return -1;
	buf[n] = 0;
	char *p = strstr(buf, "jited:");
	return p ? atoi(p + 6) : -1;
}

/* Write $BPF_TESTRUN_JIT (default "0": the interpreter) to bpf_jit_enable; read it back. */
static int jit_off(void)
{
	const char *want = getenv("BPF_TESTRUN_JIT");
	char val[8];
	snprintf(val, sizeof(val), "%s\n", want && *want ? want : "0");
	int f = open("/proc/sys/net/core/bpf_jit_enable", O_WRONLY);
	if (f >= 0) {
		if (write(f, val, strlen(val)) != (ssize_t)strlen(val))
			perror("bpf_jit_enable");
		close(f);
	} else {
		perror("/proc/sys/net/core/bpf_jit_enable");
	}
	char buf[16] = "";
	f = open("/proc/sys/net/core/bpf_jit_enable", O_RDONLY);
	if (f >= 0) {
		if (read(f, buf, sizeof(buf) - 1) < 0)
			buf[0] = 0;
		close(f);
	}
	return buf[0] ? atoi(buf) : -1;
}

static char vlog[1 << 20];

/* Conditional jumps in an xlated program, without the verifier's division guards
 * (do_misc_fixups: "if src != 0 goto +2; wdst ^= wdst; goto +1; div" and
 * "if src == 0 goto +1/+2; mod ..."). */
static int cond_jumps(const struct bpf_insn *x, unsigned n)
{
	int count = 0;
	for (unsigned i = 0; i < n; i++) {
		unsigned cls = x[i].code & 7, op = x[i].code & 0xF0;
		if ((cls != BPF_JMP && cls != BPF_JMP32) || op == BPF_JA || op == BPF_CALL ||
		    op == BPF_EXIT)
			continue;
		if ((x[i].code & BPF_X) == 0 && x[i].imm == 0 && i + 1 < n) {
			const struct bpf_insn *d = NULL;
			if (op == BPF_JNE && x[i].off == 2 && i + 3 < n &&
			    (x[i + 1].code == (BPF_ALU | BPF_XOR | BPF_X)) &&
			    x[i + 2].code == (BPF_JMP | BPF_JA) && x[i + 2].off == 1)
				d = &x[i + 3];
			else if (op == BPF_JEQ && (x[i].off == 1 || x[i].off == 2))
				d = &x[i + 1];
			if (d && ((d->code & 7) == BPF_ALU || (d->code & 7) == BPF_ALU64) &&
			    (d->code & BPF_X) && ((d->code & 0xF0) == BPF_DIV ||
						  (d->code & 0xF0) == BPF_MOD) &&
			    d->src_reg == x[i].dst_reg)
				continue;
		}
		count++;
	}
	return count;
}

static struct bpf_insn xlated[1 << 16];

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: %s BATCH [DATA_LEN]\n", argv[0]);
		return 2;
	}
	unsigned data_len = argc > 2 ? (unsigned)atoi(argv[2]) : 72;
	static char obuf[1 << 16];
	setvbuf(stdout, obuf, _IOFBF, sizeof(obuf));
	crc_init();

	size_t len;
	unsigned char *batch = read_file(argv[1], &len);
	uint32_t version = batch && len >= 12 ? get32(batch + 4) : 0;
	if (!batch || len < 12 || memcmp(batch, "RVJB", 4) || (version != 1 && version != 2)) {
		fprintf(stderr, "bpf_testrun: %s: not a version-1 or -2 batch file\n", argv[1]);
		return 1;
	}
	uint32_t count = get32(batch + 8);

	int jit = jit_off();
	emit(snprintf(line, sizeof(line), "J %d", jit));
	int bad = jit != 0;

	unsigned char data_in[4096], data_out[4096];
	if (data_len < 14 || data_len > sizeof(data_in))
		data_len = 72;
	memset(data_in, 0xA5, data_len);

	size_t pos = 12;
	uint32_t done = 0;
	for (uint32_t i = 0; i < count; i++) {
		if (pos + 4 > len) {
			fprintf(stderr, "bpf_testrun: batch truncated at program %u\n", i);
			bad = 1;
			break;
		}
		uint32_t slots = get32(batch + pos);
		pos += 4;
		uint32_t plen = data_len;
		if (version == 2) {
			if (pos + 4 > len) {
				fprintf(stderr, "bpf_testrun: batch truncated at program %u\n", i);
				bad = 1;
				break;
			}
			plen = get32(batch + pos);
			pos += 4;
			if (plen < 14 || plen > sizeof(data_in)) {
				fprintf(stderr, "bpf_testrun: program %u: packet of %u bytes\n", i, plen);
				bad = 1;
				break;
			}
		}
		if (pos + 8ull * slots + (version == 2 ? plen : 0) > len) {
			fprintf(stderr, "bpf_testrun: batch truncated in program %u\n", i);
			bad = 1;
			break;
		}
		const struct bpf_insn *insns = (const void *)(batch + pos);
		pos += 8ull * slots;
		if (version == 2) {
			memcpy(data_in, batch + pos, plen);
			pos += plen;
		}

		union bpf_attr attr;
		memset(&attr, 0, sizeof(attr));
		attr.prog_type = BPF_PROG_TYPE_XDP;
		attr.insns = (uint64_t)(uintptr_t)insns;
		attr.insn_cnt = slots;
		attr.license = (uint64_t)(uintptr_t)"GPL";
		int fd = sys_bpf(BPF_PROG_LOAD, &attr);
		if (fd < 0) {
			int err = errno;
			/* Again with the verifier log, for the report. */
			vlog[0] = 0;
			attr.log_level = 1;
			attr.log_buf = (uint64_t)(uintptr_t)vlog;
			attr.log_size = sizeof(vlog);
			int fd2 = sys_bpf(BPF_PROG_LOAD, &attr);
			if (fd2 >= 0)
				close(fd2);
			size_t loglen = strnlen(vlog, sizeof(vlog));
			const char *logp = vlog;
			if (loglen > 16384) {               /* keep the end, where the error is */
				logp += loglen - 16384;
				loglen = 16384;
			}
			size_t n = snprintf(line, sizeof(line), "F %u %d ", i, err);
			emit(put_hex(n, (const unsigned char *)logp, loglen));
			done++;
			continue;
		}

		struct bpf_prog_info info;
		memset(&info, 0, sizeof(info));
		memset(&attr, 0, sizeof(attr));
		attr.info.bpf_fd = fd;
		attr.info.info_len = sizeof(info);
		attr.info.info = (uint64_t)(uintptr_t)&info;
		info.xlated_prog_len = sizeof(xlated);
		info.xlated_prog_insns = (uint64_t)(uintptr_t)xlated;
		int fj = fdinfo_jited(fd);
		if (sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &attr) || info.jited_prog_len || fj != 0) {
			emit(snprintf(line, sizeof(line), "X %u %u %d", i, info.jited_prog_len, fj));
			bad = 1;
			close(fd);
			break;
		}
		unsigned nx = info.xlated_prog_len / sizeof(struct bpf_insn);
		/* xlated_prog_insns comes back 0 when the kernel will not dump the program */
		int cj = info.xlated_prog_insns && info.xlated_prog_len <= sizeof(xlated) ?
			 cond_jumps(xlated, nx) : -1;

		memset(&attr, 0, sizeof(attr));
		memset(data_out, 0, sizeof(data_out));
		attr.test.prog_fd = fd;
		attr.test.data_in = (uint64_t)(uintptr_t)data_in;
		attr.test.data_size_in = plen;
		attr.test.data_out = (uint64_t)(uintptr_t)data_out;
		attr.test.data_size_out = sizeof(data_out);
		attr.test.repeat = 1;
		if (sys_bpf(BPF_PROG_TEST_RUN, &attr)) {
			emit(snprintf(line, sizeof(line), "T %u %d", i, errno));
		} else {
			size_t n = snprintf(line, sizeof(line), "P %u %u ", i, attr.test.retval);
			unsigned out_len = attr.test.data_size_out;
			if (out_len > sizeof(data_out))
				out_len = sizeof(data_out);
			n = put_hex(n, data_out, out_len);
			emit(n + snprintf(line + n, sizeof(line) - n, " %d", cj));
		}
		close(fd);
		done++;
		if (done % 256 == 0)
			fflush(stdout);
	}
	emit(snprintf(line, sizeof(line), "D %u", done));
	fflush(stdout);
	return bad || done != count;
}
