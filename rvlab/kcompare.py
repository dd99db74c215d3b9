"""Per-opcode comparison of rvjit's RV64 code with Linux 6.1's riscv64 BPF JIT, measured on real
runs of both.

For every ALU/ALU64 opcode pattern (K and X forms, small and large immediates), END and LD_IMM64
this builds a small XDP program the kernel verifier accepts

    r0 = 1000; r2 = 7; <instruction under test>; exit                  ("full")

and the same program without the instruction under test ("base").  The cost of the instruction
is (full - base), in RV64 instructions and bytes, on each side.  A second pair

    r0 = 1000; r2 = 7; <instruction under test>; r0 = 1; exit          ("dead")

makes the result's upper half dead, so the kernel verifier's liveness-driven zero-extension
pass inserts no zext there: (full - dead) is what the verifier added for the kernel JIT.

Kernel side: all programs go through the kjit harness (tools/kjit/kjit.sh, a Linux 6.1 riscv64
kernel in qemu-system-riscv64) in ONE boot.  rvjit side: `compile_program` with RV64IM,
+Zba,Zbb and +Zba,Zbb,C; the program difference is checked against the instruction's own
fragment.  Nothing here is trusted from either JIT's source: all counts come from the images.

    python3 -m rvlab.kcompare [--kjit-work DIR] [--output docs/kernel-comparison.md]

writes a Markdown report (table, summary, side-by-side disassemblies).
"""
from __future__ import annotations

import argparse
import datetime
import os
import re
import struct
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from rvjit import bpf
from rvjit.jit import compile_program, parse_isa
from rvjit.listing import disassemble

REPO = Path(__file__).resolve().parent.parent
DEFAULT_KJIT_DIR = Path("/work/shared/tools/kjit")
DEFAULT_OUTPUT = REPO / "docs" / "kernel-comparison.md"
BOOT_TIMEOUT = 540                       # one batch must stay well under 10 minutes

# --- eBPF encoding ------------------------------------------------------------------------------
ALU, ALU64, LD_IMM64, EXIT_CODE = 0x04, 0x07, 0x18, 0x95
K, X = 0x00, 0x08
OPS = {"add": 0x00, "sub": 0x10, "mul": 0x20, "div": 0x30, "or": 0x40, "and": 0x50,
       "lsh": 0x60, "rsh": 0x70, "neg": 0x80, "mod": 0x90, "xor": 0xA0, "mov": 0xB0,
       "arsh": 0xC0, "end": 0xD0}
TO_LE, TO_BE = 0x00, 0x08


def ins(code: int, dst: int = 0, src: int = 0, off: int = 0, imm: int = 0) -> bytes:
    return struct.pack("<BBhi", code, dst | (src << 4), off, imm)


def ld_imm64(dst: int, value: int) -> bytes:
    value &= (1 << 64) - 1
    lo, hi = value & 0xFFFFFFFF, value >> 32
    s32 = lambda v: v - (1 << 32) if v >> 31 else v
    return ins(LD_IMM64, dst, 0, 0, s32(lo)) + ins(0, 0, 0, 0, s32(hi))


EXIT = ins(EXIT_CODE)
DST, SRC = 0, 2                                       # w0 op= w2 / r0 op= r2
INIT = ins(ALU64 | K | OPS["mov"], DST, 0, 0, 1000) + ins(ALU64 | K | OPS["mov"], SRC, 0, 0, 7)
N_INIT = 2                                            # instructions in INIT
KILL = ins(ALU64 | K | OPS["mov"], DST, 0, 0, 1)      # r0 = 1: the tested result is dead

SMALL_K, LARGE_K, NEG_K = 123, 0x12345678, -5
LD_VALUES = (0x123, 0x12345678, 0x89ABCDEF, 0x123456789ABC, 0xDEADBEEFCAFEF00D,
             0xFFFFFFFFFFFFFFFF)


@dataclass
class Case:
    key: str
    group: str
    insn: bytes
    v4: str = ""            # non-empty: an RFC 9669 / cpu v4 opcode that Linux 6.1 predates
    k_zero: bool = False    # DIV/MOD by the constant 0
    probe: bytes = b""      # program whose verifier log names the rejection (expected rejects)
    # filled in by measure():
    text: str = ""
    rv: dict = field(default_factory=dict)     # isa name -> Measure
    kern: object = None                        # KernelMeasure
    errors: list = field(default_factory=list)


@dataclass
class Measure:
    insns: int
    nbytes: int
    code: bytes
    rule: str


@dataclass
class KernelMeasure:
    ok: bool
    insns: int = 0
    nbytes: int = 0
    dead_insns: int = 0
    dead_bytes: int = 0
    code: bytes = b""
    reason: str = ""
    guard_insns: int = 0
    guard_bytes: int = 0


