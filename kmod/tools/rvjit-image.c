// SPDX-License-Identifier: GPL-2.0
/*
 * rvjit-image: read back the RISC-V image of a program offloaded to an rvoff netdev, or load
 * raw eBPF onto one.  Debian's bpftool cannot write an offloaded image to a file (no libbfd),
 * so this asks the kernel directly.  Build: gcc -O2 -o rvjit-image rvjit-image.c
 *
 *   rvjit-image get PIN [OUT]          image of the program pinned at PIN, into OUT
 *   rvjit-image hex PIN                the same as one line: IMG <bytes> <hex> ~<crc32>
 *   rvjit-image load RAW DEV PIN [MAP...]
 *                                      load RAW (8-byte eBPF instructions) as an XDP program
 *                                      for netdev DEV ("-": the host), pin it at PIN; an
 *                                      ld_imm64 of a map (src 1 or 2) with imm i refers to
 *                                      the i-th MAP, a pinned map
 *   rvjit-image mapstress PIN SECONDS  update, look up and delete keys of the hash map pinned
 *                                      at PIN (key and value u32) for SECONDS: MAPOPS <n>
 *                                      ERRORS <e> (a map orphaned by rmmod gives ENODEV)
 *   rvjit-image --caps CAP,... CMD ... run CMD with only these capabilities (bpf, net_admin,
 *                                      sys_admin, perfmon), e.g. CAP_NET_ADMIN without CAP_BPF
 *
 * With $RVJIT_FAIL_NTH=K, load asks the kernel to fail the K-th fault-injectable allocation
 * of its BPF_PROG_LOAD (/proc/thread-self/fail-nth: kernels with CONFIG_FAULT_INJECTION).
 *
 * get/hex also print "PIN: id I, ifindex F, jited J bytes, xlated X bytes".  A failure prints
 * one line naming the step and errno (and, for load, the verifier log) and exits 1.
 */
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <time.h>
#include <linux/bpf.h>
#include <linux/capability.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

static int sys_bpf(int cmd, union bpf_attr *attr)
{
	return syscall(__NR_bpf, cmd, attr, sizeof(*attr));
}

static int fail(const char *what, const char *arg)
{
	fprintf(stderr, "rvjit-image: %s: %s: %s (%s)\n", arg, what, strerror(errno),
		errno == ENODEV ? "ENODEV" : errno == EOPNOTSUPP ? "EOPNOTSUPP" :
		errno == EINVAL ? "EINVAL" : errno == EACCES ? "EACCES" : "errno");
	return 1;
}

/* zlib's CRC-32, so a line damaged on its way out of a VM is detected, never misread */
static uint32_t crc32(const char *p, size_t n)
{
	uint32_t c = 0xffffffff;
	int k;

	while (n--) {
		c ^= (unsigned char)*p++;
		for (k = 0; k < 8; k++)
			c = c >> 1 ^ (0xedb88320 & -(c & 1));
	}
	return ~c;
}

static int get_info(int fd, struct bpf_prog_info *info, void *image, uint32_t len)
{
	union bpf_attr attr;

	memset(info, 0, sizeof(*info));
	info->jited_prog_len = len;
	info->jited_prog_insns = (uintptr_t)image;
	memset(&attr, 0, sizeof(attr));
	attr.info.bpf_fd = fd;
	attr.info.info_len = sizeof(*info);
	attr.info.info = (uintptr_t)info;
	return sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &attr);
}

