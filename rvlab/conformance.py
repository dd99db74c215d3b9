"""The Linux kernel's own JIT test suite, lib/test_bpf.c (Debian's linux-source-6.1), run
through rvjit.

    python3 -m rvlab.conformance [--isa zba,zbb,c] [--tarball PATH] [--build DIR]
                                 [-k SUBSTRING] [-v] [--jobs J] [--fresh]

Extraction.  test_bpf.c is a kernel module; its tests are C initializers built with the
kernel's instruction macros, and 257 of its programs (244 eBPF) are generated at load time
by "fill helpers", up to 200k instruction slots each.  We build the tables in user space: `rvlab/conformance/extract.c` includes
the part of test_bpf.c before populate_skb() (the fill helpers and tests[]) and the
tail_call_tests[] table, compiled against the kernel source's own UAPI headers
(include/uapi/linux/{bpf,bpf_common,filter}.h), the instruction macros of
include/linux/filter.h copied verbatim, and the stand-ins in `rvlab/conformance/include`
(kmalloc = calloc, prandom as lib/random32.c has it, the kernel's little-endian byte-order
macros: test_bpf.c's `#ifdef __BIG_ENDIAN` variants and cpu_to_be*() expectations are
resolved for a little-endian machine, as RV64 is).  The program prints every test
(fill helpers run) as one JSON line; the result is cached in BUILD/tests.jsonl, keyed on the
tarball and the shim sources.  Nothing of the kernel source is committed.

Running.  What the kernel does, in generate_filter()/run_one()/__run_one():
  * an INTERNAL (eBPF) program is loaded as is, without the verifier (bpf_prog_select_runtime):
    nothing is rewritten or rejected;
  * subtest j runs for j = 0 and for every later {data_size, result} pair that is not {0, 0};
  * R1 (the context) is NULL for FLAG_NO_DATA; a kmalloc'ed buffer of data_size bytes for
    FLAG_LARGE_MEM; otherwise an sk_buff built from data[] (populate_skb(): data_size must be
    below MAX_DATA, else the subtest fails with "data generation failed");
  * bpf_prog_run() returns u32, so only the low 32 bits of R0 are compared with `result`.
Here: FLAG_NO_DATA runs with R1 = 0; FLAG_LARGE_MEM with R1 pointing at data_size zero bytes
(the kernel's buffer is uninitialised; the tests store before they load); a program given an
sk_buff runs with R1 = 0 when it never reads R1 (a data-flow check over the control-flow
graph), and is unsupported otherwise (it would read kernel sk_buff fields).  The kernel runs
each program up to 1000 times on the same data and compares the last result: a program whose
result depends on memory it modified in an earlier run would differ, so FLAG_LARGE_MEM
programs (the only ones that can write memory that outlives a run) are run a second time on
the memory the first run left, and must return the same value.

Classic BPF tests (cBPF, converted by the kernel before JITing) are out of scope and listed
apart from N.  The tail call tests (a separate suite in test_bpf.c, test_suite=test_tail_calls)
are included, relocated as prepare_tail_call_tests() does: the program array marker becomes a
map reference (map 0, a PROG_ARRAY of docs/abi.md section 8 holding every test of the suite,
and a NULL slot), the kernel's tail call instruction (0xf5, what the verifier makes of
`call 12`) is `call 12` again, and the helper calls go through a runtime table whose entries
are small RISC-V helpers that return a constant and clobber every other caller-saved
register.  All the suite's programs are compiled into one code area; a driver there enters
the test's program MAX_TESTRUNS times, as __run_one() does, with R1 = &state or NULL.

Cost: nearly all the time goes to compiling the fill-helper programs (11.7 million eBPF
slots) with the Python JIT; about 2.5-3 minutes per ISA setting on 2 cores.

The report lists the unsupported tests by reason (the feature rvjit refuses, named from the
instruction `rvjit.bpf.decode` stops at), every failure in detail (the instruction listing,
expected and actual result, or the error), and ends with exactly one line:

    conformance: P passed, F failed, U unsupported of N

The exit status is 1 when F > 0 (2 when the suite cannot be extracted).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from rvjit import abi, bpf, emulator, jit
from rvjit import encode as enc
from rvjit.program import PSEUDO_MAP_IDX, MapSpec, Program
from rvjit.abi import BPF_FUNC_tail_call
from semantics import ebpf as E
from semantics.memory import ConcreteMemory

ROOT = Path(__file__).resolve().parents[1]
SHIM = Path(__file__).resolve().parent / "conformance"
TARBALL = Path("/usr/src/linux-source-6.1.tar.xz")
BUILD = ROOT / "build" / "conformance"
TOP = "linux-source-6.1"
MEMBERS = ("lib/test_bpf.c", "include/linux/filter.h", "include/linux/bpf.h",
           "include/uapi/linux/bpf.h", "include/uapi/linux/bpf_common.h",
           "include/uapi/linux/filter.h")
EXTRACT_VERSION = "1"           # bump when the extraction's output changes meaning

# lib/test_bpf.c
MAX_DATA = 128
FLAG_NO_DATA, FLAG_EXPECTED_FAIL, FLAG_SKB_FRAG, FLAG_VERIFIER_ZEXT, FLAG_LARGE_MEM = 1, 2, 4, 8, 16
CLASSIC, INTERNAL = 64, 128
FLAG_NEED_STATE, FLAG_RESULT_IN_STATE = 1, 2          # tail call tests
MAX_TESTRUNS = 1000
MASK32 = 0xFFFFFFFF


class ExtractError(Exception):
    pass


# --- extraction ---------------------------------------------------------------------------------

def _shim_files():
    return sorted(p for p in SHIM.rglob("*") if p.is_file() and p.suffix in (".c", ".h"))


def _cache_key(tarball: Path) -> str:
    st = tarball.stat()
    h = hashlib.sha256(f"{EXTRACT_VERSION} {tarball.resolve()} {st.st_size} {st.st_mtime_ns}".encode())
    for p in _shim_files():
        h.update(p.relative_to(SHIM).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def _cut(text: str, start: str | None, end: str, what: str) -> str:
    """The lines of `text` from the line starting with `start` (or the beginning) up to,
    not including, the line starting with `end`."""
    lines = text.splitlines(keepends=True)
    i = 0
    if start is not None:
        i = next((k for k, l in enumerate(lines) if l.startswith(start)), None)
        if i is None:
            raise ExtractError(f"{what}: no line starts with {start!r}")
    j = next((k for k in range(i, len(lines)) if lines[k].startswith(end)), None)
    if j is None:
        raise ExtractError(f"{what}: no line starts with {end!r}")
    return "".join(lines[i:j])


def _generate_sources(src: Path, gen: Path) -> None:
    """test_bpf_tables.c, filter_macros.h and kconsts.h from the kernel source."""
    test_bpf = (src / "lib/test_bpf.c").read_text()
    tables = _cut(test_bpf, None, "static struct net_device dev;", "lib/test_bpf.c")
    tail = _cut(test_bpf, "struct tail_call_test {", "static void __init destroy_tail_call_tests",
                "lib/test_bpf.c")
    (gen / "test_bpf_tables.c").write_text(
        "/* Generated by rvlab.conformance from linux-source-6.1 lib/test_bpf.c: the fill\n"
        " * helpers and tests[] (up to populate_skb), then tail_call_tests[]. */\n"
        + '#line 1 "lib/test_bpf.c"\n' + tables + "\n" + tail)
    filt = (src / "include/linux/filter.h").read_text()
    macros = _cut(filt, "/* ArgX, context and stack frame pointer", "#define bytes_to_bpf_size",
                  "include/linux/filter.h")
    (gen / "filter_macros.h").write_text(
        "/* Generated by rvlab.conformance: the instruction macros of linux-source-6.1\n"
        " * include/linux/filter.h, verbatim. */\n" + macros)
    kbpf = (src / "include/linux/bpf.h").read_text()
    m = re.search(r"^#define MAX_TAIL_CALL_CNT\s+\d+\s*$", kbpf, re.M)
    if not m:
        raise ExtractError("include/linux/bpf.h: no MAX_TAIL_CALL_CNT")
    (gen / "kconsts.h").write_text("/* Generated by rvlab.conformance from include/linux/bpf.h */\n"
                                   + m.group(0) + "\n")


def extract(tarball: Path = TARBALL, build: Path = BUILD, fresh: bool = False,
            log=lambda s: None) -> Path:
    """Build the extractor and run it; return the path of tests.jsonl (cached)."""
    if not tarball.exists():
        raise ExtractError(f"{tarball} not found (apt-get install linux-source-6.1)")
    if shutil.which("gcc") is None:
        raise ExtractError("gcc not found (apt-get install gcc libc6-dev linux-libc-dev)")
    key = _cache_key(tarball)
    out, stamp = build / "tests.jsonl", build / "tests.key"
    if not fresh and out.exists() and stamp.exists() and stamp.read_text() == key:
        return out
    build.mkdir(parents=True, exist_ok=True)
    src, gen = build / "src", build / "gen"
    for d in (src, gen):
        shutil.rmtree(d, ignore_errors=True)
    gen.mkdir(parents=True)
    t0 = time.monotonic()
    log(f"extracting {', '.join(MEMBERS)} from {tarball}")
    with tarfile.open(tarball, "r:xz") as tf:
        wanted = {f"{TOP}/{m}" for m in MEMBERS}
        got = set()
        for ti in tf:
            if ti.name in wanted and ti.isfile():
                data = tf.extractfile(ti).read()
                dest = src / ti.name[len(TOP) + 1:]
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_bytes(data)
                got.add(ti.name)
                if got == wanted:
                    break
    missing = wanted - got
    if missing:
        raise ExtractError(f"{tarball} lacks {', '.join(sorted(missing))}")
    _generate_sources(src, gen)
    exe = build / "extract"
    cmd = ["gcc", "-std=gnu11", "-O1", "-w", "-Werror=implicit-function-declaration", "-I", str(gen), "-I", str(SHIM / "include"),
           "-I", str(src / "include/uapi"), "-o", str(exe), str(SHIM / "extract.c")]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode:
        raise ExtractError("building the extractor failed:\n" + " ".join(cmd) + "\n"
                           + r.stderr[-4000:])
    r = subprocess.run([str(exe)], capture_output=True, timeout=120)
    if r.returncode:
        raise ExtractError(f"the extractor failed (exit {r.returncode}):\n"
                           + r.stderr.decode(errors="replace")[-2000:])
    tmp = build / "tests.jsonl.tmp"
    tmp.write_bytes(r.stdout)
    tmp.replace(out)
    stamp.write_text(key)
    n = r.stdout.count(b"\n")
    log(f"extracted {n} tests in {time.monotonic() - t0:.1f}s -> {out}")
    return out


def load(path: Path) -> list[dict]:
    return [json.loads(l) for l in path.read_text().splitlines() if l.strip()]




# --- the tests, as the kernel would run them -------------------------------------------------------

@dataclass
class Subtest:
    data_size: int
    result: int                 # u32, compared with the low 32 bits of R0
    mem: bytes | None           # what R1 points to (b"": R1 = NULL); None: an sk_buff


@dataclass
class Case:
    suite: str
    index: int
    name: str
    flags: int                  # tests[].aux, or tail_call_tests[].flags
    code: bytes
    subtests: list
    ctx: str                    # "none", "buffer", "state" (tail calls), "skb"
    runs: int = 1               # consecutive runs whose last result counts (memory carried over)
    problem: str = ""           # the kernel itself would fail the test before running it
    suite_codes: list | None = None     # tail calls: every program of the suite, in order

    @property
    def title(self) -> str:
        suite = "" if self.suite == "test_bpf" else f"{self.suite} "
        return f"{suite}#{self.index} {self.name}"

    @property
    def slots(self) -> int:
        return len(self.code) // 8


def _subtests(rec) -> list:
    """run_one(): subtest 0 always, later ones until a {0, 0} pair."""
    out = []
    for j, (size, result) in enumerate(rec["subtests"]):
        if j > 0 and size == 0 and result == 0:
            break
        out.append((size, result & MASK32))
    return out


TAIL_CALL_MARKER, TAIL_CALL_NULL, TAIL_CALL_INVALID = 0x7A11CA11, 0x7FFF, 0x7FFE


def _relocate_tail_calls(code: bytes, which: int, ntests: int) -> bytes:
    """prepare_tail_call_tests(): markers become the program array and indexes; BPF_CALL_REL
    of a helper id becomes a helper call (BPF_EMIT_CALL; the address is the kernel's, the
    id stands in for it here)."""
    out = bytearray(code)
    k = 0
    while k < len(out) // 8:
        c, regs, off, imm = struct.unpack_from("<BBhi", out, 8 * k)
        if c == 0x18:                                   # BPF_LD | BPF_DW | BPF_IMM
            if imm & MASK32 == TAIL_CALL_MARKER:        # -> &progs (a kernel pointer)
                struct.pack_into("<i", out, 8 * k + 4, 0)
                struct.pack_into("<i", out, 8 * k + 12, 0)
        elif c == 0xB4 and imm & MASK32 == TAIL_CALL_MARKER:   # BPF_ALU | BPF_MOV | BPF_K
            imm = ntests if off == TAIL_CALL_NULL else ntests + 1 if off == TAIL_CALL_INVALID \
                else which + off
            struct.pack_into("<hi", out, 8 * k + 2, 0, imm)
        elif c == 0x85 and regs >> 4 == 1:              # BPF_CALL_REL -> BPF_EMIT_CALL
            struct.pack_into("<B", out, 8 * k + 1, regs & 0x0F)
        k += 1
    return bytes(out)


def _as_loaded(code: bytes) -> bytes:
    """A relocated tail call test as a program that can be loaded: the array marker (an
    LD_IMM64 of 0) is a reference to map 0, the PROG_ARRAY, and BPF_TAIL_CALL (0xf5, the
    kernel-internal form test_bpf.c writes) is `call 12`, the instruction it stands for."""
    out = bytearray(code)
    k = 0
    while k < len(out) // 8:
        c, regs, off, imm = struct.unpack_from("<BBhi", out, 8 * k)
        if c == 0x18 and regs == 2 and imm == 0 and struct.unpack_from("<i", out, 8 * k + 12)[0] == 0:
            struct.pack_into("<B", out, 8 * k + 1, 2 | PSEUDO_MAP_IDX << 4)     # r2 = map[0]
        elif c == 0xF5:
            struct.pack_into("<BBhi", out, 8 * k, 0x85, 0, 0, BPF_FUNC_tail_call)
        k += 2 if c == 0x18 else 1
    return bytes(out)


def cases(records) -> tuple[list, list]:
    """(the eBPF tests as Cases, the classic tests' records)."""
    out, classic = [], []
    ntail = sum(1 for r in records if r["suite"] == "tail_calls")
    suite = []                  # shared by the suite's cases, filled in order
    for rec in records:
        if rec["suite"] == "tail_calls":
            flags = rec["flags"]
            state = flags & FLAG_NEED_STATE
            code = _as_loaded(_relocate_tail_calls(bytes.fromhex(rec["insns"]), rec["index"], ntail))
            suite.append(code)
            out.append(Case("tail_calls", rec["index"], rec["name"], flags, code,
                            [Subtest(0, rec["result"] & MASK32, bytes(4) if state else b"")],
                            "state" if state else "none", runs=MAX_TESTRUNS, suite_codes=suite))
            continue
        if rec["type"] != "internal":
            classic.append(rec)
            continue
        aux, data = rec["aux"], bytes.fromhex(rec["data"])
        subs, problem = [], ""
        for size, result in _subtests(rec):
            if aux & FLAG_NO_DATA:
                mem = b""
            elif aux & FLAG_LARGE_MEM:
                mem = bytes(size)
            else:
                mem = None
                if size >= MAX_DATA:
                    problem = f"populate_skb() cannot build an sk_buff of {size} bytes"
            subs.append(Subtest(size, result, mem))
        if rec["fill_error"]:
            problem = f"the fill helper failed ({rec['fill_error']})"
        ctx = ("none" if aux & FLAG_NO_DATA else "buffer" if aux & FLAG_LARGE_MEM else "skb")
        out.append(Case("test_bpf", rec["index"], rec["name"], aux, bytes.fromhex(rec["insns"]),
                        subs, ctx, problem=problem))
    return out, classic


# --- unsupported features ----------------------------------------------------------------------------

LAST_NOT_EXIT = "program ends with an instruction other than EXIT/JA (rvjit refuses it, as " \
                "the verifier does; test_bpf.c loads it without the verifier)"
READS_SKB = "reads the sk_buff through R1 (the context; its layout is the kernel's)"


def feature(code: bytes, err) -> str:
    """A stable name for what rvjit refused, from the instruction `err` (a BpfError) names."""
    msg = getattr(err, "msg", str(err))
    if "last instruction must be EXIT" in msg:
        return LAST_NOT_EXIT
    k = getattr(err, "index", None)
    if k is None or not 0 <= k < len(code) // 8:
        return f"other: {msg}"
    c, regs, off, imm = struct.unpack_from("<BBhi", code, 8 * k)
    cls, src = c & 7, regs >> 4
    if c == 0x85:
        return {0: "helper calls (CALL)", 1: "bpf2bpf calls (CALL src=1)",
                2: "kfunc calls (CALL src=2)"}.get(src, f"calls (CALL src={src})")
    if c == 0xF5:
        return "tail calls (BPF_TAIL_CALL, opcode 0xf5)"
    if cls == E.STX and c & 0xE0 == 0xC0:
        return "atomic operations (STX ATOMIC)"
    if cls == E.LD and c & 0xE0 in (0x20, 0x40):
        return "packet loads LD_ABS/LD_IND (need an sk_buff)"
    if c == 0x18 and src:
        return f"LD_IMM64 pseudo-instructions (src={src})"
    return f"other: {msg}"


def _uses_defs(i):
    """Registers an instruction reads and writes (for the R1 liveness check)."""
    cls, op, x = E.cls_of(i.code), E.op_of(i.code), i.code & E.X
    if cls in (E.ALU, E.ALU64):
        if op in (E.END, E.NEG):
            return {i.dst}, {i.dst}
        if op == E.MOV:
            return ({i.src} if x else set()), {i.dst}
        if x and i.src == i.dst and op in (E.SUB, E.XOR):  # r ^= r, r -= r: 0 whatever r is
            return set(), {i.dst}
        return {i.dst} | ({i.src} if x else set()), {i.dst}
    if i.code == E.LD_IMM64:
        return set(), {i.dst}
    if cls == E.LDX:
        return {i.src}, {i.dst}
    if cls == E.ST:
        return {i.dst}, set()
    if cls == E.STX:
        return {i.dst, i.src}, set()
    if cls in (E.JMP, E.JMP32):
        if i.code == E.JMP | E.EXIT:
            return {0}, set()
        if op == E.JA:
            return set(), set()
        if op == E.CALL:
            return {1, 2, 3, 4, 5}, {0, 1, 2, 3, 4, 5}
        return {i.dst} | ({i.src} if x else set()), set()
    return set(range(11)), set()


def reads_r1(insns) -> bool:
    """Whether R1's value at entry can be read (backward liveness over the control-flow
    graph).  A program that never reads it cannot tell an sk_buff from NULL."""
    pos = {i.index: k for k, i in enumerate(insns)}
    n = len(insns)
    succ, use, kill = [], [], []
    for k, i in enumerate(insns):
        u, d = _uses_defs(i)
        use.append(sum(1 << r for r in u))
        kill.append(sum(1 << r for r in d))
        if i.code == E.JMP | E.EXIT:
            s = []
        else:
            t = bpf.jump_target(i)
            uncond = t is not None and (i.code & 0xF0) == 0x00
            s = ([pos[t]] if t is not None else []) + ([] if uncond or k + 1 >= n else [k + 1])
        succ.append(s)
    live = [0] * n
    changed = True
    while changed:
        changed = False
        for k in range(n - 1, -1, -1):
            out = 0
            for s in succ[k]:
                out |= live[s]
            v = use[k] | (out & ~kill[k])
            if v != live[k]:
                live[k] = v
                changed = True
    return bool(live[0] & (1 << 1))


# --- running -------------------------------------------------------------------------------------------

@dataclass
class Outcome:
    title: str
    status: str                 # "P", "F" or "U"
    reason: str = ""            # U: the feature; F: one line
    detail: str = ""            # U: rvjit's message; F: the full report
    slots: int = 0
    compile_s: float = 0.0
    run_s: float = 0.0


SEM_BASE, SEM_FP = 0x1000_0000, 0x7FFF_0000
LISTING_HEAD, LISTING_TAIL = 60, 10


def listing(insns, limit: int | None = LISTING_HEAD + LISTING_TAIL) -> str:
    lines = [f"    {i.index:5d}: {bpf.disasm(i)}" for i in insns]
    if limit is not None and len(lines) > limit:
        lines = (lines[:LISTING_HEAD] + [f"    ... {len(lines) - LISTING_HEAD - LISTING_TAIL} "
                                         "more instructions (-v lists them all) ..."]
                 + lines[-LISTING_TAIL:])
    return "\n".join(lines)


def _semantics_r0(insns, mem: bytes | None, max_steps=20_000):
    """R0 by semantics.ebpf.run_concrete, R1 = a buffer holding `mem` (0 when NULL), or a
    note why it could not be computed."""
    try:
        sem = [E.Insn(i.code, i.dst, i.src, i.off, i.imm, i.imm64 if i.code == E.LD_IMM64 else None)
               for i in insns]
        base = SEM_BASE if mem else 0
        regs = [0, base] + [0] * 8 + [SEM_FP]
        m = ConcreteMemory({base + k: b for k, b in enumerate(mem or b"")})
        return E.run_concrete(sem, regs, m, max_steps=max_steps)[0]
    except Exception as e:                       # noqa: BLE001 - a diagnostic only
        return f"not computed ({type(e).__name__}: {e})"


def _describe_ctx(case, sub) -> str:
    if case.ctx == "skb":
        return "R1 = an sk_buff (never read: run with R1 = 0)"
    if case.ctx == "buffer":
        return f"R1 = a {sub.data_size}-byte buffer"
    if case.ctx == "state":
        return "R1 = &state (int)"
    return "R1 = NULL"


def run_case(case: Case, isa=frozenset(), verbose=False) -> Outcome:
    out = Outcome(case.title, "P", slots=case.slots)

    def fail(reason, detail, insns=None):
        out.status, out.reason = "F", reason
        text = [f"FAIL {case.title}", f"  {reason}"] + ([detail] if detail else [])
        if insns is not None:
            text.append(f"  program ({len(insns)} instructions, {case.slots} slots):")
            text.append(listing(insns, None if verbose else LISTING_HEAD + LISTING_TAIL))
        out.detail = "\n".join(text)
        return out

    if case.problem:
        return fail(case.problem, "")
    if case.suite == "tail_calls":
        return _run_tail_case(case, isa, out, fail)
    try:
        insns = bpf.decode(case.code)
    except bpf.BpfError as e:
        out.status, out.reason, out.detail = "U", feature(case.code, e), str(e)
        return out
    if case.ctx == "skb" and reads_r1(insns):
        out.status, out.reason = "U", READS_SKB
        out.detail = "R1 (an sk_buff pointer in the kernel) is read"
        return out
    t0 = time.monotonic()
    try:
        image = jit.compile_program(insns, isa)
    except bpf.BpfError as e:
        out.compile_s = time.monotonic() - t0
        return fail(f"rvjit refused a program it decoded: {e}", "", insns)
    t1 = time.monotonic()
    out.compile_s = t1 - t0
    try:
        for j, sub in enumerate(case.subtests):
            mem = sub.mem or b""
            regs = []
            for _ in range(case.runs):
                r = emulator.call(image.code, mem=mem, isa=isa)
                regs.append(r.a0)
                mem = r.mem
            got = regs[-1] & MASK32
            where = f"subtest {j} (data_size {sub.data_size}, {_describe_ctx(case, sub)})"
            if got != sub.result:
                sem = _semantics_r0(insns, sub.mem)
                sem_text = f"{sem:#x} (low 32 bits {sem & MASK32:#x})" if isinstance(sem, int) else sem
                return fail(f"{where}: expected {sub.result:#x}, got {got:#x}",
                            f"  R0 from rvjit's code: {regs[-1]:#018x}\n"
                            f"  R0 by semantics/ebpf.py: {sem_text}", insns)
            if case.ctx == "buffer":
                # The kernel runs the program up to 1000 times on the same buffer.
                again = emulator.call(image.code, mem=mem, isa=isa).a0 & MASK32
                if again != got:
                    return fail(f"{where}: a second run on the buffer the first left returns "
                                f"{again:#x}, not {got:#x} (the kernel compares the last of "
                                "up to 1000 runs)", "", insns)
    except emulator.EmulatorError as e:
        out.run_s = time.monotonic() - t1
        return fail(f"the code did not run to completion: {e}", "", insns)
    out.run_s = time.monotonic() - t1
    return out


# --- the tail call suite on a device ----------------------------------------------------------------
# One code area: every program of the suite (each a psABI function, docs/abi.md section 3), the
# helpers, and a driver; one data area: the state, the PROG_ARRAY (map 0 of every program),
# and the runtime table they share (map 0's slots, then helper entries up to the largest id).

PROG_ARRAY_MAP = MapSpec("progs", abi.BPF_MAP_TYPE_PROG_ARRAY, 4, 4, 0)


def _repeat_driver(entry_at: int, here: int, times: int) -> bytes:
    """A psABI function (at offset `here`) that calls the program at `entry_at` `times` times
    with its own a0, a1 and MAX_TAIL_CALL_CNT, as __run_one() runs a test, and returns the
    last R0."""
    sp, ra, s1, s2, s3, a0, a1, a2 = 2, 1, 9, 18, 19, 10, 11, 12
    w = [enc.rv_addi(sp, sp, -32), enc.rv_sd(sp, ra, 0), enc.rv_sd(sp, s1, 8),
         enc.rv_sd(sp, s2, 16), enc.rv_sd(sp, s3, 24), enc.rv_addi(s2, a0, 0),
         enc.rv_addi(s3, a1, 0), enc.rv_lui(s1, (times + 0x800) >> 12),
         enc.rv_addiw(s1, s1, times - ((times + 0x800) >> 12 << 12))]
    loop = len(w)
    w += [enc.rv_addi(a0, s2, 0), enc.rv_addi(a1, s3, 0), enc.rv_addi(a2, 0, abi.MAX_TAIL_CALL_CNT)]
    w.append(enc.rv_jal(ra, entry_at - (here + 4 * len(w))))
    w.append(enc.rv_addi(s1, s1, -1))
    w.append(enc.rv_bne(s1, 0, 4 * (loop - len(w))))
    w += [enc.rv_ld(ra, sp, 0), enc.rv_ld(s1, sp, 8), enc.rv_ld(s2, sp, 16), enc.rv_ld(s3, sp, 24),
          enc.rv_addi(sp, sp, 32), enc.rv_jalr(0, ra, 0)]
    return b"".join(x.to_bytes(4, "little") for x in w)


def _run_tail_case(case: Case, isa, out: Outcome, fail) -> Outcome:
    codes = case.suite_codes
    images, helpers = [], set()
    t0 = time.monotonic()
    for k, code in enumerate(codes):
        try:
            prog = Program(f"tail{k}", code, [PROG_ARRAY_MAP], "raw")
            img = jit.compile_program(prog, isa)
        except bpf.BpfError as e:
            out.compile_s = time.monotonic() - t0
            if k == case.index:
                out.status, out.reason, out.detail = "U", feature(code, e), str(e)
                return out
            return fail(f"the suite's program #{k} (a tail call target) does not compile: {e}", "")
        images.append(img)
        helpers |= set(img.helpers)
    out.compile_s = time.monotonic() - t0
    blob, entries = bytearray(), []
    for img in images:
        entries.append(len(blob))
        blob += img.code + bytes(-len(img.code) % 4)
    helper_at = {}
    for h in sorted(helpers):
        helper_at[h] = len(blob)
        blob += emulator.clobbering_helper(0x100 + h)
    driver = len(blob)
    blob += _repeat_driver(entries[case.index], driver, case.runs)

    n = len(codes)
    top = max(helpers, default=0)
    array_at, rt_at = 8, 8 + 8 + 16 * (n + 1) + abi.MAP_SLOTS    # map 0's slots just below RT
    size = rt_at + 8 * (top + 1)
    code_addr, mem_addr = emulator.addresses(len(blob), size)
    mem = bytearray(size)
    struct.pack_into("<I", mem, 0, 0)                                     # state
    struct.pack_into("<II", mem, array_at, n + 1, 0)                      # max_entries
    for k, e in enumerate(entries):
        struct.pack_into("<QQ", mem, array_at + 8 + 16 * k, code_addr + e, mem_addr + rt_at)
    struct.pack_into("<QQ", mem, rt_at + abi.map_handle_slot(0), mem_addr + array_at, 0)
    for h, at in helper_at.items():
        struct.pack_into("<Q", mem, rt_at + abi.helper_slot(h), code_addr + at)
    r1 = mem_addr if case.ctx == "state" else 0
    t1 = time.monotonic()
    try:
        res = emulator.call(bytes(blob), {10: r1, 11: mem_addr + rt_at}, bytes(mem), isa,
                            entry=driver)
    except emulator.EmulatorError as e:
        out.run_s = time.monotonic() - t1
        return fail(f"the code did not run to completion: {e}", "", bpf.decode(case.code))
    out.run_s = time.monotonic() - t1
    got = (struct.unpack_from("<I", res.mem, 0)[0] if case.flags & FLAG_RESULT_IN_STATE
           else res.a0 & MASK32)
    want = case.subtests[0].result
    if got != want:
        return fail(f"after {case.runs} runs ({_describe_ctx(case, case.subtests[0])}): "
                    f"expected {want:#x}, got {got:#x}", "", bpf.decode(case.code))
    return out


def _run_many(args):
    cs, isa, verbose = args
    return [run_case(c, isa, verbose) for c in cs]


def run_all(selected, isa=frozenset(), jobs=1, verbose=False, progress=None) -> list:
    """Outcomes in the order of `selected`; biggest programs first over `jobs` processes."""
    order = sorted(range(len(selected)), key=lambda k: -selected[k].slots)
    results = [None] * len(selected)
    if jobs <= 1:
        for n, k in enumerate(order):
            results[k] = run_case(selected[k], isa, verbose)
            if progress:
                progress(n + 1, len(order), results[k])
        return results
    # Big programs one per task; small ones in batches (pickling and start-up costs).
    tasks, batch = [], []
    for k in order:
        if selected[k].slots > 2000:
            tasks.append([k])
        else:
            batch.append(k)
            if len(batch) == 40:
                tasks.append(batch)
                batch = []
    if batch:
        tasks.append(batch)
    done = 0
    with ProcessPoolExecutor(max_workers=jobs) as ex:
        futs = {ex.submit(_run_many, ([selected[k] for k in t], isa, verbose)): t for t in tasks}
        for f in as_completed(futs):
            for k, o in zip(futs[f], f.result()):
                results[k] = o
                done += 1
                if progress:
                    progress(done, len(order), o)
    return results


# --- report ------------------------------------------------------------------------------------------

def report(outcomes, classic_count, isa, elapsed, verbose=False, out=sys.stdout) -> tuple:
    p = sum(o.status == "P" for o in outcomes)
    f = [o for o in outcomes if o.status == "F"]
    u = [o for o in outcomes if o.status == "U"]
    w = lambda s="": print(s, file=out)
    w(f"isa: {'RV64IM + ' + ','.join(sorted(isa)) if isa else 'RV64IM (base)'}")
    if classic_count:
        w(f"out of scope: {classic_count} classic BPF tests (not counted)")
    for reason, n in Counter(o.reason for o in u).most_common():
        w(f"U {n}: {reason}")
        if verbose:
            for o in u:
                if o.reason == reason:
                    w(f"      {o.title}: {o.detail}")
    for o in f:
        w()
        w(o.detail)
    comp = sum(o.compile_s for o in outcomes)
    run = sum(o.run_s for o in outcomes)
    slow = sorted(outcomes, key=lambda o: -(o.compile_s + o.run_s))[:3]
    w()
    w(f"time: {elapsed:.1f} s wall; compile {comp:.1f} s, emulate {run:.1f} s (CPU, all jobs); "
      f"{sum(o.slots for o in outcomes if o.status != 'U')} eBPF slots compiled")
    w("slowest: " + "; ".join(f"{o.title} ({o.slots} slots, {o.compile_s:.1f}+{o.run_s:.1f} s)"
                             for o in slow))
    w(f"conformance: {p} passed, {len(f)} failed, {len(u)} unsupported of {len(outcomes)}")
    return p, len(f), len(u), len(outcomes)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m rvlab.conformance",
                                 description="Run Linux 6.1's lib/test_bpf.c eBPF tests through rvjit.")
    ap.add_argument("--isa", default="", help="ISA extensions, e.g. zba,zbb,c (default: base)")
    ap.add_argument("--tarball", type=Path, default=TARBALL)
    ap.add_argument("--build", type=Path, default=BUILD, help="where the extraction goes")
    ap.add_argument("--fresh", action="store_true", help="extract again, ignoring the cache")
    ap.add_argument("-k", dest="select", action="append", default=[],
                    help="only tests whose name contains this (repeatable)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list each unsupported test and full listings of failures")
    a = ap.parse_args(argv)
    try:
        isa = jit.parse_isa(a.isa)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    t0 = time.monotonic()
    try:
        path = extract(a.tarball, a.build, a.fresh, log=lambda s: print(s, file=sys.stderr))
    except (ExtractError, OSError, subprocess.SubprocessError, tarfile.TarError) as e:
        print(f"error: cannot extract lib/test_bpf.c's tests: {e}", file=sys.stderr)
        return 2
    records = load(path)
    cs, classic = cases(records)
    if a.select:
        cs = [c for c in cs if any(s in c.name for s in a.select)]
        classic = [r for r in classic if any(s in r["name"] for s in a.select)]
    ntail = sum(c.suite == "tail_calls" for c in cs)
    t1 = time.monotonic()
    print(f"lib/test_bpf.c of {a.tarball.name}: {len(cs) - ntail} eBPF tests in tests[], "
          f"{ntail} tail call tests, {len(classic)} classic BPF tests "
          f"(extracted and loaded in {t1 - t0:.1f} s, cache {a.build})")
    outcomes = run_all(cs, isa, max(1, a.jobs), a.verbose)
    _, nf, _, _ = report(outcomes, len(classic), isa, time.monotonic() - t1, a.verbose)
    return 1 if nf else 0


if __name__ == "__main__":
    sys.exit(main())