def _probe_for(insn: bytes) -> bytes:
    """The instruction alone on R1 (the context pointer, the one register initialised at entry),
    first in the program, so that kjit's 3-line log excerpt still shows the verifier's reason."""
    code, regs, off, imm = struct.unpack("<BBhi", insn[:8])
    src = 1 if code & X and (code & 0xF0) != OPS["end"] else 0
    return struct.pack("<BBhi", code, 1 | (src << 4), off, imm) + insn[8:] + EXIT


def build_cases() -> list[Case]:
    cases = []

    def add(key, group, insn, v4="", k_zero=False):
        c = Case(key, group, insn, v4=v4, k_zero=k_zero)
        if v4 or k_zero:
            c.probe = _probe_for(insn)
        cases.append(c)

    for cls, cname in ((ALU64, "alu64"), (ALU, "alu32")):
        for op in ("add", "sub", "mul", "div", "sdiv", "mod", "smod", "or", "and", "xor"):
            base = op[1:] if op in ("sdiv", "smod") else op
            off = 1 if op in ("sdiv", "smod") else 0
            v4 = "signed division (cpu v4, Linux 6.6)" if off else ""
            code = cls | OPS[base]
            add(f"{cname}_{op}_x", op, ins(code | X, DST, SRC, off), v4)
            add(f"{cname}_{op}_k_small", op, ins(code | K, DST, 0, off, SMALL_K), v4)
            add(f"{cname}_{op}_k_large", op, ins(code | K, DST, 0, off, LARGE_K), v4)
            if op == "and":
                add(f"{cname}_{op}_k_neg", op, ins(code | K, DST, 0, off, NEG_K), v4)
            if base in ("div", "mod"):
                add(f"{cname}_{op}_k_zero", op, ins(code | K, DST, 0, off, 0), v4, k_zero=True)
        for op in ("lsh", "rsh", "arsh"):
            code = cls | OPS[op]
            add(f"{cname}_{op}_x", op, ins(code | X, DST, SRC))
            add(f"{cname}_{op}_k", op, ins(code | K, DST, 0, 0, 40 if cls == ALU64 else 5))
        add(f"{cname}_neg", "neg", ins(cls | OPS["neg"], DST))
        mov = cls | OPS["mov"]
        add(f"{cname}_mov_x", "mov", ins(mov | X, DST, SRC))
        add(f"{cname}_mov_k_small", "mov", ins(mov | K, DST, 0, 0, SMALL_K))
        add(f"{cname}_mov_k_large", "mov", ins(mov | K, DST, 0, 0, LARGE_K))
        add(f"{cname}_mov_k_neg", "mov", ins(mov | K, DST, 0, 0, NEG_K))
        for bits in ((8, 16, 32) if cls == ALU64 else (8, 16)):
            add(f"{cname}_movsx{bits}", "movsx", ins(mov | X, DST, SRC, bits),
                "sign-extending move (cpu v4, Linux 6.6)")
    for name, code in (("le", ALU | OPS["end"] | TO_LE), ("be", ALU | OPS["end"] | TO_BE),
                       ("bswap", ALU64 | OPS["end"])):
        for bits in (16, 32, 64):
            add(f"end_{name}{bits}", "end", ins(code, DST, 0, 0, bits),
                "unconditional byte swap (cpu v4, Linux 6.6)" if name == "bswap" else "")
    for v in LD_VALUES:
        add(f"ld_imm64_{v:x}", "ld_imm64", ld_imm64(DST, v))
    return cases


def insn_text(insn: bytes) -> str:
    d = bpf.decode(insn + EXIT)[0]
    text = bpf.disasm(d)
    code = d.code
    if code != LD_IMM64 and (code & 0xF0) not in (OPS["end"], OPS["neg"]) and not code & X:
        imm = d.imm
        if abs(imm) >= 4096:
            text = text.rsplit(" ", 1)[0] + " " + (f"-{-imm:#x}" if imm < 0 else f"{imm:#x}")
    return text


# --- RV64 code helpers --------------------------------------------------------------------------

def rv_lengths(code: bytes) -> list[int]:
    """Instruction lengths of an RV64GC stream (16-bit RVC when the low two bits are not 11)."""
    out, at = [], 0
    while at < len(code):
        n = 4 if code[at] & 3 == 3 else 2
        out.append(n)
        at += n
    return out


def rv_split(code: bytes) -> list[bytes]:
    out, at = [], 0
    for n in rv_lengths(code):
        out.append(code[at:at + n])
        at += n
    return out