static int cmd_get(const char *pin, const char *out, int as_hex)
{
	struct bpf_prog_info info;
	union bpf_attr attr;
	unsigned char *image;
	uint32_t len, i;
	char *line;
	int fd;

	memset(&attr, 0, sizeof(attr));
	attr.pathname = (uintptr_t)pin;
	fd = sys_bpf(BPF_OBJ_GET, &attr);
	if (fd < 0)
		return fail("BPF_OBJ_GET", pin);
	/* First the length, then the bytes */
	if (get_info(fd, &info, NULL, 0))
		return fail("BPF_OBJ_GET_INFO_BY_FD", pin);
	len = info.jited_prog_len;
	image = calloc(1, len + 1);
	if (!image || get_info(fd, &info, image, len))
		return fail("BPF_OBJ_GET_INFO_BY_FD (image)", pin);
	if (info.jited_prog_len != len) {
		fprintf(stderr, "rvjit-image: %s: the image changed size (%u, then %u bytes)\n",
			pin, len, info.jited_prog_len);
		return 1;
	}
	printf("%s: id %u, ifindex %u, jited %u bytes, xlated %u bytes\n",
	       pin, info.id, info.ifindex, info.jited_prog_len, info.xlated_prog_len);
	if (as_hex) {
		line = malloc(2 * len + 32);
		if (!line)
			return fail("malloc", pin);
		sprintf(line, "IMG %u ", len);
		for (i = 0; i < len; i++)
			sprintf(line + strlen(line), "%02x", image[i]);
		printf("%s ~%08x\n", line, crc32(line, strlen(line)));
	} else if (out) {
		FILE *f = fopen(out, "wb");

		if (!f || fwrite(image, 1, len, f) != len || fclose(f))
			return fail("write", out);
	}
	return 0;
}

static int cmd_load(const char *raw, const char *dev, const char *pin, char **maps, int n_maps)
{
	static char log[1 << 20];
	struct bpf_insn *insns;
	union bpf_attr attr;
	struct stat st;
	int fd, pfd;
	unsigned int i;

	fd = open(raw, O_RDONLY);
	if (fd < 0 || fstat(fd, &st))
		return fail("open", raw);
	if (!st.st_size || st.st_size % sizeof(*insns)) {
		fprintf(stderr, "rvjit-image: %s: %lld bytes is not a whole number of instructions\n",
			raw, (long long)st.st_size);
		return 1;
	}
	insns = malloc(st.st_size);
	if (!insns || read(fd, insns, st.st_size) != st.st_size)
		return fail("read", raw);
	close(fd);
	for (i = 0; i < st.st_size / sizeof(*insns); i++) {
		struct bpf_insn *in = &insns[i];

		if (in->code != (BPF_LD | BPF_IMM | BPF_DW) ||
		    (in->src_reg != BPF_PSEUDO_MAP_FD && in->src_reg != BPF_PSEUDO_MAP_VALUE))
			continue;
		if (in->imm < 0 || in->imm >= n_maps) {
			fprintf(stderr, "rvjit-image: %s: insn %u: map %d, but %d map(s) given\n",
				raw, i, in->imm, n_maps);
			return 1;
		}
		memset(&attr, 0, sizeof(attr));
		attr.pathname = (uintptr_t)maps[in->imm];
		fd = sys_bpf(BPF_OBJ_GET, &attr);
		if (fd < 0)
			return fail("BPF_OBJ_GET", maps[in->imm]);
		in->imm = fd;
	}

	memset(&attr, 0, sizeof(attr));
	attr.prog_type = BPF_PROG_TYPE_XDP;
	attr.insns = (uintptr_t)insns;
	attr.insn_cnt = st.st_size / sizeof(*insns);
	attr.license = (uintptr_t)"GPL";
	attr.log_buf = (uintptr_t)log;
	attr.log_size = sizeof(log);
	attr.log_level = 1;
	if (strcmp(dev, "-")) {
		attr.prog_ifindex = if_nametoindex(dev);
		if (!attr.prog_ifindex)
			return fail("if_nametoindex", dev);
	}
	if (getenv("RVJIT_FAIL_NTH")) {
		fd = open("/proc/thread-self/fail-nth", O_WRONLY);
		if (fd < 0 || write(fd, getenv("RVJIT_FAIL_NTH"), strlen(getenv("RVJIT_FAIL_NTH"))) < 0)
			return fail("fail-nth", "/proc/thread-self/fail-nth");
		close(fd);
	}
	pfd = sys_bpf(BPF_PROG_LOAD, &attr);
	if (pfd < 0) {
		fail("BPF_PROG_LOAD", raw);
		fprintf(stderr, "--- verifier log ---\n%s\n--- end of log ---\n", log);
		return 1;
	}
	memset(&attr, 0, sizeof(attr));
	attr.pathname = (uintptr_t)pin;
	attr.bpf_fd = pfd;
	if (sys_bpf(BPF_OBJ_PIN, &attr))
		return fail("BPF_OBJ_PIN", pin);
	return 0;
}

