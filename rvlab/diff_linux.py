"""make diff-linux: every corpus program on a set of packets, through Linux and through the
device: the same object in Linux 6.1 (BPF_PROG_TEST_RUN with data_in, the interpreter, in the
Debian VM of rvlab.vm) and rvjit's image in rvoff-run (runtime/, qemu-riscv64-static off
RISC-V), for RV64IM and for Zba/Zbb/C.  Verdicts and output packets must be equal.

    python3 -m rvlab.diff_linux [--programs N] [--packets K] [--plant runtime|rule]

Packets: the corpus's crafted frames for every protocol its programs parse
(rvlab.corpus.sample_packets), seeded corruptions of them, and random frames (random bytes
behind an Ethernet header of a type the programs dispatch on).  Ends with

    diff-linux: P programs, K packets, D differences

where K counts (program, packet) pairs, each compared for every ISA.  --plant shows the
check can fail: `runtime` runs a copy of rvoff-run built with one wrong line (the frame's
data_end one byte short), `rule` a JIT whose add-immediate rule emits imm+1 (the "wrong
immediate" mutant `make prove` refuses, tests/proofs/test_mutants.py).

The objects with maps, helpers, bpf-to-bpf calls, tail calls and global data run too, their
maps starting with the same contents on both sides (initial_maps: the corpus's NAME.maps.json,
seeded contents for other arrays, hash maps and DEVMAPs, PROG_ARRAYs as their `.values` say;
global data as the object has it) and kept across the packets, in the same order on both sides;
after the runs every map's contents (read back from Linux's maps pinned by bpftool, and from
rvoff-run's JSON) must be equal.  The 8-byte words of a map value that differ between a
deterministic device run and one with real time, randomness and CPU are not compared
(timestamps); everything else is.  TC programs run on Linux's skb (BPF_PROG_TEST_RUN of a
sched_cls program): the TC_ACT_* verdict, the packet and the mark and priority it leaves in
ctx_out are compared.  An object that tail calls is loaded whole (libbpf fills its PROG_ARRAY)
and enters at main_program.  Left out, with the reason in the output: an image calling a helper
rvoff-run lacks (bpf_loop: the ABI has no callback helpers; rvoff-run refuses it at load).

Not compared: redirect targets (BPF_PROG_TEST_RUN reports only the verdict; the output says
how many redirected runs agreed on it).
"""
from __future__ import annotations

import argparse
import contextlib
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from rvjit import device, elfimage
from rvjit.jit import compile_program, parse_isa
from rvlab import corpus, pcap

ISAS = (frozenset(), parse_isa("zba,zbb,c"))
ETHERTYPES = (0x0800, 0x86DD, 0x0806, 0x8100, 0x88A8, 0x88CC)


def isa_name(isa) -> str:
    return "rv64im" + "".join("+" + x for x in sorted(isa))


def packet_set(count: int, seed: int = 1) -> list[tuple[str, bytes]]:
    """`count` labelled frames: the crafted ones, then 3 corruptions for each random frame."""
    base = corpus.sample_packets(mutants=0, seed=seed)
    rest = max(0, count - len(base))
    n_random = rest // 4
    out = corpus.sample_packets(mutants=rest - n_random, seed=seed)
    rng = random.Random(seed * 7919)
    for k in range(n_random):
        etype = rng.choice(ETHERTYPES)
        body = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 120)))
        out.append((f"random_eth{k}", bytes(rng.getrandbits(8) for _ in range(12))
                    + etype.to_bytes(2, "big") + body))
    return out[:count]


@dataclass
class Difference:
    program: str
    isa: str
    packet: int
    label: str
    what: str

    def __str__(self):
        return f"{self.program} [{self.isa}] packet {self.packet} ({self.label}): {self.what}"


def main_program(entry) -> str:
    """The program a packet enters: the corpus's main one, or for an object that tail calls
    the first that no PROG_ARRAY's `.values` names (the others are its stages)."""
    if "tail_calls" not in entry.features:
        return entry.program or entry.section
    progs = [entry.load(n) for n, _, _ in entry.programs]
    targets = {t for p in progs for m in p.maps if m.type == PROG_ARRAY for _, t in m.values}
    return next(p.name for p in progs if p.name not in targets)