def kernel_slice(full: bytes, base: bytes) -> bytes:
    """The instructions that `full` has and `base` lacks: full = P + S + E with base = P + E,
    aligned at instruction boundaries (the kernel's prologue and init code are identical)."""
    f, b = rv_split(full), rv_split(base)
    p = 0
    while p < min(len(f), len(b)) and f[p] == b[p]:
        p += 1
    for q in range(p, -1, -1):
        tail = b[q:]
        if f[:q] == b[:q] and f[len(f) - len(tail):] == tail and len(f) - len(tail) >= q:
            return b"".join(f[q:len(f) - len(tail)])
    raise ValueError("kernel image does not contain the baseline as prefix + suffix")


def dis_lines(code: bytes) -> list[str]:
    return [text for _, _, text in disassemble(code)]


def _mn(text: str) -> tuple[str, str]:
    text = text.lstrip("* ")
    m, _, ops = text.partition(" ")
    return (m[2:] if m.startswith("c.") else m), ops.replace(" ", "")


def guard_count(slice_code: bytes) -> tuple[int, int]:
    """For a kernel DIV/MOD X slice: insns/bytes that are not the divide itself nor its zext,
    i.e. what the verifier's division-by-zero guard (and that guard's own zexts) became."""
    parts = rv_split(slice_code)
    texts = [_mn(t) for t in dis_lines(slice_code)]
    idx = next((i for i, (m, _) in enumerate(texts)
                if m in ("div", "divu", "divw", "divuw", "rem", "remu", "remw", "remuw")), None)
    if idx is None:
        return 0, 0
    own = {idx}
    rd = texts[idx][1].split(",")[0]
    if (idx + 2 < len(texts) and texts[idx + 1] == ("slli", f"{rd},0x20")
            and texts[idx + 2] == ("srli", f"{rd},0x20")):
        own |= {idx + 1, idx + 2}
    g = [p for i, p in enumerate(parts) if i not in own]
    return len(g), sum(len(p) for p in g)


# --- running both JITs --------------------------------------------------------------------------

BOOT: dict = {}                          # wall time of the kjit batch, for the report

ISAS = (("base", ""), ("zba_zbb", "zba,zbb"), ("zba_zbb_c", "zba,zbb,c"))


def measure_rvjit(cases: list[Case]) -> None:
    for isa_name, isa_text in ISAS:
        isa = parse_isa(isa_text)
        base = compile_program(INIT + EXIT, isa).code
        base_dead = compile_program(INIT + KILL + EXIT, isa).code
        for c in cases:
            try:
                img = compile_program(INIT + c.insn + EXIT, isa)
                dead = compile_program(INIT + c.insn + KILL + EXIT, isa).code
            except bpf.BpfError as e:
                c.errors.append(f"rvjit ({isa_name}) failed: {e}")
                continue
            frag = img.fragments[N_INIT]
            n = len(rv_lengths(img.code)) - len(rv_lengths(base))
            nb = len(img.code) - len(base)
            fi, fb = len(rv_lengths(frag.code)), len(frag.code)
            if (n, nb) != (fi, fb):
                c.errors.append(f"rvjit ({isa_name}): program - baseline = {n} insns/{nb} B but "
                                f"the fragment is {fi} insns/{fb} B")
            dn = len(rv_lengths(dead)) - len(rv_lengths(base_dead))
            if (dn, len(dead) - len(base_dead)) != (fi, fb):
                c.errors.append(f"rvjit ({isa_name}): dead-result variant differs "
                                f"({dn} insns vs {fi})")
            c.rv[isa_name] = Measure(fi, fb, frag.code, frag.rule)


def run_kjit(programs: dict, kjit_dir: Path, work: str | None, log_path: str | None,
             version: str = "6.1", zb: bool | None = None) -> str:
    """kjit.sh's output for these programs ({name: raw bytecode}), one boot of Linux
    `version` (6.1 or 6.12; zb: 6.12's CPU with or without Zba/Zbb, kjit's default if None)."""
    with tempfile.TemporaryDirectory(prefix="kcompare-") as d:
        files = []
        for name, data in programs.items():
            p = Path(d) / name
            p.write_bytes(data)
            files.append(str(p))
        env = dict(os.environ)
        if work:
            env["KJIT_WORK"] = work
        env["KJIT_VERSION"] = version
        if zb is not None:
            env["KJIT_ZB"] = "1" if zb else "0"
        kernel = kjit_kernel(work, version)
        if not kernel.exists():
            raise SystemExit(f"kcompare: no kjit kernel at {kernel}; run KJIT_VERSION={version} "
                             f"KJIT_WORK=... {kjit_dir}/build.sh first (as root)")
        t0 = time.monotonic()
        r = subprocess.run(["bash", str(kjit_dir / "kjit.sh"), *files], env=env, text=True,
                           capture_output=True, timeout=BOOT_TIMEOUT)
        BOOT["seconds"] = time.monotonic() - t0
        out = r.stdout + "".join(f"STDERR {line}\n" for line in r.stderr.splitlines())
    if log_path:
        Path(log_path).write_text(out)
    return out


