"""What the registers of a program point at: the pointer analysis the driver asks two questions.

1. Is a memory instruction's base the context, on every path?  The context's pointer fields
   are translated differently (docs/abi.md section 5), so a load at a pointer field's offset
   must know; the kernel module asks the verifier instead (PTR_TO_CTX).
2. Is a tail call's R2 a map reference, and which map?  A tail call goes through a PROG_ARRAY.

A forward data-flow analysis over each function's control-flow graph, to a fixed point, and
over the call graph (a function's entry joins its callers' arguments; a call's R0 joins the
callee's returns).  A value is the set of what a register may hold:

    CTX          the context pointer, unmodified (R1 at the main function's entry)
    ("fp", k)    R10 + k of the current frame
    ("map", i)   map i's handle (LD_IMM64 src 5)
    PSTACK       a pointer into another frame's stack (a caller's R10 + k, passed in)
    OTHER        anything else that is neither of those: scalars, packet, map value and
                 function pointers, what is loaded from non-stack memory
    TOP          unknown: may be any of them

The stack is tracked in 8-byte slots of the current frame: an 8-byte store through R10 + k
(or a register holding it) records what was stored, an 8-byte load returns it.

Soundness (docs/proofs.md): each set holds every value the register can hold on any path, as
far as a program can use it as a pointer.  That rests on three facts about programs that
dereference what they load: the context pointer and stack pointers are never stored to and
reloaded from non-stack memory (the verifier tracks pointers only through registers and
stack slots: a pointer reloaded from a map is a scalar, which it refuses to dereference);
a helper writes only data, never pointers, into memory it is given (so a stack slot a helper
may have written holds its old value or data); and the context is only dereferenced
unmodified (Linux: "dereference of modified ctx ptr").  Everything else is conservative:
arithmetic on a pointer other than adding a constant to R10 gives TOP, a store through TOP
may have written any slot, a bpf-to-bpf call given a pointer into this frame may have written
any of its slots with anything, R1-R5 after a call are TOP.  So "the base is CTX on every
path" (the set is exactly {CTX}) and "never CTX" (neither CTX nor TOP in it) are both sound
answers, and the driver refuses what matters when the answer is neither.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from semantics.ebpf import (ADD, ALU, ALU64, CALL, EXIT, FP, JA, JMP, JMP32, LD_IMM64, LDX, MOV,
                            NREGS, PSEUDO_CALL, PSEUDO_MAP_IDX, ST, STX, SUB, X, cls_of, op_of,
                            size_of)
from rvjit import abi, bpf

CTX, OTHER, PSTACK, TOP = "ctx", "other", "pstack", "top"
T = frozenset({TOP})
O = frozenset({OTHER})
ATOMIC, FETCH, CMPXCHG = 0xC0, 0x01, 0xF1


WIDEN = 8          # a set of more kinds than this is TOP (loops walking R10 + k terminate)


def join(a, b):
    if a is None:
        return b
    if b is None:
        return a
    if TOP in a or TOP in b:
        return T
    u = a | b
    return T if len(u) > WIDEN else u


def _is_fp(v):
    return isinstance(v, tuple) and v[0] == "fp"


def may_be_stack(v) -> bool:
    """May point into the current frame's stack."""
    return TOP in v or any(_is_fp(x) for x in v)


@dataclass
class State:
    regs: tuple                                  # NREGS frozensets
    stack: dict = field(default_factory=dict)    # frame offset of an 8-byte slot -> set

    def copy(self):
        return State(self.regs, dict(self.stack))

    def join(self, other) -> "State":
        stack = {k: join(self.stack.get(k, O), other.stack.get(k, O))
                 for k in set(self.stack) | set(other.stack)}
        return State(tuple(join(a, b) for a, b in zip(self.regs, other.regs)), stack)

    def __eq__(self, other):
        if not isinstance(other, State):
            return False
        norm = lambda s: {k: v for k, v in s.stack.items() if v != O}
        return self.regs == other.regs and norm(self) == norm(other)


