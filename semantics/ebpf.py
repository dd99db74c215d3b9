"""eBPF semantics in z3 bit-vectors, following RFC 9669 (not the Linux verifier's rewrites).

The same definitions evaluate concrete values: `run_concrete()` feeds z3 constants through them
and simplifies.  Conventions from the RFC that matter here:
  * ALU (32-bit) operations use the low 32 bits of the operands and zero-extend the result;
    ALU64 K operands are the sign-extended immediate, ALU K operands the raw 32-bit immediate.
  * Division by zero: DIV/SDIV give 0, MOD/SMOD leave dst unchanged (zero-extended for ALU).
  * Signed overflow: LLONG_MIN / -1 = LLONG_MIN, LLONG_MIN % -1 = 0 (bvsdiv / bvsrem agree).
  * Shift amounts are masked to 5 (ALU) or 6 (ALU64) bits.

What the RFC leaves to the platform (helper calls, map references, tail calls, the context's
pointer fields) is the device ABI's (docs/abi.md, numbers in rvjit/abi.py): the machine has,
besides R0-R10, `rt` (the runtime table pointer, never changed) and `tcc` (tail calls left).
A register the semantics leaves undefined is None: R1-R5 after a call, R0 too after a tail
call that does not happen; the verifier forbids reading them, and the proofs do not compare
them.
"""
from __future__ import annotations

from dataclasses import dataclass

import z3

from rvjit import abi

# Instruction classes (RFC 9669 section 3.3).
LD, LDX, ST, STX, ALU, JMP, JMP32, ALU64 = range(8)
# Source bit.
K, X = 0x00, 0x08
# Arithmetic operation codes (section 4.1).
ADD, SUB, MUL, DIV, OR, AND, LSH, RSH, NEG, MOD, XOR, MOV, ARSH, END = (
    0x00, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x80, 0x90, 0xA0, 0xB0, 0xC0, 0xD0)
# Byte swap direction (the source bit of END): TO_LE = 0, TO_BE = 8.
TO_LE, TO_BE = 0x00, 0x08
# Jump operation codes (section 4.3).
JA, JEQ, JGT, JGE, JSET, JNE, JSGT, JSGE, CALL, EXIT, JLT, JLE, JSLT, JSLE = (
    0x00, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x80, 0x90, 0xA0, 0xB0, 0xC0, 0xD0)
# Load and store modes and sizes (section 5).
MEM, MEMSX = 0x60, 0x80
SIZE_W, SIZE_H, SIZE_B, SIZE_DW = 0x00, 0x08, 0x10, 0x18
SIZE_BYTES = {SIZE_W: 4, SIZE_H: 2, SIZE_B: 1, SIZE_DW: 8}
# Atomic operations (section 5.3): mode ATOMIC, the operation in imm.  LOAD_ACQ/STORE_REL are
# Linux 6.15's load-acquire and store-release (not in RFC 9669).
ATOMIC = 0xC0
FETCH, XCHG, CMPXCHG = 0x01, 0xE0 | 0x01, 0xF0 | 0x01
LOAD_ACQ, STORE_REL = 0x100, 0x110
ATOMIC_RMW = {ADD: "add", OR: "or", AND: "and", XOR: "xor"}     # imm, with or without FETCH
# LD_IMM64: class LD, mode IMM (0x00), size DW (0x18).
LD_IMM64 = LD | 0x00 | 0x18

JMP_OP_NAMES = {JA: "ja", JEQ: "jeq", JGT: "jgt", JGE: "jge", JSET: "jset", JNE: "jne",
                JSGT: "jsgt", JSGE: "jsge", CALL: "call", EXIT: "exit", JLT: "jlt", JLE: "jle",
                JSLT: "jslt", JSLE: "jsle"}

ALU_OP_NAMES = {ADD: "add", SUB: "sub", MUL: "mul", DIV: "div", OR: "or", AND: "and",
                LSH: "lsh", RSH: "rsh", NEG: "neg", MOD: "mod", XOR: "xor", MOV: "mov",
                ARSH: "arsh", END: "end"}