def kjit_kernel(work: str | None, version: str = "6.1") -> Path:
    """Where kjit's build.sh leaves the kernel of `version`."""
    return (Path(work or os.environ.get("KJIT_WORK", "/tmp/kjit-work"))
            / f"linux-source-{version}/arch/riscv/boot/Image")


def parse_kjit(out: str) -> dict:
    """{name: (hex or None, [log lines])} from kjit.sh's output (log lines: grep -A3 excerpt)."""
    res, cur = {}, None
    for line in out.splitlines():
        if line.startswith("KJIT "):
            parts = line.split()
            name = parts[1]
            if len(parts) >= 3 and parts[2] == "LOADFAIL":
                res[name] = (None, [])
            else:
                res[name] = (bytes.fromhex(parts[3]) if len(parts) > 3 else b"", [])
                if len(res[name][0]) != int(parts[2]):
                    raise SystemExit(f"kcompare: kjit line for {name} is truncated")
            cur = name
        elif line == "--":
            cur = None
        elif cur is not None and line.strip():
            res[cur][1].append(line.strip())
    return res


def _reason(log: list[str]) -> str:
    for line in reversed(log):
        if not line.startswith("processed ") and not re.match(r"^\d+: ", line):
            return line
    return "(reason not in kjit's 3-line log excerpt)"


def measure_kernel(cases: list[Case], kjit_dir: Path, work: str | None,
                   log_in: str | None, log_out: str | None) -> int:
    programs = {"base_full": INIT + EXIT, "base_dead": INIT + KILL + EXIT}
    for c in cases:
        programs[f"{c.key}.full"] = INIT + c.insn + EXIT
        programs[f"{c.key}.dead"] = INIT + c.insn + KILL + EXIT
        if c.probe:
            programs[f"{c.key}.probe"] = c.probe
    out = Path(log_in).read_text() if log_in else run_kjit(programs, kjit_dir, work, log_out)
    res = parse_kjit(out)
    missing = [n for n in programs if n not in res]
    if missing:
        raise SystemExit(f"kcompare: kjit printed nothing for {len(missing)} program(s), "
                         f"e.g. {missing[:3]}; output was:\n{out[-2000:]}")
    base, base_dead = res["base_full"][0], res["base_dead"][0]
    if base is None or base_dead is None:
        raise SystemExit("kcompare: the kernel rejected the baseline program:\n"
                         + "\n".join(res["base_full"][1] + res["base_dead"][1]))
    nb, nbd = len(rv_lengths(base)), len(rv_lengths(base_dead))
    for c in cases:
        full, log = res[f"{c.key}.full"]
        dead, dlog = res[f"{c.key}.dead"]
        if full is None or dead is None:
            why = _reason(log or dlog)
            if c.probe and res[f"{c.key}.probe"][0] is None:
                why = _reason(res[f"{c.key}.probe"][1])
            c.kern = KernelMeasure(False, reason=why)
            if not (c.v4 or c.k_zero):
                c.errors.append(f"Linux 6.1 unexpectedly rejected it: {why}")
            continue
        s = kernel_slice(full, base)
        km = KernelMeasure(True, len(rv_lengths(full)) - nb, len(full) - len(base),
                           len(rv_lengths(dead)) - nbd, len(dead) - len(base_dead), s)
        if (len(rv_lengths(s)), len(s)) != (km.insns, km.nbytes):
            c.errors.append("kernel slice does not match program - baseline")
        if c.group in ("div", "mod") and c.insn[0] & X:
            km.guard_insns, km.guard_bytes = guard_count(s)
        c.kern = km
        if c.v4 or c.k_zero:
            c.errors.append("Linux 6.1 unexpectedly accepted it")
    return len(programs)


# --- report -------------------------------------------------------------------------------------

def _cell(m) -> str:
    return f"{m.insns} ({m.nbytes} B)" if m else "error"


def _kcell(k: KernelMeasure) -> str:
    if not k.ok:
        return "rejected"
    return f"{k.insns} ({k.nbytes} B)"


