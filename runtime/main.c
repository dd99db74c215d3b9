// SPDX-License-Identifier: GPL-2.0
/*
 * rvoff-run: run rvjit images on the packets of a pcap file, as a device would.
 *
 *   rvoff-run [options] --pcap IN.pcap IMAGE.o [IMAGE.o ...]
 *
 * Each packet is placed in a frame laid out like Linux's BPF_PROG_TEST_RUN's, the program is
 * entered as docs/abi.md section 3 says, and one JSON line reports the packet's verdict, the
 * output packet when it changed and the redirect target.  A fault in the image (SIGSEGV, SIGBUS,
 * SIGILL) or a run past the time budget is reported for that packet, and the run goes on.  The
 * maps' contents follow the packets.
 */
#include <errno.h>
#include <getopt.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <sys/ucontext.h>
#include <linux/if_ether.h>
#include <linux/pkt_cls.h>

#include "rvoff.h"

struct options opt = { .ncpus = 1, .budget_ms = 1000, .ingress_ifindex = 1 };
struct run_state *cur;

#define MAX_PROGS 256
static struct prog *progs[MAX_PROGS];
static size_t nprogs;

void die(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fputs("rvoff-run: error: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		die("out of memory");
	return p;
}

/* --- faults and the budget ---------------------------------------------------------------- */

static sigjmp_buf run_jmp;
static volatile sig_atomic_t in_run;
static volatile int fault_sig;
static volatile u64 fault_addr, fault_pc;

static void on_signal(int sig, siginfo_t *si, void *uc_)
{
	ucontext_t *uc = uc_;

	if (!in_run) {		/* the runtime's own bug: die as the signal would */
		signal(sig, SIG_DFL);
		raise(sig);
		return;
	}
	in_run = 0;
	fault_sig = sig;
	fault_addr = (u64)(uintptr_t)si->si_addr;
#if defined(__riscv)
	fault_pc = uc->uc_mcontext.__gregs[REG_PC];
#else
	(void)uc;
	fault_pc = 0;
#endif
	siglongjmp(run_jmp, 1);
}

static void install_handlers(void)
{
	static u8 altstack[64 * 1024];
	stack_t ss = { .ss_sp = altstack, .ss_size = sizeof(altstack) };
	struct sigaction sa;
	const int sigs[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGALRM };

	if (sigaltstack(&ss, NULL))
		die("sigaltstack: %s", strerror(errno));
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_signal;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < ARRAY_SIZE(sigs); i++)
		sigaction(sigs[i], &sa, NULL);
}

static void set_timer(u32 ms)
{
	struct itimerval t = { { 0, 0 }, { ms / 1000, (ms % 1000) * 1000 } };

	setitimer(ITIMER_REAL, &t, NULL);
}

/* --- one packet ------------------------------------------------------------------------- */

static const char *xdp_verdict(u32 r)
{
	static const char *const names[] = { "XDP_ABORTED", "XDP_DROP", "XDP_PASS", "XDP_TX",
					     "XDP_REDIRECT" };

	return r < ARRAY_SIZE(names) ? names[r] : "XDP_ABORTED";	/* as Linux treats it */
}

static const char *tc_verdict(s32 r)
{
	switch (r) {
	case TC_ACT_UNSPEC: return "TC_ACT_UNSPEC";
	case TC_ACT_OK: return "TC_ACT_OK";
	case TC_ACT_RECLASSIFY: return "TC_ACT_RECLASSIFY";
	case TC_ACT_SHOT: return "TC_ACT_SHOT";
	case TC_ACT_PIPE: return "TC_ACT_PIPE";
	case TC_ACT_STOLEN: return "TC_ACT_STOLEN";
	case TC_ACT_QUEUED: return "TC_ACT_QUEUED";
	case TC_ACT_REPEAT: return "TC_ACT_REPEAT";
	case TC_ACT_REDIRECT: return "TC_ACT_REDIRECT";
	case TC_ACT_TRAP: return "TC_ACT_TRAP";
	}
	return "TC_ACT_UNSPEC";
}