NREGS = 11          # R0..R10
FP = 10             # R10, read-only frame pointer
# src_reg of CALL (include/uapi/linux/bpf.h): a helper by id, a function pc-relative, a kfunc.
HELPER_CALL, PSEUDO_CALL, KFUNC_CALL = 0, 1, 2
# src_reg of LD_IMM64: map fd / map value by fd, BTF id, function, map / map value by index.
PSEUDO_MAP_FD, PSEUDO_MAP_VALUE, PSEUDO_BTF_ID, PSEUDO_FUNC = 1, 2, 3, 4
PSEUDO_MAP_IDX, PSEUDO_MAP_IDX_VALUE = 5, 6


def op_of(code: int) -> int:
    return code & 0xF0


def cls_of(code: int) -> int:
    return code & 0x07


@dataclass(frozen=True)
class Insn:
    """One decoded instruction.  Fields are ints or z3 bit-vectors of the RFC's widths
    (dst/src 4 bits, off 16, imm 32); `imm64` is LD_IMM64's combined 64-bit immediate."""
    code: int
    dst: object
    src: object
    off: object
    imm: object
    imm64: object = None
    ctx: str | None = None      # a load or store whose base is the context ("xdp", "tc")


def bv(x, w):
    return x if isinstance(x, z3.ExprRef) else z3.BitVecVal(x, w)


def read(regs, r):
    """Register `r` (int or 4-bit z3 value) of a register file (list of 64-bit values)."""
    if not isinstance(r, z3.ExprRef):
        return regs[r]
    v = regs[0]
    for i in range(1, len(regs)):
        v = z3.If(r == i, regs[i], v)
    return v


def write(regs, r, v):
    if not isinstance(r, z3.ExprRef):
        return [v if i == r else x for i, x in enumerate(regs)]
    return [z3.If(r == i, v, x) for i, x in enumerate(regs)]


