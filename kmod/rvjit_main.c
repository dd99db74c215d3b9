// SPDX-License-Identifier: GPL-2.0
/*
 * rvjit: a BPF offload device whose "hardware" is RISC-V 64.  Each rvoff%d netdev accepts
 * XDP and TC (cls_bpf) programs loaded for it (BPF_PROG_LOAD with its ifindex) and translates
 * them with the proven rule table; the image reads back through BPF_OBJ_GET_INFO_BY_FD
 * (jited_prog_insns).  ARRAY and HASH maps can be created on it (rvjit_map.c).  Nothing runs
 * on the host: packets sent to the netdev are dropped.
 *
 *   insmod rvjit.ko [isa=zba,zbb,c,zacas] [devices=N] [fail_nth=K]
 *   bpftool prog load prog.o /sys/fs/bpf/prog type xdp dev rvoff0
 *   ip link set dev rvoff0 xdpoffload pinned /sys/fs/bpf/prog
 *   tc qdisc add dev rvoff0 clsact
 *   tc filter add dev rvoff0 ingress bpf skip_sw da obj prog.o sec tc
 *   bpftool map create /sys/fs/bpf/m type hash key 4 value 8 entries 64 name m dev rvoff0
 */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/netdevice.h>
#include <linux/etherdevice.h>
#include <linux/rtnetlink.h>
#include <linux/debugfs.h>
#include <linux/seq_file.h>
#include <linux/string.h>
#include <net/flow_offload.h>
#include <net/pkt_cls.h>
#include <net/xdp.h>

#include "rvjit_offload.h"
#include "rvjit_jit.h"
#include "rvjit_compat.h"

#define RVJIT_MAX_DEVICES	16

/* --- module parameters ------------------------------------------------------------------ */

static const char * const rvjit_isa_names[] = { "zba", "zbb", "c", "zacas" };
static const u32 rvjit_isa_bits[] = { RVJIT_ISA_ZBA, RVJIT_ISA_ZBB, RVJIT_ISA_C, RVJIT_ISA_ZACAS };
static u32 rvjit_isa_mask;

u32 rvjit_isa(void)
{
	return READ_ONCE(rvjit_isa_mask);
}

/* "zba,zbb,c,zacas" (any subset, any order; "" is RV64IMA) -> RVJIT_ISA_* */
static int rvjit_isa_set(const char *val, const struct kernel_param *kp)
{
	char buf[64], *s = buf, *tok;
	u32 mask = 0;
	int i;

	if (strscpy(buf, val, sizeof(buf)) < 0)
		return -EINVAL;
	while ((tok = strsep(&s, ",")) != NULL) {
		tok = strim(tok);
		if (!*tok)
			continue;
		for (i = 0; i < ARRAY_SIZE(rvjit_isa_names); i++)
			if (!strcmp(tok, rvjit_isa_names[i]))
				break;
		if (i == ARRAY_SIZE(rvjit_isa_names)) {
			pr_err("rvjit: unknown ISA extension '%s' (known: zba, zbb, c)\n", tok);
			return -EINVAL;
		}
		mask |= rvjit_isa_bits[i];
	}
	WRITE_ONCE(rvjit_isa_mask, mask);
	return 0;
}

static int rvjit_isa_get(char *buffer, const struct kernel_param *kp)
{
	u32 mask = rvjit_isa(), len = 0;
	int i;

	for (i = 0; i < ARRAY_SIZE(rvjit_isa_names); i++)
		if (mask & rvjit_isa_bits[i])
			len += scnprintf(buffer + len, PAGE_SIZE - len, "%s%s", len ? "," : "",
					 rvjit_isa_names[i]);
	len += scnprintf(buffer + len, PAGE_SIZE - len, "\n");
	return len;
}

static const struct kernel_param_ops rvjit_isa_ops = {
	.set = rvjit_isa_set,
	.get = rvjit_isa_get,
};

module_param_cb(isa, &rvjit_isa_ops, NULL, 0644);
MODULE_PARM_DESC(isa, "RISC-V extensions beyond RV64IMA to use: a subset of zba,zbb,c,zacas (default none); applies to programs loaded afterwards");

