"""The debug kernel: Linux 6.1 from Debian's linux-source-6.1 with KASAN, kmemleak, lockdep and
fault injection, for `make vm-test KERNEL=6.1-debug` and `make vm-stress KERNEL=6.1-debug`.

    python3 -m rvlab.debug_kernel [--jobs N]      # build once (long), cached under build/

Debian's own kernels have none of these checkers, so a leak, a use-after-free or a lock taken
in the wrong order in rvjit.ko would pass unseen there.  The configuration is tinyconfig plus
what the VM harness and the module need (serial console, initramfs, modules, bpf, rtnetlink,
cls_bpf, debugfs) and the checkers: a small kernel, so one build fits in the time this shared
machine has.  The tree is built in place; its headers are the module's build tree.

Nothing here runs under `make test`: the build takes 20-60 minutes on two cores.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARBALL = Path("/usr/src/linux-source-6.1.tar.xz")
RELEASE_NAME = "6.1-debug"

# On top of tinyconfig (kernel/configs/tiny.config, arch/x86/configs/tiny.config).
CONFIG = """
CONFIG_64BIT=y
CONFIG_SMP=y
CONFIG_NR_CPUS=2
CONFIG_KERNEL_GZIP=y
CONFIG_CC_OPTIMIZE_FOR_PERFORMANCE=y
CONFIG_SLUB=y
CONFIG_SLUB_DEBUG=y
CONFIG_PRINTK=y
CONFIG_BUG=y
CONFIG_TTY=y
CONFIG_SERIAL_8250=y
CONFIG_SERIAL_8250_CONSOLE=y
CONFIG_ACPI=y
CONFIG_PCI=y
CONFIG_BLK_DEV_INITRD=y
CONFIG_RD_GZIP=y
CONFIG_DEVTMPFS=y
CONFIG_PROC_FS=y
CONFIG_SYSFS=y
CONFIG_SHMEM=y
CONFIG_TMPFS=y
CONFIG_BINFMT_ELF=y
CONFIG_BINFMT_SCRIPT=y
CONFIG_FUTEX=y
CONFIG_EPOLL=y
CONFIG_MULTIUSER=y
CONFIG_MODULES=y
CONFIG_MODULE_UNLOAD=y
CONFIG_NET=y
# Without network namespaces init_net has no ns ops, and reading an offloaded program's
# information (bpf_prog_offload_info_fill -> nsfs_evict) oopses on NULL in 6.1.
CONFIG_NAMESPACES=y
CONFIG_NET_NS=y
CONFIG_INET=y
CONFIG_UNIX=y
CONFIG_PACKET=y
CONFIG_NETDEVICES=y
CONFIG_BPF_SYSCALL=y
CONFIG_NET_SCHED=y
CONFIG_NET_SCH_INGRESS=y
CONFIG_NET_CLS_BPF=y
CONFIG_NET_CLS_ACT=y
CONFIG_DEBUG_FS=y
CONFIG_DEBUG_KERNEL=y
CONFIG_KASAN=y
CONFIG_KASAN_GENERIC=y
CONFIG_KASAN_OUTLINE=y
CONFIG_DEBUG_KMEMLEAK=y
CONFIG_DEBUG_KMEMLEAK_MEM_POOL_SIZE=40000
# CONFIG_DEBUG_KMEMLEAK_AUTO_SCAN is not set
CONFIG_PROVE_LOCKING=y
CONFIG_DEBUG_ATOMIC_SLEEP=y
CONFIG_PROVE_RCU=y
CONFIG_DEBUG_OBJECTS=y
CONFIG_FAULT_INJECTION=y
CONFIG_FAILSLAB=y
CONFIG_FAIL_PAGE_ALLOC=y
CONFIG_FAULT_INJECTION_DEBUG_FS=y
CONFIG_FRAME_POINTER=y
CONFIG_UNWINDER_FRAME_POINTER=y
CONFIG_STACKTRACE=y
CONFIG_KALLSYMS=y
# CONFIG_PANIC_ON_OOPS is not set
"""


def tree() -> Path:
    return ROOT / "build" / "debug-kernel" / "linux-source-6.1"


def kernel_image() -> Path:
    return tree() / "arch" / "x86" / "boot" / "bzImage"


def _fingerprint() -> str:
    st = TARBALL.stat()
    return hashlib.sha256(f"{CONFIG}\0{st.st_size}\0{st.st_mtime_ns}".encode()).hexdigest()[:16]


def built() -> bool:
    """The cached build exists and was made from this configuration and source."""
    stamp = tree() / ".rvjit-debug-stamp"
    return kernel_image().exists() and stamp.exists() and stamp.read_text() == _fingerprint()


def release() -> str:
    return (tree() / "include" / "config" / "kernel.release").read_text().strip()


def build(jobs: int = 2, say=print) -> Path:
    """Extract, configure and build (incrementally if a tree is there); the bzImage."""
    if built():
        return kernel_image()
    if not TARBALL.exists():
        raise RuntimeError(f"{TARBALL} is missing: apt-get install linux-source-6.1")
    top = tree().parent
    if not (tree() / "Makefile").exists():
        top.mkdir(parents=True, exist_ok=True)
        say(f"debug-kernel: extracting {TARBALL}")
        with tarfile.open(TARBALL) as tf:
            tf.extractall(top)
    frag = tree() / "kernel" / "configs" / "rvjit-debug.config"
    frag.write_text(CONFIG.lstrip())
    env = dict(os.environ, LOCALVERSION="-rvjit-debug")
    make = ["make", "-C", str(tree()), f"-j{jobs}", "LOCALVERSION=-rvjit-debug"]
    for target in (["tinyconfig"], ["rvjit-debug.config"]):
        subprocess.run(make + target, check=True, env=env, stdout=subprocess.DEVNULL)
    cfg = (tree() / ".config").read_text()
    lost = [ln for ln in CONFIG.split() if ln.endswith("=y") and ln not in cfg.splitlines()]
    if lost:
        raise RuntimeError("the debug configuration lost options (a dependency is missing): "
                           + ", ".join(lost))
    say(f"debug-kernel: building in {tree()} (-j{jobs}); this takes long")
    # modules: nothing is =m, but it writes Module.symvers, which external modules link against
    subprocess.run(make + ["bzImage", "modules_prepare"], check=True, env=env)
    subprocess.run(make + ["modules"], check=True, env=env)
    (tree() / ".rvjit-debug-stamp").write_text(_fingerprint())
    return kernel_image()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m rvlab.debug_kernel",
                                 description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    try:
        img = build(args.jobs)
    except (RuntimeError, subprocess.CalledProcessError) as e:
        print(f"debug-kernel: error: {e}", file=sys.stderr)
        return 2
    print(f"debug-kernel: {img} ({release()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
