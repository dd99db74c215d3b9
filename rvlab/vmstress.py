"""make vm-stress: rvjit.ko under load, concurrency and injected faults, in a VM.

    python3 -m rvlab.vmstress [--cycles C] [--seconds S] [--kernel K] [--arch A]

One boot of the target's kernel (rvlab/vm.py), and in it:

  1. C cycles of insmod; load a program and read its image back; every 10th cycle a device
     map created and written; attach the program with xdpoffload; rmmod with all of it
     still loaded, pinned and attached (the pins then read ENODEV);
  2. for S seconds, 4 processes loading programs (rvjit-image load), reading each image back
     and destroying it, while a fifth updates, looks up and deletes keys of a device map;
     half-way, rmmod while loads are in flight, then insmod again and a new map;
  3. a process with CAP_NET_ADMIN but not CAP_BPF loads the dead-code program (refused by
     the kernel, EPERM), and one with CAP_BPF and CAP_NET_ADMIN but not CAP_SYS_ADMIN or
     CAP_PERFMON (translated as the verifier edited it, or refused with a log line);
  4. injected allocation failures: the module's fail_nth for every allocation of a map
     creation and a program load, and, where the kernel has fault injection (the debug
     kernel), /proc/thread-self/fail-nth for the first allocations of BPF_PROG_LOAD itself;
  5. after each phase the module's live counters (debugfs rvjit/stats: programs, images,
     maps, allocations) drain to 0; dmesg has no warning, leak report or lockdep splat.

Every image read back is compared with the Python JIT's (by CRC, the loaders print one per
distinct program).  The last line is

    vm-stress: C cycles, L loads, M map ops, F faults injected, 0 leaked, dmesg clean

and the exit status is 0 only if every check passed.  The figures are TCG's on this host,
not a machine's: they say the stress ran, not how fast a device is.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
import zlib
from pathlib import Path

from rvlab import vm, vmtest

N_PROGS = 8             # distinct random programs the loaders cycle through

SCRIPT = vm.MODULE_SCRIPT_HEAD + r"""
[ -w /proc/sys/kernel/hung_task_timeout_secs ] && echo 5 > /proc/sys/kernel/hung_task_timeout_secs
drained() {
    i=0
    while [ $i -lt 200 ]; do
        if grep -q '^programs 0$' $ST && grep -q '^images 0$' $ST && grep -q '^maps 0$' $ST \
            && grep -q '^allocs 0$' $ST; then echo "DRAINED $1"; return 0; fi
        sleep 0.1; i=$((i + 1))
    done
    echo "NOT-DRAINED $1"; cat $ST; return 1
}
faults=0