def notes(c: Case) -> str:
    k, out = c.kern, []
    is32 = c.insn[0] & 7 == ALU
    if not k.ok:
        if c.v4:
            out.append(f"{c.v4}; Linux 6.1 rejects it (`{k.reason}`)")
            if c.k_zero:
                out.append("newer kernels reject K division by zero in the verifier; rvjit "
                           "implements RFC 9669 (x/0 = 0, x%0 = x)")
        elif c.k_zero:
            out.append(f"K division by zero rejected by the verifier (`{k.reason}`); rvjit "
                       "implements RFC 9669: x/0 = 0, x%0 = x")
        else:
            out.append(f"rejected: `{k.reason}`")
    else:
        if k.guard_insns:
            out.append(f"division-by-register guard inserted by the verifier: {k.guard_insns} "
                       f"insns ({k.guard_bytes} B) of the kernel's {k.insns}")
        z, zb = k.insns - k.dead_insns, k.nbytes - k.dead_bytes
        if z:
            out.append(f"zero-extension inserted by the verifier: {z} insns ({zb} B); "
                       f"{k.dead_insns} ({k.dead_bytes} B) when the upper half is dead")
        elif is32 and k.guard_insns:
            out.append("verifier zext kept even when the result is dead (patched insns lose "
                       "liveness)")
    out += c.errors
    return "; ".join(out)


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def side_by_side(c: Case) -> str:
    cols = [("rvjit RV64IM", c.rv.get("base")), ("rvjit +Zba,Zbb", c.rv.get("zba_zbb")),
            ("rvjit +Zba,Zbb,C", c.rv.get("zba_zbb_c")), ("Linux 6.1", c.kern)]
    texts = []
    for title, m in cols:
        if m is None or (isinstance(m, KernelMeasure) and not m.ok):
            texts.append([title, "(rejected)"])
            continue
        head = title + (f"  [{m.rule}]" if isinstance(m, Measure) else "")
        texts.append([head] + (dis_lines(m.code) or ["(no code)"]))
    width = [max(len(x) for x in t) + 3 for t in texts]
    rows = max(len(t) for t in texts)
    lines = []
    for i in range(rows):
        lines.append("".join((t[i] if i < len(t) else "").ljust(w)
                             for t, w in zip(texts, width)).rstrip())
        if i == 0:
            lines.append("".join(("-" * (w - 3)).ljust(w) for w in width).rstrip())
    return "\n".join(lines)


SHOWCASE = ("alu32_add_x", "alu32_div_x", "alu32_mod_x", "alu64_mod_x", "alu32_and_k_large",
            "alu32_mov_k_neg", "end_be32", "ld_imm64_deadbeefcafef00d")


def _kernel_info(work: str | None, version: str = "6.1") -> str:
    root = Path(work or os.environ.get("KJIT_WORK", "/tmp/kjit-work")) / f"linux-source-{version}"
    ver, rvc = version, "?"
    try:
        mk = (root / "Makefile").read_text()[:400]
        v = dict(re.findall(r"^(VERSION|PATCHLEVEL|SUBLEVEL) = (\d+)", mk, re.M))
        ver = f"{v['VERSION']}.{v['PATCHLEVEL']}.{v['SUBLEVEL']}"
    except (OSError, KeyError):
        pass
    try:
        cfg = (root / ".config").read_text()
        rvc = "y" if "CONFIG_RISCV_ISA_C=y" in cfg else "n"
    except OSError:
        pass
    try:
        deb = subprocess.run(["dpkg-query", "-W", "-f=${Version}", f"linux-source-{version}"],
                             capture_output=True, text=True).stdout.strip()
    except OSError:
        deb = ""
    return ver, rvc, deb


def _git_rev() -> str:
    try:
        rev = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain",
                                "--untracked-files=no", "--", "rvjit", "proofs", "semantics"],
                               capture_output=True, text=True).stdout.strip()
        return rev + (" (with uncommitted changes)" if dirty else "")
    except OSError:
        return "?"


def _top(items, key, n=5):
    return sorted(items, key=key)[:n]


