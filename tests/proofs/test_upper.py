"""Dead upper halves (rvjit/upper.py): the table's lemma can fail, the analysis is the least
fixed point over every successor, and a wrong analysis is caught by running the program.
docs/proofs.md has the argument these pieces make up."""
from __future__ import annotations

import pytest

from proofs import upper as U
from rvjit import bpf, emulator, ir, upper
from rvjit.jit import compile_program
from rvjit.rules import TABLE
from rvjit.rules.base import Pattern
from semantics.ebpf import (ADD, ALU, ALU64, EXIT, JEQ, JMP, MEM, MOV, SIZE_DW, SIZE_W, STX, K,
                            X)
from tests.asm import exit_, insn, ld_imm64
from tests.rvjit.test_jit_random import expected

PATTERNS = {(p.code, p.off, p.imm): p for p in TABLE.by_pattern()}


def pattern(code, off=None, imm=None):
    return PATTERNS.get((code, off, imm)) or Pattern(code, off, imm)


def wrong_table(monkeypatch, code, reads=None, writes=None):
    real = upper.access

    def access(c, off, imm):
        r, w = real(c, off, imm)
        if c == code:
            return (r if reads is None else reads), (w if writes is None else writes)
        return r, w
    monkeypatch.setattr(upper, "access", access)


@pytest.mark.parametrize("what,code,reads,writes", [
    ("ALU64 add reads dst's upper half", ALU64 | ADD | X, ("src",), None),
    ("a 64-bit store writes src's upper half to memory", STX | MEM | SIZE_DW, ("dst",), None),
    ("EXIT returns all of R0", JMP | EXIT, (), None),
    ("ALU32 mov writes dst", ALU | MOV | X, None, ()),
])
def test_a_wrong_table_is_refused(monkeypatch, what, code, reads, writes):
    p = pattern(code, off=0 if code in (ALU64 | ADD | X, ALU | MOV | X) else None)
    assert U.check(p)["status"] == "proven", what              # the real table
    wrong_table(monkeypatch, code, reads, writes)
    res = U.check(p)
    assert res["status"] == "failed", what
    assert "the table (rvjit/upper.py) says" in res["detail"] and "dst=R" in res["detail"]


def test_stores_of_32_bits_and_jmp32_read_low_halves_only():
    for code in (STX | MEM | SIZE_W, 0x06 | JEQ | X, ALU | ADD | X):
        p = next(q for (c, _, _), q in PATTERNS.items() if c == code)
        assert U.check(p)["status"] == "proven"
        assert not set(upper.access(code, p.off, p.imm)[0]) & {"src"}


# r2 = 0xffffffff00000005; r3 = 0; w1 = w2; if r3 == 0 goto +1; r1 = 0; r0 = r1; exit.
# R1's upper half is read after the jump (r0 = r1), not on the fall-through (r1 = 0).
PROGRAM = (ld_imm64(2, 0xFFFF_FFFF_0000_0005) + insn(ALU64 | MOV | K, 3)
           + insn(ALU | MOV | X, 1, 2) + insn(JMP | JEQ | K, 3, 0, 1, 0)
           + insn(ALU64 | MOV | K, 1) + insn(ALU64 | MOV | X, 0, 1) + exit_())


def test_the_analysis_follows_jumps():
    insns = bpf.decode(PROGRAM)
    # Is dst's upper half dead after: ld r2 (w1 = w2 reads its low half only) | r3 = 0 (the
    # jeq reads it) | w1 = w2 (r0 = r1 after the jump reads it) | jeq (r3: nothing reads it
    # again) | r1 = 0 | r0 = r1 (EXIT reads R0) | exit.
    assert upper.hi_dead(insns) == [True, False, False, True, False, False, True]
    img = compile_program(PROGRAM, frozenset({"c"}))
    assert "alu32_mov_x_zba" not in {f.rule for f in img.fragments}
    assert emulator.call(img.code, isa={"c"}).a0 == expected(PROGRAM)[0] == 5


def test_an_analysis_that_ignores_jump_targets_is_caught(monkeypatch):
    real = upper.successors
    monkeypatch.setattr(upper, "successors",
                        lambda insns, k, pos: [s for s in real(insns, k, pos) if s == k + 1])
    img = compile_program(PROGRAM, frozenset({"c"}))
    assert "alu32_mov_x_hd" in {f.rule for f in img.fragments}
    assert emulator.call(img.code, isa={"c"}).a0 != expected(PROGRAM)[0]


def test_dead_upper_halves_save_bytes_on_the_corpus():
    """Not a timing: the `_hd` rules are chosen on real programs (ALU32-heavy -mcpu=v3)."""
    from rvlab import corpus
    e = next(e for e in corpus.build() if e.name == "flow_key.v3")
    img = compile_program(e.code(), frozenset({"zba", "zbb", "c"}))
    assert sum(f.rule.endswith("_hd") for f in img.fragments) >= 10


def test_a_wrong_hi_dead_rule_is_refused():
    """Under hi_dead only dst's low half counts, but that half must be right: srli (64-bit)
    brings the upper half, which is anything, down into it."""
    import dataclasses

    from proofs.prove import prove_rule
    from rvjit.rules.alu import SH32
    from rvjit.rules.base import D, asm
    r = next(r for r in TABLE.rules if r.name == "alu32_rsh_k_hd")
    assert prove_rule(r)["status"] == "proven"
    res = prove_rule(dataclasses.replace(r, template=(asm.srli(D, D, SH32),)))
    assert res["status"] == "failed" and "1. eBPF registers" in res["detail"], res
    # Without the flag in its guard, the same template is the missing zero-extension.
    res = prove_rule(dataclasses.replace(r, guard=ir.TRUE))
    assert res["status"] == "failed" and "1. eBPF registers" in res["detail"], res
