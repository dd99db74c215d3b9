"""Upper halves: which zero-extensions a program needs (issue 15, item 2).

eBPF zero-extends every 32-bit result; RISC-V's 32-bit instructions sign-extend theirs, so a
rule pays for the zero-extension.  It is wasted when no later instruction reads the result's
upper half before the register is written again.  Per instruction, `access` says which
registers' upper 32 bits it reads and which registers it may write (one table for the driver,
its C twin in kmod/rvjit_jit.c and the proof that the table is right, proofs/upper.py).
`hi_dead` is the backward analysis over the program: for each instruction, whether its
dst's upper half is dead after it.  The driver passes that to the rules as the flag `hi_dead`;
rules guarded by it may leave dst's upper half anything (obligation 1 then asks for the low
32 bits only).  docs/proofs.md gives the whole-program argument.

The table's reads must include every upper half the eBPF semantics depends on (more is safe:
fewer dropped zero-extensions), and its writes every register it changes or leaves undefined,
each ending the same whatever the upper halves it does not read: proofs/upper.py checks both
against semantics/ebpf.py per pattern.  Jumps stay inside their function (bpf.functions), so
the analysis over the whole program is each function's own: a call falls through to the next
instruction, EXIT has no successor.
"""
from __future__ import annotations

from rvjit import abi
from semantics.ebpf import (ALU, ALU64, ATOMIC, CALL, CMPXCHG, END, EXIT, FETCH, HELPER_CALL, JA,
                            JMP, JMP32, LD_IMM64, LDX, LOAD_ACQ, MOV, NEG, NREGS, PSEUDO_CALL,
                            SIZE_DW, ST, STORE_REL, STX, X, cls_of, mode_of, op_of)

ALL = (1 << NREGS) - 1
# Roles: "dst", "src", or a register number; ALL_REGS stands for every register.
ALL_REGS = tuple(range(NREGS))
ARGS = (1, 2, 3, 4, 5)
CALL_CLOBBERS = (0, 1, 2, 3, 4, 5)          # R0 defined (or undefined), R1-R5 undefined


def access(code: int, off: int, imm: int, src: int | None = None) -> tuple:
    """(reads_high, writes): the roles whose upper halves the instruction may read, and the
    roles it may write.  `src` is the src field where it is not a register (CALL: what is
    called; None where the pattern leaves it a register)."""
    cls, op = cls_of(code), op_of(code)
    if cls == ALU64:
        if op == MOV:
            return (("src",) if code & X else ()), ("dst",)
        if op in (NEG, END):
            return ("dst",), ("dst",)
        return ("dst", "src") if code & X else ("dst",), ("dst",)
    if cls == ALU:
        if op == END and imm == 64:                 # le64 / be64 read all 64 bits
            return ("dst",), ("dst",)
        return (), ("dst",)                         # 32-bit operations read low halves only
    if cls == JMP:
        if code == JMP | EXIT:
            return (0,), ()                         # the (sub)program's result, whole
        if op == CALL:
            if src == HELPER_CALL and imm == abi.BPF_FUNC_tail_call:
                return (1, 2, 3), CALL_CLOBBERS     # ctx, prog_array, index
            if src in (HELPER_CALL, PSEUDO_CALL):   # arguments whole; R0 comes back whole
                return ARGS, CALL_CLOBBERS          # (a callee's R0, R6-R9: undefined)
            return ALL_REGS, ALL_REGS               # (kfuncs: refused by the rules)
        if op == JA:
            return (), ()
        return ("dst", "src") if code & X else ("dst",), ()
    if cls == JMP32:
        return (), ()                               # JA32 (gotol), and 32-bit compares
    if code == LD_IMM64:
        return (), ("dst",)                         # immediates, map and function references
    if cls == LDX:
        return ("src",), ("dst",)                   # the address (context loads too)
    if cls == ST:
        return ("dst",), ()
    if cls == STX and mode_of(code) == ATOMIC:
        wide = code & 0x18 == SIZE_DW               # 32-bit ones use the low halves only
        if imm == LOAD_ACQ:
            return ("src",), ("dst",)
        if imm == STORE_REL:
            return ("dst", "src") if wide else ("dst",), ()
        reads = ("dst", "src") + ((0,) if imm == CMPXCHG else ()) if wide else ("dst",)
        writes = (0,) if imm == CMPXCHG else ("src",) if imm & FETCH else ()
        return reads, writes
    if cls == STX:
        return ("dst", "src") if code & 0x18 == SIZE_DW else ("dst",), ()
    return ALL_REGS, ALL_REGS                       # legacy packet loads (refused by the rules)


def mask(roles, dst: int, src: int) -> int:
    m = 0
    for r in roles:
        m |= 1 << (dst if r == "dst" else src if r == "src" else r)
    return m


def successors(insns, k: int, pos: dict) -> list:
    """Positions control may go to after insns[k] (pos: slot index -> position)."""
    from rvjit.bpf import jump_target
    i = insns[k]
    cls, op = cls_of(i.code), op_of(i.code)
    out = []
    if not (i.code == JMP | EXIT or (cls in (JMP, JMP32) and op == JA)):
        if k + 1 < len(insns):
            out.append(k + 1)
    t = jump_target(i)
    if t is not None:
        out.append(pos[t])
    return out


def live_out(insns) -> list:
    """Per instruction, the mask of registers whose upper half may be read after it (before
    being written again): the least fixed point of live_out(k) = U live_in(successors),
    live_in(k) = (live_out(k) - writes(k)) | reads_high(k), by round-robin passes from the
    end (each pass only adds bits)."""
    pos = {i.index: k for k, i in enumerate(insns)}
    acc = []
    for i in insns:
        reads, writes = access(i.code, i.off, i.imm, i.src)
        acc.append((mask(reads, i.dst, i.src), mask(writes, i.dst, i.src)))
    succ = [successors(insns, k, pos) for k in range(len(insns))]
    out = [0] * len(insns)
    live_in = [reads for reads, _ in acc]
    changed = True
    while changed:
        changed = False
        for k in reversed(range(len(insns))):
            o = 0
            for s in succ[k]:
                o |= live_in[s]
            n = (o & ~acc[k][1] & ALL) | acc[k][0]
            if o != out[k] or n != live_in[k]:
                out[k], live_in[k], changed = o, n, True
    return out


def hi_dead(insns) -> list:
    """Per instruction: its dst's upper half is dead after it."""
    return [not (o >> i.dst) & 1 for i, o in zip(insns, live_out(insns))]