def summary(cases: list[Case], both: list[Case], rej: list[Case]) -> list[str]:
    def tot(cs, get):
        return sum(get(c)[0] for c in cs), sum(get(c)[1] for c in cs)
    rv = lambda isa: (lambda c: (c.rv[isa].insns, c.rv[isa].nbytes))
    kfull = lambda c: (c.kern.insns, c.kern.nbytes)
    kdead = lambda c: (c.kern.dead_insns, c.kern.dead_bytes)
    rb, rz, rc, kf, kd = (tot(both, f) for f in (rv("base"), rv("zba_zbb"), rv("zba_zbb_c"),
                                                  kfull, kdead))
    L = ["## Summary", "",
         f"{len(cases)} instruction forms; {len(both)} are accepted by both, {len(rej)} are "
         f"rejected by Linux 6.1's verifier ({sum(bool(c.v4) for c in rej)} cpu-v4 forms it "
         f"predates, {sum(c.k_zero and not c.v4 for c in rej)} DIV/MOD by the constant 0) "
         "and are translated by rvjit only.",
         "",
         f"Over the {len(both)} common forms, rvjit emits **{rb[0]} instructions ({rb[1]} B)** "
         f"with RV64IM and **{rz[0]} ({rz[1]} B)** with Zba,Zbb, against Linux 6.1's "
         f"**{kf[0]} instructions ({kf[1]} B)** including the code its verifier inserts: "
         f"rvjit/Linux = {rb[0] / kf[0]:.2f} in instructions and {rb[1] / kf[1]:.2f} in bytes "
         f"(Zba,Zbb: {rz[0] / kf[0]:.2f} and {rz[1] / kf[1]:.2f}). Linux's bytes benefit from "
         f"RVC; with RVC as well (Zba,Zbb,C) rvjit emits {rc[0]} instructions in {rc[1]} B "
         f"({rc[1] / kf[1]:.2f} of Linux's bytes). Where the result's upper half is dead, the "
         f"verifier inserts no zext and Linux "
         f"needs only {kd[0]} instructions ({kd[1]} B); rvjit, which cannot know, stays at "
         f"{rb[0]} ({rz[0]} with Zba,Zbb).",
         "",
         "| group | forms | rvjit RV64IM | rvjit +Zba,Zbb | rvjit +Zba,Zbb,C | Linux 6.1 "
         "| Linux 6.1, upper half dead |",
         "|---|---|---|---|---|---|---|"]
    groups = (("64-bit ALU", lambda c: c.insn[0] & 7 == ALU64 and c.group != "end"),
              ("32-bit ALU", lambda c: c.insn[0] & 7 == ALU and c.group != "end"),
              ("END (byte order)", lambda c: c.group == "end"),
              ("LD_IMM64", lambda c: c.group == "ld_imm64"))
    for name, pred in groups:
        cs = [c for c in both if pred(c)]
        if cs:
            cells = [tot(cs, f) for f in (rv("base"), rv("zba_zbb"), rv("zba_zbb_c"), kfull,
                                          kdead)]
            L.append(f"| {name} | {len(cs)} | " + " | ".join(f"{i} ({b} B)" for i, b in cells)
                     + " |")
    d = lambda c, isa="base": c.rv[isa].insns - c.kern.insns
    L += ["",
          f"Per instruction, in instructions (Linux including verifier code): rvjit RV64IM is "
          f"shorter in {sum(d(c) < 0 for c in both)}, equal in {sum(d(c) == 0 for c in both)} "
          f"and longer in {sum(d(c) > 0 for c in both)} forms; with Zba,Zbb shorter in "
          f"{sum(d(c, 'zba_zbb') < 0 for c in both)}, equal in "
          f"{sum(d(c, 'zba_zbb') == 0 for c in both)} and longer in "
          f"{sum(d(c, 'zba_zbb') > 0 for c in both)}.", ""]
    fmt = lambda c, a, b: f"`{_esc(c.text)}` ({a} vs {b})"
    win = [c for c in _top(both, d) if d(c) < 0]
    lose = [c for c in _top(both, lambda c: -d(c)) if d(c) > 0]
    L.append("* rvjit shorter (RV64IM vs Linux, instructions), biggest gaps: "
             + (", ".join(fmt(c, c.rv["base"].insns, c.kern.insns) for c in win) or "none") + ".")
    L.append("* Linux shorter (instructions): "
             + (", ".join(fmt(c, c.rv["base"].insns, c.kern.insns) for c in lose) or "none")
             + ".")
    db = lambda c: c.rv["base"].nbytes - c.kern.nbytes
    bl = [c for c in both if db(c) > 0]
    L.append(f"* Linux smaller in bytes in {len(bl)} forms (RVC: `c.add`, `c.slli`, `c.li`, ...), "
             "biggest gaps: " + (", ".join(fmt(c, f"{c.rv['base'].nbytes} B",
                                               f"{c.kern.nbytes} B")
                                           for c in _top(bl, lambda c: -db(c))) or "none") + ".")
    dd = lambda c: c.rv["base"].insns - c.kern.dead_insns
    dl = [c for c in both if dd(c) > 0]
    L.append(f"* Linux shorter when the result's upper half is dead (no verifier zext), in "
             f"{len(dl)} forms: " + (", ".join(fmt(c, c.rv["base"].insns, c.kern.dead_insns)
                                              for c in _top(dl, lambda c: -dd(c))) or "none")
             + (f" and {len(dl) - 5} more" if len(dl) > 5 else "") + ".")
    dc = lambda c: c.rv["zba_zbb_c"].nbytes - c.kern.nbytes
    L.append(f"* With Zba,Zbb,C, rvjit is smaller in bytes than Linux in "
             f"{sum(dc(c) < 0 for c in both)} forms, equal in {sum(dc(c) == 0 for c in both)}, "
             f"larger in {sum(dc(c) > 0 for c in both)}.")
    obs = observations(cases)
    if obs:
        L += ["", "Observations from the Linux images:", ""] + [f"* {o}" for o in obs]
    return L + [""]