# 1. cycles
i=0
while [ $i -lt {cycles} ]; do
    insmod /vm/rvjit.ko devices=2 || echo "FAIL cycle $i insmod"
    p=$((i % {nprogs}))
    $RVJ load /vm/r/p$p.bin rvoff0 $PINS/c$i 2>/tmp/err || { echo "FAIL cycle $i load"; cat /tmp/err; }
    $RVJ hex $PINS/c$i | sed -n "s/^IMG [0-9]* [0-9a-f]* ~\(.*\)$/CRC p$p \1/p"
    if [ $((i % 10)) -eq 0 ]; then
        bpftool map create $PINS/m$i type hash key 4 value 4 entries 16 name m$i dev rvoff1 \
            && bpftool map update pinned $PINS/m$i key 1 0 0 0 value 2 0 0 0 || echo "FAIL cycle $i map"
    fi
    $IP link set dev rvoff0 xdpoffload pinned $PINS/c$i || echo "FAIL cycle $i attach"
    rmmod rvjit || echo "FAIL cycle $i rmmod"
    $RVJ hex $PINS/c$i >/dev/null 2>&1 && echo "FAIL cycle $i: orphan still has an image"
    rm -f $PINS/*
    i=$((i + 1))
done
echo "CYCLES $i"
insmod /vm/rvjit.ko devices=2
drained cycles
rmmod rvjit

# 2. concurrency, with an rmmod half-way
loader() {  # ID SECONDS
    n=0; ok=0; end=$(($(date +%s) + $2))
    while [ $(date +%s) -lt $end ]; do
        p=$(((n + $1) % {nprogs}))
        if $RVJ load /vm/r/p$p.bin rvoff0 $PINS/l$1_$n >/dev/null 2>&1; then
            $RVJ hex $PINS/l$1_$n 2>/dev/null | sed -n "s/^IMG [0-9]* [0-9a-f]* ~\(.*\)$/CRC p$p \1/p" >>/tmp/crc$1
            ok=$((ok + 1))
        fi
        rm -f $PINS/l$1_$n
        n=$((n + 1))
    done
    sort -u /tmp/crc$1
    echo "LOADER $1 $n tries $ok loads"
}
insmod /vm/rvjit.ko devices=2
bpftool map create $PINS/smap type hash key 4 value 4 entries 64 name smap dev rvoff1
half=$(({seconds} / 2))
for l in 1 2 3 4; do loader $l {seconds} >/tmp/loader$l 2>&1 & done
$RVJ mapstress $PINS/smap $half
rmmod rvjit && echo "RMMOD-IN-FLIGHT ok" || echo "FAIL rmmod in flight"
rm -f $PINS/smap
insmod /vm/rvjit.ko devices=2 || echo "FAIL insmod after rmmod"
bpftool map create $PINS/smap2 type hash key 4 value 4 entries 64 name smap2 dev rvoff1
$RVJ mapstress $PINS/smap2 $(({seconds} - half))
wait
cat /tmp/loader1 /tmp/loader2 /tmp/loader3 /tmp/loader4
rm -f $PINS/*
drained concurrency

# 3. capabilities
$RVJ --caps net_admin load /vm/x/dead.bin rvoff0 $PINS/cap1 >/tmp/cap1 2>&1
echo "CAP net_admin rc=$?"
head -n 1 /tmp/cap1
if $RVJ --caps bpf,net_admin load /vm/x/dead.bin rvoff0 $PINS/cap2 >/tmp/cap2 2>&1; then
    $RVJ hex $PINS/cap2 | sed -n "s/^IMG [0-9]* [0-9a-f]* ~\(.*\)$/CRC dead \1/p"
    echo "CAP bpf,net_admin loaded"
else
    grep -E "rvjit:|BPF_PROG_LOAD" /tmp/cap2 | head -n 3
    echo "CAP bpf,net_admin refused"
fi
rm -f $PINS/*

# 4. faults: the module's allocations, then (if the kernel has it) the kernel's
for k in 1 2 3; do
    echo $k > $FAIL
    bpftool map create $PINS/f$k type hash key 4 value 4 entries 8 name f$k dev rvoff0 2>/dev/null \
        && echo "FAIL fault map $k: created"
    echo $k > $FAIL
    $RVJ load /vm/r/p0.bin rvoff0 $PINS/fp$k 2>/dev/null && echo "FAIL fault prog $k: loaded"
    echo 0 > $FAIL
    rm -f $PINS/*
done
if [ -e /proc/self/fail-nth ] && [ -d /sys/kernel/debug/failslab ]; then
    echo N > /sys/kernel/debug/failslab/ignore-gfp-wait
    echo 0 > /sys/kernel/debug/failslab/verbose
    k=1
    while [ $k -le {kernel_faults} ]; do
        if RVJIT_FAIL_NTH=$k $RVJ load /vm/r/p1.bin rvoff0 $PINS/kf$k >/dev/null 2>&1; then
            $RVJ hex $PINS/kf$k | sed -n "s/^IMG [0-9]* [0-9a-f]* ~\(.*\)$/CRC p1 \1/p"
        fi
        rm -f $PINS/kf$k
        k=$((k + 1))
    done
    echo "KERNEL-FAULTS $((k - 1))"
fi
grep -E '^(faults|map_ops|translated) ' $ST
drained faults
rmmod rvjit
lsmod | grep -q '^rvjit ' && echo "FAIL rvjit still loaded"
if [ -e /sys/kernel/debug/kmemleak ]; then
    echo scan > /sys/kernel/debug/kmemleak; sleep 2; echo scan > /sys/kernel/debug/kmemleak
    echo "KMEMLEAK-BEGIN"; cat /sys/kernel/debug/kmemleak; echo "KMEMLEAK-END"
fi
echo "DMESG-BEGIN"
dmesg
echo "DMESG-END"
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m rvlab.vmstress", description=__doc__.split("\n")[0])
    ap.add_argument("--cycles", type=int, default=1000)
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--kernel-faults", type=int, default=40,
                    help="kernel fail-nth positions tried (debug kernel only)")
    ap.add_argument("--kernel")
    ap.add_argument("--arch")
    args = ap.parse_args(argv)
    try:
        t = vm.target(args.kernel, args.arch)
        ok, line = run(t, args.cycles, args.seconds, args.kernel_faults)
    except (vmtest.VMTestError, vm.VMError) as e:
        print(f"vm-stress: error: {e}", file=sys.stderr)
        return 2
    print(line)
    return 0 if ok else 1


# An allocation the kernel's fault injection failed on purpose (the debug kernel's fail-nth)
# is reported by warn_alloc with a stack trace, and kmemleak says when its own metadata
# allocation failed: consequences of the injection, not findings.  Everything else counts.
ALLOC_FAILED = re.compile(r"vmalloc error: |page allocation failure: |"
                          r"kmemleak: Cannot allocate a scan area")


def findings(lines) -> list:
    """The dmesg lines vmtest.DMESG_BAD flags, less the reports of injected allocation
    failures (from their first line to the end of their stack trace) and the markers."""
    out, in_report = [], False
    for ln in lines:
        if ALLOC_FAILED.search(ln):
            in_report = "Cannot allocate a scan area" not in ln
            continue
        if in_report:
            in_report = ln.strip() != "</TASK>"
            continue
        if ln.strip() in ("KMEMLEAK-BEGIN", "KMEMLEAK-END"):
            continue
        if vmtest.DMESG_BAD.search(ln):
            out.append(ln)
    return out


def run(t: vm.Target, cycles: int, seconds: int, kernel_faults: int = 40,
        say=print) -> tuple[bool, str]:
    t0 = time.monotonic()
    missing = vm.missing(t)
    if missing:
        raise vmtest.VMTestError(f"cannot boot the {t.name} VM; missing: " + ", ".join(missing))
    ko = vmtest.build_module(t)
    progs = vmtest.random_cases(N_PROGS, seed=11)[:N_PROGS]
    want = {f"p{i}": zlib.crc32(_img_text(vmtest._expected(c.code, ""))) for i, c in
            enumerate(progs)}
    want["dead"] = zlib.crc32(_img_text(vmtest._expected(vmtest.DEAD_CODE_EDITED, "")))
    files, preamble = vm.bundle(["bpftool", "ip"], target=t)
    files.update({"rvjit.ko": ko.read_bytes(), "rvjit-image": vmtest.build_tool(t.arch.name),
                  "x/dead.bin": vmtest.DEAD_CODE})
    for i, c in enumerate(progs):
        files[f"r/p{i}.bin"] = c.code
    script = preamble + (SCRIPT.replace("{cycles}", str(cycles)).replace("{seconds}", str(seconds))
                         .replace("{nprogs}", str(N_PROGS))
                         .replace("{kernel_faults}", str(kernel_faults)))
    slow = 1 if t.arch.name == vm.HOST_ARCH and t.series != "6.1-debug" else 4
    say(f"vm-stress: {t.name}: {cycles} cycles, {seconds} s of concurrency; booting "
        f"{t.kernel.name}")
    res = vm.run(files, script, timeout=(600 + 2 * cycles + 2 * seconds) * slow, memory="1G",
                 check=False, target=t)
    log = vmtest.ROOT / "build" / "vmstress-output.txt"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text(res.output + "\n--- console ---\n" + res.console)
    out = res.output
    problems = [ln for ln in out.splitlines() if ln.startswith(("FAIL", "NOT-DRAINED"))]
    crcs = re.findall(r"^CRC (\w+) ([0-9a-f]{8})$", out, re.M)
    bad = sorted({(p, c) for p, c in crcs if int(c, 16) != want[p]})
    problems += [f"image of {p} differs from the Python JIT's (crc {c})" for p, c in bad]
    m = re.search(r"^CYCLES (\d+)$", out, re.M)
    done_cycles = int(m.group(1)) if m else 0
    loads = done_cycles + sum(int(x) for x in re.findall(r"^LOADER \d+ \d+ tries (\d+) loads$",
                                                          out, re.M))
    mapops = [int(x) for x in re.findall(r"^MAPOPS (\d+) ", out, re.M)]
    faults = re.search(r"^faults (\d+)$", out, re.M)
    kfaults = re.search(r"^KERNEL-FAULTS (\d+)$", out, re.M)
    n_faults = (int(faults.group(1)) if faults else 0) + (int(kfaults.group(1)) if kfaults else 0)
    for phase in ("cycles", "concurrency", "faults"):
        if f"DRAINED {phase}" not in out:
            problems.append(f"the live counters did not drain after the {phase} phase")
    if "RMMOD-IN-FLIGHT ok" not in out:
        problems.append("rmmod with loads in flight did not happen")
    if not re.search(r"^CAP net_admin rc=[1-9]", out, re.M) or \
            "BPF_PROG_LOAD: Operation not permitted" not in out:
        problems.append("a load without CAP_BPF was not refused with EPERM")
    if "CAP bpf,net_admin" not in out:
        problems.append("the CAP_BPF load did not run")
    if "CAP bpf,net_admin loaded" in out and not any(p == "dead" for p, _ in crcs):
        problems.append("the dead-code program loaded without CAP_SYS_ADMIN gave no image")
    if len(mapops) != 2:
        problems.append("the map stress did not run twice")
    dmesg = out.split("KMEMLEAK-BEGIN", 1)[-1] if "KMEMLEAK-BEGIN" in out else \
        out.split("DMESG-BEGIN", 1)[-1]
    dirty = findings((dmesg + "\n" + res.console).splitlines())
    problems += [f"dmesg: {ln}" for ln in dirty[:20]]
    if res.rc or done_cycles != cycles:
        problems.append(f"the VM script stopped early (status {res.rc}, {done_cycles} cycles)")
    for p in problems:
        say(f"FAIL {p}")
    rate = sum(mapops) / max(seconds, 1)
    say(f"vm-stress: output in {log.relative_to(vmtest.ROOT)}; {len(set(crcs))} distinct images "
        f"checked; {rate:.0f} map ops/s under load (TCG); wall {time.monotonic() - t0:.0f} s")
    leaked = "0 leaked" if all(f"DRAINED {p}" in out for p in ("cycles", "concurrency", "faults")) \
        else "LEAKED"
    clean = "dmesg clean" if not dirty else f"dmesg NOT clean ({len(dirty)} lines)"
    line = (f"vm-stress: {done_cycles} cycles, {loads} loads, {sum(mapops)} map ops, "
            f"{n_faults} faults injected, {leaked}, {clean}")
    return not problems, line


def _img_text(image: bytes) -> bytes:
    """What rvjit-image hex prints before the CRC (the CRC is of this text)."""
    return f"IMG {len(image)} {image.hex()}".encode()


if __name__ == "__main__":
    sys.exit(main())