static unsigned int devices = 1;
module_param(devices, uint, 0444);
MODULE_PARM_DESC(devices, "number of rvoff netdevs to create (1-16, default 1)");

/*
 * Fault injection for kernels without CONFIG_FAULT_INJECTION: with fail_nth=K (K > 0) the
 * K-th allocation of the module from now on fails, once; writing the parameter restarts
 * the count.  Every allocation of the module goes through rvjit_should_fail().
 */
static atomic_t rvjit_alloc_seq = ATOMIC_INIT(0);
static int rvjit_fail_nth;

bool rvjit_should_fail(void)
{
	int nth = READ_ONCE(rvjit_fail_nth);

	if (nth <= 0 || atomic_inc_return(&rvjit_alloc_seq) != nth)
		return false;
	atomic_long_inc(&rvjit_stats.faults);
	return true;
}

static int rvjit_fail_nth_set(const char *val, const struct kernel_param *kp)
{
	int err = param_set_int(val, kp);

	if (!err)
		atomic_set(&rvjit_alloc_seq, 0);
	return err;
}

static const struct kernel_param_ops rvjit_fail_nth_ops = {
	.set = rvjit_fail_nth_set,
	.get = param_get_int,
};

module_param_cb(fail_nth, &rvjit_fail_nth_ops, &rvjit_fail_nth, 0644);
MODULE_PARM_DESC(fail_nth, "fail the module's K-th allocation from now on (fault injection; 0: never)");

/* --- the netdevs ------------------------------------------------------------------------ */

struct rvjit_netdev {
	struct net_device *dev;
	struct xdp_attachment_info xdp_hw;	/* the program attached with xdpoffload */
	struct bpf_prog *tc_prog;		/* the cls_bpf program offloaded (skip_sw) */
};

static LIST_HEAD(rvjit_block_cb_list);

static struct bpf_offload_dev *rvjit_offdev;
static struct net_device *rvjit_netdevs[RVJIT_MAX_DEVICES];

static netdev_tx_t rvjit_start_xmit(struct sk_buff *skb, struct net_device *dev)
{
	dev_core_stats_tx_dropped_inc(dev);
	kfree_skb(skb);
	return NETDEV_TX_OK;
}

static int rvjit_ndo_bpf(struct net_device *dev, struct netdev_bpf *bpf)
{
	struct rvjit_netdev *rd = netdev_priv(dev);

	ASSERT_RTNL();
	switch (bpf->command) {
	case XDP_SETUP_PROG_HW:
		if (bpf->prog && !bpf_offload_dev_match(bpf->prog, dev)) {
			NL_SET_ERR_MSG_MOD(bpf->extack,
					   "program was not loaded for this device (load it with dev rvoffN)");
			return -EINVAL;
		}
		/* Also the detach at unregister (prog NULL), which must not fail */
		xdp_attachment_setup(&rd->xdp_hw, bpf);
		return 0;
	case XDP_SETUP_PROG:
		NL_SET_ERR_MSG_MOD(bpf->extack,
				   "rvoff runs no XDP on the host: use xdpoffload with a program loaded for the device");
		return -EOPNOTSUPP;
	case BPF_OFFLOAD_MAP_ALLOC:
		return rvjit_map_alloc(dev, bpf->offmap);
	case BPF_OFFLOAD_MAP_FREE:
		rvjit_map_free(bpf->offmap);
		return 0;
	default:
		return -EINVAL;
	}
}

/*
 * cls_bpf's offload (TC_SETUP_CLSBPF through the flow block): one program per netdev, loaded
 * for this device (tc ... bpf skip_sw), replaced or removed as cls_bpf says (netdevsim's
 * rules: a remove or replace names the program the device holds).  Under RTNL.
 */
