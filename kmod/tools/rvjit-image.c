// SPDX-License-Identifier: GPL-2.0
/*
 * rvjit-image: read back the RISC-V image of a program offloaded to an rvoff netdev, or load
 * raw eBPF onto one.  Debian's bpftool cannot write an offloaded image to a file (no libbfd),
 * so this asks the kernel directly.
 * Build with gcc -O2 -Ikmod/generated (for rvoff_abi.h), as the README shows.
 *
 *   rvjit-image get PIN [OUT]          image of the program pinned at PIN, into OUT
 *   rvjit-image hex PIN                the same as one line: IMG <bytes> <hex> ~<crc32>
 *   rvjit-image elf PIN OUT.o [MAPS.json]
 *                                      the image and its description (maps, helpers, stack)
 *                                      as the RISC-V ELF object rvoff-run loads, what
 *                                      `rvjit compile -f elf` writes (docs/abi.md section 12);
 *                                      MAPS.json: the device maps' contents, as
 *                                      `rvoff-run --maps` takes them (needs debugfs)
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
#include <ctype.h>
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

#include "rvoff_abi.h"		/* kmod/generated: the device ABI, section 12's layouts */

#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "the image file's description is little-endian: this writes it as the host lays it out"
#endif

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define MAX_USED_MAPS	64	/* the verifier's MAX_USED_MAPS */

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

/* The object pinned at @pin, or -1 with the failure printed */
static int obj_get(const char *pin)
{
	union bpf_attr attr;
	int fd;

	memset(&attr, 0, sizeof(attr));
	attr.pathname = (uintptr_t)pin;
	fd = sys_bpf(BPF_OBJ_GET, &attr);
	if (fd < 0)
		fail("BPF_OBJ_GET", pin);
	return fd;
}

static int obj_info(int fd, void *info, uint32_t len)
{
	union bpf_attr attr;

	memset(&attr, 0, sizeof(attr));
	attr.info.bpf_fd = fd;
	attr.info.info_len = len;
	attr.info.info = (uintptr_t)info;
	return sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &attr);
}

/* The program's information, its image into @image (@len bytes) and its maps' ids */
static int get_info(int fd, struct bpf_prog_info *info, void *image, uint32_t len,
		    uint32_t *map_ids, uint32_t n_maps)
{
	memset(info, 0, sizeof(*info));
	info->jited_prog_len = len;
	info->jited_prog_insns = (uintptr_t)image;
	info->nr_map_ids = n_maps;
	info->map_ids = (uintptr_t)map_ids;
	return obj_info(fd, info, sizeof(*info));
}

/* The image of the program pinned at @pin (malloc'd), its information and maps' ids */
static unsigned char *get_image(const char *pin, struct bpf_prog_info *info, uint32_t *map_ids,
				uint32_t n_maps)
{
	unsigned char *image;
	uint32_t len;
	int fd;

	fd = obj_get(pin);
	if (fd < 0)
		return NULL;
	/* First the length, then the bytes */
	if (get_info(fd, info, NULL, 0, NULL, 0)) {
		fail("BPF_OBJ_GET_INFO_BY_FD", pin);
		return NULL;
	}
	len = info->jited_prog_len;
	if (info->nr_map_ids > n_maps) {
		fprintf(stderr, "rvjit-image: %s: %u maps, more than %u\n", pin, info->nr_map_ids,
			n_maps);
		return NULL;
	}
	image = calloc(1, len + 1);
	if (!image || get_info(fd, info, image, len, map_ids, n_maps)) {
		fail("BPF_OBJ_GET_INFO_BY_FD (image)", pin);
		return NULL;
	}
	close(fd);
	if (info->jited_prog_len != len) {
		fprintf(stderr, "rvjit-image: %s: the image changed size (%u, then %u bytes)\n",
			pin, len, info->jited_prog_len);
		return NULL;
	}
	printf("%s: id %u, ifindex %u, jited %u bytes, xlated %u bytes\n",
	       pin, info->id, info->ifindex, info->jited_prog_len, info->xlated_prog_len);
	return image;
}

