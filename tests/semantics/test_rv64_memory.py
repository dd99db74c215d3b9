"""RV64 loads and stores against implementations no one here wrote: each load/store clause of
semantics/rv64.py, on random registers, offsets and buffer contents, must leave the same
registers and memory as unicorn and QEMU (rvjit.emulator) do."""
from __future__ import annotations

import os
import random

import pytest
import z3

from rvjit import emulator
from rvjit.encode import encode
from semantics import rv64
from semantics.memory import ConcreteMemory

LOADS = ("lb", "lh", "lw", "ld", "lbu", "lhu", "lwu", "c.lw", "c.ld", "c.ldsp")
STORES = ("sb", "sh", "sw", "sd", "c.sw", "c.sd", "c.sdsp")
MEMORY = LOADS + STORES
SIZE = {"b": 1, "h": 2, "w": 4, "d": 8}
N = int(os.environ.get("RVJIT_VALIDATE_N", "30"))
A0, T1, RA, SP, A5 = 10, 6, 1, 2, 15
ARGS = list(range(11, 18))                      # a1..a7: set by call(), free for rd/rs2
CARGS = list(range(11, 15))                     # a1..a4: the C forms' rd'/rs2' (x8-x15)


def base_of(mn):
    """The base register: t1 (a5 for the C forms' rs1', sp for c.ldsp/c.sdsp)."""
    return SP if mn.endswith("sp") else A5 if mn.startswith("c.") else T1


def size_of(mn):
    return SIZE[mn.split(".")[-1][1]]           # lb, lhu, sw, c.ldsp, ...: the size letter
EDGE = [0, 1, (1 << 64) - 1, 0x80, 0xFF, 0x8000, 0xFFFF, 0x8000_0000, 0xFFFF_FFFF, 1 << 63]


def case(rng, mn):
    size = size_of(mn)
    if mn.startswith("c."):                     # unsigned offsets, aligned, above the base
        imm = rng.randrange(0, 128 - size + 1) // size * size
    else:
        imm = rng.randrange(-128, 128 - size + 1) // size * size       # aligned, around t1
    regs = {r: rng.choice(EDGE) if rng.random() < 0.3 else rng.getrandbits(64) for r in ARGS}
    buf = bytes(rng.getrandbits(8) for _ in range(256))
    data = rng.choice(CARGS if mn in ("c.lw", "c.ld", "c.sw", "c.sd") else ARGS)
    base = {} if mn.endswith("sp") else {"rs1": base_of(mn)}
    fields = {"rd" if mn in LOADS else "rs2": data, **base, "imm": imm}
    return fields, regs, buf


def instrs(mn, fields):
    """(mnemonic, fields, length): the base := a0 + 128 (the middle of the buffer), the access;
    for the sp forms, sp saved in t1 and restored after."""
    b = base_of(mn)
    setup = [("addi", {"rd": T1, "rs1": SP, "imm": 0}, 4)] if b == SP else []
    after = [("addi", {"rd": SP, "rs1": T1, "imm": 0}, 4)] if b == SP else []
    return setup + [("addi", {"rd": b, "rs1": A0, "imm": 128}, 4),
                    (mn, fields, 2 if mn.startswith("c.") else 4)] + after


def code_of(mn, fields):
    return b"".join(encode(m, **f) for m, f, _ in instrs(mn, fields)) \
        + encode("jalr", rd=0, rs1=RA, imm=0)


def expected(mn, fields, regs, buf, base):
    mem = ConcreteMemory({base + i: b for i, b in enumerate(buf)})
    st = rv64.initial({**regs, A0: base}, name="m")._with(mem=mem)
    (_, final), = rv64.paths(instrs(mn, fields), st)
    out = ARGS + ([] if base_of(mn) == SP else [base_of(mn)])    # sp's start is the harness's
    out_regs = {r: z3.simplify(final.x(r)).as_long() for r in out}
    out_buf = bytes(mem.bytes[base + i] for i in range(len(buf)))
    return out_regs, out_buf


@pytest.mark.parametrize("backend", ["unicorn", "qemu"])
def test_loads_and_stores_match_the_emulators(backend):
    rng = random.Random(f"mem-{backend}")
    n = N if backend == "unicorn" else max(3, N // 10)       # qemu starts a process per call
    bad = []
    for mn in MEMORY:
        for _ in range(n):
            fields, regs, buf = case(rng, mn)
            res = emulator.call(code_of(mn, fields), args=regs, mem=buf, backend=backend,
                                isa={"c"} if mn.startswith("c.") else frozenset())
            want_regs, want_buf = expected(mn, fields, regs, buf, res.mem_addr)
            got_regs = {r: res.regs[r] for r in want_regs}
            if got_regs != want_regs or res.mem != want_buf:
                bad.append(f"{mn} {fields} regs={regs}: {backend} {got_regs} vs ours {want_regs}"
                           + ("" if res.mem == want_buf else "; memory differs"))
    assert not bad, "\n".join(bad[:10])


def test_a_wrong_clause_is_caught(monkeypatch):
    """The check can fail: a lw clause that zero-extends must disagree with the emulator."""
    monkeypatch.setitem(rv64.CLAUSES, "lw", rv64.CLAUSES["lwu"])
    rng = random.Random(3)
    caught = 0
    for _ in range(40):
        fields, regs, buf = case(rng, "lw")
        res = emulator.call(code_of("lw", fields), args=regs, mem=buf, backend="unicorn")
        want_regs, _ = expected("lw", fields, regs, buf, res.mem_addr)
        caught += res.regs[fields["rd"]] != want_regs[fields["rd"]]
    assert caught > 0
