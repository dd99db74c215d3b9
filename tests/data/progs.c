/* BPF programs for rvjit's ELF tests: built with clang -target bpf -O2 at test time.
 * They use the context as plain memory (rvjit runs them with --mem), so they are not meant
 * for the kernel verifier. */
typedef unsigned long long u64;
typedef unsigned int u32;

#define SEC(name) __attribute__((section(name), used))

SEC("xdp")
int sum_words(u64 *ctx)
{
	u64 acc = 0;

	for (int i = 0; i < 8; i++)
		acc = acc * 31 + (ctx[i] ^ (ctx[i] >> 7));
	ctx[8] = acc;
	return (int)(acc % 1000003);
}

SEC("tc")
int checksum(unsigned char *ctx)
{
	u32 sum = 0;

	for (int i = 0; i < 64; i += 2)
		sum += (u32)ctx[i] << 8 | ctx[i + 1];
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (int)(~sum & 0xffff);
}

struct { int type; int max_entries; } counters SEC(".maps");

SEC("xdp/maps")
int uses_map(void *ctx)
{
	return (int)(long)&counters;
}
