/* xdp_run: run the corpus programs bpftool pinned in the test VM on a batch of packets.
 *
 * Built statically by rvlab/vm.py (gcc -static -O2) and run inside the VM by rvlab/corpus.py,
 * after `bpftool prog load OBJ /sys/fs/bpf/pI type xdp|classifier` for I = 0..COUNT-1 (a failed
 * load leaves no pin; an object that tail calls is loaded whole, its entry program moved to
 * pI).  Usage:  xdp_run COUNT PACKETS
 *
 * PACKETS (little endian):  "RVJP"  u32 count  count x { u32 len; len bytes (14..4096) }
 *
 * Each pinned program is opened (BPF_OBJ_GET), its verifier output fetched
 * (BPF_OBJ_GET_INFO_BY_FD: xlated_prog_insns), its maps given their initial contents (the file
 * /vm/init/I, lines "MAP KEYHEX VALUEHEX", BPF_MAP_UPDATE_ELEM into /sys/fs/bpf/mI/MAP) and it
 * is run once per packet (BPF_PROG_TEST_RUN), the packet as the program left it coming back in
 * data_out, and for a TC program the __sk_buff fields it may write in ctx_out.
 *
 * Output, one line per event, each ending in " ~CRC" (CRC-32 of the text before " ~", as
 * zlib.crc32 computes it, 8 hex digits) so a damaged line is detected, never misread:
 *   J <bpf_jit_enable>                           as read at the start
 *   I <i> <jited_prog_len> <xlated insns, hex>   program i's info
 *   R <i> <k> <retval> <data_out hex>            program i on packet k
 *   C <i> <k> <mark> <priority>                  TC program i on packet k: ctx_out's fields
 *   T <i> <k> <errno>                            BPF_PROG_TEST_RUN failed
 *   U <i> <map> <errno>                          an initial map entry was refused
 *   N <i> <errno>                                no program pinned at /sys/fs/bpf/pI
 *   M <i> <map> <key hex> <value hex>            after program i's runs, an entry of a map
 *                                                pinned in /sys/fs/bpf/mI (`pinmaps`); an
 *                                                array's all-zero values are left out, and
 *                                                so are maps whose values are kernel objects
 *                                                (PROG_ARRAY: program ids; DEVMAP, CPUMAP,
 *                                                XSKMAP)
 *   D <count>                                    done
 * Exit status: 0 if the packet file was read, 1 otherwise.
 */
#define _GNU_SOURCE
#include <dirent.h>
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

static int read_int(const char *path)
{
	char buf[16] = "";
	int f = open(path, O_RDONLY);
	if (f < 0)
		return -1;
	if (read(f, buf, sizeof(buf) - 1) < 0)
		buf[0] = 0;
	close(f);
	return buf[0] ? atoi(buf) : -1;
}

static struct bpf_insn xlated[1 << 15];

static int all_zero(const unsigned char *p, size_t n)
{
	while (n--)
		if (*p++)
			return 0;
	return 1;
}

/* Every entry of every map pinned in /sys/fs/bpf/mI, in the kernel's iteration order (the
 * caller sorts).  Per-CPU values come as one slot per possible CPU, each rounded up to 8. */