static int cmd_get(const char *pin, const char *out, int as_hex)
{
	uint32_t map_ids[MAX_USED_MAPS], len, i;
	struct bpf_prog_info info;
	unsigned char *image;
	char *line;

	image = get_image(pin, &info, map_ids, MAX_USED_MAPS);
	if (!image)
		return 1;
	len = info.jited_prog_len;
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
		fd = obj_get(maps[in->imm]);
		if (fd < 0)
			return 1;
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
	time_t end;
	int fd;

	fd = obj_get(pin);
	if (fd < 0)
		return 1;
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

/*
 * --- elf: the image and its description, as `rvjit compile -f elf` writes them -----------
 *
 * docs/abi.md section 12, for one program; rvjit/elfimage.py's write() is the definition, and
 * vm-test checks this copy of it byte for byte against it.  The kernel gives the image, the
 * program's type and name, and its maps (in used-maps order); debugfs rvjit/programs gives
 * what only the device knows: the ISA, the stack, the flags and the helpers.
 */
#define RVJIT_ISA_ZBA	(1U << 0)	/* kmod/generated/rvjit_emit.h */
#define RVJIT_ISA_ZBB	(1U << 1)
#define RVJIT_ISA_C	(1U << 2)
#define RVJIT_ISA_ZACAS	(1U << 3)
#define RVJIT_INFO_TAIL_CALLS	(1U << 1)	/* kmod/rvjit_jit.h */
#define PROGRAMS	"/sys/kernel/debug/rvjit/programs"
#define MAX_HELPERS	256

struct device_desc {			/* a line of debugfs rvjit/programs */
	uint32_t isa, stack, flags, helpers[MAX_HELPERS], nhelpers;
	int atomics;			/* from the kernel's xlated program */
};

struct buf {
	unsigned char *p;
	size_t len, cap;
};

static void put(struct buf *b, const void *p, size_t n)
{
	if (!n)
		return;
	if (b->len + n > b->cap) {
		b->cap = 2 * (b->len + n) + 256;
		b->p = realloc(b->p, b->cap);
		if (!b->p) {
			perror("rvjit-image: realloc");
			exit(1);
		}
	}
	memcpy(b->p + b->len, p, n);
	b->len += n;
}

static void put32(struct buf *b, uint32_t v)
{
	unsigned char x[4] = { v, v >> 8, v >> 16, v >> 24 };

	put(b, x, 4);
}

static void put16(struct buf *b, uint32_t v)
{
	unsigned char x[2] = { v, v >> 8 };

	put(b, x, 2);
}

static void put64(struct buf *b, uint64_t v)
{
	put32(b, v);
	put32(b, v >> 32);
}

static void pad(struct buf *b, size_t base, size_t align)
{
	static const unsigned char zero[8];

	put(b, zero, (align - (base + b->len) % align) % align);
}

/* A string table: each distinct string once, as elfimage._StrTab */
static uint32_t str_add(struct buf *t, const char *s)
{
	size_t at = 1;

	if (!*s)
		return 0;
	if (!t->len)
		put(t, "", 1);
	while (at < t->len) {
		if (!strcmp((char *)t->p + at, s))
			return at;
		at += strlen((char *)t->p + at) + 1;
	}
	put(t, s, strlen(s) + 1);
	return at;
}

/* elfimage.symbol_name(): a C identifier */
static void symbol_name(char *out, const char *name)
{
	char *o = out;

	if (isdigit((unsigned char)*name))
		*o++ = '_';
	for (; *name; name++)
		*o++ = isalnum((unsigned char)*name) || *name == '_' ? *name : '_';
	*o = 0;
	if (o == out)
		strcpy(out, "prog");
}

static int device_desc(uint32_t id, struct device_desc *d)
{
	char line[4096], helpers[3072], *tok, *s;
	unsigned int got;
	FILE *f = fopen(PROGRAMS, "r");

	if (!f)
		return fail("open (is debugfs mounted, rvjit.ko loaded?)", PROGRAMS);
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "%u isa 0x%x stack %u flags 0x%x helpers %3071s", &got, &d->isa,
			   &d->stack, &d->flags, helpers) != 5 || got != id)
			continue;
		fclose(f);
		d->nhelpers = 0;
		for (s = helpers; (tok = strsep(&s, ",")) && strcmp(tok, "-");)
			if (d->nhelpers < MAX_HELPERS)
				d->helpers[d->nhelpers++] = strtoul(tok, NULL, 10);
		return 0;
	}
	fclose(f);
	fprintf(stderr, "rvjit-image: %s: no line for program %u (not translated by rvjit.ko?)\n",
		PROGRAMS, id);
	return 1;
}