def _programs(entry) -> list:
    """The linked programs the device loads: the main one, and for an object that tail calls
    every program of it (the PROG_ARRAY's targets)."""
    if "tail_calls" not in entry.features:
        return [entry.load()]
    first = main_program(entry)
    return [entry.load(n) for n in [first] + [n for n, _, _ in entry.programs if n != first]]


def _image_name(entry) -> str:
    """The main program's name in the image: the entry's, or its own in a tail-call object
    (the PROG_ARRAY names its stages)."""
    name = entry.name if "tail_calls" not in entry.features else main_program(entry)
    return elfimage.symbol_name(name)


def _object(entry, isa) -> bytes:
    images = []
    for k, prog in enumerate(_programs(entry)):   # linked: maps, type (the device context)
        img = compile_program(prog, isa)
        images.append(elfimage.from_image(_image_name(entry) if k == 0 else prog.name, img,
                                          prog.prog_type))
    return elfimage.write(images, isa)


# --- initial map contents: the same on both sides ----------------------------------------------

HASHES = {1: "hash", 5: "percpu_hash", 9: "lru_hash", 10: "lru_percpu_hash"}
ARRAYS = {2: "array", 6: "percpu_array"}
PERCPU = {5, 6, 10}
PROG_ARRAY, DEVMAP = 3, 14


def _maps_of(entry) -> dict:
    out = {}
    for prog in _programs(entry):
        for m in prog.maps:
            out.setdefault(m.name, m)
    return out


def _word(rng) -> bytes:
    """Half small numbers (indices, counts, flags a program tests), half any u32."""
    return (rng.randrange(8) if rng.random() < 0.5 else rng.getrandbits(32)).to_bytes(4, "little")