def bswap(x, bits):
    """Reverse the low `bits` bits of x byte by byte."""
    return z3.Concat(*[z3.Extract(8 * i + 7, 8 * i, x) for i in range(bits // 8)]) \
        if bits > 8 else z3.Extract(7, 0, x)


# --- ALU: one clause per operation --------------------------------------------------------
# Each takes (d, s, w, off): operands already narrowed to the operation width w, and returns
# the w-bit result.  `off` distinguishes SDIV/SMOD (off=1) and MOVSX (off=8/16/32).

def _add(d, s, w, off): return d + s
def _sub(d, s, w, off): return d - s
def _mul(d, s, w, off): return d * s
def _or(d, s, w, off): return d | s
def _and(d, s, w, off): return d & s
def _xor(d, s, w, off): return d ^ s
def _lsh(d, s, w, off): return d << (s & (w - 1))
def _rsh(d, s, w, off): return z3.LShR(d, s & (w - 1))
def _arsh(d, s, w, off): return d >> (s & (w - 1))
def _neg(d, s, w, off): return -d


def _div(d, s, w, off):
    q = z3.UDiv(d, s) if off == 0 else d / s          # z3 `/` is bvsdiv
    return z3.If(s == 0, z3.BitVecVal(0, w), q)


def _mod(d, s, w, off):
    r = z3.URem(d, s) if off == 0 else z3.SRem(d, s)  # SRem: sign of the dividend, as in C
    return z3.If(s == 0, d, r)


def _mov(d, s, w, off):
    if off == 0:
        return s
    return z3.SignExt(w - off, z3.Extract(off - 1, 0, s))   # MOVSX


ALU_CLAUSES = {ADD: _add, SUB: _sub, MUL: _mul, DIV: _div, OR: _or, AND: _and, LSH: _lsh,
               RSH: _rsh, NEG: _neg, MOD: _mod, XOR: _xor, MOV: _mov, ARSH: _arsh}


def alu_result(code: int, dst_val, src_val, off: int, imm):
    """The 64-bit value an ALU/ALU64 instruction writes to dst."""
    cls, op = cls_of(code), op_of(code)
    imm = bv(imm, 32)
    if op == END:
        return _end(code, dst_val, imm)
    if cls == ALU64:
        s = src_val if code & X else z3.SignExt(32, imm)
        return ALU_CLAUSES[op](dst_val, s, 64, off)
    d = z3.Extract(31, 0, dst_val)
    s = z3.Extract(31, 0, src_val) if code & X else imm
    return z3.ZeroExt(32, ALU_CLAUSES[op](d, s, 32, off))


def _end(code, d, imm):
    width = imm.as_long() if z3.is_bv_value(imm) else imm
    assert width in (16, 32, 64), "END width must be a concrete 16, 32 or 64"
    low = z3.Extract(width - 1, 0, d)
    if cls_of(code) == ALU and not code & TO_BE:
        r = low                                            # to_le on a little-endian machine
    else:
        r = bswap(d, width)                                # to_be, or ALU64 bswap
    return z3.ZeroExt(64 - width, r) if width < 64 else r


# --- whole-instruction steps -----------------------------------------------------------------

# --- jumps: one clause per condition (section 4.3) -------------------------------------------

JMP_CLAUSES = {
    JEQ: lambda a, b: a == b, JNE: lambda a, b: a != b,
    JGT: z3.UGT, JGE: z3.UGE, JLT: z3.ULT, JLE: z3.ULE,
    JSGT: lambda a, b: a > b, JSGE: lambda a, b: a >= b,
    JSLT: lambda a, b: a < b, JSLE: lambda a, b: a <= b,
    JSET: lambda a, b: a & b != 0,
}


def jump_taken(code: int, dst_val, src_val, imm):
    """Whether a conditional jump is taken.  JMP compares 64 bits (K: imm sign-extended),
    JMP32 the low 32 bits."""
    imm = bv(imm, 32)
    if cls_of(code) == JMP:
        a, b = dst_val, (src_val if code & X else z3.SignExt(32, imm))
    else:
        a, b = z3.Extract(31, 0, dst_val), (z3.Extract(31, 0, src_val) if code & X else imm)
    return JMP_CLAUSES[op_of(code)](a, b)


# --- memory (section 5) ------------------------------------------------------------------------

def mode_of(code: int) -> int:
    return code & 0xE0


def size_of(code: int) -> int:
    return SIZE_BYTES[code & 0x18]


def _addr(base, off):
    return base + z3.SignExt(48, bv(off, 16))


@dataclass
class Effect:
    """What one instruction does: the new register file (None: undefined), the memory trace,
    where control goes, and the tail calls left after it.  Control: None = next instruction,
    "exit" = program end, ("jump", taken, delta) = to the instruction delta slots after the
    next one when `taken` (a z3 bool) holds, ("tail", ctx, entry, rt, tcc) = into another
    program (a tail call: entered with ctx, its runtime table and the count).  An instruction
    whose memory effects depend on what it reads has `cases`: [(condition, Effect)], the
    conditions disjoint and exhaustive."""
    regs: list
    trace: tuple = ()
    control: object = None
    tcc: object = None
    cases: list | None = None

    def outcomes(self):
        return self.cases if self.cases is not None else [(z3.BoolVal(True), self)]


def _atomic(insn, regs, trace, mem) -> Effect:
    """BPF_ATOMIC.  The orderings are the Linux kernel memory model's (the interpreter's
    atomic_*() and smp_*() primitives), written as the trace events of semantics/memory.py:
    ADD/OR/AND/XOR without FETCH are relaxed (atomic_add()); with FETCH, XCHG and a successful
    CMPXCHG fully ordered.  A failed CMPXCHG only reads; Linux orders it not at all, this
    specification asks for acquire (what amocas.aqrl and an lr.aq give: stronger than Linux
    needs, so equality of traces stays the comparison).  LOAD_ACQ is smp_load_acquire()
    and STORE_REL smp_store_release(), as the RISC-V spec's Linux mapping and Linux's own
    riscv barrier.h write them: load; fence r,rw and fence rw,w; store."""
    from semantics.memory import FULL, RELAXED
    n, op = size_of(insn.code), insn.imm.as_long() if isinstance(insn.imm, z3.ExprRef) else insn.imm
    narrow = (lambda v: z3.Extract(8 * n - 1, 0, v)) if n < 8 else (lambda v: v)
    widen = (lambda v: z3.ZeroExt(64 - 8 * n, v)) if n < 8 else (lambda v: v)
    if op == LOAD_ACQ:
        v, trace = mem.load(trace, _addr(read(regs, insn.src), insn.off), n)
        return Effect(write(regs, insn.dst, widen(v)), mem.fence(trace, "r", "rw"))
    if op == STORE_REL:
        trace = mem.fence(trace, "rw", "w")
        return Effect(list(regs), mem.store(trace, _addr(read(regs, insn.dst), insn.off), n,
                                            narrow(read(regs, insn.src))))
    if n not in (4, 8):
        raise NotImplementedError(f"no semantics for {n}-byte atomic read-modify-writes")
    addr, s = _addr(read(regs, insn.dst), insn.off), narrow(read(regs, insn.src))
    if op == CMPXCHG:
        expected = narrow(regs[0])

        def update(old):
            eq = old == expected
            return z3.If(eq, s, old), eq, (z3.BoolVal(True), eq)     # full, or acquire
        old, trace = mem.atomic(trace, addr, n, update)
        return Effect(write(regs, 0, widen(old)), trace)
    if op == XCHG:
        f = lambda old: s
    elif op & ~FETCH in ATOMIC_RMW:
        f = lambda old, c=op & ~FETCH: ALU_CLAUSES[c](old, s, 8 * n, 0)
    else:
        raise NotImplementedError(f"no semantics for atomic operation imm={op:#x}")
    order = FULL if op & FETCH else RELAXED
    old, trace = mem.atomic(trace, addr, n, lambda old: (f(old), True, order))
    return Effect(write(regs, insn.src, widen(old)) if op & FETCH else list(regs), trace)


def step(insn: Insn, regs: list, trace=(), mem=None, *, rt=None, tcc=None, code_at=None) -> Effect:
    """One instruction from register file `regs`.  `rt` and `tcc` are the machine's runtime
    table pointer and tail-call count (needed by calls, map references and tail calls);
    `code_at(k)` is the code address of the function at slot index + 1 + k (bpf-to-bpf calls,
    function references)."""
    from semantics.memory import SymbolicMemory
    mem = mem or SymbolicMemory()
    eff = _step(insn, regs, trace, mem, rt, tcc, code_at)
    if eff.cases is None:                 # only a tail call changes the count
        eff.tcc = tcc
    return eff


def _concrete(v, what):
    if isinstance(v, z3.ExprRef):
        v = z3.simplify(v)
        if not z3.is_bv_value(v):
            raise ValueError(f"{what} must be concrete")
        return v.as_long()
    return v


def _call(regs, trace, mem, target):
    """A call: the event, R0 = the callee's return value, R1-R5 undefined."""
    ret, trace = mem.call(trace, target, regs[1:6])
    return Effect([ret] + [None] * 5 + list(regs[6:]), trace)


def code_address(v):
    """Where a jump through the code address `v` goes: RISC-V code addresses are even (jalr
    ignores bit 0), and the ABI's tables hold code addresses."""
    return v & ~z3.BitVecVal(1, 64)


def _tail_call(regs, trace, mem, tcc):
    """bpf_tail_call(ctx = R1, prog_array = R2, index = R3): docs/abi.md section 8, in the
    order of Linux's interpreter (kernel/bpf/core.c): bounds, count, decrement, NULL entry."""
    array, index = regs[2], z3.Extract(31, 0, regs[3])
    max_entries, t1 = mem.load(trace, array + abi.PROG_ARRAY_MAX_ENTRIES, 4)
    slot = array + abi.PROG_ARRAY_SLOTS + z3.ZeroExt(32, index) * abi.PROG_ARRAY_SLOT
    entry, t2 = mem.load(t1, slot + abi.PROG_ARRAY_ENTRY, 8)
    rt, t3 = mem.load(t2, slot + abi.PROG_ARRAY_RT, 8)
    left = tcc - 1
    undefined = [None] * 6 + list(regs[6:])
    in_range, counted = z3.ULT(index, max_entries), tcc != 0
    return Effect(undefined, cases=[
        (z3.Not(in_range), Effect(undefined, t1, None, tcc)),
        (z3.And(in_range, z3.Not(counted)), Effect(undefined, t1, None, tcc)),
        (z3.And(in_range, counted, entry == 0), Effect(undefined, t2, None, left)),
        # Control leaves the program, which returns no more: R0-R5 are dead; R6-R10 keep
        # their values (the frame's saved registers are restored from them, the others must
        # be the caller's); the count goes to the target in a2, not in TCC.
        (z3.And(in_range, counted, entry != 0),
         Effect(undefined, t3, ("tail", regs[1], entry, rt, left), None)),
    ])


def _ld_imm64(insn, rt, code_at, trace, mem):
    """(value, trace) of LD_IMM64 by its src: an immediate, a function's address, a map's
    handle or value base from the runtime table (docs/abi.md section 10)."""
    src = _concrete(insn.src, "LD_IMM64's src")
    index = z3.ZeroExt(32, bv(insn.imm, 32))
    if src == 0:
        return bv(insn.imm64, 64), trace
    if src == PSEUDO_FUNC:
        return code_at(insn.imm), trace
    if src == PSEUDO_MAP_IDX:
        return mem.load(trace, rt + abi.map_handle_slot(index), 8)
    if src == PSEUDO_MAP_IDX_VALUE:
        base, trace = mem.load(trace, rt + abi.map_value_slot(index), 8)
        return base + z3.ZeroExt(32, z3.Extract(63, 32, bv(insn.imm64, 64))), trace
    raise NotImplementedError(f"no semantics for LD_IMM64 with src={src}")


def _ctx_load(insn, regs, trace, mem, n):
    """A load from the context: a pointer field is the 8-byte load of the device's field
    (docs/abi.md section 5), any other field is as written (None)."""
    c = abi.CONTEXTS[insn.ctx]
    off = _concrete(insn.off, "a context load's offset")
    f = c.field_at(off, n)
    if f is None:
        return None
    if f.device_off is None or off != f.off or n != 4:
        raise NotImplementedError(f"no semantics for a {n}-byte load at offset {off} of the "
                                  f"{c.name} context ({f.name})")
    v, trace = mem.load(trace, read(regs, insn.src) + f.device_off, 8)
    return Effect(write(regs, insn.dst, v), trace)


def _step(insn, regs, trace, mem, rt, tcc, code_at) -> Effect:
    code, cls = insn.code, cls_of(insn.code)
    if cls in (ALU, ALU64):
        v = alu_result(code, read(regs, insn.dst), read(regs, insn.src), insn.off, insn.imm)
        return Effect(write(regs, insn.dst, v), trace)
    if code == LD_IMM64:
        v, trace = _ld_imm64(insn, rt, code_at, trace, mem)
        return Effect(write(regs, insn.dst, v), trace)
    if code == JMP | CALL:
        src = _concrete(insn.src, "CALL's src")
        if src == PSEUDO_CALL:
            return _call(regs, trace, mem, code_at(insn.imm))
        if src != HELPER_CALL:
            raise NotImplementedError(f"no semantics for CALL with src={src}")
        if not isinstance(insn.imm, z3.ExprRef) and insn.imm == abi.BPF_FUNC_tail_call:
            return _tail_call(regs, trace, mem, tcc)
        # Every other id (a symbolic imm is one: the tail call has its own pattern).
        slot = rt + z3.ZeroExt(32, bv(insn.imm, 32)) * abi.SLOT
        entry, trace = mem.load(trace, slot, 8)
        return _call(regs, trace, mem, code_address(entry))
    if cls in (JMP, JMP32):
        op = op_of(code)
        if code == JMP | EXIT:
            return Effect(list(regs), trace, "exit")
        if op == JA:                       # JMP: off; JMP32 (gotol): imm
            return Effect(list(regs), trace, ("jump", z3.BoolVal(True),
                                              insn.off if cls == JMP else insn.imm))
        taken = jump_taken(code, read(regs, insn.dst), read(regs, insn.src), insn.imm)
        return Effect(list(regs), trace, ("jump", taken, insn.off))
    if cls == STX and mode_of(code) == ATOMIC:
        return _atomic(insn, regs, trace, mem)
    if cls in (LDX, ST, STX):
        n = size_of(code)
        if cls == LDX:
            if insn.ctx is not None:
                eff = _ctx_load(insn, regs, trace, mem, n)
                if eff is not None:
                    return eff
            v, trace = mem.load(trace, _addr(read(regs, insn.src), insn.off), n)
            ext = z3.SignExt if mode_of(code) == MEMSX else z3.ZeroExt
            return Effect(write(regs, insn.dst, ext(64 - 8 * n, v) if n < 8 else v), trace)
        value = read(regs, insn.src) if cls == STX else z3.SignExt(32, bv(insn.imm, 32))
        value = z3.Extract(8 * n - 1, 0, value) if n < 8 else value
        return Effect(list(regs), mem.store(trace, _addr(read(regs, insn.dst), insn.off), n, value))
    raise NotImplementedError(f"no semantics for opcode {code:#04x}")


def run_concrete(insns, regs=None, memory=None, max_steps=100_000, rt=0):
    """Run a program on concrete values: `insns` in program order (LD_IMM64 counts two slots
    for jump offsets), `memory` a semantics.memory.ConcreteMemory (its `call` runs helper
    calls; `rt` is the runtime table's address).  Returns the register file (ints, None for
    an undefined register) at EXIT, or when control runs off the end (for straight-line
    fragments).  bpf-to-bpf calls and tail calls are not run here."""
    from semantics.memory import ConcreteMemory
    memory = memory if memory is not None else ConcreteMemory()
    at = {}                                   # slot index -> position in insns
    slot = 0
    for i, insn in enumerate(insns):
        at[slot] = i
        slot += 2 if insn.code == LD_IMM64 else 1
    r = [z3.BitVecVal(x, 64) for x in (regs or [0] * NREGS)]
    pc, slot_of = 0, {v: k for k, v in at.items()}
    for _ in range(max_steps):
        insn = insns[pc]
        e = step(insn, r, (), memory, rt=z3.BitVecVal(rt, 64))
        if e.cases is not None:
            raise NotImplementedError("run_concrete does not run tail calls")
        r = [None if x is None else z3.simplify(x) for x in e.regs]
        nxt = slot_of[pc] + (2 if insn.code == LD_IMM64 else 1)
        if e.control == "exit":
            return [None if x is None else x.as_long() for x in r]
        if isinstance(e.control, tuple) and z3.is_true(z3.simplify(e.control[1])):
            nxt += e.control[2]
        if nxt == slot:                       # ran off the end: a straight-line fragment
            return [None if x is None else x.as_long() for x in r]
        if nxt not in at:
            raise ValueError(f"control leaves the program at slot {nxt}")
        pc = at[nxt]
    raise ValueError(f"no EXIT within {max_steps} steps")