static void dump_maps(unsigned i)
{
	static unsigned char key[512], next[512], val[1 << 16];
	char dir[64], path[384];
	snprintf(dir, sizeof(dir), "/sys/fs/bpf/m%u", i);
	DIR *d = opendir(dir);
	struct dirent *de;
	if (!d)
		return;
	while ((de = readdir(d))) {
		union bpf_attr attr;
		struct bpf_map_info info;
		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		memset(&attr, 0, sizeof(attr));
		attr.pathname = (uint64_t)(uintptr_t)path;
		int fd = sys_bpf(BPF_OBJ_GET, &attr);
		if (fd < 0)
			continue;
		memset(&info, 0, sizeof(info));
		memset(&attr, 0, sizeof(attr));
		attr.info.bpf_fd = fd;
		attr.info.info_len = sizeof(info);
		attr.info.info = (uint64_t)(uintptr_t)&info;
		if (sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &attr) || info.key_size > sizeof(key)) {
			close(fd);
			continue;
		}
		if (info.type == BPF_MAP_TYPE_PROG_ARRAY || info.type == BPF_MAP_TYPE_DEVMAP ||
		    info.type == BPF_MAP_TYPE_DEVMAP_HASH || info.type == BPF_MAP_TYPE_CPUMAP ||
		    info.type == BPF_MAP_TYPE_XSKMAP) {
			close(fd);
			continue;
		}
		int percpu = info.type == BPF_MAP_TYPE_PERCPU_ARRAY ||
			     info.type == BPF_MAP_TYPE_PERCPU_HASH ||
			     info.type == BPF_MAP_TYPE_LRU_PERCPU_HASH;
		int array = info.type == BPF_MAP_TYPE_ARRAY || info.type == BPF_MAP_TYPE_PERCPU_ARRAY;
		long ncpu = percpu ? sysconf(_SC_NPROCESSORS_CONF) : 1;
		size_t vlen = percpu ? ncpu * ((info.value_size + 7) & ~7u) : info.value_size;
		if (vlen > sizeof(val)) {
			close(fd);
			continue;
		}
		int first = 1;
		for (;;) {
			memset(&attr, 0, sizeof(attr));
			attr.map_fd = fd;
			attr.key = first ? 0 : (uint64_t)(uintptr_t)key;
			attr.next_key = (uint64_t)(uintptr_t)next;
			if (sys_bpf(BPF_MAP_GET_NEXT_KEY, &attr))
				break;
			first = 0;
			memcpy(key, next, info.key_size);
			memset(&attr, 0, sizeof(attr));
			attr.map_fd = fd;
			attr.key = (uint64_t)(uintptr_t)key;
			attr.value = (uint64_t)(uintptr_t)val;
			if (sys_bpf(BPF_MAP_LOOKUP_ELEM, &attr))
				continue;
			if (array && all_zero(val, vlen))
				continue;
			size_t n = snprintf(line, sizeof(line), "M %u %s ", i, de->d_name);
			n = put_hex(n, key, info.key_size);
			line[n++] = ' ';
			emit(put_hex(n, val, vlen));
		}
		close(fd);
	}
	closedir(d);
}

static size_t unhex(const char *s, unsigned char *out, size_t cap)
{
	size_t n = 0;
	unsigned v;
	while (s[0] && s[1] && n < cap && sscanf(s, "%2x", &v) == 1) {
		out[n++] = (unsigned char)v;
		s += 2;
	}
	return n;
}

