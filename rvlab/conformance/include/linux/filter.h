/* stand-in for the kernel's include/linux/filter.h: the UAPI header of the kernel source
 * (next in the include path: struct sock_filter, BPF_STMT, SKF_*), and the kernel header's
 * instruction macros (BPF_ALU64_REG, BPF_LD_IMM64, ...), copied verbatim at build time into
 * filter_macros.h. */
#ifndef KSHIM_LINUX_FILTER_H
#define KSHIM_LINUX_FILTER_H
#include "kshim.h"
#include_next <linux/filter.h>
#include <linux/bpf.h>
#include "filter_macros.h"
#endif
