"""make vm-test: the kernel module (kmod/) in Debian's own kernel, against the Python JIT.

    python3 -m rvlab.vmtest [--random N] [--cycles C] [--kernel 6.1|6.12|6.1-debug] [--arch x86_64|arm64]

Builds rvjit.ko against the linux-headers package of the kernel the VM boots (W=1, warnings
are errors) and the static reader kmod/tools/rvjit-image.c, boots that kernel in
QEMU (rvlab/vm.py; the target of --kernel/--arch, default 6.1 on x86_64) once, and in it:

  1. insmod rvjit.ko devices=2; for the base ISA, then (rmmod, insmod isa=zba,zbb,c) for
     Zba/Zbb/C: loads every corpus object (clang-built XDP programs, rvlab/corpus.py) with
     `bpftool prog load P.o PIN type xdp dev rvoff0`, and N random verifier-accepted programs
     (rvlab/ebpf_programs.py's ALU and stack generators) with `rvjit-image load`, and reads
     each image back through BPF_OBJ_GET_INFO_BY_FD (`rvjit-image hex`);
  2. the same for one program after writing /sys/module/rvjit/parameters/isa, and a bad
     value there is refused;
  3. a program the rules do not cover (a helper call from clang) must be refused at load
     with a verifier-log line from rvjit naming the instruction; a raw program with every
     atomic operation (W and DW) is accepted and its image compared;
  4. a program with code the verifier proves dead: the module must follow the verifier's
     edits (replace_insn, remove_insns) and translate the program as edited (written out
     by hand below);
  5. XDP: `ip link set dev rvoff0 xdpoffload obj P.o sec xdp`, replace, attach to rvoff1,
     driver mode refused, detach;
  6. device maps: bpftool map create/update/lookup/dump/delete on an ARRAY and a HASH of
     rvoff0/rvoff1, the device's refusals (type, flags, key size, size), a program with a
     map (refused), a program with a map of another device or a host map (the kernel refuses);
     TC: cls_bpf offload (skip_sw), a second program refused, a software-only filter kept
     off the device, replace, delete, re-add, each image read back and compared;
     injected allocation failures (fail_nth) refused with ENOMEM;
     readback (rvlab/readback.py): programs with maps and helpers read back whole with
     `rvjit-image elf` and run in rvoff-run against Linux's BPF_PROG_TEST_RUN;
     leak check: once every program and map is gone the module's live counters (programs,
     images, maps, allocations) are back to 0 (debugfs rvjit/stats);
  7. insmod/rmmod cycles, unloading with programs (XDP and TC) and maps loaded, pinned and
     attached: their
     information then reads ENODEV and the pins can be removed;
  8. dmesg: any WARNING, BUG, Oops, leak report (or the like) fails the test.

Every image is compared byte for byte with rvjit.jit.compile_program on the same program
(the object's section as clang wrote it; the random programs' bytes).  The last lines are

    vm-test: N programs offloaded, M byte-identical, dmesg clean
    readback: P programs, K packets, D differences

and the exit status is 0 only if M == N, D == 0 and every other check passed.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from rvlab import diff_linux, vm
from rvlab import readback as rb_readback
from rvjit.jit import compile_program, parse_isa

ROOT = Path(__file__).resolve().parents[1]
KMOD = ROOT / "kmod"
TOOL_SOURCE = KMOD / "tools" / "rvjit-image.c"
ISAS = ("", "zba,zbb,c")                 # the two full passes
PARAM_ISA = "c"                          # the ISA written to the module parameter

# The kernel's own words for trouble; "leak" also catches rvjit's own unload check.
# (The debug kernel's checkers announce themselves at boot: those lines are not findings.)
DMESG_BAD = re.compile(r"^(?!.*(?:kasan: KernelAddressSanitizer initialized|"
                       r"kmemleak: Kernel memory leak detector initialized))"
                       r".*(?:WARNING:|BUG:|Oops|Call Trace|general protection|leak|UBSAN|KASAN|"
                       r"refcount_t:|list_(add|del) corruption|Kernel panic|hung_task|"
                       r"stack-protector|double free|use-after-free|unreferenced object|"
                       r"blocked for more than|lock held when returning|possible circular|"
                       r"inconsistent lock state|possible recursive locking)",
                       re.IGNORECASE)


class VMTestError(RuntimeError):
    pass


# --- building ---------------------------------------------------------------------------------------

def kernel_release(kernel: Path) -> str:
    """/boot/vmlinuz-6.1.0-56-amd64 -> 6.1.0-56-amd64."""
    name = kernel.name
    if not name.startswith("vmlinuz-"):
        raise VMTestError(f"cannot tell the kernel release of {kernel} (set RVJIT_KERNEL to "
                          "a /boot/vmlinuz-<release>)")
    return name[len("vmlinuz-"):]


def headers_dir(release: str) -> Path:
    for d in (Path(f"/lib/modules/{release}/build"), Path(f"/usr/src/linux-headers-{release}")):
        if (d / "Makefile").exists():
            return d
    raise VMTestError(f"no kernel headers for {release}: apt-get install linux-headers-{release} "
                      "(the VM boots that kernel, and the module must be built for it)")


def _sync_tree(src: Path, dst: Path):
    """Copy kmod/'s build inputs to dst, touching only files that changed (keeps make
    incremental; the source tree stays free of build products).  A copy gets the time of the
    copy, not the source's: a file put back to an older version (the mutants share a build
    tree) must still be newer than the object built from the other version."""
    for path in sorted(src.rglob("*")):
        rel = path.relative_to(src)
        if path.is_dir() or rel.parts[0] in ("test", "tools", "shim"):
            continue
        if path.suffix not in (".c", ".h") and path.name not in ("Kbuild", "Makefile"):
            continue
        out = dst / rel
        if not out.exists() or out.read_bytes() != path.read_bytes():
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, out)


def _clean_env() -> dict:
    """The environment for kbuild: make's own variables (`make vm-test ARCH=arm64` exports
    ARCH and MAKEFLAGS) must not reach the kernel's make; build_module passes what it means."""
    return {k: v for k, v in os.environ.items()
            if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "ARCH", "CROSS_COMPILE", "KERNEL")}


def build_module(release: str | vm.Target, out: Path | None = None, src: Path = KMOD) -> Path:
    """rvjit.ko for a target (or, the older way, an x86_64 host kernel `release`) from `src`
    (W=1; kmod/Kbuild makes warnings errors), cross-compiled for another architecture."""
    t = release if isinstance(release, vm.Target) else None
    if t is None:
        kdir, release, cross = headers_dir(release), release, []
    else:
        if t.headers is None:
            raise VMTestError(f"no kernel headers for {t.name}: " + "; ".join(t.why_missing))
        kdir, release = t.headers, t.release
        cross = ([] if t.arch.name == vm.HOST_ARCH else
                 [f"ARCH={t.arch.name}", f"CROSS_COMPILE={t.arch.gnu}-"])
    out = out or ROOT / "build" / f"kmod-{release}"
    out.mkdir(parents=True, exist_ok=True)
    _sync_tree(src, out)
    res = subprocess.run(["make", "-C", str(kdir), f"M={out}", "W=1", *cross, "modules"],
                         capture_output=True, text=True, env=_clean_env())
    if res.returncode:
        raise VMTestError(f"building rvjit.ko against {kdir} failed:\n"
                          + "\n".join((res.stdout + res.stderr).splitlines()[-40:]))
    warnings = [ln for ln in (res.stdout + res.stderr).splitlines() if "warning:" in ln]
    if warnings:
        raise VMTestError("building rvjit.ko gave warnings:\n" + "\n".join(warnings))
    return out / "rvjit.ko"


def build_tool(arch: str = "x86_64") -> bytes:
    return vm.compile_static(TOOL_SOURCE, flags=("-O2", "-Wextra", "-Werror"), name="rvjit-image",
                             headers=[KMOD / "generated" / "rvoff_abi.h"],
                             arch=arch)


