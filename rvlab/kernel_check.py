"""The corpus objects with maps, helpers, calls, tail calls, global data or TC, loaded whole by
Linux 6.1 (Debian's kernel and bpftool/libbpf, in the test VM), and rvjit's linking compared
with what the kernel made of libbpf's:

- the verifier accepts every object (`bpftool prog loadall OBJ DIR`: every program, its maps
  created, PROG_ARRAY initial values set); on failure the verifier log is shown;
- for every program, from BPF_OBJ_GET_INFO_BY_FD (`bpftool prog show`, `prog dump xlated`):
  the map references of the kernel's xlated program (LD_IMM64 src 1/2, imm = map id) are,
  in order, rvjit's (src 5/6): same destination register, the same map (rvjit's index i is
  the kernel's used_map_ids[i]: the used-maps order), the same value offset; every map is
  the one rvjit describes (type, key/value size, entries, flags, name); with the JIT on, every
  bpf-to-bpf call goes to the same function (the kernel's subprogram number).

The kernel rewrites around these (ctx accesses, helper fixups, inlined lookups), so
instructions are compared by their order among map references and calls, not by index.

    python3 -m rvlab.kernel_check [--all]     (--all: the pure objects too)
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

from rvlab import corpus

LD_IMM64, CALL = 0x18, 0x85
BPF_F_MMAPABLE = 0x400        # a host mmap() permission libbpf adds; not the program's business
# The kernel makes every DEVMAP read-only to programs (devmap.c, dev_map_init_map: map_flags |=
# BPF_F_RDONLY_PROG): its own flag, not the object's.
BPF_F_RDONLY_PROG, DEVMAPS = 0x80, ("devmap", "devmap_hash")

_SCRIPT = r"""
emit() { s=$(printf '%s' "$1" | md5sum); echo "$1 ~${s%% *}"; }
hx() { hexdump -v -e '/1 "%02x"' "$1"; }
emit "K $(uname -r) $(cat /proc/sys/net/core/bpf_jit_enable)"
for name in $(cat /vm/names); do
  mkdir -p /sys/fs/bpf/$name
  if /vm/bin/bpftool prog loadall /vm/o/$name.o /sys/fs/bpf/$name >/tmp/log 2>&1; then
    emit "L $name ok"
    for p in /sys/fs/bpf/$name/*; do
      /vm/bin/bpftool -j prog show pinned $p >/tmp/info 2>&1
      /vm/bin/bpftool prog dump xlated pinned $p file /tmp/xl >/dev/null 2>&1
      emit "P $name $(basename $p) $(hx /tmp/info) $(hx /tmp/xl)"
    done
  else
    emit "L $name fail $(tail -c 12000 /tmp/log | hexdump -v -e '/1 "%02x"')"
  fi
done
/vm/bin/bpftool -j map show >/tmp/maps 2>&1
emit "M $(hx /tmp/maps)"
emit "E done"
"""
_LINE = re.compile(r"^([KLPME]) (.*) ~([0-9a-f]{32})$")


@dataclass
class KernelProg:
    name: str
    info: dict
    xlated: bytes


@dataclass
class Report:
    release: str = "?"
    jit: int | None = None
    loads: dict = field(default_factory=dict)       # object name -> (ok, log)
    progs: dict = field(default_factory=dict)       # (object name, program) -> KernelProg
    maps: dict = field(default_factory=dict)        # map id -> bpftool's JSON
    bad_lines: int = 0


def run(entries, timeout=None) -> Report:
    from rvlab import vm
    entries = list(entries)
    files, preamble = vm.bundle(["bpftool"])
    names = [e.name.replace(".", "_") for e in entries]
    files["names"] = "".join(f"{n}\n" for n in names).encode()
    for e, n in zip(entries, names):
        files[f"o/{n}.o"] = Path(e.path).read_bytes()
    r = vm.run(files, preamble + _SCRIPT, timeout=timeout or 120 + 3 * len(entries), check=False)
    rep = Report()
    done = False
    for line in r.output.splitlines():
        m = _LINE.match(line.strip("\r"))
        if not m:
            continue
        if hashlib.md5(f"{m[1]} {m[2]}".encode()).hexdigest() != m[3]:
            rep.bad_lines += 1
            continue
        f = m[2].split(" ")
        if m[1] == "K":
            rep.release, rep.jit = f[0], int(f[1]) if len(f) > 1 and f[1].isdigit() else None
        elif m[1] == "L":
            log = bytes.fromhex(f[2]).decode("utf-8", "replace") if len(f) > 2 else ""
            rep.loads[f[0]] = (f[1] == "ok", log)
        elif m[1] == "P":
            info = json.loads(bytes.fromhex(f[2])) if len(f) > 2 and f[2] else {}
            rep.progs[(f[0], f[1])] = KernelProg(f[1], info, bytes.fromhex(f[3]) if len(f) > 3 else b"")
        elif m[1] == "M":
            for mp in json.loads(bytes.fromhex(f[0])) if f and f[0] else []:
                rep.maps[mp["id"]] = mp
        elif m[1] == "E":
            done = True
    if not done:
        raise corpus.CorpusError("the VM script did not finish; output tail:\n"
                                 + "\n".join(r.output.splitlines()[-10:]))
    by_vm = dict(zip(names, [e.name for e in entries]))
    rep.loads = {by_vm.get(k, k): v for k, v in rep.loads.items()}
    rep.progs = {(by_vm.get(o, o), p): v for (o, p), v in rep.progs.items()}
    return rep


def _slots(code: bytes) -> list:
    return [struct.unpack_from("<BBhi", code, 8 * i) for i in range(len(code) // 8)]


def _refs(code: bytes, srcs) -> list:
    """[(dst reg, src, imm, second slot's imm)] of LD_IMM64 with src in `srcs`, in order."""
    s, out, i = _slots(code), [], 0
    while i < len(s):
        c, regs, _, imm = s[i]
        if c == LD_IMM64:
            if regs >> 4 in srcs:
                out.append((regs & 0xF, regs >> 4, imm, s[i + 1][3] if i + 1 < len(s) else None))
            i += 2
            continue
        i += 1
    return out


def _calls(code: bytes) -> list:
    """The pseudo calls' targets, as slot indices, in order."""
    return [i + 1 + imm for i, (c, regs, _off, imm) in enumerate(_slots(code))
            if c == CALL and regs >> 4 == 1]


def _func_refs(code: bytes) -> list:
    """LD_IMM64 src 4 (a function's address) targets, as slot indices, in order."""
    s = _slots(code)
    return [i + 1 + imm for i, (c, regs, _off, imm) in enumerate(s)
            if c == LD_IMM64 and regs >> 4 == 4]


def _kernel_calls(code: bytes) -> list:
    """With the JIT on, Linux's xlated dump gives a pseudo call's subprogram number in imm."""
    return [imm for c, regs, _off, imm in _slots(code) if c == CALL and regs >> 4 == 1]


def _map_name_ok(spec, kernel_name: str) -> bool:
    return kernel_name == spec.name[:15]


def compare(entry, report: Report) -> list:
    """What differs between rvjit's programs of `entry` and the kernel's ([] = nothing)."""
    out = []
    ok, log = report.loads.get(entry.name, (False, "no result came back from the VM"))
    if not ok:
        return [f"{entry.name}: the verifier refused it (bpftool prog loadall):\n"
                + "\n".join(log.splitlines()[-30:])]
    for pname, _section, _ptype in entry.programs:
        k = report.progs.get((entry.name, pname[:15])) or report.progs.get((entry.name, pname))
        where = f"{entry.name} {pname}"
        if k is None or not k.xlated:
            out.append(f"{where}: the kernel's program was not read back")
            continue
        prog = entry.load(pname)
        ids = k.info.get("map_ids", [])
        if len(ids) != len(prog.maps):
            out.append(f"{where}: the kernel uses {len(ids)} maps, rvjit {len(prog.maps)}")
        mine, theirs = _refs(prog.code, (5, 6)), _refs(k.xlated, (1, 2))
        if len(mine) != len(theirs):
            out.append(f"{where}: {len(mine)} map references in rvjit's program, "
                       f"{len(theirs)} in the kernel's")
        for n, ((d1, s1, i1, o1), (d2, s2, i2, o2)) in enumerate(zip(mine, theirs)):
            want_id = ids[i1] if i1 < len(ids) else None
            if (d1, s1 - 4, want_id) != (d2, s2, i2) or (s1 == 6 and o1 != o2):
                out.append(f"{where}: map reference #{n}: rvjit r{d1} = map {i1} "
                           f"({prog.maps[i1].name if i1 < len(prog.maps) else '?'}) src {s1} "
                           f"offset {o1}; kernel r{d2} = map id {i2} src {s2} offset {o2} "
                           f"(used_map_ids {ids})")
        for i, spec in enumerate(prog.maps):
            km = report.maps.get(ids[i]) if i < len(ids) else None
            if km is None:
                continue
            got = (km.get("type"), km.get("bytes_key"), km.get("bytes_value"),
                   km.get("max_entries"), km.get("flags", 0) & ~BPF_F_MMAPABLE
                   & ~(BPF_F_RDONLY_PROG if km.get("type") in DEVMAPS else 0))
            want = (_MAP_TYPES.get(spec.type, spec.type), spec.key_size, spec.value_size,
                    spec.max_entries, spec.flags)
            if got != want or not _map_name_ok(spec, km.get("name", "")):
                out.append(f"{where}: map {i}: kernel {km.get('name')} {got}, rvjit "
                           f"{spec.name} {want}")
        if report.jit and k.info.get("jited"):
            starts = [start for _, start in prog.functions]
            num = lambda t: starts.index(t) if t in starts else f"slot {t}"
            mine_c = [num(t) for t in _calls(prog.code)]
            callbacks = [num(t) for t in _func_refs(prog.code)]
            # Linux inlines bpf_loop (flags 0) into a loop that calls the callback directly
            theirs_c = [t for t in _kernel_calls(k.xlated) if t not in callbacks]
            if mine_c != theirs_c:
                out.append(f"{where}: bpf-to-bpf call targets (function numbers): rvjit "
                           f"{mine_c}, kernel {theirs_c}")
            missing = set(callbacks) - set(_kernel_calls(k.xlated))
            if missing:
                out.append(f"{where}: rvjit's function references (callbacks) to functions "
                           f"{sorted(missing, key=str)} are not among the kernel's calls "
                           f"{_kernel_calls(k.xlated)} (bpf_loop not inlined?)")
    return out


# bpftool prints map types by name (libbpf's map_type_name)
_MAP_TYPES = {1: "hash", 2: "array", 3: "prog_array", 4: "perf_event_array", 5: "percpu_hash",
              6: "percpu_array", 7: "stack_trace", 8: "cgroup_array", 9: "lru_hash",
              10: "lru_percpu_hash", 11: "lpm_trie", 12: "array_of_maps", 13: "hash_of_maps",
              14: "devmap", 15: "sockmap", 16: "cpumap", 17: "xskmap", 18: "sockhash",
              19: "cgroup_storage", 20: "reuseport_sockarray", 21: "percpu_cgroup_storage",
              22: "queue", 23: "stack", 24: "sk_storage", 25: "devmap_hash", 26: "struct_ops",
              27: "ringbuf", 28: "inode_storage", 29: "task_storage", 30: "bloom_filter"}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m rvlab.kernel_check",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("--all", action="store_true", help="the pure objects too")
    args = ap.parse_args(argv)
    every = corpus.build()
    entries = every if args.all else [e for e in every if e.features]
    rep = run(entries)
    bad = {e.name: compare(e, rep) for e in entries}
    for name, diffs in bad.items():
        for d in diffs:
            print(d)
    progs = sum(len(e.programs) for e in entries)
    refs = sum(len(_refs(e.load(p).code, (5, 6))) for e in entries for p, _, _ in e.programs)
    nbad = sum(bool(d) for d in bad.values())
    print(f"kernel_check (Linux {rep.release}, JIT {rep.jit}): {len(entries) - nbad} of "
          f"{len(entries)} objects ({progs} programs, {refs} map references) loaded and "
          f"matching")
    return 1 if nbad else 0


if __name__ == "__main__":
    sys.exit(main())
