"""Validate the eBPF semantics (semantics/ebpf.py) against the Linux kernel's BPF interpreter.

Random straight-line ALU programs that Linux 6.1's verifier accepts run in Debian's own kernel
(booted in qemu-system-x86_64 by rvjit.vm) with the JIT switched off, through
BPF_PROG_LOAD (BPF_PROG_TYPE_XDP) and BPF_PROG_TEST_RUN (the loader, tests/vm/bpf_testrun.c,
checks every program is interpreted: jited_prog_len 0, fdinfo "jited: 0").  The same programs
are evaluated by `semantics.ebpf.run_concrete`, and all of R0..R8 (64 bits each) are compared.

    python3 -m rvjit.validate_ebpf [N] [--seed S] [--jobs J] [--per-boot B] [--max-len L]

A program is

    prologue   r9 = r1                     the context, kept where the body never looks
    init       r0..r8 = LD_IMM64 v         edge-weighted 64-bit values
    body       1..max_len random ALU / ALU64 instructions on r0..r8 (now and then an
               LD_IMM64 refreshing a register with an edge value, e.g. a zero divisor)
    epilogue   spill r0..r8 to the stack, load xdp_md->data / data_end from r9, bounds-check
               72 bytes, copy the spilled registers into the packet, r0 = XDP_PASS, exit

so the packet (data_out) carries the 9 registers back.  Only init + body are given to the
semantics; the prologue and epilogue are harness.

The body uses every ALU and ALU64 instruction Linux 6.1 has: ADD SUB MUL DIV MOD OR AND LSH
RSH ARSH NEG XOR MOV, K and X, and END (ALU class) to_le/to_be 16/32/64, with these limits
(the verifier's, not ours):
  * K divisors are non-zero ("div by zero" is refused); X divisors may be zero, so the
    verifier's run-time guard (x/0 = 0, x%0 = x, zero-extended for ALU) is what runs;
  * K shift amounts are below the width ("invalid shift"); X shift amounts are anything (the
    verifier accepts them and the interpreter masks them with 31/63);
  * not covered, because Linux 6.1 predates ISA v4 and refuses them: SDIV/SMOD (off=1),
    MOVSX (MOV X with off 8/16/32), ALU64 BSWAP (ALU64 | END), sign-extending loads (MEMSX).

When programs disagree, a second VM boot runs every prefix of (up to `localize`) disagreeing
programs and the report names the first instruction whose result differs, with its inputs,
the kernel's and our result.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import struct
import sys
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from rvjit import bpf as B
from rvjit import vm
from semantics import ebpf as E

MASK64 = (1 << 64) - 1
NBODY = 9                       # R0..R8 are the body's and are compared; R9 holds the context
DATA_LEN = 8 * NBODY
XDP_PASS = 2
LOADER_SOURCE = Path(__file__).resolve().parents[1] / "tests" / "vm" / "bpf_testrun.c"

INT32_MIN, INT32_MAX = -(1 << 31), (1 << 31) - 1
INT64_MIN, INT64_MAX = -(1 << 63), (1 << 63) - 1
EDGE64 = tuple(dict.fromkeys(v & MASK64 for v in (
    0, 1, -1, INT32_MIN, INT32_MAX, 0x80000000, 0xFFFFFFFF, INT64_MIN, INT64_MAX,
    2, -2, 7, -7, 16, 31, 32, 33, 63, 64, 65, 0xFF, 0x80, 0xFFFF, 0x8000, 0x7FFF,
    0x100000000, 0xFFFFFFFF00000000, 0x7FFFFFFF00000000, 0x8000000080000000,
    0x00000001FFFFFFFF, 0x0123456789ABCDEF, 0xFEDCBA9876543210)))
EDGE_IMM = (0, 1, -1, INT32_MIN, INT32_MAX, 2, -2, 7, -7, 16, 31, 32, 63, 64,
            0xFF, 0x80, 0x7FFF, 0x8000, -0x8000, 0xFFFF, 0x10000, 0x7FFFFF00)

# --- instruction encoding ------------------------------------------------------------------------

STX_DW = 0x7B                   # STX | MEM | DW: *(u64 *)(dst + off) = src
LDX_DW, LDX_W = 0x79, 0x61      # LDX | MEM | DW / W: dst = *(u64 / u32 *)(src + off)
JGT_X = E.JMP | 0x20 | E.X      # if dst > src (unsigned) goto +off
EXIT = E.JMP | E.EXIT


def raw(code, dst=0, src=0, off=0, imm=0) -> bytes:
    return struct.pack("<BBhi", code, (src << 4) | dst, off, imm)


def ld_imm64(dst, v) -> bytes:
    v &= MASK64
    lo, hi = v & 0xFFFFFFFF, v >> 32
    s32 = lambda x: x - (1 << 32) if x >> 31 else x      # noqa: E731
    return raw(E.LD_IMM64, dst, 0, 0, s32(lo)) + raw(0, 0, 0, 0, s32(hi))


PROLOGUE = raw(E.ALU64 | E.MOV | E.X, 9, 1)             # r9 = r1 (struct xdp_md *)


def _epilogue() -> bytes:
    out = b"".join(raw(STX_DW, 10, r, -8 * (r + 1)) for r in range(NBODY))     # spill
    out += raw(LDX_W, 2, 9, 0)                                                  # r2 = data
    out += raw(LDX_W, 3, 9, 4)                                                  # r3 = data_end
    out += raw(E.ALU64 | E.MOV | E.X, 4, 2) + raw(E.ALU64 | E.ADD | E.K, 4, 0, 0, DATA_LEN)
    copy = b"".join(raw(LDX_DW, 4, 10, -8 * (r + 1)) + raw(STX_DW, 2, 4, 8 * r)
                    for r in range(NBODY))
    tail = copy + raw(E.ALU64 | E.MOV | E.K, 0, 0, 0, XDP_PASS) + raw(EXIT)
    out += raw(JGT_X, 4, 3, len(tail) // 8)                                     # if r4 > r3
    return out + tail + raw(E.ALU64 | E.MOV | E.K, 0, 0, 0, 0) + raw(EXIT)      # XDP_ABORTED


EPILOGUE = _epilogue()


# --- the instruction forms the 6.1 verifier accepts ----------------------------------------------

@dataclass(frozen=True)
class Form:
    name: str
    code: int
    width: int = 0          # END: 16/32/64


def forms() -> list[Form]:
    out = []
    for cls, cname in ((E.ALU64, "alu64"), (E.ALU, "alu")):
        for op in (E.ADD, E.SUB, E.MUL, E.DIV, E.MOD, E.OR, E.AND, E.LSH, E.RSH, E.ARSH, E.XOR,
                   E.MOV):
            for srcbit, sname in ((E.K, "k"), (E.X, "x")):
                out.append(Form(f"{cname}_{E.ALU_OP_NAMES[op]}_{sname}", cls | op | srcbit))
        out.append(Form(f"{cname}_neg", cls | E.NEG))
    for direction, dname in ((E.TO_LE, "le"), (E.TO_BE, "be")):
        for w in (16, 32, 64):
            out.append(Form(f"{dname}{w}", E.ALU | E.END | direction, w))
    return out


FORMS = forms()
SHIFTS = (E.LSH, E.RSH, E.ARSH)


def tuple_bytes(t) -> bytes:
    code, dst, src, off, imm, imm64 = t
    return ld_imm64(dst, imm64) if code == E.LD_IMM64 else raw(code, dst, src, off, imm)


def disasm_tuple(t) -> str:
    """LLVM-style text of one instruction, by rvjit.bpf (decoded with an EXIT after it, as
    bpf.decode may want a complete program)."""
    try:
        return B.disasm(B.decode(tuple_bytes(t) + raw(EXIT))[0])
    except Exception:                       # noqa: BLE001 -- fall back to the raw fields
        code, dst, src, off, imm, imm64 = t
        try:
            return B.disasm(B.Insn(0, code, dst, src, off, imm, imm64, tuple_bytes(t)))
        except Exception:                   # noqa: BLE001
            return f"<code {code:#04x} dst r{dst} src r{src} off {off} imm {imm} imm64 {imm64:#x}>"


@dataclass
class Program:
    """init + body as (code, dst, src, off, imm, imm64) tuples; `forms` names each body
    instruction's form (LD_IMM64 refreshes are "ld_imm64")."""
    init: list
    body: list
    forms: list

    def insns(self, body_len=None):
        body = self.body if body_len is None else self.body[:body_len]
        return self.init + body

    def bytecode(self, body_len=None) -> bytes:
        """init + body (what the semantics sees)."""
        return b"".join(tuple_bytes(t) for t in self.insns(body_len))

    def full(self, body_len=None) -> bytes:
        """What the kernel loads: prologue, init, body, epilogue."""
        return PROLOGUE + self.bytecode(body_len) + EPILOGUE

    def listing(self, mark=None) -> str:
        lines = ["      r9 = r1                      ; prologue: keep the context"]
        texts = [disasm_tuple(t) for t in self.insns()]
        for k, t in enumerate(texts):
            body_i = k - len(self.init)
            tag = f"{body_i:3d}" if body_i >= 0 else "  -"
            arrow = "  <-- first difference" if mark is not None and body_i == mark else ""
            lines.append(f"  {tag} {t}{arrow}")
        lines.append("      (epilogue: registers r0..r8 copied into the packet)")
        return "\n".join(lines)