/*
 * Whether the program pinned at @pin has a BPF_ATOMIC instruction (the verifier leaves them
 * as they are): its image then uses the A extension (docs/abi.md section 1).
 */
static int uses_atomics(const char *pin, uint32_t xlated_len, int *atomics)
{
	struct bpf_insn *insns = calloc(1, xlated_len + sizeof(*insns));
	struct bpf_prog_info info;
	uint32_t i;
	int fd;

	fd = obj_get(pin);
	if (fd < 0 || !insns)
		return 1;
	memset(&info, 0, sizeof(info));
	info.xlated_prog_len = xlated_len;
	info.xlated_prog_insns = (uintptr_t)insns;
	if (obj_info(fd, &info, sizeof(info)))
		return fail("BPF_OBJ_GET_INFO_BY_FD (xlated)", pin);
	close(fd);
	*atomics = 0;
	for (i = 0; i < info.xlated_prog_len / sizeof(*insns) && i < xlated_len / sizeof(*insns); i++)
		if (insns[i].code == (BPF_STX | BPF_ATOMIC | BPF_W) ||
		    insns[i].code == (BPF_STX | BPF_ATOMIC | BPF_DW))
			*atomics = 1;
	free(insns);
	return 0;
}

struct section {
	const char *name;
	uint32_t type, flags, link, info, align, entsize;
	struct buf data;
	size_t offset;
};

enum { TEXT, PROGS, MAPS, USED, HELPERS, RVSTR, DATA, ATTRS, SYMTAB, STRTAB, SHSTRTAB, NSEC };

static void arch_string(char *out, uint32_t isa, int atomics)
{
	sprintf(out, "rv64i2p1_m2p0%s%s%s%s%s", atomics ? "_a2p1" : "", isa & RVJIT_ISA_C ? "_c2p0" : "",
		isa & RVJIT_ISA_ZBA ? "_zba1p0" : "", isa & RVJIT_ISA_ZBB ? "_zbb1p0" : "",
		isa & RVJIT_ISA_ZACAS ? "_zacas1p0" : "");
}

