"""Random straight-line programs: the compiled RV64 code, run on an emulator, must give the
same registers as the concrete eBPF semantics.  RVJIT_EXAMPLES sets the number of examples
(2000 by default, as in the full run)."""
from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rvjit import bpf, emulator
from rvjit.jit import compile_program
from rvjit.regmap import RV_OF_BPF
from semantics import ebpf
from semantics.ebpf import (ADD, ALU, ALU64, AND, ARSH, DIV, END, LSH, MOD, MOV, MUL, NEG, OR,
                            RSH, SUB, TO_BE, TO_LE, XOR, K, X)
from tests.asm import alu64, exit_, insn, ld_imm64

EXAMPLES = int(os.environ.get("RVJIT_EXAMPLES", "2000"))

EDGE64 = [0, 1, 2, 0x7F, 0x80, 0xFF, 0x7FF, 0x800, 0xFFF, 0x7FFF, 0x8000, 0xFFFF, 0x7FFF_FFFF,
          0x8000_0000, 0xFFFF_FFFF, 0x1_0000_0000, 0x7FFF_F800, 0x7FFF_FFFF_FFFF_FFFF,
          0x8000_0000_0000_0000, 0xFFFF_FFFF_FFFF_FFFF, 0xFFFF_FFFF_8000_0000,
          0xFFFF_FFFF_FFFF_F800]
EDGE32 = [0, 1, -1, 2, -2, 31, 32, 63, 64, 2047, 2048, -2048, -2049, 0x7FFF_FFFF,
          -0x8000_0000, 0x1000, 0x7FFF_F800, 0x12345, -0x12345]

u64 = st.one_of(st.sampled_from(EDGE64), st.integers(0, (1 << 64) - 1),
                st.integers(0, 4096), st.integers(-4096, 0).map(lambda v: v & ((1 << 64) - 1)))
i32 = st.one_of(st.sampled_from(EDGE32), st.integers(-(1 << 31), (1 << 31) - 1),
                st.integers(-4096, 4096))

OPS = [ADD, SUB, MUL, DIV, OR, AND, LSH, RSH, MOD, XOR, MOV, ARSH]


@st.composite
def alu_insn(draw, top=9):
    """One valid ALU/ALU64/END/LD_IMM64 instruction writing and reading R0..R<top>."""
    dst = draw(st.integers(0, top))
    kind = draw(st.sampled_from(["op", "op", "op", "op", "neg", "end", "ld", "movsx"]))
    cls = draw(st.sampled_from([ALU, ALU64]))
    if kind == "ld":
        return ld_imm64(dst, draw(u64))
    if kind == "neg":
        return insn(cls | NEG, dst)
    if kind == "end":
        code = draw(st.sampled_from([ALU | END | TO_LE, ALU | END | TO_BE, ALU64 | END | TO_LE]))
        return insn(code, dst, imm=draw(st.sampled_from([16, 32, 64])))
    if kind == "movsx":
        offs = [8, 16, 32] if cls == ALU64 else [8, 16]
        return insn(cls | MOV | X, dst, draw(st.integers(0, top)), draw(st.sampled_from(offs)))
    op = draw(st.sampled_from(OPS))
    off = draw(st.sampled_from([0, 1])) if op in (DIV, MOD) else 0
    if draw(st.booleans()):
        return insn(cls | op | X, dst, draw(st.integers(0, top)), off)
    return insn(cls | op | K, dst, 0, off, draw(i32))


@st.composite
def program(draw):
    init = b"".join(ld_imm64(r, draw(u64)) for r in range(10))
    body = b"".join(draw(st.lists(alu_insn(), min_size=1, max_size=25)))
    # Registers the epilogue restores (R6..R9) or overwrites (R1 = a0) are folded into the
    # ones that survive the return (R0 = a5, R2..R5 = a1..a4), so every result is compared.
    fold = (alu64(XOR, 0, 1) + alu64(XOR, 2, 6) + alu64(XOR, 3, 7) + alu64(XOR, 4, 8)
            + alu64(XOR, 5, 9))
    return init + body + fold + exit_()


def expected(code: bytes, regs=None, memory=None) -> list:
    """The registers at EXIT, by the concrete eBPF semantics."""
    insns = [ebpf.Insn(i.code, i.dst, i.src, i.off, i.imm, i.imm64) for i in bpf.decode(code)]
    return ebpf.run_concrete(insns, regs, memory)


def check_on_emulator(code: bytes, isa, want: list) -> None:
    """Compile and run `code`; R0 (a0 and a5) and R2..R5 (a1..a4, which survive the return)
    must equal `want`.  Programs fold R1 and R6..R9 into those before EXIT."""
    res = emulator.call(compile_program(code, isa).code, isa=isa)
    got = {0: res.a0, **{r: res.regs[RV_OF_BPF[r]] for r in (2, 3, 4, 5)}}
    for r, v in got.items():
        assert v == want[r], (f"R{r}: emulator {v:#x}, eBPF semantics {want[r]:#x}\n"
                              + "\n".join(f"{i.index}: {bpf.disasm(i)}" for i in bpf.decode(code)))
    assert res.regs[RV_OF_BPF[0]] == want[0]          # a5 still holds R0 too


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(program(), st.sampled_from([frozenset(), frozenset({"c"}), frozenset({"zba", "zbb"}),
                                   frozenset({"zba", "zbb", "c"})]))
def test_random_programs_match_semantics(code, isa):
    check_on_emulator(code, isa, expected(code))


def test_every_pattern_is_generated():
    """The generator above reaches every ALU pattern of the rule table."""
    from rvjit.rules import TABLE
    pats = {(p.code, p.off) for p in TABLE.by_pattern()
            if ebpf.cls_of(p.code) in (ALU, ALU64)}
    made = {(c | s | op, o) for c in (ALU, ALU64) for op in OPS for s in (K, X)
            for o in ([0, 1] if op in (DIV, MOD) else [0])}
    made |= {(ALU | NEG, 0), (ALU64 | NEG, 0), (ALU | END | TO_LE, 0), (ALU | END | TO_BE, 0),
             (ALU64 | END | TO_LE, 0)}
    made |= {(ALU64 | MOV | X, o) for o in (8, 16, 32)} | {(ALU | MOV | X, o) for o in (8, 16)}
    assert pats <= made, pats - made
