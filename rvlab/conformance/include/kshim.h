/* User-space stand-ins for the few kernel facilities lib/test_bpf.c's tests[] and
 * tail_call_tests[] (and their fill helpers) use.  Everything eBPF-specific comes from the
 * kernel source itself: include/uapi/linux/{bpf,bpf_common,filter}.h are included as they
 * are, and the instruction macros of include/linux/filter.h are copied verbatim into
 * filter_macros.h at build time (rvlab/conformance.py). */
#ifndef KSHIM_H
#define KSHIM_H

#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/types.h>

/* test_bpf.c picks byte-order dependent variants with `#ifdef __BIG_ENDIAN`.  The kernel's
 * asm/byteorder.h on a little-endian machine defines only __LITTLE_ENDIAN; glibc's <endian.h>
 * (pulled in above) defines both as byte-order values, which would select the big-endian
 * variants.  No system header is included after this point. */
#undef __BIG_ENDIAN
#undef __LITTLE_ENDIAN
#define __LITTLE_ENDIAN 1234

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int8_t s8;
typedef int16_t s16;
typedef int32_t s32;
typedef int64_t s64;

#define BIT(n)          (1UL << (n))
#define ARRAY_SIZE(a)   (sizeof(a) / sizeof((a)[0]))
#define U8_MAX          ((u8)~0U)
#define S8_MAX          ((s8)(U8_MAX >> 1))
#define S8_MIN          ((s8)(-S8_MAX - 1))
#define U16_MAX         ((u16)~0U)
#define S16_MAX         ((s16)(U16_MAX >> 1))
#define S16_MIN         ((s16)(-S16_MAX - 1))
#define U32_MAX         ((u32)~0U)
#define S32_MAX         ((s32)(U32_MAX >> 1))
#define S32_MIN         ((s32)(-S32_MAX - 1))
#define U64_MAX         ((u64)~0ULL)
#define S64_MAX         ((s64)(U64_MAX >> 1))
#define S64_MIN         ((s64)(-S64_MAX - 1))

#define max(a, b)       ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a > _b ? _a : _b; })
#define min(a, b)       ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a < _b ? _a : _b; })

#define __user
#define __init
#define __exit
#define __initconst
#define __NOATTR
#define unlikely(x)     (x)
#define likely(x)       (x)
#define pr_info(...)    do { } while (0)
#define pr_cont(...)    do { } while (0)
#define pr_err(...)     fprintf(stderr, __VA_ARGS__)
#define BUG_ON(c)       do { if (c) { fprintf(stderr, "BUG_ON(%s) at %s:%d\n", #c, \
                                              __FILE__, __LINE__); abort(); } } while (0)
#define WARN_ON(c)      (c)

/* include/uapi/linux/if_ether.h (classic tests' expected protocol) */
#define ETH_P_IP        0x0800
#define ETH_HLEN        14

/* Byte order of the machine that runs the program.  The expected results of the END tests
 * are written with cpu_to_be16() etc., i.e. in the kernel's byte order; x86-64 (where this
 * is built) and RV64 (where rvjit's code runs) are both little-endian, so these are the
 * values a riscv64 kernel expects.  the build stops on a big-endian host. */
#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "the expected results assume a little-endian build host (as RV64 is)"
#endif
#define cpu_to_be16(x)  ((u16)__builtin_bswap16((u16)(x)))
#define cpu_to_be32(x)  ((u32)__builtin_bswap32((u32)(x)))
#define cpu_to_be64(x)  ((u64)__builtin_bswap64((u64)(x)))
#define cpu_to_le16(x)  ((u16)(x))
#define cpu_to_le32(x)  ((u32)(x))
#define cpu_to_le64(x)  ((u64)(x))
#define htons(x)        cpu_to_be16(x)
#define htonl(x)        cpu_to_be32(x)

#define GFP_KERNEL      0
/* Zeroed (kernel kmalloc is not): the extraction must not depend on leftovers. */
static inline void *kmalloc_array(size_t n, size_t size, int flags)
{
	(void)flags;
	return calloc(n ? n : 1, size);
}
static inline void *kmalloc(size_t size, int flags) { return kmalloc_array(1, size, flags); }
static inline void *kzalloc(size_t size, int flags) { return kmalloc_array(1, size, flags); }
static inline void kfree(const void *p) { free((void *)p); }
static inline void *vmalloc(size_t size) { return kmalloc_array(1, size, 0); }
static inline void vfree(const void *p) { free((void *)p); }

/* include/linux/math64.h */
static inline u64 div64_u64(u64 a, u64 b) { return a / b; }
static inline u64 div64_u64_rem(u64 a, u64 b, u64 *rem) { *rem = a % b; return a / b; }
static inline s64 div64_s64(s64 a, s64 b) { return a / b; }

/* include/linux/prandom.h and lib/random32.c (prandom_seed_state, prandom_u32_state):
 * only bpf_fill_maxinsns3 (a classic test) uses them; reproduced so that its program is the
 * kernel's. */
struct rnd_state { u32 s1, s2, s3, s4; };
static inline u32 __seed(u32 x, u32 m) { return (x < m) ? x + m : x; }
static inline void prandom_seed_state(struct rnd_state *state, u64 seed)
{
	u32 i = ((seed >> 32) ^ (seed << 10) ^ seed) & 0xffffffffUL;

	state->s1 = __seed(i,   2U);
	state->s2 = __seed(i,   8U);
	state->s3 = __seed(i,  16U);
	state->s4 = __seed(i, 128U);
}
static inline u32 prandom_u32_state(struct rnd_state *state)
{
#define TAUSWORTHE(s, a, b, c, d) ((s & c) << d) ^ (((s << a) ^ s) >> b)
	state->s1 = TAUSWORTHE(state->s1,  6U, 13U, 4294967294U, 18U);
	state->s2 = TAUSWORTHE(state->s2,  2U, 27U, 4294967288U,  2U);
	state->s3 = TAUSWORTHE(state->s3, 13U, 21U, 4294967280U,  7U);
	state->s4 = TAUSWORTHE(state->s4,  3U, 12U, 4294967168U, 13U);
#undef TAUSWORTHE
	return (state->s1 ^ state->s2 ^ state->s3 ^ state->s4);
}

/* include/linux/filter.h's BPF_CALL_1, reduced to a plain function (used only to define
 * bpf_test_func for the tail call tests, which rvjit does not run). */
#define BPF_CALL_1(name, t1, a1) \
	static __attribute__((unused)) u64 name(u64 a1)

#endif
