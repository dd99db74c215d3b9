"""Random whole programs with forward branches, bounded loops (backward branches) and stack
traffic: the emulator's result equals the concrete eBPF semantics.  RVJIT_EXAMPLES sets the
number of examples (2000 by default)."""
from __future__ import annotations

import os
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rvjit import emulator
from rvjit.jit import compile_program
from rvjit.regmap import RV_OF_BPF
from semantics.ebpf import (ADD, ALU64, JEQ, JGE, JGT, JLE, JLT, JMP, JMP32, JNE, JSET, JSGE,
                            JSGT, JSLE, JSLT, LDX, MEM, MEMSX, SIZE_B, SIZE_DW, SIZE_H, SIZE_W,
                            ST, STX, SUB, XOR, K, X)
from semantics.memory import ConcreteMemory
from tests.asm import alu64, exit_, insn, ld_imm64
from tests.rvjit.test_jit_random import alu_insn, check_on_emulator, expected, i32, u64

EXAMPLES = int(os.environ.get("RVJIT_EXAMPLES", "2000"))
SLOTS = 8                                   # stack slots r10-8 .. r10-64, zeroed at the start
CONDS = [JEQ, JGT, JGE, JSET, JNE, JSGT, JSGE, JLT, JLE, JSLT, JSLE]
FP_VALUE = 0x7FFF_F000                      # R10 in the concrete run (never copied elsewhere)


@st.composite
def mem_insn(draw):
    slot = draw(st.integers(1, SLOTS))
    size = draw(st.sampled_from([SIZE_B, SIZE_H, SIZE_W, SIZE_DW]))
    n = {SIZE_B: 1, SIZE_H: 2, SIZE_W: 4, SIZE_DW: 8}[size]
    off = -8 * slot + draw(st.integers(0, 8 - n))
    kind = draw(st.sampled_from(["ldx", "ldxsx", "st", "stx"]))
    r = draw(st.integers(0, 8))
    if kind == "ldx" or (kind == "ldxsx" and size == SIZE_DW):
        return insn(LDX | MEM | size, r, 10, off)
    if kind == "ldxsx":
        return insn(LDX | MEMSX | size, r, 10, off)
    if kind == "st":
        return insn(ST | MEM | size, 10, 0, off, draw(i32))
    return insn(STX | MEM | size, 10, r, off)


@st.composite
def block(draw, max_len=8):
    """Straight-line code, some of it skipped by forward conditional jumps."""
    # R9 is the loop counter: blocks leave it alone.
    items = draw(st.lists(st.one_of(alu_insn(top=8), mem_insn()), min_size=1, max_size=max_len))
    out = []
    for item in items:
        if draw(st.integers(0, 4)) == 0:           # a forward jump over the next item
            skip = len(item) // 8
            cls = draw(st.sampled_from([JMP, JMP32]))
            op = draw(st.sampled_from(CONDS))
            a = draw(st.integers(0, 8))
            if draw(st.booleans()):
                out.append(insn(cls | op | X, a, draw(st.integers(0, 8)), skip))
            else:
                out.append(insn(cls | op | K, a, 0, skip, draw(i32)))
        out.append(item)
    return b"".join(out)


@st.composite
def program(draw):
    init = b"".join(ld_imm64(r, draw(u64)) for r in range(9))
    init += b"".join(insn(ST | MEM | SIZE_DW, 10, 0, -8 * s, 0) for s in range(1, SLOTS + 1))
    body = draw(block())
    # A bounded loop: r9 counts down from 1..4 around a block (a backward JNE).
    loop = draw(block(max_len=5))
    trips = draw(st.integers(1, 4))
    loop_code = (insn(ALU64 | 0xB0 | K, 9, 0, 0, trips) + loop + alu64(SUB, 9, imm=1))
    back = -(len(loop_code) // 8)                  # to the first instruction of `loop`
    loop_code += insn(JMP | JNE | K, 9, 0, back, 0)
    tail = draw(block())
    fold = (alu64(XOR, 0, 1) + alu64(XOR, 2, 6) + alu64(XOR, 3, 7) + alu64(XOR, 4, 8)
            + alu64(ADD, 5, 9))
    return init + body + loop_code + tail + fold + exit_()




@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(program(), st.sampled_from([frozenset(), frozenset({"c"}), frozenset({"zba", "zbb", "c"})]))
def test_programs_with_branches_loops_and_stack(code, isa):
    check_on_emulator(code, isa, expected(code, [0] * 10 + [FP_VALUE], ConcreteMemory()))


def far_program(cmp_imm: int, n: int = 12_000) -> bytes:
    """r0 = 5; if r0 > cmp_imm goto +n; n x (r2 = be64 r2); r0 += 100; exit.  Each be64 is
    28 RV64 instructions (112 bytes) without Zbb, so n = 12000 puts the target ~1.3 MiB away,
    beyond jal's +-1 MiB: the auipc+jalr form is needed."""
    pad = insn(0xDC, 2, 0, 0, 64)                   # r2 = be64 r2
    return (ld_imm64(0, 5) + insn(ALU64 | 0xB0 | K, 2, 0, 0, 0x1234)
            + insn(JMP | JGT | K, 0, 0, n, cmp_imm) + pad * n + alu64(ADD, 0, imm=100) + exit_())


def test_far_branches_run_correctly():
    taken = compile_program(far_program(3))
    rules = {f.rule for f in taken.fragments}
    assert "jmp_jgt_k_imm12_far" in rules, sorted(r for r in rules if r.startswith("jmp"))
    assert len(taken.code) > (1 << 20) + 4096
    assert emulator.call(taken.code).a0 == 105
    # Not taken: runs through all of the padding, then adds 100.
    res = emulator.call(compile_program(far_program(7)).code)
    assert res.a0 == 105 and res.regs[RV_OF_BPF[2]] == 0x1234      # an even number of swaps


def test_far_unconditional_jumps():
    """gotol (JMP32 JA, 32-bit offset) and JA over ~1.3 MiB: auipc+jalr."""
    n = 12_000
    pad = insn(0xDC, 1, 0, 0, 64)
    prog = (ld_imm64(0, 1) + insn(JMP32 | 0x00, 0, 0, 0, n) + pad * n
            + alu64(ADD, 0, imm=41) + exit_())
    img = compile_program(prog)
    assert "gotol_far" in {f.rule for f in img.fragments}
    assert emulator.call(img.code).a0 == 42
    prog = (ld_imm64(0, 1) + insn(JMP | 0x00, 0, 0, n) + pad * n + alu64(ADD, 0, imm=41) + exit_())
    img = compile_program(prog)
    assert "ja_far" in {f.rule for f in img.fragments}
    assert emulator.call(img.code).a0 == 42
