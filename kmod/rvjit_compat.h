/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What differs between the kernels rvjit.ko is built for (Debian 12's 6.1 and 6.12), in one
 * place.  Each item names the version that changed it; Kbuild probes the headers for it
 * (RVJIT_HAVE_*) rather than trusting a version number a distribution may have backported
 * around.
 */
#ifndef _RVJIT_COMPAT_H
#define _RVJIT_COMPAT_H

#include <linux/bpf.h>
#include <linux/netdevice.h>

#ifdef RVJIT_HAVE_BPF_PROG_IS_OFFLOADED
/*
 * 6.3: dev-bound programs (XDP metadata kfuncs) have prog->aux->offload too, without being
 * offloaded; only bpf_prog_is_offloaded() says a program runs on the device.  netdevs
 * advertise what XDP they take in xdp_features.
 */
static inline bool rvjit_prog_is_offloaded(struct bpf_prog_aux *aux)
{
	return bpf_prog_is_offloaded(aux);
}

static inline void rvjit_set_xdp_features(struct net_device *dev)
{
	dev->xdp_features = NETDEV_XDP_ACT_HW_OFFLOAD;
}
#else
static inline bool rvjit_prog_is_offloaded(struct bpf_prog_aux *aux)
{
	return bpf_prog_is_dev_bound(aux);
}

static inline void rvjit_set_xdp_features(struct net_device *dev)
{
}
#endif

#endif /* _RVJIT_COMPAT_H */
