"""Translation speed: the C emitter and driver (kmod/, built with -O2) against the Python JIT,
in eBPF instructions per second, on the same random straight-line programs.

    python3 -m rvlab.bench [--programs N] [--length L] [--isa zba,zbb,c] [--seed S]

Also home of `build_harness`, which builds the user-space harness (kmod/test/rvjit_harness.c)
that the C emitter tests talk to.
"""
from __future__ import annotations

import argparse
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KMOD = ROOT / "kmod"
SOURCES = [KMOD / "generated" / "rvjit_emit.c", KMOD / "rvjit_jit.c",
           KMOD / "test" / "rvjit_harness.c"]
# As strict as we can make it: the kernel builds with -Wdeclaration-after-statement and -Wvla.
CFLAGS = ["-std=gnu11", "-Wall", "-Wextra", "-Werror", "-Wdeclaration-after-statement",
          "-Wvla", f"-I{KMOD / 'shim'}", f"-I{KMOD}", f"-I{KMOD / 'generated'}"]
SANITIZE = ["-O0", "-g", "-fno-omit-frame-pointer", "-fsanitize=address,undefined",
            "-fno-sanitize-recover=all"]
OPTIMIZE = ["-O2"]


def build_harness(out: Path, sanitize: bool) -> Path:
    """Compile the harness with the generated emitter and the driver; returns the executable."""
    cc = shutil.which("gcc") or shutil.which("cc")
    if not cc:
        raise RuntimeError("no C compiler (gcc) found")
    out.mkdir(parents=True, exist_ok=True)
    exe = out / ("rvjit_harness_san" if sanitize else "rvjit_harness")
    cmd = [cc, *CFLAGS, *(SANITIZE if sanitize else OPTIMIZE), *map(str, SOURCES), "-o", str(exe)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode:
        raise RuntimeError(f"{' '.join(cmd)}\n{r.stderr}")
    return exe


def isa_bits(isa) -> int:
    """The C emitter's isa word; the pseudo-extension "hi_dead" is its RVJIT_HI_DEAD flag
    (single-instruction requests only: for programs the driver computes it)."""
    from rvjit.rules.base import EXTENSIONS
    return sum(1 << k for k, e in enumerate(EXTENSIONS) if e in isa) | ("hi_dead" in isa) << 31


# --- programs --------------------------------------------------------------------------------

EXIT = struct.pack("<BBhi", 0x95, 0, 0, 0)


def random_insn(rng: random.Random, patterns) -> bytes:
    """A valid ALU/ALU64/LD_IMM64 instruction matching one of the table's patterns."""
    from rvjit import bpf
    from semantics.ebpf import LD_IMM64, X
    while True:
        p = rng.choice(patterns)
        dst = rng.randrange(10)
        src = rng.randrange(10) if p.code & X else 0
        off = p.off if p.off is not None else 0
        imm = p.imm if p.imm is not None else rng.choice(
            [rng.randrange(-2048, 2048), rng.randrange(-(1 << 31), 1 << 31)])
        if p.code == LD_IMM64:
            hi = rng.choice([0, -1, rng.randrange(-(1 << 31), 1 << 31)])
            return (struct.pack("<BBhi", p.code, dst, 0, imm)
                    + struct.pack("<BBhi", 0, 0, 0, hi))
        for k in (imm, 0):                  # X forms and NEG have imm = 0
            raw = struct.pack("<BBhi", p.code, dst | src << 4, off, k)
            try:
                bpf.decode(raw + EXIT)
                return raw
            except bpf.BpfError:
                pass


def programs(count: int, length: int, seed: int) -> list:
    from rvjit.rules import TABLE
    from semantics.ebpf import ALU, ALU64, LD_IMM64
    pats = [p for p in TABLE.by_pattern() if (p.code & 7) in (ALU, ALU64) or p.code == LD_IMM64]
    rng = random.Random(seed)
    return [b"".join(random_insn(rng, pats) for _ in range(length)) + EXIT for _ in range(count)]


# --- timing ------------------------------------------------------------------------------------

def time_python(progs, isa) -> float:
    from rvjit import bpf
    from rvjit.jit import compile_program
    decoded = [bpf.decode(p) for p in progs]
    t = time.perf_counter()
    for insns in decoded:
        compile_program(insns, isa)
    return time.perf_counter() - t


def time_c(exe: Path, progs, isa, repeat: int) -> float:
    lines = "".join(f"b {isa_bits(isa):x} {repeat:x} {p.hex()}\n" for p in progs)
    r = subprocess.run([str(exe)], input=lines, capture_output=True, text=True, check=True)
    ns = 0
    for line in r.stdout.splitlines():
        if not line.startswith("ok "):
            raise RuntimeError(f"harness: {line}")
        ns += int(line.split()[1])
    return ns / 1e9 / repeat


def check_same(exe: Path, progs, isa):
    """The benchmark compares like with like: the C images equal the Python ones."""
    from rvjit.jit import compile_program
    lines = "".join(f"p {isa_bits(isa):x} {p.hex()}\n" for p in progs)
    r = subprocess.run([str(exe)], input=lines, capture_output=True, text=True, check=True)
    for p, line in zip(progs, r.stdout.splitlines()):
        if line.split()[-1] != compile_program(p, isa).code.hex():
            raise RuntimeError("C and Python images differ: run tests/kmod/test_c_emitter.py")


def main(argv=None) -> int:
    from rvjit.jit import parse_isa
    ap = argparse.ArgumentParser(prog="python3 -m rvlab.bench", description=__doc__.splitlines()[0])
    ap.add_argument("--programs", type=int, default=40)
    ap.add_argument("--length", type=int, default=250, help="instructions per program")
    ap.add_argument("--isa", default="zba,zbb,c")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=0, help="C runs per program (default: auto)")
    args = ap.parse_args(argv)
    isa = parse_isa(args.isa)
    progs = programs(args.programs, args.length, args.seed)
    n = sum(len(bpf_insns) for bpf_insns in map(_count, progs))
    with tempfile.TemporaryDirectory() as tmp:
        exe = build_harness(Path(tmp), sanitize=False)
        check_same(exe, progs, isa)
        tp = time_python(progs, isa)
        repeat = args.repeat or max(1, int(0.5 / max(time_c(exe, progs, isa, 1), 1e-6)))
        tc = time_c(exe, progs, isa, repeat)
    print(f"{len(progs)} programs, {n} eBPF instructions, ISA {','.join(sorted(isa)) or 'rv64im'}")
    print(f"  Python JIT: {n / tp:14,.0f} insns/s  ({tp * 1e3:9.2f} ms per round)")
    print(f"  C emitter:  {n / tc:14,.0f} insns/s  ({tc * 1e3:9.2f} ms per round, "
          f"mean of {repeat} rounds, -O2)")
    print(f"  ratio C / Python: {tp / tc:,.0f}x")
    return 0


def _count(prog: bytes) -> list:
    from rvjit import bpf
    return bpf.decode(prog)


if __name__ == "__main__":
    sys.exit(main())