@dataclass
class Result:
    """Per instruction slot: the base's set (memory instructions), R2's set (tail calls)."""
    bases: dict
    tail_r2: dict
    reached: set

    def base_kind(self, index: int) -> str:
        """"ctx" (on every path), "not" (on no path), or "unknown"."""
        v = self.bases.get(index)
        if v is None:                                # unreachable: nothing to decide
            return "not"
        if v == {CTX}:
            return "ctx"
        return "not" if CTX not in v and TOP not in v else "unknown"


def _set_reg(regs, r, v):
    return tuple(v if k == r else x for k, x in enumerate(regs))


def _arith(v):
    """A value computed from v other than by copying it."""
    return O if v <= O else T


class Analysis:
    def __init__(self, insns, functions, ctx: bool):
        self.insns, self.functions, self.ctx = insns, functions, ctx
        self.at = {i.index: k for k, i in enumerate(insns)}
        self.func_of = {}
        for f in functions:
            for i in f.insns:
                self.func_of[i.index] = f
        self.entry = {f.start: None for f in functions}
        self.returns = {f.start: None for f in functions}
        self.bases, self.tail_r2, self.reached = {}, {}, set()

    def run(self) -> Result:
        main = self.functions[0].start
        regs = [T] * NREGS
        regs[1] = frozenset({CTX}) if self.ctx else O
        regs[FP] = frozenset({("fp", 0)})
        self.entry[main] = State(tuple(regs))
        for f in self.functions:                     # callbacks: called by helpers with anything
            if f.callback:
                self.entry[f.start] = join_state(self.entry[f.start], self._callee_entry([T] * NREGS))
        for _ in range(100):
            before = (dict(self.entry), dict(self.returns))
            self.bases, self.tail_r2, self.reached = {}, {}, set()
            for f in self.functions:
                if self.entry[f.start] is not None:
                    self._function(f)
            if (self.entry, self.returns) == before:
                return Result(self.bases, self.tail_r2, self.reached)
        raise bpf.BpfError(None, "pointer analysis did not converge")

    def _callee_entry(self, args):
        """A callee's entry from the caller's R1-R5: the caller's stack becomes PSTACK."""
        regs = [T] * NREGS
        for r in range(1, 6):
            v = args[r]
            regs[r] = T if TOP in v else frozenset(PSTACK if _is_fp(x) else x for x in v)
        regs[FP] = frozenset({("fp", 0)})
        return State(tuple(regs))

    def _function(self, f):
        states = {f.start: self.entry[f.start].copy()}
        work = [f.start]
        while work:
            idx = work.pop()
            insn = self.insns[self.at[idx]]
            self.reached.add(idx)
            for nxt, st in self._step(insn, states[idx].copy()):
                old = states.get(nxt)
                new = st if old is None else old.join(st)
                if old is None or new != old:
                    states[nxt] = new
                    work.append(nxt)

    def _step(self, i, s):
        """Successor (slot, state) pairs of instruction i from state s."""
        cls, op, regs = cls_of(i.code), op_of(i.code), s.regs
        nxt = i.index + i.slots
        if cls in (ALU, ALU64):
            if op == MOV and i.code & X and cls == ALU64 and i.off == 0:
                v = regs[i.src]
            elif op == MOV and not i.code & X:
                v = O
            elif cls == ALU64 and op in (ADD, SUB) and not i.code & X and \
                    all(_is_fp(x) for x in regs[i.dst]):
                sign = 1 if op == ADD else -1
                v = frozenset(("fp", x[1] + sign * i.imm) for x in regs[i.dst])
            else:
                v = _arith(regs[i.dst] | (regs[i.src] if i.code & X else frozenset()))
            return [(nxt, State(_set_reg(regs, i.dst, v), s.stack))]
        if i.code == LD_IMM64:
            v = frozenset({("map", i.imm)}) if i.src == PSEUDO_MAP_IDX else O
            return [(nxt, State(_set_reg(regs, i.dst, v), s.stack))]
        if cls == LDX:
            base = regs[i.src]
            self.bases[i.index] = join(self.bases.get(i.index), base)
            return [(nxt, State(_set_reg(regs, i.dst, self._load(s, base, i.off, size_of(i.code))),
                                s.stack))]
        if cls in (ST, STX):
            base = regs[i.dst]
            self.bases[i.index] = join(self.bases.get(i.index), base)
            if cls == STX and i.code & 0xE0 == ATOMIC:
                self._store(s, base, i.off, size_of(i.code), O)
                if i.imm & FETCH:
                    r = 0 if i.imm == CMPXCHG else i.src
                    s.regs = _set_reg(s.regs, r, O)
                return [(nxt, s)]
            self._store(s, base, i.off, size_of(i.code), regs[i.src] if cls == STX else O)
            return [(nxt, s)]
        if cls in (JMP, JMP32):
            if i.code == JMP | EXIT:
                start = self.func_of[i.index].start
                self.returns[start] = join(self.returns[start], regs[0])
                return []
            if i.code == JMP | CALL:
                return [(nxt, self._call(i, s))]
            t = bpf.jump_target(i)
            if op == JA:
                return [(t, s)]
            return [(t, s), (nxt, s.copy())]
        raise bpf.BpfError(i.index, f"pointer analysis: unexpected {bpf.disasm(i)}")

    def _load(self, s, base, off, size):
        if size != 8:                              # part of a pointer is no pointer
            return O
        out = None
        for x in base:
            if _is_fp(x):
                out = join(out, s.stack.get(x[1] + off, O))
            elif x in (TOP, PSTACK):              # might read a spilled pointer
                return T
            else:
                out = join(out, O)
        return out if out is not None else O

    def _store(self, s, base, off, size, value):
        if TOP in base:                            # any slot may have been written
            for k in s.stack:
                s.stack[k] = join(s.stack[k], value if size == 8 else O)
            return
        fps = [x[1] + off for x in base if _is_fp(x)]
        strong = len(fps) == 1 and len(base) == 1
        for a in fps:
            for k in list(s.stack):
                if k != a and k < a + size and a < k + 8:
                    s.stack[k] = O if strong else join(s.stack[k], O)
            v = value if size == 8 else O
            s.stack[a] = v if strong else join(s.stack.get(a, O), v)

    def _call(self, i, s):
        regs = list(s.regs)
        if i.src == PSEUDO_CALL:
            callee = i.index + 1 + i.imm
            self.entry[callee] = join_state(self.entry.get(callee), self._callee_entry(regs))
            ret = self.returns.get(callee)
            r0 = O if ret is None else (T if TOP in ret or PSTACK in ret or any(_is_fp(x) for x in ret)
                                        else ret)
            if any(may_be_stack(regs[r]) for r in range(1, 6)):
                s.stack = {k: T for k in s.stack}    # the callee may store anything there
        else:
            if i.imm == abi.BPF_FUNC_tail_call:
                self.tail_r2[i.index] = join(self.tail_r2.get(i.index), regs[2])
                r0 = T
            else:
                r0 = O
                if any(may_be_stack(regs[r]) for r in range(1, 6)):
                    s.stack = {k: join(v, O) for k, v in s.stack.items()}   # data, not pointers
        regs[0] = r0
        for r in range(1, 6):
            regs[r] = T
        return State(tuple(regs), s.stack)


def join_state(a, b):
    if a is None:
        return b
    return a.join(b)


def analyse(insns, functions, ctx: bool) -> Result:
    """The analysis of a program: `functions` as rvjit.bpf.functions() gives them (main first),
    `ctx`: R1 is the context at the main function's entry."""
    return Analysis(insns, functions, ctx).run()