def observations(cases: list[Case]) -> list[str]:
    by = {c.key: c for c in cases}
    out = []

    def kdis(key):
        c = by.get(key)
        return dis_lines(c.kern.code) if c and c.kern and c.kern.ok else []

    c = by.get("alu32_div_x")
    if c and c.kern and c.kern.ok and c.kern.dead_insns == c.kern.insns:
        out.append(f"`{c.text}`: the verifier's zext after the division (and after the guard's "
                   "`w0 ^= w0`) is kept even when the result is dead: instructions the verifier "
                   "patched in are marked for zext unconditionally (`adjust_insn_aux_data`).")
    if any(_mn(t) == ("slli", "t1,0x20") for t in kdis("alu32_div_x")):
        out.append("The 32-bit guard `if w2 != 0` (JMP32 JNE K 0) zero-extends T1 although the "
                   "immediate is 0 and T1 is unused (6.1's `emit_zext_32_rd_t1`): 2 wasted "
                   "instructions per 32-bit DIV/MOD by register.")
    c = by.get("end_le16")
    if c and c.kern and c.kern.ok and c.kern.insns - c.kern.dead_insns == 2:
        out.append(f"`{c.text}`: Linux emits `slli/srli 48` and then the verifier's zext "
                   "`slli/srli 32`, which is redundant.")
    c = by.get("alu32_mod_x")
    if c and any(_mn(t) == ("mv", "a5,a5") for t in kdis("alu32_mod_x")):
        out.append(f"`{c.text}`: the guard's `w0 = w0` (for x % 0 = x) becomes `c.mv a5, a5` "
                   "plus a zext; rvjit relies on `remuw` returning the dividend for a zero "
                   "divisor and needs no guard at all.")
    k32 = [by.get(f"alu32_{op}_x") for op in ("add", "or", "and", "xor")]
    if all(c and c.kern and c.kern.ok and _mn(dis_lines(c.kern.code)[0])[0] == c.key[6:-2]
           for c in k32):
        out.append("For 32-bit ADD/AND/OR/XOR Linux uses the 64-bit instruction (`add`, not "
                   "`addw`) and relies on the verifier's zext (or on the upper half being dead).")
    return out