/* elfimage.write() for one program: @maps in used-maps order */
static int write_elf(FILE *f, const char *name, uint32_t prog_type, const unsigned char *code,
		     uint32_t len, const struct device_desc *d, const struct bpf_map_info *maps,
		     uint32_t nmaps)
{
	static const char arch_tag[] = { 5 };	/* Tag_RISCV_arch, a ULEB128 */
	static const unsigned char zero[64];
	struct section sec[NSEC] = {
		[TEXT] = { ".text", 1, 0x6, 0, 0, 4, 0 },	/* PROGBITS, ALLOC|EXECINSTR */
		[PROGS] = { ".rvoff.progs", 1, 0, 0, 0, 4, 0 },
		[MAPS] = { ".rvoff.maps", 1, 0, 0, 0, 4, sizeof(struct rvoff_map_desc) },
		[USED] = { ".rvoff.used", 1, 0, 0, 0, 4, 4 },
		[HELPERS] = { ".rvoff.helpers", 1, 0, 0, 0, 4, 4 },
		[RVSTR] = { ".rvoff.strtab", 3, 0, 0, 0, 1, 0 },
		[DATA] = { ".rvoff.data", 1, 0, 0, 0, 8, 0 },
		[ATTRS] = { ".riscv.attributes", 0x70000003, 0, 0, 0, 1, 0 },
		[SYMTAB] = { ".symtab", 2, 0, STRTAB + 1, 2, 8, 24 },
		[STRTAB] = { ".strtab", 3, 0, 0, 0, 1, 0 },
		[SHSTRTAB] = { ".shstrtab", 3, 0, 0, 0, 1, 0 },
	};
	struct rvoff_desc_hdr hdr = { RVOFF_DESC_MAGIC, RVOFF_DESC_VERSION, 0, 1 };
	struct buf body = { 0 }, ehdr = { 0 }, sub = { 0 }, arch = { 0 };
	struct rvoff_prog_desc prog = { 0 };
	uint32_t names[NSEC], i;
	char sym[BPF_OBJ_NAME_LEN + 2], archs[64];
	size_t shoff;

	symbol_name(sym, name);
	put(&sec[TEXT].data, code, len);
	hdr.isa = (d->isa & RVJIT_ISA_ZBA ? RVOFF_ISA_ZBA : 0) |
		  (d->isa & RVJIT_ISA_ZBB ? RVOFF_ISA_ZBB : 0) |
		  (d->isa & RVJIT_ISA_C ? RVOFF_ISA_C : 0) |
		  (d->isa & RVJIT_ISA_ZACAS ? RVOFF_ISA_ZACAS : 0) |
		  (d->atomics ? RVOFF_ISA_A : 0);
	put(&sec[PROGS].data, &hdr, sizeof(hdr));
	prog.name = str_add(&sec[RVSTR].data, sym);
	prog.prog_type = prog_type;
	prog.size = len;
	prog.stack_bytes = d->stack;
	prog.flags = d->flags & RVJIT_INFO_TAIL_CALLS ? RVOFF_PROG_TAIL_CALLS : 0;
	prog.nmaps = nmaps;			/* its maps: .rvoff.used[0 .. nmaps) */
	prog.nhelpers = d->nhelpers;
	put(&sec[PROGS].data, &prog, sizeof(prog));
	for (i = 0; i < nmaps; i++) {
		/* no initial data: a device has no global data */
		struct rvoff_map_desc m = {
			.name = str_add(&sec[RVSTR].data, maps[i].name), .type = maps[i].type,
			.key_size = maps[i].key_size, .value_size = maps[i].value_size,
			.max_entries = maps[i].max_entries, .flags = maps[i].map_flags,
		};

		put(&sec[MAPS].data, &m, sizeof(m));
		put32(&sec[USED].data, i);
	}
	for (i = 0; i < d->nhelpers; i++)
		put32(&sec[HELPERS].data, d->helpers[i]);
	/* .riscv.attributes: "A", length, "riscv", Tag_File, length, Tag_RISCV_arch */
	arch_string(archs, d->isa, d->atomics);
	put(&arch, arch_tag, 1);
	put(&arch, archs, strlen(archs) + 1);
	put(&sub, "\x01", 1);
	put32(&sub, 5 + arch.len);
	put(&sub, arch.p, arch.len);
	put(&sec[ATTRS].data, "A", 1);
	put32(&sec[ATTRS].data, 4 + 6 + sub.len);
	put(&sec[ATTRS].data, "riscv", 6);
	put(&sec[ATTRS].data, sub.p, sub.len);
	/* Symbols: null, the .text section (LOCAL SECTION), the program (GLOBAL FUNC) */
	put(&sec[SYMTAB].data, zero, 24);
	put32(&sec[SYMTAB].data, 0);
	put(&sec[SYMTAB].data, "\x03\x00", 2);
	put16(&sec[SYMTAB].data, TEXT + 1);
	put64(&sec[SYMTAB].data, 0);
	put64(&sec[SYMTAB].data, 0);
	put32(&sec[SYMTAB].data, str_add(&sec[STRTAB].data, sym));
	put(&sec[SYMTAB].data, "\x12\x00", 2);
	put16(&sec[SYMTAB].data, TEXT + 1);
	put64(&sec[SYMTAB].data, 0);
	put64(&sec[SYMTAB].data, len);
	for (i = 0; i < NSEC; i++)
		names[i] = str_add(&sec[SHSTRTAB].data, sec[i].name);

	for (i = 0; i < NSEC; i++) {
		pad(&body, 64, sec[i].align);
		sec[i].offset = 64 + body.len;
		if (sec[i].data.len)
			put(&body, sec[i].data.p, sec[i].data.len);
	}
	pad(&body, 64, 8);
	shoff = 64 + body.len;
	put(&body, zero, 64);
	for (i = 0; i < NSEC; i++) {
		put32(&body, names[i]);
		put32(&body, sec[i].type);
		put64(&body, sec[i].flags);
		put64(&body, 0);
		put64(&body, sec[i].offset);
		put64(&body, sec[i].data.len);
		put32(&body, sec[i].link);
		put32(&body, sec[i].info);
		put64(&body, sec[i].align);
		put64(&body, sec[i].entsize);
	}
	put(&ehdr, "\177ELF\2\1\1\0", 8);	/* ELF64, LSB, version 1 */
	put(&ehdr, zero, 8);
	put16(&ehdr, 1);			/* ET_REL */
	put16(&ehdr, 243);			/* EM_RISCV */
	put32(&ehdr, 1);
	put64(&ehdr, 0);
	put64(&ehdr, 0);
	put64(&ehdr, shoff);
	put32(&ehdr, 0x4 | (d->isa & RVJIT_ISA_C ? 0x1 : 0));	/* FLOAT_ABI_DOUBLE, RVC */
	put16(&ehdr, 64);
	put16(&ehdr, 0);
	put16(&ehdr, 0);
	put16(&ehdr, 64);
	put16(&ehdr, NSEC + 1);
	put16(&ehdr, NSEC);
	return fwrite(ehdr.p, 1, ehdr.len, f) != ehdr.len ||
	       fwrite(body.p, 1, body.len, f) != body.len;
}

