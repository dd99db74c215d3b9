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
from semantics.ebpf import (ADD, ALU, ALU64, ATOMIC, CALL, CMPXCHG, EXIT, FETCH, JEQ, JMP, MEM, MOV,
                            SIZE_DW, SIZE_W, STX, K, X)
from tests.asm import call, call_local, exit_, insn, ld_imm64
from tests.rvjit.test_jit_random import expected

PATTERNS = {(p.code, p.off, p.imm, p.src): p for p in TABLE.by_pattern() if p.ctx is None}


def pattern(code, off=None, imm=None, src=None):
    return PATTERNS.get((code, off, imm, src)) or Pattern(code, off, imm, src)


def wrong_table(monkeypatch, code, reads=None, writes=None, src=None):
    real = upper.access

    def access(c, off, imm, s=None):
        r, w = real(c, off, imm, s)
        if c == code and (src is None or s == src):
            return (r if reads is None else reads), (w if writes is None else writes)
        return r, w
    monkeypatch.setattr(upper, "access", access)


HELPER = dict(code=JMP | CALL, src=0)
SUBPROG = dict(code=JMP | CALL, src=1)
CMPXCHG64 = STX | ATOMIC | SIZE_DW


@pytest.mark.parametrize("what,p,reads,writes", [
    ("ALU64 add reads dst's upper half", dict(code=ALU64 | ADD | X), ("src",), None),
    ("a 64-bit store writes src's upper half to memory", dict(code=STX | MEM | SIZE_DW, off=None),
     ("dst",), None),
    ("EXIT returns all of R0", dict(code=JMP | EXIT), (), None),
    ("ALU32 mov writes dst", dict(code=ALU | MOV | X), None, ()),
    ("a helper's arguments are passed whole", HELPER, (2, 3, 4, 5), None),
    ("a helper call defines R0", HELPER, None, (1, 2, 3, 4, 5)),
    ("a helper call leaves R6 as it was", HELPER, None, (0, 1, 2, 3, 4, 5, 6)),
    ("a subprogram's arguments are passed whole", SUBPROG, (1, 2, 3, 4), None),
    ("the tail call's index: its upper half is ignored, its context is not",
     dict(code=JMP | CALL, src=0, imm=12), (2, 3), None),
    ("a 64-bit cmpxchg compares all of R0", dict(code=CMPXCHG64, off=None, imm=CMPXCHG),
     ("dst", "src"), None),
    ("a 64-bit fetch-add adds all of src", dict(code=CMPXCHG64, off=None, imm=ADD | FETCH),
     ("dst",), None),
])
def test_a_wrong_table_is_refused(monkeypatch, what, p, reads, writes):
    p = pattern(p["code"], p.get("off", 0), p.get("imm"), p.get("src"))
    assert p in PATTERNS.values(), p                            # a pattern the table has
    assert U.check(p)["status"] in ("proven", "trivial"), what  # the real table
    wrong_table(monkeypatch, p.code, reads, writes, p.src)
    res = U.check(p)
    assert res["status"] == "failed", what
    assert "the table (rvjit/upper.py) says" in res["detail"] and "dst=R" in res["detail"]


def test_32_bit_atomics_use_the_low_halves_only():
    """A 32-bit cmpxchg compares the low halves of R0 and src: the lemma proves that, and the
    table reads neither high."""
    p = pattern(STX | ATOMIC | SIZE_W, None, CMPXCHG)
    assert U.check(p)["status"] == "proven"
    assert upper.access(p.code, p.off, p.imm, p.src) == (("dst",), (0,))


def test_stores_of_32_bits_and_jmp32_read_low_halves_only():
    for code in (STX | MEM | SIZE_W, 0x06 | JEQ | X, ALU | ADD | X):
        p = next(q for (c, _, _, _), q in PATTERNS.items() if c == code)
        assert U.check(p)["status"] == "proven"
        assert not set(upper.access(code, p.off, p.imm, p.src)[0]) & {"src"}


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


# Across calls.  r2 = 0xffffffff00000005; w6 = w2; call helper 5; r0 = r6; exit: R6's upper
# half is read after the call, which leaves R6 as it was (and the runtime's helper keeps s1).
ACROSS_HELPER = (ld_imm64(2, 0xFFFF_FFFF_0000_0005) + insn(ALU | MOV | X, 6, 2) + call(5)
                 + insn(ALU64 | MOV | X, 0, 6) + exit_())
# r2 = 0xffffffff00000005; w1 = w2; call f; exit.  f: r0 = r1; exit: the callee reads its
# argument whole, so the call reads R1 whole.
ACROSS_SUBPROG = (ld_imm64(2, 0xFFFF_FFFF_0000_0005) + insn(ALU | MOV | X, 1, 2) + call_local(1)
                  + exit_() + insn(ALU64 | MOV | X, 0, 1) + exit_())


def run_with_runtime(code, isa=frozenset({"c"})):
    img = compile_program(code, isa)
    return img, emulator.call_with_runtime(img.code, helpers={5: 1000}, isa=isa).result.a0


@pytest.mark.parametrize("code,dst", [(ACROSS_HELPER, 6), (ACROSS_SUBPROG, 1)],
                         ids=["helper", "subprogram"])
def test_across_calls(code, dst):
    """The analysis keeps the zero-extension whose upper half is read after the call; a table
    that says the call writes R6 (the helper) or reads no argument (the subprogram) drops
    it, and running the program shows the upper half: caught."""
    img, a0 = run_with_runtime(code)
    assert a0 == 5, hex(a0)                                     # by hand: (u32)r2
    assert not {f.rule for f in img.fragments} & {"alu32_mov_x_hd"}


@pytest.mark.parametrize("code,mutant", [
    (ACROSS_HELPER, dict(writes=upper.ALL_REGS, src=0)),
    (ACROSS_SUBPROG, dict(reads=(), src=1)),
], ids=["helper-kills-r6", "subprogram-reads-nothing"])
def test_a_wrong_table_across_calls_is_caught(monkeypatch, code, mutant):
    wrong_table(monkeypatch, JMP | CALL, **mutant)
    img, a0 = run_with_runtime(code)
    assert "alu32_mov_x_hd" in {f.rule for f in img.fragments}
    assert a0 == 0xFFFF_FFFF_0000_0005, hex(a0)                 # the upper half came through
    p = pattern(JMP | CALL, 0, None, mutant["src"])             # and the lemma refuses it
    assert U.check(p)["status"] == "failed"


def test_a_zero_extension_no_one_reads_is_dropped_across_a_helper_call():
    """w6 = w2; call; w0 = w6: only R6's low half is read after the call."""
    code = (ld_imm64(2, 0xFFFF_FFFF_0000_0005) + insn(ALU | MOV | X, 6, 2) + call(5)
            + insn(ALU | MOV | X, 0, 6) + exit_())
    img, a0 = run_with_runtime(code)
    assert a0 == 5 and "alu32_mov_x_hd" in {f.rule for f in img.fragments}