# --- random programs -----------------------------------------------------------------------------

def rand64(rng: random.Random) -> int:
    k = rng.random()
    if k < 0.45:
        return rng.choice(EDGE64)
    if k < 0.55:
        return rng.randint(-300, 300) & MASK64
    if k < 0.70:                                     # sign-extended 32-bit
        v = rng.getrandbits(32)
        return (v - (1 << 32) if v >> 31 else v) & MASK64
    if k < 0.75:                                     # zero-extended 32-bit
        return rng.getrandbits(32)
    if k < 0.80:                                     # a single bit or its complement
        v = 1 << rng.randrange(64)
        return v if rng.random() < 0.5 else ~v & MASK64
    return rng.getrandbits(64)


def rand_imm(rng: random.Random) -> int:
    k = rng.random()
    if k < 0.45:
        return rng.choice(EDGE_IMM)
    if k < 0.65:
        return rng.randint(-300, 300)
    return rng.randint(INT32_MIN, INT32_MAX)


SHIFT_EDGE = (1, 0x1F, 0x20, 0x21, 0x3F, 0x40, 0x41, 0xFF, 0x100000000, 0x100000001,
              0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0x8000000000000000, 0x800000000000001F)
DIVISOR_EDGE = (0, 1, 2, 0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0x100000000, 0xFFFFFFFF00000000,
                0x80000000, 0x8000000000000000, 7, 0xFFFFFFF9, 0xFFFFFFFFFFFFFFF9)