# --- the programs ------------------------------------------------------------------------------------

@dataclass
class Case:
    name: str            # file name in the VM (no spaces)
    code: bytes          # the eBPF program the image must be the translation of
    how: str             # "bpftool" (file is an ELF object) or "raw"
    data: bytes          # the file loaded
    func: str = ""       # an object's program (function) name
    program: object = None   # an object's rvjit.program.Program: its maps, type, functions
    refusal: str = ""    # why the device must refuse it (device_refusal), else ""

    @property
    def pin(self) -> str:
        """Its name in the VM: file and bpffs pin (bpffs refuses names with dots)."""
        return self.name.replace(".", "_")


# The device's map limits (kmod/rvjit_offload.h, docs/abi.md "The kernel module's device")
DEVICE_MAP_TYPES = {1: "hash", 2: "array"}
BPF_F_NO_PREALLOC = 1
MAX_KEY, MAX_VALUE, MAX_ENTRIES, MAX_MAP_BYTES = 512, 65536, 1 << 20, 64 << 20


def device_refusal(prog) -> str:
    """Why rvjit.ko (or the kernel's offload core before it) must refuse an XDP program, from
    what the object says: a map the device cannot hold, a helper outside the ABI, a program
    type it does not offload.  "" when it must take it."""
    from rvjit import abi, bpf
    if prog.prog_type != "xdp":
        return f"program type {prog.prog_type} (vm-test offloads objects as XDP)"
    for m in prog.maps:
        if m.type not in DEVICE_MAP_TYPES:
            return f"map {m.name}: type {m.type} (the offload core takes ARRAY and HASH)"
        flags = m.flags & ~(BPF_F_NO_PREALLOC if m.type == 1 else 0)
        if (flags or not 0 < m.key_size <= MAX_KEY or not 0 < m.value_size <= MAX_VALUE
                or not 0 < m.max_entries <= MAX_ENTRIES or (m.type == 2 and m.key_size != 4)
                or m.max_entries * (m.key_size + m.value_size) > MAX_MAP_BYTES):
            return f"map {m.name}: beyond the device's limits"
    for i in bpf.decode(prog.code):
        if bpf.is_call(i) and i.src == 0 and i.imm not in abi.HELPERS:
            return f"helper {i.imm} (not in the ABI)"
    return ""


def corpus_cases() -> list[Case]:
    """The corpus's XDP objects with the features the offload path takes: the device must
    take some (refusal ""), refuse the others for the reason device_refusal gives."""
    from rvjit import elf
    from rvlab import corpus
    cases = []
    for e in corpus.select(corpus.build(), corpus.OFFLOAD_FEATURES, who="vm-test"):
        prog = elf.load(e.path)
        cases.append(Case(e.name, prog.code, "bpftool", Path(e.path).read_bytes(), prog.name,
                          prog, device_refusal(prog)))
    return cases