static const char *signal_name(int sig)
{
	switch (sig) {
	case SIGSEGV: return "SIGSEGV";
	case SIGBUS: return "SIGBUS";
	case SIGILL: return "SIGILL";
	case SIGFPE: return "SIGFPE";
	case SIGTRAP: return "SIGTRAP";
	}
	return "signal";
}

static void where(FILE *f, u64 pc)
{
	for (size_t i = 0; i < nprogs; i++) {
		u64 at = (u64)(uintptr_t)progs[i]->entry;

		if (pc >= at && pc < at + progs[i]->size) {
			fprintf(f, ", \"pc\": \"%s+0x%llx\"", progs[i]->name,
				(unsigned long long)(pc - at));
			return;
		}
	}
	fprintf(f, ", \"pc\": \"0x%llx\"", (unsigned long long)pc);
}

static u8 *frame;		/* RVOFF_FRAME_SIZE bytes, then a guard page */

static u8 *map_frame(void)
{
	/* Below 4 GiB, so that the u32 words of rvoff_xdp_md hold the whole pointers. */
	size_t len = RVOFF_FRAME_SIZE + 4096;
	u8 *p = mmap((void *)0x40000000, len, PROT_READ | PROT_WRITE,
		     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);

	if (p == MAP_FAILED)
		p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		die("mmap: %s", strerror(errno));
	if (mprotect(p + RVOFF_FRAME_SIZE, 4096, PROT_NONE))
		die("mprotect: %s", strerror(errno));
	return p;
}

/* Linux's BPF_PROG_TEST_RUN builds no skb (EINVAL) for an IPv4 or IPv6 frame shorter than
 * that header (net/bpf/test_run.c, bpf_prog_test_run_skb, 6.1): a device sees none either. */
static int skb_refused(const struct packet *pk)
{
	u32 l3 = pk->len - RVOFF_ETH_HLEN;
	u16 proto = pk->data[12] << 8 | pk->data[13];

	return (proto == ETH_P_IP && l3 < 20) || (proto == ETH_P_IPV6 && l3 < 40);
}