def render(cases: list[Case], nprog: int, work: str | None) -> str:
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    ver, rvc, deb = _kernel_info(work)
    L = ["# rvjit vs the Linux 6.1 riscv64 BPF JIT, per eBPF instruction", "",
         f"Generated by `python3 -m rvlab.kcompare` on {now} (rvjit {_git_rev()}; "
         f"Linux {ver}{f' from Debian linux-source-6.1 {deb}' if deb else ''}, "
         f"CONFIG_RISCV_ISA_C={rvc}). Do not edit by hand: rerun the command.", ""]
    both = [c for c in cases if c.kern.ok and all(name in c.rv for name, _ in ISAS)]
    rej = [c for c in cases if not c.kern.ok]
    L += ["## How this was measured", "",
          "Each eBPF instruction under test sits in a small XDP program the verifier accepts: "
          f"`r0 = 1000; r2 = 7; <insn>; exit`. The same program without `<insn>` is the "
          "baseline; the instruction's cost on each side is *program − baseline* (RV64 "
          "instructions, counting 16-bit RVC ones as instructions, and bytes). A third "
          "program, `r0 = 1000; r2 = 7; <insn>; r0 = 1; exit`, makes the result's upper half "
          "dead: the kernel verifier then inserts no zero-extension, so *full − dead* is "
          "exactly what the verifier added for the kernel's JIT.",
          "",
          f"* Linux: all {nprog} programs went through `tools/kjit/kjit.sh` (Linux {ver}, "
          "riscv64, BPF JIT always on, in qemu-system-riscv64) in a single boot"
          + (f" ({BOOT['seconds']:.1f} s)" if "seconds" in BOOT else "") + "; the image is "
          "what `BPF_OBJ_GET_INFO_BY_FD` returns as `jited_prog_insns`.",
          "* rvjit: `rvjit.jit.compile_program` with the base ISA (RV64IM), with Zba,Zbb and "
          "with Zba,Zbb,C (compressed instructions, comparable with the kernel's RVC). "
          "The program difference was checked against the instruction's own fragment "
          "(`Image.fragments[i].code`) and against the dead-result variant; they agree "
          + ("for every case." if not any("rvjit" in e for c in cases for e in c.errors)
             else "except where a note says otherwise."),
          "* Linux 6.1's JIT emits RVC (compressed) instructions (CONFIG_RISCV_ISA_C="
          f"{rvc}) where it can; compare its bytes with the rvjit Zba,Zbb,C column, and "
          "instruction counts across all columns.",
          f"* Operands: X forms use `r2`/`w2` as source; K forms a 12-bit immediate "
          f"({SMALL_K}) and a 32-bit one ({LARGE_K:#x}), plus {NEG_K} for AND and MOV and 0 "
          "for DIV/MOD; shifts by K use one in-range amount (the verifier rejects amounts "
          "≥ the width); LD_IMM64 loads " + ", ".join(f"{v:#x}" for v in LD_VALUES) + ".",
          "* The kernel's counts include what its verifier inserts before the JIT runs "
          "(zero-extension after 32-bit results whose upper half is read later; a "
          "division-by-zero guard before DIV/MOD by a register) and its JIT relies on the "
          "verifier rejecting DIV/MOD by the constant 0. rvjit cannot rely on any of these: "
          "for offloaded programs the verifier runs no zero-extension pass "
          "(`opt_subreg_zext_lo32_rnd_hi32` is skipped for dev-bound programs, "
          "`aux->verifier_zext` stays false) and rvjit translates the program as written, "
          "with RFC 9669 semantics (32-bit results zero-extended, x/0 = 0, x%0 = x).",
          ""]

    L += summary(cases, both, rej)
    errs = [(c, e) for c in cases for e in c.errors]
    if errs:
        L += ["**Problems found while measuring:**", ""]
        L += [f"* `{_esc(c.text)}`: {e}" for c, e in errs] + [""]

    # --- table
    L += ["## Per instruction", "",
          "Counts are RV64 instructions (bytes) attributable to the instruction. "
          "Registers: eBPF r0 = a5, r2 = a1 on both sides.", "",
          "| eBPF instruction | rvjit RV64IM | rvjit +Zba,Zbb | rvjit +Zba,Zbb,C | Linux 6.1 "
          "| notes |",
          "|---|---|---|---|---|---|"]
    for c in cases:
        L.append(f"| `{_esc(c.text)}` | {_cell(c.rv.get('base'))} | "
                 f"{_cell(c.rv.get('zba_zbb'))} | {_cell(c.rv.get('zba_zbb_c'))} | "
                 f"{_kcell(c.kern)} | {_esc(notes(c))} |")
    L += ["", "## Side by side", "",
          "Disassembly (capstone; Zba/Zbb via GNU objdump, marked `*`) of the code each side "
          "emits for the instruction, rvjit's rule in brackets. The Linux column is the slice "
          "of its image between the baseline's prefix and suffix, so it includes the "
          "verifier-inserted instructions.", ""]
    by_key = {c.key: c for c in cases}
    for key in SHOWCASE:
        c = by_key.get(key)
        if c is None:
            continue
        L += [f"### `{c.text}`", "", "```", side_by_side(c), "```", ""]
    return "\n".join(L)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m rvlab.kcompare", description=__doc__.split(
        "\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kjit-work", default=os.environ.get("KJIT_WORK"),
                    help="kjit build folder (KJIT_WORK; default: $KJIT_WORK or /tmp/kjit-work)")
    ap.add_argument("--kjit-dir", default=str(DEFAULT_KJIT_DIR),
                    help=f"folder with kjit.sh (default {DEFAULT_KJIT_DIR})")
    ap.add_argument("-o", "--output", default=str(DEFAULT_OUTPUT),
                    help="Markdown report to write (default docs/kernel-comparison.md; - = stdout)")
    ap.add_argument("--save-kjit-log", metavar="FILE", help="also save kjit.sh's raw output")
    ap.add_argument("--kjit-log", metavar="FILE",
                    help="use a saved kjit.sh output instead of booting the kernel")
    args = ap.parse_args(argv)

    cases = build_cases()
    for c in cases:
        c.text = insn_text(c.insn)
    measure_rvjit(cases)
    nprog = measure_kernel(cases, Path(args.kjit_dir), args.kjit_work, args.kjit_log,
                           args.save_kjit_log)
    report = render(cases, nprog, args.kjit_work)
    if args.output == "-":
        sys.stdout.write(report)
    else:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        Path(args.output).write_text(report)
        print(f"kcompare: {len(cases)} cases, {nprog} kernel programs in one boot; "
              f"wrote {args.output}")
    errs = sum(len(c.errors) for c in cases)
    if errs:
        print(f"kcompare: {errs} problem(s), listed in the report", file=sys.stderr)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
