/* stand-in for the kernel's include/linux/bpf.h: the UAPI header of the kernel source
 * (next in the include path) plus MAX_TAIL_CALL_CNT, copied from the kernel's header at
 * build time into kconsts.h. */
#ifndef KSHIM_LINUX_BPF_H
#define KSHIM_LINUX_BPF_H
#include "kshim.h"
#include_next <linux/bpf.h>
#include "kconsts.h"
#endif