static void run_packet(struct prog *p, const struct packet *pk, size_t index)
{
	static struct rvoff_xdp_md xdp;
	static struct rvoff_sk_buff skb;
	struct __sk_buff sk;	/* the words of skb.skb */
	struct run_state st = { .is_xdp = p->prog_type == BPF_PROG_TYPE_XDP, .cpu = opt.cpu };
	u8 *data = frame + RVOFF_HEADROOM;
	void *ctx;
	u64 ret, start, end;
	FILE *f = stdout;

	fprintf(f, "%s\n  {\"index\": %zu, \"len\": %u", index ? "," : "", index, pk->len);
	if (pk->len < RVOFF_ETH_HLEN || pk->len > RVOFF_MAX_PACKET) {
		fprintf(f, ", \"error\": \"packet of %u bytes: a frame holds %d to %d\", "
			"\"refused\": true}", pk->len, RVOFF_ETH_HLEN, RVOFF_MAX_PACKET);
		return;
	}
	if (!st.is_xdp && skb_refused(pk)) {
		fprintf(f, ", \"error\": \"an skb of ethertype 0x%04x needs its network header "
			"whole (%u bytes after Ethernet)\", \"refused\": true}",
			pk->data[12] << 8 | pk->data[13], pk->len - RVOFF_ETH_HLEN);
		return;
	}
	memset(frame, 0, RVOFF_FRAME_SIZE);
	memcpy(data, pk->data, pk->len);
	st.hard_start = frame;
	if (st.is_xdp) {
		memset(&xdp, 0, sizeof(xdp));
		xdp.data = xdp.data_meta = (u64)(uintptr_t)data;
		xdp.data_end = xdp.data + pk->len;
		xdp.data32 = xdp.data_meta32 = (u32)xdp.data;
		xdp.data_end32 = (u32)xdp.data_end;
		xdp.ingress_ifindex = opt.ingress_ifindex;
		xdp.rx_queue_index = opt.rx_queue;
		st.xdp = &xdp;
		ctx = &xdp;
	} else {
		memset(&skb, 0, sizeof(skb));
		memset(&sk, 0, sizeof(sk));
		skb.data = skb.data_meta = (u64)(uintptr_t)data;
		skb.data_end = skb.data + pk->len;
		sk.len = sk.wire_len = pk->len;
		sk.protocol = data[12] | data[13] << 8;	/* skb->protocol, __be16 */
		sk.ifindex = sk.ingress_ifindex = opt.ingress_ifindex;
		sk.gso_segs = 1;
		sk.data = (u32)skb.data;
		sk.data_end = (u32)skb.data_end;
		sk.data_meta = (u32)skb.data_meta;
		memcpy(skb.skb, &sk, sizeof(sk));
		st.skb = &skb;
		ctx = &skb;
	}
	cur = &st;
	fflush(f);
	if (sigsetjmp(run_jmp, 1)) {
		set_timer(0);
		if (fault_sig == SIGALRM)
			fprintf(f, ", \"error\": \"budget\", \"budget_ms\": %u", opt.budget_ms);
		else
			fprintf(f, ", \"error\": \"fault\", \"signal\": \"%s\", \"addr\": \"0x%llx\"",
				signal_name(fault_sig), (unsigned long long)fault_addr);
		where(f, fault_pc);
		fputc('}', f);
		return;
	}
	in_run = 1;
	set_timer(opt.budget_ms);
	ret = p->entry(ctx, p->rt, RVOFF_MAX_TAIL_CALL_CNT);
	in_run = 0;
	set_timer(0);

	fprintf(f, ", \"retval\": %u", (u32)ret);
	if (st.is_xdp) {
		fprintf(f, ", \"verdict\": \"%s\"", xdp_verdict((u32)ret));
		start = xdp.data;
		end = xdp.data_end;
	} else {
		fprintf(f, ", \"verdict\": \"%s\"", tc_verdict((s32)ret));
		start = skb.data;
		end = skb.data_end;
		memcpy(&sk, skb.skb, sizeof(sk));
		fprintf(f, ", \"mark\": %u, \"priority\": %u, \"tc_index\": %u, \"tc_classid\": %u",
			sk.mark, sk.priority, sk.tc_index, sk.tc_classid);
	}
	if (end - start != pk->len || memcmp((void *)(uintptr_t)start, pk->data, pk->len)) {
		fputs(", \"packet\": \"", f);
		hex_write(f, (const u8 *)(uintptr_t)start, end - start);
		fputc('"', f);
	}
	if (st.redirect_set && (u32)ret == (st.is_xdp ? XDP_REDIRECT : TC_ACT_REDIRECT)) {
		if (st.redirect_map) {
			struct map *m = st.redirect_map;

			fprintf(f, ", \"redirect\": {\"map\": \"%s\", \"type\": \"%s\", \"key\": %llu",
				m->name, map_type_name(m->type), (unsigned long long)st.redirect_key);
			if (m->type == BPF_MAP_TYPE_DEVMAP && !(st.redirect_flags & BPF_F_BROADCAST))
				fprintf(f, ", \"ifindex\": %u",
					*(u32 *)map_lookup(m, &(u32){ st.redirect_key }, 0));
			if (st.redirect_flags)
				fprintf(f, ", \"flags\": %llu", (unsigned long long)st.redirect_flags);
			fputc('}', f);
		} else {
			fprintf(f, ", \"redirect\": {\"ifindex\": %u, \"flags\": %llu}",
				st.redirect_ifindex, (unsigned long long)st.redirect_flags);
		}
	}
	fputc('}', f);
}

/* --- the command line -------------------------------------------------------------------- */