def random_insn(rng: random.Random, form: Form):
    """One body instruction of `form` (possibly preceded by an LD_IMM64 setting up its source):
    a list of (code, dst, src, off, imm, imm64) tuples."""
    code, op, cls = form.code, E.op_of(form.code), E.cls_of(form.code)
    width = 64 if cls == E.ALU64 else 32
    dst = rng.randrange(NBODY)
    out = []
    if op == E.END:
        return [(code, dst, 0, 0, form.width, 0)]
    if op == E.NEG:
        return [(code, dst, 0, 0, 0, 0)]
    if code & E.X:
        src = dst if rng.random() < 0.15 else rng.randrange(NBODY)
        if op in SHIFTS + (E.DIV, E.MOD) and rng.random() < 0.3:
            pool = SHIFT_EDGE if op in SHIFTS else DIVISOR_EDGE
            out.append((E.LD_IMM64, src, 0, 0, 0, rng.choice(pool) if rng.random() < 0.7
                        else rand64(rng)))
        return out + [(code, dst, src, 0, 0, 0)]
    if op in SHIFTS:
        imm = rng.choice((0, 1, width // 2, width - 1, width - 1, rng.randrange(width)))
    elif op in (E.DIV, E.MOD):
        imm = 0
        while imm == 0:
            imm = rand_imm(rng)
    else:
        imm = rand_imm(rng)
    return [(code, dst, 0, 0, imm, 0)]


def random_program(rng: random.Random, max_len: int = 24) -> Program:
    init = [(E.LD_IMM64, r, 0, 0, 0, rand64(rng)) for r in range(NBODY)]
    body, names = [], []
    for _ in range(rng.randint(1, max_len)):
        if rng.random() < 0.06:
            body.append((E.LD_IMM64, rng.randrange(NBODY), 0, 0, 0, rand64(rng)))
            names.append("ld_imm64")
            continue
        form = rng.choice(FORMS)
        for t in random_insn(rng, form):
            body.append(t)
            names.append(form.name if t[0] != E.LD_IMM64 else "ld_imm64")
    return Program(init, body, names)


def generate(n: int, seed, max_len: int = 24) -> list[Program]:
    rng = random.Random(seed)
    return [random_program(rng, max_len) for _ in range(n)]


# --- the semantics -------------------------------------------------------------------------------

def _sem_insn(t):
    code, dst, src, off, imm, imm64 = t
    return E.Insn(code, dst, src, off, imm, imm64 if code == E.LD_IMM64 else None)


def semantic_regs(insns) -> list[int]:
    """R0..R8 after init + body, by semantics.ebpf.run_concrete."""
    return E.run_concrete([_sem_insn(t) for t in insns], [0] * E.NREGS)[:NBODY]


def _semantic_batch(items):
    return [semantic_regs(it) for it in items]


def semantic_results(insn_lists, jobs: int = 1):
    if jobs <= 1 or len(insn_lists) < 200:
        return _semantic_batch(insn_lists)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    size = max(50, len(insn_lists) // (jobs * 8))
    chunks = [insn_lists[i:i + size] for i in range(0, len(insn_lists), size)]
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        return [r for part in pool.map(_semantic_batch, chunks) for r in part]


# --- the kernel ----------------------------------------------------------------------------------

@dataclass
class KernelResult:
    """One program's outcome in the kernel: kind "ok" (regs = R0..R8), "rejected" (the
    verifier's log), "test_run" (errno), "missing" (no line came back), "abort" (the epilogue's
    bounds check failed: retval != XDP_PASS)."""
    kind: str
    regs: list | None = None
    errno: int = 0
    log: str = ""
    retval: int = 0


@dataclass
class KernelRun:
    results: list           # KernelResult per program
    release: str            # uname -r in the VM
    jit_enable: int         # /proc/sys/net/core/bpf_jit_enable as read back (must be 0)
    boot_time: float
    elapsed: float
    bad_lines: int          # protocol lines that failed their CRC or did not parse


def batch_file(codes: list[bytes]) -> bytes:
    out = bytearray(b"RVJB" + struct.pack("<II", 1, len(codes)))
    for c in codes:
        out += struct.pack("<I", len(c) // 8) + c
    return bytes(out)


LINE_RE = re.compile(r"^([JPFTXD]) (.*) ~([0-9a-f]{8})$")


def parse_output(text: str, count: int):
    """The loader's lines -> ({index: KernelResult}, jit_enable, done, bad_lines, errors).
    Lines whose CRC does not match (e.g. damaged by interleaved console output) are counted
    in bad_lines and ignored, so their programs come out "missing", never misread."""
    res, jit, done, bad, errors = {}, None, None, 0, []
    for line in text.splitlines():
        line = line.strip("\r")
        m = LINE_RE.match(line)
        if not m:
            continue
        kind, rest, crc = m.groups()
        if zlib.crc32(f"{kind} {rest}".encode()) != int(crc, 16):
            bad += 1
            continue
        f = rest.split(" ")
        try:
            if kind == "J":
                jit = int(f[0])
            elif kind == "D":
                done = int(f[0])
            elif kind == "P":
                i, retval, data = int(f[0]), int(f[1]), bytes.fromhex(f[2])
                if len(data) != DATA_LEN:
                    raise ValueError(f"data_out is {len(data)} bytes")
                regs = list(struct.unpack(f"<{NBODY}Q", data))
                res[i] = KernelResult("ok" if retval == XDP_PASS else "abort", regs,
                                      retval=retval)
            elif kind == "F":
                log = bytes.fromhex(f[2]).decode("utf-8", "replace") if len(f) > 2 else ""
                res[int(f[0])] = KernelResult("rejected", errno=int(f[1]), log=log)
            elif kind == "T":
                res[int(f[0])] = KernelResult("test_run", errno=int(f[1]))
            elif kind == "X":
                errors.append(f"program {f[0]} was JIT-compiled (jited_prog_len {f[1]}, "
                              f"fdinfo jited {f[2]}): the interpreter was not used")
        except (ValueError, IndexError) as e:
            bad += 1
            errors.append(f"unparsable line {line[:80]!r}: {e}")
    for i in range(count):
        res.setdefault(i, KernelResult("missing"))
    return res, jit, done, bad, errors


def loader_binary() -> bytes:
    return vm.compile_static(LOADER_SOURCE, name="bpf_testrun")


class KernelError(RuntimeError):
    pass


def run_kernel(codes: list[bytes], timeout: float | None = None) -> KernelRun:
    """Load and run each full program (bytes) in one VM boot."""
    total_slots = sum(len(c) for c in codes) // 8
    if timeout is None:
        timeout = 90 + 0.02 * len(codes) + 0.0004 * total_slots
    script = 'echo "K $(uname -r)"\n/vm/bpf_testrun /vm/batch.bin %d\n' % DATA_LEN
    r = vm.run({"bpf_testrun": loader_binary(), "batch.bin": batch_file(codes)}, script,
               timeout=timeout, check=False)
    release = next((ln[2:].strip() for ln in r.output.splitlines() if ln.startswith("K ")), "?")
    res, jit, done, bad, errors = parse_output(r.output, len(codes))
    if jit != 0:
        errors.append(f"bpf_jit_enable reads {jit} after writing 0 (expected 0)")
    if errors or r.rc not in (0, 1) or (r.rc and done == len(codes)):
        raise KernelError("kernel run failed (loader exit status %d): %s\n--- loader output "
                          "tail ---\n%s" % (r.rc, "; ".join(errors[:5]) or "no diagnostics",
                                            "\n".join(r.output.splitlines()[-10:])))
    return KernelRun([res[i] for i in range(len(codes))], release, jit, r.boot_time, r.elapsed,
                     bad)


# --- comparing -----------------------------------------------------------------------------------

def _hex(v):
    return f"{v:#018x}"


@dataclass
class FirstDifference:
    """The first body instruction whose kernel result differs from ours (from running every
    prefix of the program)."""
    index: int              # body index
    insn: tuple             # (code, dst, src, off, imm, imm64)
    before: list            # R0..R8 before it (the kernel and we agree there)
    kernel: list
    ours: list

    @property
    def text(self) -> str:
        return disasm_tuple(self.insn)

    def __str__(self):
        code, dst, src = self.insn[:3]
        ins = f"dst r{dst} = {_hex(self.before[dst])}"
        if code & E.X and E.op_of(code) not in (E.NEG, E.END):
            ins += f", src r{src} = {_hex(self.before[src])}"
        d = [r for r in range(NBODY) if self.kernel[r] != self.ours[r]]
        res = "; ".join(f"r{r}: kernel {_hex(self.kernel[r])}, ours {_hex(self.ours[r])}"
                        for r in d)
        return f"first difference at body insn {self.index}: `{self.text}` with {ins} -> {res}"


@dataclass
class Disagreement:
    index: int              # program number in the run
    kind: str               # "registers", "rejected", "test_run", "missing", "abort"
    program: Program
    kernel: list | None = None
    ours: list | None = None
    detail: str = ""
    first: FirstDifference | None = None

    def __str__(self):
        head = f"program {self.index}: "
        if self.kind == "registers":
            d = [r for r in range(NBODY) if self.kernel[r] != self.ours[r]]
            head += "registers differ: " + ", ".join(
                f"r{r} kernel {_hex(self.kernel[r])} ours {_hex(self.ours[r])}" for r in d)
        else:
            head += f"{self.kind}: {self.detail}"
        out = [head]
        if self.first:
            out.append("  " + str(self.first))
        out.append(self.program.listing(self.first.index if self.first else None))
        init = ", ".join(f"r{t[1]}={_hex(t[5])}" for t in self.program.init)
        out.append(f"  inputs: {init}")
        if self.kernel is not None and self.ours is not None:
            out.append("  kernel: " + " ".join(_hex(v) for v in self.kernel))
            out.append("  ours:   " + " ".join(_hex(v) for v in self.ours))
        return "\n".join(out)


def compare(programs, kernel_results, ours) -> tuple[int, list]:
    agree, bad = 0, []
    for i, (p, k, o) in enumerate(zip(programs, kernel_results, ours)):
        if k.kind == "ok":
            if k.regs == o:
                agree += 1
            else:
                bad.append(Disagreement(i, "registers", p, k.regs, o))
        else:
            detail = {"rejected": lambda: f"the verifier refused it (errno {k.errno}):\n"
                                          + k.log.strip()[-3000:],
                      "test_run": lambda: f"BPF_PROG_TEST_RUN failed (errno {k.errno})",
                      "abort": lambda: f"retval {k.retval}: the epilogue's bounds check failed",
                      "missing": lambda: "no result came back from the VM"}[k.kind]()
            bad.append(Disagreement(i, k.kind, p, detail=detail))
    return agree, bad


def localize(disagreements, jobs: int = 1, limit: int = 16) -> None:
    """Run every prefix of the first `limit` register disagreements in one more VM boot and
    fill in `.first`: the first body instruction whose result differs."""
    todo = [d for d in disagreements if d.kind == "registers"][:limit]
    if not todo:
        return
    codes, lists, where = [], [], []
    for d in todo:
        for k in range(len(d.program.body) + 1):
            codes.append(d.program.full(k))
            lists.append(d.program.insns(k))
            where.append((d, k))
    run = run_kernel(codes)
    ours = semantic_results(lists, jobs)
    by = {}
    for (d, k), kr, o in zip(where, run.results, ours):
        by.setdefault(id(d), []).append((k, kr, o))
    for d in todo:
        rows = sorted(by[id(d)], key=lambda t: t[0])
        for (k, kr, o), (_, prev_kr, prev_o) in zip(rows[1:], rows):
            if kr.kind == "ok" and kr.regs != o:
                before = prev_kr.regs if prev_kr.kind == "ok" else prev_o
                d.first = FirstDifference(k - 1, d.program.body[k - 1], before, kr.regs, o)
                break


# --- the whole check -----------------------------------------------------------------------------

@dataclass
class Report:
    agree: int
    total: int
    disagreements: list
    release: str = ""
    boots: int = 0
    boot_time: float = 0.0          # of the first boot (start of QEMU to the script)
    vm_time: float = 0.0            # all boots, start to power-off
    insns: int = 0                  # body instructions compared
    form_counts: dict = field(default_factory=dict)
    bad_lines: int = 0


def run_validation(n: int, seed=0, *, jobs: int | None = None, per_boot: int = 12000,
                   max_len: int = 24, do_localize: bool = True, programs=None) -> Report:
    """Generate `n` programs (or take `programs`), run them in the kernel and in our semantics,
    compare.  The semantics run in `jobs` processes (default: all cores for n >= 2000, else in
    this process, which is what monkeypatching tests need) while the VM runs."""
    programs = programs if programs is not None else generate(n, seed, max_len)
    if jobs is None:
        jobs = 1 if len(programs) < 2000 else (os.cpu_count() or 1)
    from concurrent.futures import ThreadPoolExecutor
    rep = Report(0, len(programs), [])
    kernel = []
    with ThreadPoolExecutor(1) as ex:
        fut = ex.submit(semantic_results, [p.insns() for p in programs], jobs) if jobs > 1 \
            else None
        for lo in range(0, len(programs), per_boot):
            run = run_kernel([p.full() for p in programs[lo:lo + per_boot]])
            kernel += run.results
            rep.boots += 1
            rep.boot_time = rep.boot_time or run.boot_time
            rep.vm_time += run.elapsed
            rep.release = run.release
            rep.bad_lines += run.bad_lines
        ours = fut.result() if fut else semantic_results([p.insns() for p in programs], 1)
    rep.agree, rep.disagreements = compare(programs, kernel, ours)
    for p in programs:
        rep.insns += sum(1 for f in p.forms if f != "ld_imm64")
        for f in p.forms:
            rep.form_counts[f] = rep.form_counts.get(f, 0) + 1
    if do_localize and rep.disagreements:
        localize(rep.disagreements, jobs)
        rep.boots += 1
    return rep


def validate_ebpf(n: int, seed=0, **kw):
    """(agree, total, disagreements): programs whose R0..R8 match the kernel's, programs run,
    and Disagreement objects (str() gives the listing, inputs and both results)."""
    rep = run_validation(n, seed, **kw)
    return rep.agree, rep.total, rep.disagreements


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", nargs="?", type=int, default=1000, help="number of programs")
    ap.add_argument("--seed", type=int, default=None, help="random seed (default: random)")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--per-boot", type=int, default=12000, help="programs per VM boot")
    ap.add_argument("--max-len", type=int, default=24, help="longest body")
    ap.add_argument("--no-localize", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true", help="per-form counts")
    a = ap.parse_args(argv)
    missing = vm.missing()
    if missing:
        print(f"validate_ebpf: cannot boot a VM; install: apt-get install {' '.join(missing)}",
              file=sys.stderr)
        return 2
    seed = a.seed if a.seed is not None else random.randrange(1 << 32)
    t0 = time.time()
    rep = run_validation(a.n, seed, jobs=a.jobs, per_boot=a.per_boot, max_len=a.max_len,
                         do_localize=not a.no_localize)
    used = sum(1 for f in FORMS if rep.form_counts.get(f.name))
    print(f"validate_ebpf: seed {seed}: {rep.agree}/{rep.total} programs agree with the Linux "
          f"{rep.release} interpreter ({rep.insns} ALU instructions, {used}/{len(FORMS)} forms; "
          f"{rep.boots} VM boot(s), boot {rep.boot_time:.1f} s, VM {rep.vm_time:.1f} s, "
          f"total {time.time() - t0:.1f} s)")
    if a.verbose:
        for f in FORMS:
            print(f"  {f.name:14s} {rep.form_counts.get(f.name, 0)}")
    if rep.bad_lines:
        print(f"  note: {rep.bad_lines} damaged output line(s) ignored")
    for d in rep.disagreements[:20]:
        print("DISAGREE", d, sep=" ")
    if len(rep.disagreements) > 20:
        print(f"... and {len(rep.disagreements) - 20} more")
    return 0 if not rep.disagreements else 1


if __name__ == "__main__":
    sys.exit(main())