/* /vm/init/I: the maps' initial contents, put in before program i runs. */
static void init_maps(unsigned i)
{
	static char text[1 << 16];
	static unsigned char key[512], val[1 << 16];
	char path[384], map[256];
	snprintf(path, sizeof(path), "/vm/init/%u", i);
	FILE *f = fopen(path, "r");
	if (!f)
		return;
	while (fgets(text, sizeof(text), f)) {
		char *k = strchr(text, ' '), *v = k ? strchr(k + 1, ' ') : NULL;
		if (!v)
			continue;
		*k++ = 0;
		*v++ = 0;
		snprintf(map, sizeof(map), "%s", text);
		snprintf(path, sizeof(path), "/sys/fs/bpf/m%u/%s", i, map);
		union bpf_attr attr;
		memset(&attr, 0, sizeof(attr));
		attr.pathname = (uint64_t)(uintptr_t)path;
		int fd = sys_bpf(BPF_OBJ_GET, &attr);
		int err = fd < 0 ? errno : 0;
		if (fd >= 0) {
			unhex(k, key, sizeof(key));
			unhex(v, val, sizeof(val));
			memset(&attr, 0, sizeof(attr));
			attr.map_fd = fd;
			attr.key = (uint64_t)(uintptr_t)key;
			attr.value = (uint64_t)(uintptr_t)val;
			attr.flags = BPF_ANY;
			if (sys_bpf(BPF_MAP_UPDATE_ELEM, &attr))
				err = errno;
			close(fd);
		}
		if (err)
			emit(snprintf(line, sizeof(line), "U %u %s %d", i, map, err));
	}
	fclose(f);
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: %s COUNT PACKETS\n", argv[0]);
		return 2;
	}
	static char obuf[1 << 16];
	setvbuf(stdout, obuf, _IOFBF, sizeof(obuf));
	crc_init();
	unsigned count = (unsigned)atoi(argv[1]);
	size_t len;
	unsigned char *pk = read_file(argv[2], &len);
	if (!pk || len < 8 || memcmp(pk, "RVJP", 4)) {
		fprintf(stderr, "xdp_run: %s: not a packet file\n", argv[2]);
		return 1;
	}
	uint32_t npk = get32(pk + 4);
	const unsigned char *pkt[1024];
	uint32_t plen[1024];
	size_t pos = 8;
	for (uint32_t k = 0; k < npk; k++) {
		if (k >= 1024 || pos + 4 > len || (plen[k] = get32(pk + pos)) < 14 || plen[k] > 4096 ||
		    pos + 4 + plen[k] > len) {
			fprintf(stderr, "xdp_run: packet %u: bad length or file truncated\n", k);
			return 1;
		}
		pkt[k] = pk + pos + 4;
		pos += 4 + plen[k];
	}
	emit(snprintf(line, sizeof(line), "J %d", read_int("/proc/sys/net/core/bpf_jit_enable")));

	static unsigned char data_out[4096];
	for (unsigned i = 0; i < count; i++) {
		char path[64];
		union bpf_attr attr;
		snprintf(path, sizeof(path), "/sys/fs/bpf/p%u", i);
		memset(&attr, 0, sizeof(attr));
		attr.pathname = (uint64_t)(uintptr_t)path;
		int fd = sys_bpf(BPF_OBJ_GET, &attr);
		if (fd < 0) {
			emit(snprintf(line, sizeof(line), "N %u %d", i, errno));
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
		if (sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &attr)) {
			emit(snprintf(line, sizeof(line), "N %u %d", i, errno));
			close(fd);
			continue;
		}
		size_t n = snprintf(line, sizeof(line), "I %u %u ", i, info.jited_prog_len);
		size_t xl = info.xlated_prog_len <= sizeof(xlated) ? info.xlated_prog_len : 0;
		emit(put_hex(n, (const unsigned char *)xlated, xl));
		init_maps(i);
		int tc = info.type == BPF_PROG_TYPE_SCHED_CLS || info.type == BPF_PROG_TYPE_SCHED_ACT;
		for (uint32_t k = 0; k < npk; k++) {
			struct __sk_buff skb;
			memset(&skb, 0, sizeof(skb));
			memset(&attr, 0, sizeof(attr));
			if (tc) {
				attr.test.ctx_out = (uint64_t)(uintptr_t)&skb;
				attr.test.ctx_size_out = sizeof(skb);
			}
			attr.test.prog_fd = fd;
			attr.test.data_in = (uint64_t)(uintptr_t)pkt[k];
			attr.test.data_size_in = plen[k];
			attr.test.data_out = (uint64_t)(uintptr_t)data_out;
			attr.test.data_size_out = sizeof(data_out);
			attr.test.repeat = 1;
			if (sys_bpf(BPF_PROG_TEST_RUN, &attr)) {
				emit(snprintf(line, sizeof(line), "T %u %u %d", i, k, errno));
				continue;
			}
			n = snprintf(line, sizeof(line), "R %u %u %u ", i, k, attr.test.retval);
			unsigned out_len = attr.test.data_size_out;
			emit(put_hex(n, data_out, out_len < sizeof(data_out) ? out_len : sizeof(data_out)));
			if (tc)
				emit(snprintf(line, sizeof(line), "C %u %u %u %u", i, k, skb.mark,
					      skb.priority));
		}
		close(fd);
		dump_maps(i);
		fflush(stdout);
	}
	emit(snprintf(line, sizeof(line), "D %u", count));
	fflush(stdout);
	return 0;
}