static void put_hex(FILE *f, const unsigned char *p, uint32_t n)
{
	while (n--)
		fprintf(f, "%02x", *p++);
}

/* The map's elements as rvoff-run --maps takes them; an array's zero elements left out */
static int dump_map(FILE *f, int fd, const struct bpf_map_info *mi)
{
	unsigned char *key = calloc(1, mi->key_size), *next = calloc(1, mi->key_size);
	unsigned char *value = calloc(1, mi->value_size);
	union bpf_attr attr;
	const char *sep = "";
	int first = 1;
	uint32_t i;

	if (!key || !next || !value)
		return fail("calloc", mi->name);
	fprintf(f, "\"%s\": [", mi->name);
	for (;;) {
		memset(&attr, 0, sizeof(attr));
		attr.map_fd = fd;
		attr.key = first ? 0 : (uintptr_t)key;
		attr.next_key = (uintptr_t)next;
		if (sys_bpf(BPF_MAP_GET_NEXT_KEY, &attr)) {
			if (errno == ENOENT)
				break;
			return fail("BPF_MAP_GET_NEXT_KEY", mi->name);
		}
		first = 0;
		memcpy(key, next, mi->key_size);
		memset(&attr, 0, sizeof(attr));
		attr.map_fd = fd;
		attr.key = (uintptr_t)key;
		attr.value = (uintptr_t)value;
		if (sys_bpf(BPF_MAP_LOOKUP_ELEM, &attr)) {
			if (errno == ENOENT)	/* deleted meanwhile */
				continue;
			return fail("BPF_MAP_LOOKUP_ELEM", mi->name);
		}
		for (i = 0; i < mi->value_size && !value[i]; i++)
			;
		if (mi->type == BPF_MAP_TYPE_ARRAY && i == mi->value_size)
			continue;
		fprintf(f, "%s{\"key\": \"", sep);
		put_hex(f, key, mi->key_size);
		fprintf(f, "\", \"value\": \"");
		put_hex(f, value, mi->value_size);
		fprintf(f, "\"}");
		sep = ", ";
	}
	fprintf(f, "]");
	free(key);
	free(next);
	free(value);
	return 0;
}