def _value(rng, size) -> str:
    return b"".join(_word(rng) for _ in range((size + 3) // 4))[:size].hex()


def initial_maps(entry, seed: int = 1) -> dict:
    """The maps file (rvoff-run's --maps) the object starts with: the corpus's NAME.maps.json
    beside the source for the maps it names (control-plane entries a program looks for, e.g.
    l4_lb's VIPs), seeded contents for the other ARRAY and HASH maps (up to 256 elements of an
    array, 4 keys of a hash map; a hash key of up to 4 bytes small, so the programs hit it), and
    every PROG_ARRAY as its `.values` initialise it (as libbpf does on the Linux side)."""
    import json
    rng = random.Random(f"{entry.source.stem}/{seed}")
    given = entry.source.with_suffix(".maps.json")
    out = json.loads(given.read_text()) if given.exists() else {}
    for name, m in _maps_of(entry).items():
        if name in out or m.data is not None:
            continue
        if m.type == PROG_ARRAY and m.values:
            out[name] = [{"key": i.to_bytes(4, "little").hex(), "value": prog}
                         for i, prog in m.values]
        elif m.type == DEVMAP:
            # half the slots set, each to lo (ifindex 1: the VM's one interface)
            slots = sorted(rng.sample(range(m.max_entries), (m.max_entries + 1) // 2))
            out[name] = [{"key": i.to_bytes(4, "little").hex(),
                          "value": (1).to_bytes(m.value_size, "little").hex()} for i in slots]
        elif m.type in ARRAYS:
            out[name] = [{"key": i.to_bytes(4, "little").hex(), "value": _value(rng, m.value_size)}
                         for i in range(min(m.max_entries, 256))]
        elif m.type in HASHES:
            keys = set()
            while len(keys) < min(4, m.max_entries // 2):
                keys.add(rng.randrange(64).to_bytes(m.key_size, "little").hex()
                         if m.key_size <= 4 else _value(rng, m.key_size))
            out[name] = [{"key": k, "value": _value(rng, m.value_size)} for k in sorted(keys)]
    return out


def linux_rows(entry, maps: dict) -> list:
    """The maps file as xdp_run's init lines (map, key hex, value hex): a per-CPU value once
    per CPU of the VM (one), padded to 8 bytes; program arrays left to libbpf."""
    specs, rows = _maps_of(entry), []
    for name, ents in maps.items():
        m = specs[name]
        if m.type == PROG_ARRAY:
            continue
        for e in ents:
            v = e["value"] + ("00" * (-m.value_size % 8) if m.type in PERCPU else "")
            rows.append((name, e["key"], v))
    return rows


def device_runs(entry, isa, pcap_path, deterministic=True, maps=None) -> dict:
    return device.run(_object(entry, isa), pcap_path, maps, budget_ms=2000,
                      deterministic=deterministic, program=_image_name(entry))


def device_refusals(entries) -> dict:
    """name -> why rvoff-run refuses the object's image at load (a helper it lacks)."""
    out = {}
    with tempfile.TemporaryDirectory(prefix="diff-linux-") as d:
        pc = Path(d) / "one.pcap"
        pc.write_bytes(pcap.write([packet_set(1)[0][1]]))
        for e in entries:
            try:
                device_runs(e, frozenset(), pc, maps=initial_maps(e))
            except device.DeviceError as x:
                if "does not provide" not in str(x):
                    raise
                out[e.name] = str(x).split(": program ", 1)[-1]
    return out


def _map_name(name: str) -> str:
    return name.replace(".", "_")       # libbpf pins .bss as _bss


def device_maps(out: dict) -> dict:
    """rvoff-run's maps as vm_check reports Linux's: {name: {key hex: value hex}}, per-CPU
    values one 8-aligned slot a CPU, an array's all-zero values left out."""
    res = {}
    for name, m in out.get("maps", {}).items():
        if m["type"] in ("prog_array", "devmap", "xskmap", "cpumap"):
            continue
        ents = {}
        for e in m["entries"]:
            if "values" in e:
                pad = "00" * (-m["value_size"] % 8)
                v = "".join(x + pad for x in e["values"])
            else:
                v = e["value"]
            if m["type"] in ("array", "percpu_array") and not v.strip("0"):
                continue
            ents[e["key"]] = v
        res[_map_name(name)] = ents
    return res


def _mask(a: str, b: str) -> str:
    """a with every 8-byte word where b differs blanked (not compared): a timestamp's bytes
    can agree by chance between two runs, its word does not."""
    return "".join(a[i:i + 16] if a[i:i + 16] == b[i:i + 16] else "." * len(a[i:i + 16])
                   for i in range(0, len(a), 16))


def compare_maps(entry, isa, linux, mine: dict, other: dict) -> list:
    out = []
    theirs = {_map_name(k): v for k, v in (linux.maps or {}).get(entry.name, {}).items()}
    for name in sorted(set(mine) | set(theirs)):
        d = lambda what: out.append(Difference(entry.name, isa_name(isa), -1, "maps", what))
        if name not in mine:
            d(f"map {name}: only in Linux")
            continue
        # vm_check reports entries: a map it lists nothing of is empty (or all zero)
        a, b, o = mine[name], theirs.get(name, {}), other.get(name, {})
        if set(a) != set(b):
            d(f"map {name}: keys only in Linux {sorted(set(b) - set(a))[:3]}, only in "
              f"rvoff-run {sorted(set(a) - set(b))[:3]}")
            continue
        for k in sorted(a):
            ref = o.get(k, a[k])        # the nondeterministic run's value: what varies
            if len(a[k]) != len(b[k]) or _mask(a[k], ref) != _mask(b[k], ref):
                d(f"map {name} key {k}: Linux {b[k]}, rvoff-run {a[k]}")
    return out


def compare(entry, isa, packets, linux, dev, stats=None) -> list:
    out = []
    stats = {} if stats is None else stats
    for k, ((label, frame), p) in enumerate(zip(packets, dev)):
        lx = linux.runs[(entry.name, k)]
        d = lambda what: out.append(Difference(entry.name, isa_name(isa), k, label, what))
        if lx.retval is None:
            # a frame BPF_PROG_TEST_RUN builds no context for (EINVAL): rvoff-run must refuse
            # it too, and says why
            if not (p.get("refused") and "errno 22" in lx.error):
                d(f"Linux gave no result: {lx.error}; rvoff-run: {p.get('error') or 'ran it'}")
            continue
        if p.get("refused"):
            d(f"rvoff-run refused the frame ({p['error']}); Linux returned {lx.retval}")
            continue
        if "error" in p:
            d(f"rvoff-run: {p['error']} {p.get('signal', '')} {p.get('pc', '')}; Linux "
              f"returned {lx.retval}")
            continue
        if p["retval"] != lx.retval:
            d(f"verdict: Linux {lx.retval}, rvoff-run {p['retval']}")
        elif "redirect" in p:
            stats["redirects"] = stats.get("redirects", 0) + 1
        if "tc" in getattr(entry, "features", ()):
            stats["tc"] = stats.get("tc", 0) + 1
        for field in (lx.skb or {}):        # TC: what the program wrote into the skb
            if p.get(field) != lx.skb[field]:
                d(f"skb {field}: Linux {lx.skb[field]}, rvoff-run {p.get(field)}")
        mine = bytes.fromhex(p["packet"]) if "packet" in p else frame
        if mine != lx.data:
            at = next((i for i, (a, b) in enumerate(zip(mine, lx.data)) if a != b),
                      min(len(mine), len(lx.data)))
            d(f"output packet differs at byte {at} (Linux {len(lx.data)} bytes, rvoff-run "
              f"{len(mine)})")
    if len(dev) != len(packets):
        out.append(Difference(entry.name, isa_name(isa), len(dev), "-",
                              f"rvoff-run reported {len(dev)} of {len(packets)} packets"))
    return out


def linux_side(entries, packets):
    init = {e.name: linux_rows(e, initial_maps(e)) for e in entries if e.features}
    report = corpus.vm_check(entries, packets, init=init)
    if report.init_errors:
        raise corpus.CorpusError(f"Linux refused initial map entries: {report.init_errors}")
    loads = corpus.verdicts(entries, report)
    refused = {n: log for n, (ok, log) in loads.items() if not ok}
    return report, refused


def device_side(entries, packets, linux, isas=ISAS, stats=None) -> list:
    diffs = []
    with tempfile.TemporaryDirectory(prefix="diff-linux-") as d:
        pc = Path(d) / "in.pcap"
        pc.write_bytes(pcap.write([f for _, f in packets]))
        for e in entries:
            init = initial_maps(e) if e.features else None
            for isa in isas:
                run = device_runs(e, isa, pc, maps=init)
                diffs += compare(e, isa, packets, linux, run["packets"], stats)
                if e.features:
                    other = device_maps(device_runs(e, isa, pc, deterministic=False, maps=init))
                    diffs += compare_maps(e, isa, linux, device_maps(run), other)
    return diffs


# --- planted bugs: the check must be able to fail ---------------------------------------------

RUNTIME_BUG = ("xdp.data_end = xdp.data + pk->len;", "xdp.data_end = xdp.data + pk->len - 1;")


def plant_runtime_bug(workdir: Path) -> Path:
    """rvoff-run built from a copy of runtime/ with the frame's data_end one byte short."""
    src = Path(workdir) / "runtime"
    shutil.copytree(device.RUNTIME_SRC, src)
    main = src / "main.c"
    text = main.read_text()
    if RUNTIME_BUG[0] not in text:
        raise RuntimeError("the planted runtime bug's line is gone from runtime/main.c")
    main.write_text(text.replace(RUNTIME_BUG[0], RUNTIME_BUG[1]))
    abi = device.ROOT / "kmod" / "generated" / "rvoff_abi.h"     # the copy's ../kmod is not there
    subprocess.run(["make", "-s", "-C", str(src), f"OUT={workdir}", f"ABI={abi}"], check=True)
    return Path(workdir) / "rvoff-run"


@contextlib.contextmanager
def planted_rule_bug(rule_name: str = "alu64_add_k_imm12"):
    """The JIT with one rule emitting imm+1 (the generated emitter patched in memory)."""
    from rvjit.generated import emit
    saved = dict(emit.RULES)
    hit = False
    for key, rules in emit.RULES.items():
        new = []
        for r in rules:
            if r.name == rule_name:
                hit = True
                orig = r.emit
                r = r._replace(emit=lambda d, s, o, i, *rest, orig=orig:    # i64, dist, flags
                               orig(d, s, o, (i + 1) & 0xFFFFFFFF, *rest))
            new.append(r)
        emit.RULES[key] = new
    if not hit:
        raise RuntimeError(f"no rule named {rule_name}")
    try:
        yield
    finally:
        emit.RULES.clear()
        emit.RULES.update(saved)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m rvlab.diff_linux",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("--programs", type=int, default=0,
                    help="the first N corpus objects (0: all of them)")
    ap.add_argument("--packets", type=int, default=280, help="packets per program (<= 1024)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--plant", choices=("runtime", "rule"), help="plant a bug (must be caught)")
    ap.add_argument("--show", type=int, default=20, help="differences printed (default 20)")
    args = ap.parse_args(argv)
    if not 1 <= args.packets <= 1024:
        ap.error("--packets: 1 to 1024 (the VM runner's limit)")
    t0 = time.time()
    entries = corpus.select(corpus.build(), corpus.RVJIT_FEATURES - corpus.VM_CHECK_UNFIT,
                            who="diff-linux")
    left = device_refusals([e for e in entries if e.features])
    for n, why in left.items():
        print(f"{n}: left out: rvoff-run refuses it at load ({why}; docs/abi.md section 6 "
              "has no callback helpers)")
    entries = [e for e in entries if e.name not in left]
    if args.programs:
        # spread over sources and -mcpu versions
        entries = [entries[(k * 7) % len(entries)] for k in range(min(args.programs, len(entries)))]
    packets = packet_set(args.packets, args.seed)
    print(f"diff-linux: {len(entries)} programs x {len(packets)} packets, ISAs "
          f"{', '.join(isa_name(i) for i in ISAS)}", flush=True)
    report, refused = linux_side(entries, packets)
    print(f"Linux {report.release} (interpreter): VM boot {report.boot_time:.0f} s, "
          f"{report.elapsed:.0f} s in all", flush=True)
    for n, log in refused.items():
        print(f"{n}: Linux refused or rewrote it:\n" + "\n".join(log.splitlines()[-5:]))
    entries = [e for e in entries if e.name not in refused]
    t1 = time.time()
    with tempfile.TemporaryDirectory(prefix="diff-linux-plant-") as d:
        ctx = contextlib.nullcontext()
        if args.plant == "runtime":
            ctx = _env("RVOFF_RUN", str(plant_runtime_bug(Path(d))))
        elif args.plant == "rule":
            ctx = planted_rule_bug()
        with ctx:
            stats = {}
            diffs = device_side(entries, packets, report, stats=stats)
    for x in diffs[:args.show]:
        print(x)
    if len(diffs) > args.show:
        print(f"... and {len(diffs) - args.show} more")
    print(f"rvoff-run: {len(entries) * len(ISAS)} images, {time.time() - t1:.0f} s; "
          f"total {time.time() - t0:.0f} s")
    nprog = len(entries) + len(refused)
    featured = sum(1 for e in entries if e.features)
    count = lambda f: sum(1 for e in entries if f in e.features)
    print(f"diff-linux: {featured} of the programs use maps, helpers, calls or global data "
          f"(their maps start with the contents of diff_linux.initial_maps on both sides); "
          f"{count('tc')} are TC programs ({stats.get('tc', 0)} runs: TC_ACT_* verdicts, mark "
          f"and priority compared), {count('tail_calls')} tail call through a PROG_ARRAY; "
          f"{len(left)} left out (a helper rvoff-run lacks)")
    print(f"diff-linux: redirect targets not compared: BPF_PROG_TEST_RUN (6.1, no live frames) "
          f"reports the verdict only; {stats.get('redirects', 0)} redirected runs agree on "
          "XDP_REDIRECT, their targets are rvoff-run's alone")
    print(f"diff-linux: {nprog} programs, {nprog * len(packets)} packets, "
          f"{len(diffs) + len(refused)} differences")
    return 1 if diffs or refused else 0


@contextlib.contextmanager
def _env(name, value):
    import os
    old = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = old


if __name__ == "__main__":
    sys.exit(main())