static int rvjit_setup_tc_block_cb(enum tc_setup_type type, void *type_data, void *cb_priv)
{
	struct tc_cls_bpf_offload *cls_bpf = type_data;
	struct rvjit_netdev *rd = cb_priv;
	struct bpf_prog *prog = cls_bpf->prog;

	if (type != TC_SETUP_CLSBPF) {
		NL_SET_ERR_MSG_MOD(cls_bpf->common.extack, "rvoff offloads only BPF classifiers");
		return -EOPNOTSUPP;
	}
	if (!tc_cls_can_offload_and_chain0(rd->dev, &cls_bpf->common))
		return -EOPNOTSUPP;
	if (cls_bpf->common.protocol != htons(ETH_P_ALL)) {
		NL_SET_ERR_MSG_MOD(cls_bpf->common.extack,
				   "rvoff offloads filters for protocol all only");
		return -EOPNOTSUPP;
	}
	if (cls_bpf->command != TC_CLSBPF_OFFLOAD)
		return -EOPNOTSUPP;		/* TC_CLSBPF_STATS: the device counts nothing */
	if (prog && !(rvjit_prog_is_offloaded(prog->aux) && bpf_offload_dev_match(prog, rd->dev))) {
		NL_SET_ERR_MSG_MOD(cls_bpf->common.extack,
				   "rvoff runs no programs on the host: load the filter with skip_sw for this device");
		return -EOPNOTSUPP;
	}
	if (rd->tc_prog != cls_bpf->oldprog) {
		/* Not ours to remove or replace (e.g. another filter's, or one never taken) */
		if (!prog)
			return 0;
		if (rd->tc_prog) {
			NL_SET_ERR_MSG_MOD(cls_bpf->common.extack,
					   "rvoff holds one TC program per netdev: replace or delete it first");
			return -EBUSY;
		}
	}
	rd->tc_prog = prog;
	return 0;
}

static int rvjit_setup_tc(struct net_device *dev, enum tc_setup_type type, void *type_data)
{
	struct rvjit_netdev *rd = netdev_priv(dev);

	if (type != TC_SETUP_BLOCK)
		return -EOPNOTSUPP;
	return flow_block_cb_setup_simple(type_data, &rvjit_block_cb_list,
					  rvjit_setup_tc_block_cb, rd, rd, true);
}

static const struct net_device_ops rvjit_netdev_ops = {
	.ndo_start_xmit		= rvjit_start_xmit,
	.ndo_bpf		= rvjit_ndo_bpf,
	.ndo_setup_tc		= rvjit_setup_tc,
	.ndo_set_mac_address	= eth_mac_addr,
	.ndo_validate_addr	= eth_validate_addr,
};

static void rvjit_setup(struct net_device *dev)
{
	ether_setup(dev);
	dev->netdev_ops = &rvjit_netdev_ops;
	dev->flags |= IFF_NOARP;
	dev->priv_flags |= IFF_NO_QUEUE;
	dev->features |= NETIF_F_HW_TC;		/* fixed: TC programs run nowhere else */
	rvjit_set_xdp_features(dev);
	eth_hw_addr_random(dev);
}

/* Offload registration first (6.1 initialises its tables there), as netdevsim does */
static int rvjit_add_netdev(unsigned int i)
{
	struct net_device *dev;
	int err;

	dev = alloc_netdev(sizeof(struct rvjit_netdev), "rvoff%d", NET_NAME_ENUM, rvjit_setup);
	if (!dev)
		return -ENOMEM;
	((struct rvjit_netdev *)netdev_priv(dev))->dev = dev;
	rtnl_lock();
	err = bpf_offload_dev_netdev_register(rvjit_offdev, dev);
	if (!err) {
		err = register_netdevice(dev);
		if (err)
			bpf_offload_dev_netdev_unregister(rvjit_offdev, dev);
	}
	rtnl_unlock();
	if (err) {
		free_netdev(dev);
		return err;
	}
	rvjit_netdevs[i] = dev;
	return 0;
}

/*
 * Unregistering the netdev detaches its XDP program (ndo_bpf with prog NULL); unregistering
 * it from the offload device then destroys every program still loaded for it -- they stay
 * pinned or held by their fds, orphaned (BPF_OBJ_GET_INFO_BY_FD gives ENODEV).  Both under
 * one RTNL section, in this order, as netdevsim does.
 */