static void usage(FILE *f)
{
	fputs("usage: rvoff-run [options] --pcap IN.pcap IMAGE.o [IMAGE.o ...]\n"
	      "Run rvjit images (rvjit compile -f elf) on every packet of a pcap file; JSON out.\n\n"
	      "  --pcap FILE        the packets (classic libpcap, Ethernet)\n"
	      "  --maps FILE        initial map contents, JSON: {\"MAP\": [{\"key\": HEX, \"value\": HEX}]}\n"
	      "                     (per-CPU maps: \"values\": [HEX per CPU]; PROG_ARRAY: a program name)\n"
	      "  --program NAME     the program to run (default: the first image's first)\n"
	      "  --deterministic    ktime_get_ns from 1 s in 1 us steps, get_prandom_u32 from --seed\n"
	      "  --seed N           the random seed (with --deterministic; default 0)\n"
	      "  --cpu N            get_smp_processor_id (default 0); --ncpus N: CPUs of per-CPU maps\n"
	      "  --budget-ms N      time a packet may run before it is stopped (default 1000)\n"
	      "  --ifindex N        ingress_ifindex (default 1, lo, as BPF_PROG_TEST_RUN)\n"
	      "  --rx-queue N       rx_queue_index (default 0)\n", f);
}

static u64 number(const char *s, const char *what, u64 max)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 0);
	if (errno || !*s || *end || v > max)
		die("%s: %s is not a number from 0 to %llu", what, s, (unsigned long long)max);
	return v;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "pcap", required_argument, NULL, 'p' },
		{ "maps", required_argument, NULL, 'm' },
		{ "program", required_argument, NULL, 'P' },
		{ "deterministic", no_argument, NULL, 'd' },
		{ "seed", required_argument, NULL, 's' },
		{ "cpu", required_argument, NULL, 'c' },
		{ "ncpus", required_argument, NULL, 'n' },
		{ "budget-ms", required_argument, NULL, 'b' },
		{ "ifindex", required_argument, NULL, 'i' },
		{ "rx-queue", required_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *pcap = NULL, *maps = NULL, *want = NULL;
	struct packet *pk;
	struct prog *p = NULL;
	size_t n;
	int c;

	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 'p': pcap = optarg; break;
		case 'm': maps = optarg; break;
		case 'P': want = optarg; break;
		case 'd': opt.deterministic = 1; break;
		case 's': opt.seed = number(optarg, "--seed", ~0ull); break;
		case 'c': opt.cpu = number(optarg, "--cpu", RVOFF_MAX_CPUS - 1); break;
		case 'n': opt.ncpus = number(optarg, "--ncpus", RVOFF_MAX_CPUS); break;
		case 'b': opt.budget_ms = number(optarg, "--budget-ms", 3600000); break;
		case 'i': opt.ingress_ifindex = number(optarg, "--ifindex", 0xffffffffu); break;
		case 'q': opt.rx_queue = number(optarg, "--rx-queue", 0xffffffffu); break;
		case 'h': usage(stdout); return 0;
		default: usage(stderr); return 2;
		}
	}
	if (optind == argc || !pcap) {
		usage(stderr);
		return 2;
	}
	if (!opt.ncpus || opt.cpu >= opt.ncpus)
		die("--cpu %u: there are %u CPUs (--ncpus)", opt.cpu, opt.ncpus);
	if (!opt.budget_ms)
		die("--budget-ms: must be at least 1");
	for (int i = optind; i < argc; i++)
		nprogs = load_object(argv[i], progs, nprogs, MAX_PROGS);
	for (size_t i = 0; i < nprogs && !p; i++)
		if (!want || !strcmp(progs[i]->name, want))
			p = progs[i];
	if (!p) {
		fprintf(stderr, "rvoff-run: error: no program named %s; the images have:", want);
		for (size_t i = 0; i < nprogs; i++)
			fprintf(stderr, " %s", progs[i]->name);
		fputc('\n', stderr);
		return 1;
	}
	if (maps)
		maps_load_json(maps, progs, nprogs);
	n = pcap_read(pcap, &pk);
	helpers_check();
	helpers_seed();
	frame = map_frame();
	install_handlers();

	printf("{\"program\": \"%s\", \"type\": \"%s\", \"packets\": [", p->name,
	       p->prog_type == BPF_PROG_TYPE_XDP ? "xdp" : "tc");
	for (size_t i = 0; i < n; i++)
		run_packet(p, &pk[i], i);
	printf("%s],\n", n ? "\n" : "");
	maps_write_json(stdout);
	printf("\n}\n");
	return ferror(stdout) ? 1 : 0;
}
