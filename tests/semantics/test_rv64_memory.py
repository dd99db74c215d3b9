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

LOADS = ("lb", "lh", "lw", "ld", "lbu", "lhu", "lwu")
STORES = ("sb", "sh", "sw", "sd")
MEMORY = LOADS + STORES
SIZE = {"b": 1, "h": 2, "w": 4, "d": 8}
N = int(os.environ.get("RVJIT_VALIDATE_N", "30"))
A0, T1, RA = 10, 6, 1
ARGS = list(range(11, 18))                      # a1..a7: set by call(), free for rd/rs2
EDGE = [0, 1, (1 << 64) - 1, 0x80, 0xFF, 0x8000, 0xFFFF, 0x8000_0000, 0xFFFF_FFFF, 1 << 63]


def case(rng, mn):
    size = SIZE[mn[1]]                          # lb, lhu, sw, sd, ...: the size letter
    imm = rng.randrange(-128, 128 - size + 1) // size * size       # aligned, around t1
    regs = {r: rng.choice(EDGE) if rng.random() < 0.3 else rng.getrandbits(64) for r in ARGS}
    buf = bytes(rng.getrandbits(8) for _ in range(256))
    if mn in LOADS:
        fields = {"rd": rng.choice(ARGS), "rs1": T1, "imm": imm}
    else:
        fields = {"rs1": T1, "rs2": rng.choice(ARGS), "imm": imm}
    return fields, regs, buf


def code_of(mn, fields):
    # t1 = a0 + 128 (the middle of the buffer), the access, return.
    return (encode("addi", rd=T1, rs1=A0, imm=128) + encode(mn, **fields)
            + encode("jalr", rd=0, rs1=RA, imm=0))


def expected(mn, fields, regs, buf, base):
    mem = ConcreteMemory({base + i: b for i, b in enumerate(buf)})
    st = rv64.initial({**regs, A0: base}, name="m")._with(mem=mem)
    ins = [("addi", {"rd": T1, "rs1": A0, "imm": 128}, 4), (mn, fields, 4)]
    (_, final), = rv64.paths(ins, st)
    out_regs = {r: z3.simplify(final.x(r)).as_long() for r in ARGS + [T1]}
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
            res = emulator.call(code_of(mn, fields), args=regs, mem=buf, backend=backend)
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