static int cmd_elf(const char *pin, const char *out, const char *maps_out)
{
	uint32_t map_ids[MAX_USED_MAPS], i, j;
	struct bpf_map_info maps[MAX_USED_MAPS];
	int map_fds[MAX_USED_MAPS];
	struct bpf_prog_info info;
	struct device_desc d;
	unsigned char *image;
	union bpf_attr attr;
	FILE *f;

	image = get_image(pin, &info, map_ids, MAX_USED_MAPS);
	if (!image)
		return 1;
	if (!info.ifindex) {
		fprintf(stderr, "rvjit-image: %s: program %u is not offloaded (ifindex 0)\n", pin,
			info.id);
		return 1;
	}
	if (device_desc(info.id, &d) || uses_atomics(pin, info.xlated_prog_len, &d.atomics))
		return 1;
	for (i = 0; i < info.nr_map_ids; i++) {
		memset(&attr, 0, sizeof(attr));
		attr.map_id = map_ids[i];
		map_fds[i] = sys_bpf(BPF_MAP_GET_FD_BY_ID, &attr);
		memset(&maps[i], 0, sizeof(maps[i]));
		if (map_fds[i] < 0 || obj_info(map_fds[i], &maps[i], sizeof(maps[i])))
			return fail("map information (BPF_MAP_GET_FD_BY_ID)", pin);
		for (j = 0; j < i; j++)
			if (!strcmp(maps[i].name, maps[j].name)) {
				fprintf(stderr, "rvjit-image: %s: two maps are named '%s'\n", pin,
					maps[i].name);
				return 1;
			}
	}
	f = fopen(out, "wb");
	if (!f || write_elf(f, info.name, info.type, image, info.jited_prog_len, &d, maps,
			    info.nr_map_ids) || fclose(f))
		return fail("write", out);
	printf("%s: %s: %u maps, %u helpers, stack %u bytes\n", out, info.name,
	       info.nr_map_ids, d.nhelpers, d.stack);
	if (!maps_out)
		return 0;
	f = fopen(maps_out, "w");
	if (!f)
		return fail("open", maps_out);
	fprintf(f, "{");
	for (i = 0; i < info.nr_map_ids; i++) {
		fprintf(f, i ? ",\n " : "");
		if (dump_map(f, map_fds[i], &maps[i]))
			return 1;
	}
	fprintf(f, "}\n");
	if (fclose(f))
		return fail("write", maps_out);
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
	if (argc >= 4 && argc <= 5 && !strcmp(argv[1], "elf"))
		return cmd_elf(argv[2], argv[3], argc == 5 ? argv[4] : NULL);
	if (argc >= 3 && argc <= 4 && !strcmp(argv[1], "get"))
		return cmd_get(argv[2], argc == 4 ? argv[3] : NULL, 0);
	if (argc == 3 && !strcmp(argv[1], "hex"))
		return cmd_get(argv[2], NULL, 1);
	if (argc >= 5 && !strcmp(argv[1], "load"))
		return cmd_load(argv[2], argv[3], argv[4], argv + 5, argc - 5);
	fprintf(stderr, "usage: rvjit-image [--caps CAP,...] get PIN [OUT] | hex PIN | elf PIN OUT.o [MAPS.json] | load RAW DEV|- PIN [MAP...] | mapstress PIN SECONDS\n");
	return 2;
}