def random_cases(n: int, seed: int = 5) -> list[Case]:
    """Verifier-accepted XDP programs from the eBPF validation's generators: straight-line ALU
    (every opcode, both widths, division by registers that may be 0, LD_IMM64) and stack
    traffic.  No branches the verifier could prove dead, so what it verifies is what is
    translated."""
    from rvlab import ebpf_programs
    cases = []
    for kind, k in (("alu", (n + 1) // 2), ("stack", n // 2)):
        for i, p in enumerate(ebpf_programs.generate(k, f"vmtest-{seed}", kind=kind)):
            code = p.full()
            cases.append(Case(f"rand_{kind}_{i}", code, "raw", code))
    return cases


def _asm(*insns) -> bytes:
    """(code, dst, src, off, imm) tuples -> bytecode."""
    from rvlab.ebpf_programs import raw
    return b"".join(raw(*t) for t in insns)


MOV_K, ADD_K, LDXW, STDW_X, JEQ_K, JGT_K, EXIT = 0xb7, 0x07, 0x61, 0x7b, 0x15, 0x25, 0x95

# The verifier knows r0 == 1: the branch at 2 is always taken (its fall-through 3-4 dead), the
# one at 5 never (its target 9 dead); 6 depends on the context.  It rewrites 2 and 5 into JAs
# (replace_insn), deletes 3-4 and 9 (remove_insns, shrinking 6's jump), then both JAs, now
# "ja +0" (remove_insns again).
DEAD_CODE = _asm((MOV_K, 0, 0, 0, 1),
                 (LDXW, 2, 1, 12, 0),            # r2 = ctx->ingress_ifindex (unknown)
                 (JEQ_K, 0, 0, 2, 1),            # if r0 == 1 goto 5
                 (MOV_K, 0, 0, 0, 7),
                 (EXIT, 0, 0, 0, 0),
                 (JEQ_K, 0, 0, 3, 2),            # if r0 == 2 goto 9
                 (JGT_K, 2, 0, 3, 5),            # if r2 > 5 goto 10
                 (MOV_K, 0, 0, 0, 3),
                 (EXIT, 0, 0, 0, 0),
                 (MOV_K, 0, 0, 0, 4),
                 (ADD_K, 0, 0, 0, 10),
                 (EXIT, 0, 0, 0, 0))
# ... leaving this, by hand:
DEAD_CODE_EDITED = _asm((MOV_K, 0, 0, 0, 1),
                        (LDXW, 2, 1, 12, 0),
                        (JGT_K, 2, 0, 2, 5),     # if r2 > 5 goto 5
                        (MOV_K, 0, 0, 0, 3),
                        (EXIT, 0, 0, 0, 0),
                        (ADD_K, 0, 0, 0, 10),
                        (EXIT, 0, 0, 0, 0))
# The same across a bpf-to-bpf call: r6 == 1 survives the call, so the branch at 2 is always
# taken and 3 is dead; the call at 1 crosses both deletions (the JA, then "ja +0"), and its imm
# must shrink with them (bpf_adj_delta_to_imm), from 4 to 2.
CALL, ADD_X = 0x85, 0x0f
DEAD_CALL = _asm((MOV_K, 6, 0, 0, 1),
                 (CALL, 0, 1, 0, 4),             # call pc+4 (the subprogram at 6)
                 (JEQ_K, 6, 0, 1, 1),            # if r6 == 1 goto 4
                 (MOV_K, 0, 0, 0, 7),
                 (ADD_K, 0, 0, 0, 10),
                 (EXIT, 0, 0, 0, 0),
                 (MOV_K, 0, 0, 0, 2),            # the subprogram: return 2
                 (EXIT, 0, 0, 0, 0))
DEAD_CALL_EDITED = _asm((MOV_K, 6, 0, 0, 1),
                        (CALL, 0, 1, 0, 2),
                        (ADD_K, 0, 0, 0, 10),
                        (EXIT, 0, 0, 0, 0),
                        (MOV_K, 0, 0, 0, 2),
                        (EXIT, 0, 0, 0, 0))
# Every atomic operation Linux 6.1's verifier takes, on two stack slots: ADD/OR/AND/XOR with
# and without FETCH, XCHG and CMPXCHG, for DW at r10-8 and W at r10-16 (offload gets no zext).
ST_DW, ST_W, ATOMIC_DW, ATOMIC_W = 0x7a, 0x62, 0xdb, 0xc3
ATOMIC_OPS = (0x00, 0x01, 0x40, 0x41, 0x50, 0x51, 0xa0, 0xa1, 0xe1, 0xf1)
ATOMICS = _asm((ST_DW, 10, 0, -8, 0), (ST_W, 10, 0, -16, 0), (MOV_K, 0, 0, 0, 3),
               (MOV_K, 1, 0, 0, 5),
               *[(ATOMIC_DW, 10, 1, -8, op) for op in ATOMIC_OPS],
               *[(ATOMIC_W, 10, 1, -16, op) for op in ATOMIC_OPS],
               (ADD_K, 0, 0, 0, 1), (EXIT, 0, 0, 0, 0))

HELPER_C = r"""
/* rvjit vm-test: a helper XDP has but the device ABI does not (the module must refuse it) */
#define SEC(n) __attribute__((section(n), used))
static int (*bpf_xdp_get_buff_len)(void *ctx) = (void *)188;
SEC("xdp") int uses_helper(void *ctx) { return bpf_xdp_get_buff_len(ctx) > 100 ? 2 : 1; }
char _license[] SEC("license") = "GPL";
"""

# Programs for the device: maps (an ARRAY and a HASH) through the ABI's helpers, a
# bpf-to-bpf call that calls a helper itself, context and packet loads.  bpftool creates the
# maps on the device (dev rvoff0 binds the object's maps too).
DEVICE_C = {
    "maps_helpers": r"""
#define SEC(n) __attribute__((section(n), used))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name
typedef unsigned int u32;
typedef unsigned long long u64;
static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *)1;
static long (*bpf_map_update_elem)(void *map, const void *key, const void *value,
                                   u64 flags) = (void *)2;
static long (*bpf_map_delete_elem)(void *map, const void *key) = (void *)3;
static u64 (*bpf_ktime_get_ns)(void) = (void *)5;
static u32 (*bpf_get_prandom_u32)(void) = (void *)7;
struct xdp_md { u32 data, data_end, data_meta, ingress_ifindex, rx_queue_index; };
struct { __uint(type, 1); __uint(max_entries, 256); __type(key, u32);
         __type(value, u64); } seen SEC(".maps");
struct { __uint(type, 2); __uint(max_entries, 4); __type(key, u32);
         __type(value, u64); } totals SEC(".maps");

static __attribute__((noinline)) u64 bump(u32 slot, u64 by)
{
    u64 *v = bpf_map_lookup_elem(&totals, &slot);
    if (!v)
        return 0;
    *v += by;
    return *v;
}

SEC("xdp") int maps_helpers(struct xdp_md *ctx)
{
    void *data = (void *)(long)ctx->data, *data_end = (void *)(long)ctx->data_end;
    u32 key = ctx->ingress_ifindex ^ (bpf_get_prandom_u32() & 0xff);
    u64 now = bpf_ktime_get_ns(), *last;
    if (data + 14 > data_end)
        return 1;
    last = bpf_map_lookup_elem(&seen, &key);
    if (last && now - *last < 1000) {
        bpf_map_delete_elem(&seen, &key);
        return 1;
    }
    bpf_map_update_elem(&seen, &key, &now, 0);
    return bump(key & 3, data_end - data) ? 2 : 1;
}
char _license[] SEC("license") = "GPL";
""",
    # Counts packets by IPv4 protocol (an atomic add into an ARRAY) and by source address (a
    # HASH of count and last-seen time); drops a source's fourth packet on.  Deterministic but
    # for the time, so its runs on the device and in Linux compare (rvlab/readback.py).
    "maps_count": r"""
#define SEC(n) __attribute__((section(n), used))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name
typedef unsigned int u32;
typedef unsigned long long u64;
static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *)1;
static long (*bpf_map_update_elem)(void *map, const void *key, const void *value,
                                   u64 flags) = (void *)2;
static u64 (*bpf_ktime_get_ns)(void) = (void *)5;
struct xdp_md { u32 data, data_end, data_meta, ingress_ifindex, rx_queue_index; };
struct stamp { u64 count, last; };
struct { __uint(type, 2); __uint(max_entries, 4); __type(key, u32);
         __type(value, u64); } by_proto SEC(".maps");
struct { __uint(type, 1); __uint(max_entries, 64); __type(key, u32);
         __type(value, struct stamp); } by_src SEC(".maps");

SEC("xdp") int maps_count(struct xdp_md *ctx)
{
    unsigned char *p = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
    u32 slot, src;
    u64 *n, now = bpf_ktime_get_ns();
    struct stamp *s, fresh = { 1, now };
    if (p + 34 > end || p[12] != 8 || p[13] != 0)
        return 2;
    slot = p[23] & 3;
    n = bpf_map_lookup_elem(&by_proto, &slot);
    if (n)
        __sync_fetch_and_add(n, 1);
    src = p[26] | p[27] << 8 | p[28] << 16 | (u32)p[29] << 24;
    s = bpf_map_lookup_elem(&by_src, &src);
    if (!s) {
        bpf_map_update_elem(&by_src, &src, &fresh, 1);
        return 2;
    }
    s->count++;
    s->last = now;
    return s->count > 3 ? 1 : 2;
}
char _license[] SEC("license") = "GPL";
""",
}


# TC classifiers (cls_bpf, direct action): the offload, replace and delete of tc; the two
# differ, so a replace shows.  __sk_buff's first fields, without the kernel's headers.
TC_C = {
    "tc_len": r"""
#define SEC(n) __attribute__((section(n), used))
struct __sk_buff { unsigned int len, pkt_type, mark, queue_mapping, protocol; };
SEC("tc") int tc_len(struct __sk_buff *skb) { return skb->len > 100 ? 2 : 0; }
char _license[] SEC("license") = "GPL";
""",
    "tc_mark": r"""
#define SEC(n) __attribute__((section(n), used))
struct __sk_buff { unsigned int len, pkt_type, mark, queue_mapping, protocol; };
SEC("tc") int tc_mark(struct __sk_buff *skb)
{
    skb->mark = skb->protocol ^ 0x5a;
    return skb->pkt_type == 3 ? 2 : 0;
}
char _license[] SEC("license") = "GPL";
""",
}

# A program with a BTF-defined map: bpftool creates the map on the device (dev rvoff0 binds
# the object's maps too) and offloads the program.
MAP_C = r"""
#define SEC(n) __attribute__((section(n), used))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name
static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *)1;
struct { __uint(type, 2); __uint(max_entries, 4); __type(key, unsigned int);
         __type(value, unsigned long long); } counts SEC(".maps");
SEC("xdp") int uses_map(void *ctx)
{
    unsigned int k = 0;
    unsigned long long *v = bpf_map_lookup_elem(&counts, &k);
    return v && *v ? 1 : 2;
}
char _license[] SEC("license") = "GPL";
"""

# r1 = map 0 (rvjit-image puts the fd of its first MAP argument there); r0 = 2; exit.
MAP_REF = _asm((0x18, 1, 1, 0, 0), (0, 0, 0, 0, 0), (MOV_K, 0, 0, 0, 2), (EXIT, 0, 0, 0, 0))


def clang_object(out_dir: Path, name: str, text: str, flags=()) -> bytes:
    out_dir.mkdir(parents=True, exist_ok=True)
    src, obj = out_dir / f"{name}.c", out_dir / f"{name}.o"
    src.write_text(text)
    res = subprocess.run(["clang", "-O2", "-target", "bpf", *flags, "-c", str(src), "-o",
                          str(obj)], capture_output=True, text=True)
    if res.returncode:
        raise VMTestError(f"clang failed on {src}:\n{res.stderr}")
    return obj.read_bytes()


def helper_object(out_dir: Path) -> bytes:
    return clang_object(out_dir, "uses_helper", HELPER_C)


# --- the VM script --------------------------------------------------------------------------------

# Output protocol: "P <tag> <name>" ... "E <tag> <name>" around each offload (bpftool's or
# rvjit-image's output, then rvjit-image's "IMG <len> <hex> ~<crc32>" line), and
# "B <step>" ... "/B <step> rc=<status>" around every other step, checked in Python.
SCRIPT_HEAD = vm.MODULE_SCRIPT_HEAD + r"""
TC=/vm/bin/tc
PARAM=/sys/module/rvjit/parameters/isa
# A task stuck on a lock the module never released is reported within seconds, not minutes,
# and ends the VM (panic=-1): nothing after it could pass.
[ -w /proc/sys/kernel/hung_task_timeout_secs ] && echo 5 > /proc/sys/kernel/hung_task_timeout_secs \
    && echo 1 > /proc/sys/kernel/hung_task_panic
faulty() { k=$1; shift; echo $k > $FAIL; "$@"; rc=$?; echo 0 > $FAIL; return $rc; }
step() { s=$1; shift; echo "B $s"; "$@" 2>&1; echo "/B $s rc=$?"; }
offload() {  # TAG NAME: load /vm/c/NAME.o (bpftool) or /vm/r/NAME.bin (rvjit-image), read back
    echo "P $1 $2"
    if [ -e /vm/c/$2.o ]; then
        bpftool prog load /vm/c/$2.o $PINS/$2 type xdp dev rvoff0 >/tmp/out 2>&1
    else
        $RVJ load /vm/r/$2.bin rvoff0 $PINS/$2 >/tmp/out 2>&1
    fi && $RVJ hex $PINS/$2 >>/tmp/out 2>&1
    tail -n 30 /tmp/out
    echo "E $1 $2"
}
# Programs are freed on a workqueue after their last reference goes: wait for it.
drained() {
    i=0
    while [ $i -lt 100 ]; do
        grep -q '^programs 0$' $ST && grep -q '^images 0$' $ST && grep -q '^image_bytes 0$' $ST \
            && grep -q '^maps 0$' $ST && grep -q '^map_bytes 0$' $ST && grep -q '^allocs 0$' $ST \
            && { cat $ST; return 0; }
        sleep 0.1; i=$((i + 1))
    done
    cat $ST; return 1
}
expect_fail() { "$@"; rc=$?; [ $rc -ne 0 ] && echo "(failed as expected, status $rc)"; [ $rc -ne 0 ]; }
# kmemleak (the debug kernel): two scans, as its documentation advises, then the report
kmemleak_report() {
    K=/sys/kernel/debug/kmemleak
    [ -e $K ] || { echo "no kmemleak in this kernel"; return 0; }
    echo scan > $K; sleep 2; echo scan > $K; cat $K; echo "kmemleak scanned"
}
tc_back() {  # TAG NAME PREF: pin the program of ingress filter PREF on rvoff0, read it back
    echo "P $1 $2"
    id=$($TC filter show dev rvoff0 ingress | sed -n "s/.* pref $3 .* id \([0-9][0-9]*\) .*/\1/p" | head -n 1)
    bpftool prog pin id "$id" $PINS/$2 >/tmp/out 2>&1 && $RVJ hex $PINS/$2 >>/tmp/out 2>&1
    tail -n 30 /tmp/out
    echo "E $1 $2"
}
"""

# Device maps: bpftool's map commands on an ARRAY and a HASH created on the rvoff netdevs,
# the device's refusals, and the kernel's refusal of a map of another device.
MAP_STEPS = r"""
step map_array_create bpftool map create $PINS/marr type array key 4 value 8 entries 16 name marr dev rvoff0
step map_hash_create bpftool map create $PINS/mhash type hash key 8 value 16 entries 64 name mhash dev rvoff1
step map_show bpftool map show pinned $PINS/mhash
step map_array_update bpftool map update pinned $PINS/marr key 3 0 0 0 value 1 2 3 4 5 6 7 8
step map_array_lookup bpftool map lookup pinned $PINS/marr key 3 0 0 0
step map_array_zero bpftool map lookup pinned $PINS/marr key 15 0 0 0
step map_array_noexist expect_fail bpftool map update pinned $PINS/marr key 1 0 0 0 value 1 1 1 1 1 1 1 1 noexist
step map_array_oob expect_fail bpftool map lookup pinned $PINS/marr key 16 0 0 0
step map_array_delete expect_fail bpftool map delete pinned $PINS/marr key 3 0 0 0
step map_array_dump sh -c "bpftool map dump pinned $PINS/marr | tail -n 3"
for k in 1 2 3; do
    step map_hash_update_$k bpftool map update pinned $PINS/mhash key $k 0 0 0 0 0 0 0 value $k 0 0 0 0 0 0 0 0 0 0 0 0 0 0 $((k * 16))
done
step map_hash_lookup bpftool map lookup pinned $PINS/mhash key 2 0 0 0 0 0 0 0
step map_hash_noexist expect_fail bpftool map update pinned $PINS/mhash key 2 0 0 0 0 0 0 0 value 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 noexist
step map_hash_exist expect_fail bpftool map update pinned $PINS/mhash key 9 0 0 0 0 0 0 0 value 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 exist
step map_hash_dump bpftool map dump pinned $PINS/mhash
step map_hash_delete bpftool map delete pinned $PINS/mhash key 2 0 0 0 0 0 0 0
step map_hash_missing expect_fail bpftool map lookup pinned $PINS/mhash key 2 0 0 0 0 0 0 0
step map_hash_dump2 bpftool map dump pinned $PINS/mhash
step map_full_create bpftool map create $PINS/mfull type hash key 4 value 4 entries 2 name mfull dev rvoff0
step map_full sh -c "bpftool map update pinned $PINS/mfull key 1 0 0 0 value 1 0 0 0 && bpftool map update pinned $PINS/mfull key 2 0 0 0 value 2 0 0 0 && ! bpftool map update pinned $PINS/mfull key 3 0 0 0 value 3 0 0 0 && bpftool map delete pinned $PINS/mfull key 1 0 0 0 && bpftool map update pinned $PINS/mfull key 3 0 0 0 value 3 0 0 0 && bpftool map dump pinned $PINS/mfull"
step map_refuse_type expect_fail bpftool map create $PINS/mlru type lru_hash key 4 value 4 entries 8 name mlru dev rvoff0
step map_refuse_flags expect_fail bpftool map create $PINS/mfl type array key 4 value 4 entries 8 name mfl flags 1024 dev rvoff0
step map_refuse_key expect_fail bpftool map create $PINS/mkey type array key 8 value 4 entries 8 name mkey dev rvoff0
step map_refuse_big expect_fail bpftool map create $PINS/mbig type array key 4 value 65536 entries 4096 name mbig dev rvoff0
step map_stats cat $ST
offload maps uses_map
step map_host_create bpftool map create $PINS/mhost type array key 4 value 8 entries 4 name mhost
step map_host_ref expect_fail $RVJ load /vm/x/map_ref.bin rvoff0 $PINS/mr $PINS/mhost
step map_dev_ref_host expect_fail $RVJ load /vm/x/map_ref.bin - $PINS/mr2 $PINS/marr
step map_dev_ref $RVJ load /vm/x/map_ref.bin rvoff0 $PINS/mr3 $PINS/marr
step map_dev_ref_image $RVJ hex $PINS/mr3
"""

# TC: cls_bpf offloads, refuses a second program, keeps a software-only filter off the
# device, replaces and deletes.
TC_STEPS = r"""
step tc_qdisc $TC qdisc add dev rvoff0 clsact
step tc_add $TC filter add dev rvoff0 ingress pref 1 handle 1 bpf skip_sw da obj /vm/x/tc_len.o sec tc
step tc_show $TC filter show dev rvoff0 ingress
tc_back tc tc_len 1
step tc_busy expect_fail $TC filter add dev rvoff0 ingress pref 2 handle 2 bpf skip_sw da obj /vm/x/tc_mark.o sec tc
step tc_sw $TC filter add dev rvoff0 ingress pref 3 handle 3 bpf da obj /vm/x/tc_mark.o sec tc
step tc_sw_show $TC filter show dev rvoff0 ingress pref 3
step tc_sw_del $TC filter del dev rvoff0 ingress pref 3 handle 3 bpf
step tc_replace $TC filter replace dev rvoff0 ingress pref 1 handle 1 bpf skip_sw da obj /vm/x/tc_mark.o sec tc
step tc_show2 $TC filter show dev rvoff0 ingress
tc_back tc tc_mark 1
step tc_prog_show bpftool prog show pinned $PINS/tc_mark
step tc_del $TC filter del dev rvoff0 ingress pref 1 handle 1 bpf
step tc_show3 $TC filter show dev rvoff0 ingress
step tc_readd $TC filter add dev rvoff0 ingress pref 1 handle 1 bpf skip_sw da obj /vm/x/tc_len.o sec tc
step tc_qdisc_del $TC qdisc del dev rvoff0 clsact
"""

# Allocation failures (fail_nth): the k-th allocation of a map creation (the state, the
# buckets, the elements) and of a program load (the state, the copy, the image) fails; each
# must be refused with ENOMEM and leave nothing behind (drained checks the live counters).
# Programs load through rvjit-image, which tries once (libbpf retries a failed load).
FAULT_STEPS = r"""
for k in 1 2 3; do
    step fault_map_$k expect_fail faulty $k bpftool map create $PINS/mf$k type hash key 4 value 4 entries 8 name mf$k dev rvoff0
    step fault_prog_$k expect_fail faulty $k $RVJ load /vm/x/dead.bin rvoff0 $PINS/pf$k
done
step fault_stats cat $ST
"""


def vm_script(cases: list[Case], first: str, second: str, third: str, cycles: int,
              kmods=(), readback: str = "") -> str:
    names = " ".join(c.pin for c in cases if not c.refusal)
    refused = " ".join(c.pin for c in cases if c.refusal)
    return SCRIPT_HEAD + "".join(f"insmod /vm/kmod/{m}.ko\n" for m in kmods) + f"""
NAMES="{names}"
REFUSED="{refused}"
step insmod insmod /vm/rvjit.ko devices=2
step links $IP link show
for n in $NAMES; do offload base $n; done
for n in $REFUSED; do
    step refuse_$n expect_fail bpftool prog load /vm/c/$n.o $PINS/$n type xdp dev rvoff0
done
step show bpftool prog show pinned $PINS/{first}
step refuse_helper expect_fail bpftool prog load /vm/x/uses_helper.o $PINS/h type xdp dev rvoff0
step atomic_load $RVJ load /vm/x/atomics.bin rvoff0 $PINS/atomics
step atomic_image $RVJ hex $PINS/atomics
step dead_load $RVJ load /vm/x/dead.bin rvoff0 $PINS/dead
step dead_image $RVJ hex $PINS/dead
step dead_call_load $RVJ load /vm/x/dead_call.bin rvoff0 $PINS/dead_call
step dead_call_image $RVJ hex $PINS/dead_call
step xdp_obj $IP link set dev rvoff0 xdpoffload obj /vm/c/{first}.o sec xdp
step xdp_show $IP link show dev rvoff0
step xdp_replace $IP -force link set dev rvoff0 xdpoffload pinned $PINS/{second}
step xdp_show2 $IP link show dev rvoff0
step xdp_rvoff1 $IP link set dev rvoff1 xdpoffload pinned $PINS/{third}
step host_load bpftool prog load /vm/c/{first}.o $PINS/host type xdp
step refuse_drv expect_fail $IP link set dev rvoff0 xdpdrv pinned $PINS/host
step refuse_hostprog expect_fail $IP -force link set dev rvoff0 xdpoffload pinned $PINS/host
step refuse_bound_drv expect_fail $IP link set dev rvoff0 xdpdrv pinned $PINS/{third}
step xdp_off sh -c "$IP link set dev rvoff0 xdpoffload off && $IP link set dev rvoff1 xdpoffload off"
step xdp_show3 $IP link show
{MAP_STEPS}
{TC_STEPS}
{FAULT_STEPS}
{readback}
rm -f $PINS/*
step drained_base drained
step rmmod_idle rmmod rvjit

step insmod_zbc insmod /vm/rvjit.ko devices=2 isa=zba,zbb,c
for n in $NAMES; do offload zba,zbb,c $n; done
step param_set sh -c "echo {PARAM_ISA} > $PARAM && cat $PARAM"
offload {PARAM_ISA} param_{first}
step param_bad expect_fail sh -c "echo zbx > $PARAM"
step param_kept cat $PARAM
step bound_attach $IP link set dev rvoff0 xdpoffload pinned $PINS/{first}
step bound_tc sh -c "$TC qdisc add dev rvoff1 clsact && $TC filter add dev rvoff1 ingress bpf skip_sw da obj /vm/x/tc_len.o sec tc"
step bound_map bpftool map create $PINS/mb type array key 4 value 4 entries 4 name mb dev rvoff0
step bound_stats cat $ST
step rmmod_bound rmmod rvjit
step orphan_info expect_fail $RVJ hex $PINS/{first}
step orphan_map expect_fail bpftool map lookup pinned $PINS/mb key 0 0 0 0
step orphan_links $IP link show
rm -f $PINS/*

i=0
while [ $i -lt {cycles} ]; do
    step cycle_insmod_$i insmod /vm/rvjit.ko devices=2
    offload cycle_$i {first}
    offload cycle_$i {[c for c in cases if not c.refusal][-1].pin}
    step cycle_attach_$i $IP link set dev rvoff1 xdpoffload pinned $PINS/{first}
    step cycle_rmmod_$i rmmod rvjit
    rm -f $PINS/*
    i=$((i + 1))
done
step insmod_last insmod /vm/rvjit.ko
step drained_last drained
step rmmod_last rmmod rvjit
step lsmod lsmod
step kmemleak kmemleak_report
step dmesg dmesg
"""


# --- reading the output ------------------------------------------------------------------------------

@dataclass
class Offload:
    tag: str
    name: str
    text: str
    image: bytes | None = None
    error: str = ""


@dataclass
class Output:
    offloads: list = field(default_factory=list)
    steps: dict = field(default_factory=dict)       # name -> (rc, text)
    problems: list = field(default_factory=list)    # protocol errors


IMG_RE = re.compile(r"^(IMG (\d+) ([0-9a-f]*)) ~([0-9a-f]{8})$")


def parse(text: str) -> Output:
    out = Output()
    cur, buf = None, []
    for line in text.splitlines():
        if cur is None:
            if line.startswith("P "):
                _, tag, name = line.split(" ", 2)
                cur, buf = ("P", tag, name), []
            elif line.startswith("B "):
                cur, buf = ("B", line[2:]), []
            elif line.strip():
                out.problems.append(f"stray line: {line[:200]}")
            continue
        if cur[0] == "P" and line == f"E {cur[1]} {cur[2]}":
            off = Offload(cur[1], cur[2], "\n".join(buf))
            imgs = [m for m in map(IMG_RE.match, buf) if m]
            if len(imgs) == 1:
                m = imgs[0]
                if zlib.crc32(m.group(1).encode()) != int(m.group(4), 16):
                    off.error = "IMG line damaged (CRC mismatch)"
                elif len(m.group(3)) != 2 * int(m.group(2)):
                    off.error = "IMG line length does not match"
                else:
                    off.image = bytes.fromhex(m.group(3))
            else:
                off.error = "no image read back"
            out.offloads.append(off)
            cur = None
        elif cur[0] == "B" and line.startswith(f"/B {cur[1]} rc="):
            out.steps[cur[1]] = (int(line.rsplit("rc=", 1)[1]), "\n".join(buf))
            cur = None
        else:
            buf.append(line)
    if cur is not None:
        out.problems.append(f"output ends inside {cur}")
    return out


# --- checking ----------------------------------------------------------------------------------------

@dataclass
class Report:
    offloaded: int = 0
    identical: int = 0
    mismatches: list = field(default_factory=list)   # descriptions
    failures: list = field(default_factory=list)     # failed checks, with details
    passed: list = field(default_factory=list)       # names of checks that passed
    dmesg_bad: list = field(default_factory=list)
    per_tag: dict = field(default_factory=dict)      # tag -> [offloaded, identical]
    uses: dict = field(default_factory=lambda: {"maps": 0, "helpers": 0, "calls": 0})
    readback: object = None     # rvlab.readback.Result, when the run read programs back


def _expected(code, isa: str) -> bytes:
    """What the Python JIT makes of a program: an object's Program (its maps in used-maps
    order, its type's context, its functions) or raw XDP bytecode (R1 the device's XDP
    context, whose pointer fields the verifier's PTR_TO_CTX finds in the module and
    rvjit/ptrkind.py here)."""
    if isinstance(code, (bytes, bytearray)):
        return compile_program(code, parse_isa(isa), prog_type="xdp").code
    return compile_program(code, parse_isa(isa)).code


def _case_code(case: Case):
    return case.program if case.program is not None else case.code


def _uses(case: Case) -> dict:
    """Whether a program references maps, calls helpers, makes bpf-to-bpf calls (0 or 1 each)."""
    from rvjit import bpf
    insns = bpf.decode(case.program.code if case.program is not None else case.code)
    return {"maps": int(any(i.code == 0x18 and i.src in (1, 2, 5, 6) for i in insns)),
            "helpers": int(any(bpf.is_call(i) and i.src == 0 for i in insns)),
            "calls": int(any(bpf.is_call(i) and i.src == 1 for i in insns))}


def _first_diff(a: bytes, b: bytes) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


def compare_offloads(out: Output, cases: dict, rep: Report):
    """Every image read back against the Python JIT on the same program and ISA."""
    for off in out.offloads:
        tag = off.tag
        isa = "" if tag in ("base", "tc", "maps") or tag.startswith("cycle_") else tag
        name = off.name[len("param_"):] if off.name.startswith("param_") else off.name
        counts = rep.per_tag.setdefault(tag, [0, 0])
        if off.image is None:
            rep.failures.append(f"{off.name} ({tag}): {off.error}\n" + _indent(off.text))
            continue
        rep.offloaded += 1
        counts[0] += 1
        want = _expected(_case_code(cases[name]), isa)
        if off.image == want:
            rep.identical += 1
            counts[1] += 1
            for what, n in _uses(cases[name]).items():
                rep.uses[what] += n
        else:
            at = _first_diff(off.image, want)
            rep.mismatches.append(f"{off.name} ({tag}): module {len(off.image)} B, Python JIT "
                                  f"{len(want)} B, first difference at byte {at}")


def _indent(text: str, n: int = 30) -> str:
    return "\n".join("    | " + ln for ln in text.splitlines()[-n:])


def _step(out, rep, name, ok_rc=True, want=(), unwanted=()) -> tuple[int, str] | None:
    """Check step `name`: its status (0 if ok_rc, else anything), and that its output has
    every regex in `want` and none in `unwanted`."""
    if name not in out.steps:
        rep.failures.append(f"step {name}: did not run")
        return None
    rc, text = out.steps[name]
    why = []
    if ok_rc and rc != 0:
        why.append(f"exit status {rc}")
    why += [f"no match for {w!r}" for w in want if not re.search(w, text, re.M)]
    why += [f"unexpected {u!r}" for u in unwanted if re.search(u, text, re.M)]
    if why:
        rep.failures.append(f"step {name}: " + "; ".join(why) + "\n" + _indent(text))
    else:
        rep.passed.append(name)
    return rc, text


def _count_image(rep: Report, tag: str, r, want: bytes, what: str):
    """A step's `rvjit-image hex` output (r) against the Python JIT's image `want`."""
    if not r:
        return
    m = next((m for m in map(IMG_RE.match, r[1].splitlines()) if m), None)
    rep.offloaded += 1
    counts = rep.per_tag.setdefault(tag, [0, 0])
    counts[0] += 1
    if m and bytes.fromhex(m.group(3)) == want:
        rep.identical += 1
        counts[1] += 1
    else:
        rep.mismatches.append(f"{what}: the module's image is not the Python JIT's")


# What the VM prints when the device (or the offload core) refuses a corpus object
REFUSAL_WANT = {"map": r"failed to create|Invalid argument",
                "helper": r"rvjit: insn \d+: helper bpf_\w+ \(\d+\) is not one a device provides",
                "program type": r"failed as expected"}


def check_steps(out: Output, rep: Report, *, first, second_fn, helper_insn, cycles,
                refused=(), base=()):
    S = lambda *a, **k: _step(out, rep, *a, **k)          # noqa: E731
    base_maps = sum(len(c.program.maps) for c in base if c.program is not None)
    S("insmod")
    S("links", want=[r"rvoff0:", r"rvoff1:"])
    img_len = next((len(o.image) for o in out.offloads
                    if o.tag == "base" and o.name == first and o.image), -1)
    S("show", want=[r"offloaded_to rvoff0", rf"jited {img_len}B"])
    for c in refused:
        kind = next(k for k in REFUSAL_WANT if c.refusal.startswith(k))
        S(f"refuse_{c.pin}", ok_rc=False, want=[REFUSAL_WANT[kind], r"failed as expected"])
    # Refusals: the verifier log carries rvjit's line, naming the instruction.
    S("refuse_helper", want=[rf"rvjit: insn {helper_insn}: helper bpf_xdp_get_buff_len \(188\)"
                             r" is not one a device provides"])
    # Atomics: accepted, and the image is the Python JIT's.
    S("atomic_load")
    _count_image(rep, "atomics", S("atomic_image"), _expected(ATOMICS, ""), "atomics program")
    # Dead code: the kernel's own edit (its xlated program, 7 instructions = 56 bytes) is the
    # hand-edited one, and the module translated exactly that.
    S("dead_load")
    r = S("dead_image", want=[r"xlated 56 bytes"])
    if r:
        m = next((m for m in map(IMG_RE.match, r[1].splitlines()) if m), None)
        rep.offloaded += 1
        counts = rep.per_tag.setdefault("dead-code", [0, 0])
        counts[0] += 1
        want, unedited = _expected(DEAD_CODE_EDITED, ""), _expected(DEAD_CODE, "")
        got = bytes.fromhex(m.group(3)) if m else None
        if got == want and want != unedited:
            rep.identical += 1
            counts[1] += 1
        else:
            rep.mismatches.append("dead-code program: the module's image is not the translation "
                                  "of the program as the verifier edited it")
    S("dead_call_load")
    r = S("dead_call_image", want=[r"xlated 48 bytes"])
    if _expected(DEAD_CALL_EDITED, "") == _expected(DEAD_CALL, ""):
        rep.failures.append("dead-call program: the edit does not change the image")
    _count_image(rep, "dead-code", r, _expected(DEAD_CALL_EDITED, ""),
                 "dead-call program (as the verifier edited it)")
    S("xdp_obj")
    S("xdp_show", want=[r"xdpoffload", r"prog/xdp id \d+"])
    S("xdp_replace")
    S("xdp_show2", want=[rf"prog/xdp id \d+ name {re.escape(second_fn[:15])} "])   # replaced
    S("xdp_rvoff1")
    S("host_load")
    S("refuse_drv", ok_rc=False, want=[r"rvoff runs no XDP on the host", r"failed as expected"])
    S("refuse_hostprog", ok_rc=False, want=[r"program was not loaded for this device",
                                            r"failed as expected"])
    S("refuse_bound_drv", ok_rc=False, want=[r"failed as expected"])
    S("xdp_off")
    S("xdp_show3", want=[r"rvoff0:"], unwanted=[r"xdpoffload", r"prog/xdp"])
    check_map_steps(S, rep, base_maps)
    check_tc_steps(S)
    check_fault_steps(S)
    S("drained_base", want=[r"^programs 0$", r"^images 0$", r"^maps 0$", r"^allocs 0$"])
    S("rmmod_idle")
    S("insmod_zbc")
    S("param_set", want=[rf"^{PARAM_ISA}$"])
    S("param_bad", ok_rc=False, want=[r"failed as expected"])
    S("param_kept", want=[rf"^{PARAM_ISA}$"])
    S("bound_attach")
    S("bound_tc")
    S("bound_map")
    S("bound_stats", want=[r"^programs [1-9]", r"^images [1-9]", rf"^maps {1 + base_maps}$"])
    S("rmmod_bound")
    S("orphan_info", ok_rc=False, want=[r"ENODEV"])
    S("orphan_map", ok_rc=False, want=[r"No such device", r"failed as expected"])
    S("orphan_links", unwanted=[r"rvoff"])
    for i in range(cycles):
        S(f"cycle_insmod_{i}")
        S(f"cycle_attach_{i}")
        S(f"cycle_rmmod_{i}")
    S("insmod_last")
    S("drained_last", want=[r"^programs 0$", r"^images 0$", r"^prepared 0$", r"^maps 0$"])
    S("rmmod_last")
    S("lsmod", unwanted=[r"^rvjit "])
    r = S("kmemleak", want=[r"no kmemleak|kmemleak scanned"])
    if r:
        rep.dmesg_bad += [ln for ln in r[1].splitlines() if DMESG_BAD.search(ln)]
    r = S("dmesg")
    if r:
        rep.dmesg_bad = [ln for ln in r[1].splitlines() if DMESG_BAD.search(ln)]


def check_map_steps(S, rep, base_maps: int = 0):
    """The device maps (MAP_STEPS): bpftool's view, the contents, and the refusals."""
    S("map_array_create")
    S("map_hash_create")
    S("map_show", want=[r"hash\s+name mhash\s+flags 0x0", r"offloaded_to rvoff1",
                        r"key 8B\s+value 16B\s+max_entries 64"])
    S("map_array_update")
    S("map_array_lookup", want=[r"value: 01 02 03 04 05 06 07 08"])
    S("map_array_zero", want=[r"value: 00 00 00 00 00 00 00 00"])
    S("map_array_noexist", ok_rc=False, want=[r"File exists", r"failed as expected"])
    S("map_array_oob", ok_rc=False, want=[r"failed as expected"])
    S("map_array_delete", ok_rc=False, want=[r"Invalid argument", r"failed as expected"])
    S("map_array_dump", want=[r"key: 0f 00 00 00\s+value: 00 00 00 00 00 00 00 00",
                              r"Found 16 elements"])
    for k in (1, 2, 3):
        S(f"map_hash_update_{k}")
    S("map_hash_lookup", want=[r"value: 02 (00 ){7}\s*(00 ){7}20"])
    S("map_hash_noexist", ok_rc=False, want=[r"File exists", r"failed as expected"])
    S("map_hash_exist", ok_rc=False, want=[r"No such file or directory", r"failed as expected"])
    S("map_hash_dump", want=[r"Found 3 elements", r"key: 01 00 00 00 00 00 00 00",
                             r"key: 03 (00 ){7}\s*value: 03 (00 ){7}\s*(00 ){7}30"])
    S("map_hash_delete")
    S("map_hash_missing", ok_rc=False, want=[r"failed as expected"])
    S("map_hash_dump2", want=[r"Found 2 elements"], unwanted=[r"key: 02 "])
    S("map_full_create")
    S("map_full", want=[r"Found 2 elements", r"key: 03 00 00 00\s+value: 03 00 00 00",
                        r"key: 02 00 00 00\s+value: 02 00 00 00"])
    S("map_refuse_type", ok_rc=False, want=[r"failed as expected"])
    S("map_refuse_flags", ok_rc=False, want=[r"failed as expected"])
    S("map_refuse_key", ok_rc=False, want=[r"failed as expected"])
    S("map_refuse_big", ok_rc=False, want=[r"failed as expected"])
    # marr, mhash, mfull and the maps of the programs offloaded before (still pinned)
    S("map_stats", want=[rf"^maps {3 + base_maps}$", r"^map_ops [1-9]"])
    S("map_host_create")
    S("map_host_ref", ok_rc=False, want=[r"offload device mismatch between prog and map",
                                         r"failed as expected"])
    S("map_dev_ref_host", ok_rc=False, want=[r"offload device mismatch between prog and map",
                                             r"failed as expected"])
    S("map_dev_ref")
    r = S("map_dev_ref_image", want=[r"xlated 32 bytes"])
    _count_image(rep, "maps", r, _expected(MAP_REF, ""), "map reference (raw)")


def check_tc_steps(S):
    """TC offload (TC_STEPS): what tc shows after each command."""
    S("tc_qdisc")
    S("tc_add")
    S("tc_show", want=[r"pref 1 bpf .*tc_len\.o:\[tc\] direct-action skip_sw in_hw id \d+"])
    S("tc_busy", ok_rc=False, want=[r"rvoff holds one TC program per netdev",
                                    r"failed as expected"])
    S("tc_sw")
    S("tc_sw_show", want=[r"tc_mark\.o:\[tc\] direct-action not_in_hw id \d+"])
    S("tc_sw_del")
    S("tc_replace")
    S("tc_show2", want=[r"pref 1 bpf .*tc_mark\.o:\[tc\] direct-action skip_sw in_hw id \d+"],
      unwanted=[r"tc_len"])
    S("tc_prog_show", want=[r"sched_cls\s+name tc_mark", r"offloaded_to rvoff0"])
    S("tc_del")
    S("tc_show3", unwanted=[r"in_hw", r"bpf"])
    S("tc_readd")
    S("tc_qdisc_del")


def check_fault_steps(S):
    """FAULT_STEPS: every injected failure refused with ENOMEM, each one counted."""
    for k in (1, 2, 3):
        S(f"fault_map_{k}", ok_rc=False, want=[r"Cannot allocate memory", r"failed as expected"])
        S(f"fault_prog_{k}", ok_rc=False, want=[r"BPF_PROG_LOAD: Cannot allocate memory",
                                                r"failed as expected"])
    S("fault_stats", want=[r"^faults 6$"])


# --- running --------------------------------------------------------------------------------------

def _distinct(corpus: list[Case]) -> tuple[Case, Case, Case]:
    """Three objects of different programs, so an XDP replace is visible in `ip link`."""
    picked = []
    for c in corpus:
        if all(c.func != p.func for p in picked):
            picked.append(c)
    if len(picked) < 3:
        raise VMTestError("the corpus needs at least three different programs")
    return picked[0], picked[1], picked[2]


def run(n_random: int = 60, cycles: int = 3, *, ko: Path | None = None,
        corpus_limit: int | None = None, verbose: bool = True,
        target: vm.Target | None = None, vm_timeout: float | None = None,
        readback: int = 4, readback_packets: int = 60) -> Report:
    """The whole test (see the module's doc) on `target` (default vm.target(): $RVJIT_KERNEL,
    $RVJIT_ARCH, else 6.1 on x86_64).  `ko`: a module built elsewhere (the tests plant bugs
    in a copy of kmod/ and check that this run catches them); `corpus_limit`: only that many
    corpus objects; `vm_timeout`: seconds before the VM is killed (default: by the work)."""
    t0 = time.monotonic()
    say = print if verbose else (lambda *a, **k: None)
    t = target or vm.target()
    missing = vm.missing(t)
    if missing:
        raise VMTestError(f"cannot boot the {t.name} test VM; missing: " + ", ".join(missing))
    kernel, release = t.kernel, t.release
    for exe, pkg in (("bpftool", "bpftool"), ("ip", "iproute2"), ("clang", "clang")):
        if shutil.which(exe) is None and not Path(f"/usr/sbin/{exe}").exists():
            raise VMTestError(f"{exe} is missing: apt-get install {pkg}")
    if ko is None:
        ko = build_module(t)
        say(f"vm-test: built {ko.relative_to(ROOT)} for {release} ({t.arch.name}) "
            f"({time.monotonic() - t0:.1f} s)")
    from rvjit import elf
    out_dir = ROOT / "build" / "vmtest"
    device = []
    for name, text in DEVICE_C.items():
        data = clang_object(out_dir, name, text, ("-g",))
        prog = elf.load(out_dir / f"{name}.o")
        device.append(Case(name, prog.code, "bpftool", data, name, prog, device_refusal(prog)))
    everything = corpus_cases() + device
    refused = [c for c in everything if c.refusal]
    corpus = [c for c in everything if not c.refusal]
    first, second, third = _distinct([c for c in corpus if not c.program.maps])
    if corpus_limit is not None:
        # the three the steps use, every program with maps or calls, then the others
        rich = [c for c in corpus if c not in (first, second, third) and any(_uses(c).values())]
        rest = [c for c in corpus if c not in (first, second, third) and c not in rich]
        corpus = [first, second, third] + rich + rest[:max(0, corpus_limit - 3 - len(rich))]
    rand = random_cases(n_random)
    cases = corpus + rand
    by_name = {c.pin: c for c in cases + refused}
    helper = helper_object(ROOT / "build" / "vmtest")
    code = elf.load(ROOT / "build" / "vmtest" / "uses_helper.o").code
    helper_insn = next(i for i in range(0, len(code), 8) if code[i] == 0x85) // 8

    files, preamble = vm.bundle(["bpftool", "ip", "tc"], target=t)
    kfiles, kmods = vm.kernel_modules(t, ["cls_bpf", "sch_ingress"])
    files.update(kfiles)
    files.update({"rvjit.ko": ko.read_bytes(), "rvjit-image": build_tool(t.arch.name),
                  "x/uses_helper.o": helper, "x/atomics.bin": ATOMICS, "x/dead.bin": DEAD_CODE,
                  "x/dead_call.bin": DEAD_CALL,
                  "x/map_ref.bin": MAP_REF,
                  "c/uses_map.o": clang_object(out_dir, "uses_map", MAP_C, ("-g",))})
    by_name["uses_map"] = Case("uses_map", b"", "bpftool", files["c/uses_map.o"], "uses_map",
                               elf.load(out_dir / "uses_map.o"))
    for name, text in TC_C.items():
        files[f"x/{name}.o"] = clang_object(ROOT / "build" / "vmtest", name, text)
        prog = elf.load(out_dir / f"{name}.o")
        by_name[name] = Case(name, prog.code, "tc", files[f"x/{name}.o"], name, prog)
    for c in cases + refused:
        files[f"c/{c.pin}.o" if c.how == "bpftool" else f"r/{c.pin}.bin"] = c.data
    files[f"c/param_{first.pin}.o"] = first.data
    # not maps_helpers: it keys its map by get_prandom_u32(), which no two runs share
    rb_cases = rb_readback.pick([c for c in corpus if c.name != "maps_helpers"], readback)
    rb_init = {c.pin: rb_readback.initial_maps(c.program) for c in rb_cases}
    rb_packets = diff_linux.packet_set(readback_packets)
    if rb_cases:
        files.update(rb_readback.files(rb_cases, rb_init, rb_packets, t.arch.name))
    script = preamble + vm_script(cases + refused, first.pin, second.pin, third.pin, cycles,
                                  kmods, rb_readback.script(rb_cases, len(rb_packets))
                                  if rb_cases else "")
    say(f"vm-test: {len(corpus)} objects ({len(device)} written for the device), "
        f"{len(rand)} random programs, {len(refused)} objects the device must refuse: "
        + "; ".join(f"{c.pin}: {c.refusal}" for c in refused[:3])
        + (" ..." if len(refused) > 3 else ""))
    say(f"vm-test: booting {kernel.name} ({t.name}) ({time.monotonic() - t0:.1f} s)")
    slow = 1 if t.arch.name == vm.HOST_ARCH and t.series != "6.1-debug" else 4
    res = vm.run(files, script, timeout=vm_timeout or (300 + 3 * len(cases)) * slow,
                 memory="1G", check=False, target=t)
    log = ROOT / "build" / "vmtest" / "output.txt"
    log.write_text(res.output + "\n--- console ---\n" + res.console)
    say(f"vm-test: the VM's output is in {log.relative_to(ROOT)}")
    out = parse(res.output)
    rep = Report()
    rep.failures += out.problems
    compare_offloads(out, by_name, rep)
    check_steps(out, rep, first=first.pin, second_fn=second.func, helper_insn=helper_insn,
                cycles=cycles, refused=refused, base=cases)
    console_bad = [ln for ln in res.console.splitlines() if DMESG_BAD.search(ln)]
    rep.dmesg_bad += [ln for ln in console_bad if ln not in rep.dmesg_bad]
    if res.rc:
        rep.failures.append(f"the VM script exited with status {res.rc}")
    say(f"vm-test: VM boot {res.boot_time:.1f} s, script {res.elapsed - res.boot_time:.1f} s")
    if rb_cases:
        rb = rb_readback.check(rb_cases, rb_init, rb_packets, out.steps)
        rep.readback = rb
        rep.failures += rb.failures
        say(f"vm-test: readback: {rb.identical} of {len(rb_cases)} objects from rvjit-image "
            f"byte-identical with rvjit compile -f elf's")
        for d in rb.differences[:20]:
            say(f"  readback difference: {d}")
    for tag, (n, m) in rep.per_tag.items():
        say(f"  {tag:<12} {n:4d} offloaded, {m:4d} byte-identical")
    say(f"vm-test: of the byte-identical images, {rep.uses['maps']} use maps, "
        f"{rep.uses['helpers']} helpers, {rep.uses['calls']} bpf-to-bpf calls")
    say(f"vm-test: {len(rep.passed)} checks passed, {len(rep.failures)} failed; "
        f"wall {time.monotonic() - t0:.1f} s")
    return rep


def summary(rep: Report) -> str:
    clean = "dmesg clean" if not rep.dmesg_bad else f"dmesg NOT clean ({len(rep.dmesg_bad)} lines)"
    return f"vm-test: {rep.offloaded} programs offloaded, {rep.identical} byte-identical, {clean}"


def ok(rep: Report) -> bool:
    return (not rep.failures and not rep.mismatches and not rep.dmesg_bad
            and rep.offloaded == rep.identical and rep.offloaded > 0
            and not (rep.readback and rep.readback.differences))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m rvlab.vmtest", description=__doc__.split("\n")[0])
    ap.add_argument("--random", type=int, default=60, help="random programs (default 60)")
    ap.add_argument("--cycles", type=int, default=3, help="insmod/rmmod cycles (default 3)")
    ap.add_argument("--kernel", help="6.1 (default), 6.12, 6.1-debug, or an image path")
    ap.add_argument("--arch", help="x86_64 (default) or arm64")
    ap.add_argument("--readback", type=int, default=4,
                    help="programs read back whole and run in rvoff-run against Linux (default 4)")
    ap.add_argument("--readback-packets", type=int, default=60,
                    help="packets each of those runs on (default 60, at most 1024)")
    args = ap.parse_args(argv)
    if not 1 <= args.readback_packets <= 1024:
        ap.error("--readback-packets: 1 to 1024 (xdp_run's limit)")
    try:
        rep = run(args.random, args.cycles, target=vm.target(args.kernel, args.arch),
                  readback=args.readback, readback_packets=args.readback_packets)
    except (VMTestError, vm.VMError) as e:
        print(f"vm-test: error: {e}", file=sys.stderr)
        return 2
    for f in rep.failures:
        print(f"FAIL {f}")
    for m in rep.mismatches[:20]:
        print(f"MISMATCH {m}")
    for ln in rep.dmesg_bad:
        print(f"DMESG {ln}")
    print(summary(rep))
    if rep.readback:
        print(rep.readback.line())
    return 0 if ok(rep) else 1


if __name__ == "__main__":
    sys.exit(main())