static void rvjit_del_netdev(unsigned int i)
{
	struct net_device *dev = rvjit_netdevs[i];

	rtnl_lock();
	unregister_netdevice(dev);
	bpf_offload_dev_netdev_unregister(rvjit_offdev, dev);
	rtnl_unlock();
	free_netdev(dev);
	rvjit_netdevs[i] = NULL;
}

/* --- debugfs ------------------------------------------------------------------------------ */

static struct dentry *rvjit_debugfs;

static int rvjit_stats_show(struct seq_file *m, void *v)
{
	seq_printf(m, "programs %ld\nimages %ld\nimage_bytes %ld\nmaps %ld\nmap_bytes %ld\nallocs %ld\n",
		   atomic_long_read(&rvjit_stats.programs), atomic_long_read(&rvjit_stats.images),
		   atomic_long_read(&rvjit_stats.image_bytes), atomic_long_read(&rvjit_stats.maps),
		   atomic_long_read(&rvjit_stats.map_bytes), atomic_long_read(&rvjit_stats.allocs));
	seq_printf(m, "prepared %ld\ntranslated %ld\nrefused %ld\nmap_ops %ld\nfaults %ld\n",
		   atomic_long_read(&rvjit_stats.prepared),
		   atomic_long_read(&rvjit_stats.translated),
		   atomic_long_read(&rvjit_stats.refused), atomic_long_read(&rvjit_stats.map_ops),
		   atomic_long_read(&rvjit_stats.faults));
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(rvjit_stats);
DEFINE_SHOW_ATTRIBUTE(rvjit_programs);

/* --- module -------------------------------------------------------------------------------- */

static int __init rvjit_init(void)
{
	unsigned int i;
	int err;

	if (!devices || devices > RVJIT_MAX_DEVICES) {
		pr_err("rvjit: devices=%u is outside 1..%d\n", devices, RVJIT_MAX_DEVICES);
		return -EINVAL;
	}
	rvjit_offdev = bpf_offload_dev_create(&rvjit_offload_ops, NULL);
	if (IS_ERR(rvjit_offdev))
		return PTR_ERR(rvjit_offdev);
	for (i = 0; i < devices; i++) {
		err = rvjit_add_netdev(i);
		if (err)
			goto err_del;
	}
	rvjit_debugfs = debugfs_create_dir("rvjit", NULL);
	debugfs_create_file("stats", 0444, rvjit_debugfs, NULL, &rvjit_stats_fops);
	debugfs_create_file("programs", 0444, rvjit_debugfs, NULL, &rvjit_programs_fops);
	pr_info("rvjit: %u offload device(s) rvoff*, translating for rv64ima%s%s%s%s\n", devices,
		rvjit_isa() & RVJIT_ISA_C ? "c" : "", rvjit_isa() & RVJIT_ISA_ZBA ? "_zba" : "",
		rvjit_isa() & RVJIT_ISA_ZBB ? "_zbb" : "", rvjit_isa() & RVJIT_ISA_ZACAS ? "_zacas" : "");
	return 0;

err_del:
	while (i--)
		rvjit_del_netdev(i);
	bpf_offload_dev_destroy(rvjit_offdev);
	return err;
}

static void __exit rvjit_exit(void)
{
	long progs, images, maps, allocs;
	unsigned int i;

	debugfs_remove_recursive(rvjit_debugfs);
	for (i = 0; i < devices; i++)
		rvjit_del_netdev(i);
	bpf_offload_dev_destroy(rvjit_offdev);
	/* Every program was destroyed with the last netdev of the device */
	progs = atomic_long_read(&rvjit_stats.programs);
	images = atomic_long_read(&rvjit_stats.images);
	maps = atomic_long_read(&rvjit_stats.maps);
	allocs = atomic_long_read(&rvjit_stats.allocs);
	if (progs || images || maps || allocs)
		pr_err("rvjit: %ld program state(s), %ld image(s), %ld map(s) and %ld allocation(s) leaked at unload\n",
		       progs, images, maps, allocs);
}

module_init(rvjit_init);
module_exit(rvjit_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("rvjit: offload device translating eBPF to RISC-V 64 with a proven rule table");
MODULE_AUTHOR("The rvjit developers");