static int map_op(int cmd, int fd, uint32_t *key, uint32_t *value, uint64_t flags)
{
	union bpf_attr attr;

	memset(&attr, 0, sizeof(attr));
	attr.map_fd = fd;
	attr.key = (uintptr_t)key;
	attr.value = (uintptr_t)value;
	attr.flags = flags;
	return sys_bpf(cmd, &attr);
}

static int cmd_mapstress(const char *pin, const char *secs)
{
	long ops = 0, errors = 0, enodev = 0;
	uint32_t key, value, got;
	union bpf_attr attr;
	time_t end;
	int fd;

	memset(&attr, 0, sizeof(attr));
	attr.pathname = (uintptr_t)pin;
	fd = sys_bpf(BPF_OBJ_GET, &attr);
	if (fd < 0)
		return fail("BPF_OBJ_GET", pin);
	end = time(NULL) + atoi(secs);
	for (key = 0; time(NULL) < end; key = (key + 1) % 64) {
		value = key * 2654435761u;
		if (map_op(BPF_MAP_UPDATE_ELEM, fd, &key, &value, BPF_ANY) ||
		    map_op(BPF_MAP_LOOKUP_ELEM, fd, &key, &got, 0) ||
		    map_op(BPF_MAP_DELETE_ELEM, fd, &key, NULL, 0)) {
			errors++;
			enodev += errno == ENODEV;
		} else if (got != value) {
			fprintf(stderr, "rvjit-image: %s: key %u: wrote %u, read %u\n", pin, key,
				value, got);
			return 1;
		}
		ops += 3;
	}
	printf("MAPOPS %ld ERRORS %ld ENODEV %ld\n", ops, errors, enodev);
	return 0;
}

/* Keep only the capabilities named in @list (comma-separated), drop every other */
static int set_caps(const char *list)
{
	static const struct { const char *name; int cap; } names[] = {
		{ "bpf", CAP_BPF }, { "net_admin", CAP_NET_ADMIN }, { "sys_admin", CAP_SYS_ADMIN },
		{ "perfmon", CAP_PERFMON },
	};
	struct __user_cap_header_struct hdr = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct data[2];
	char buf[128], *tok, *s = buf;
	unsigned int i;

	memset(data, 0, sizeof(data));
	snprintf(buf, sizeof(buf), "%s", list);
	while ((tok = strsep(&s, ",")) && *tok) {
		for (i = 0; i < ARRAY_SIZE(names); i++)
			if (!strcmp(tok, names[i].name))
				break;
		if (i == ARRAY_SIZE(names)) {
			fprintf(stderr, "rvjit-image: unknown capability '%s'\n", tok);
			return 1;
		}
		data[names[i].cap / 32].effective |= 1u << (names[i].cap % 32);
		data[names[i].cap / 32].permitted |= 1u << (names[i].cap % 32);
	}
	if (syscall(__NR_capset, &hdr, data))
		return fail("capset", list);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 4 && !strcmp(argv[1], "--caps")) {
		if (set_caps(argv[2]))
			return 1;
		argv += 2;
		argc -= 2;
	}
	if (argc == 4 && !strcmp(argv[1], "mapstress"))
		return cmd_mapstress(argv[2], argv[3]);
	if (argc >= 3 && argc <= 4 && !strcmp(argv[1], "get"))
		return cmd_get(argv[2], argc == 4 ? argv[3] : NULL, 0);
	if (argc == 3 && !strcmp(argv[1], "hex"))
		return cmd_get(argv[2], NULL, 1);
	if (argc >= 5 && !strcmp(argv[1], "load"))
		return cmd_load(argv[2], argv[3], argv[4], argv + 5, argc - 5);
	fprintf(stderr, "usage: rvjit-image [--caps CAP,...] get PIN [OUT] | hex PIN | load RAW DEV|- PIN [MAP...] | mapstress PIN SECONDS\n");
	return 2;
}
