"""What the registers of a program point at: the pointer analysis the driver asks two questions.

1. Is a memory instruction's base the context, on every path?  The context's pointer fields
   are translated differently (docs/abi.md section 5), so a load at a pointer field's offset
   must know; the kernel module asks the verifier instead (PTR_TO_CTX).
2. Is a tail call's R2 a map reference, and which map?  A tail call goes through a PROG_ARRAY.

A forward data-flow analysis over each function's control-flow graph, to a fixed point, and
over the call graph: a function's entry joins what its callers pass (a bpf-to-bpf call's R1-R5;
for a callback, what the helper that calls it passes, as Linux's verifier knows it for
bpf_loop and friends); a call's R0 joins the callee's returns.  A value is the set of what a
register may hold:

    CTX           the context pointer, unmodified (R1 at the main function's entry)
    ("fp", k)     R10 + k of the current frame
    ("pstack", k) the caller's R10 + k: a pointer into the frame that called this function
    ("map", i)    map i's handle (LD_IMM64 src 5)
    ("func", s)   the address of the function at slot s (LD_IMM64 src 4)
    OTHER         anything else that is none of those: scalars, packet, map value pointers,
                  what is loaded from non-stack memory
    TOP           unknown: may be any of them

Stacks are tracked in 8-byte slots: an 8-byte store through R10 + k (or a register holding it)
records what was stored, an 8-byte load returns it; a function also sees its caller's slots as
they were at the call (through ("pstack", k)), which is how a callback reaches the context a
program put into the structure it passes (`struct { struct xdp_md *ctx; ... }`).

Soundness (docs/proofs.md): each set holds every value the register can hold on any path, as
far as a program can use it as a pointer.  That rests on three facts about programs that
dereference what they load: the context pointer and stack pointers are never stored to and
reloaded from non-stack memory (the verifier tracks pointers only through registers and stack
slots: a pointer reloaded from a map is a scalar, which it refuses to dereference); a helper
writes only data, never pointers, into memory it is given; and the context is only
dereferenced unmodified (Linux: "dereference of modified ctx ptr").  Everything else is
conservative: arithmetic on a pointer other than adding a constant to R10 gives TOP, a store
through TOP may have written any slot, a call given a pointer into this frame may have
written any of its slots with anything (callbacks and bpf-to-bpf callees can store pointers),
R1-R5 after a call are TOP, a function whose address goes anywhere but a known helper's
callback argument is entered with TOP arguments.  So "the base is CTX on every path" (the set
is exactly {CTX}) and "never CTX" (neither CTX nor TOP in it) are both sound answers, and the
driver refuses what matters when the answer is neither.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from semantics.ebpf import (ADD, ALU, ALU64, ATOMIC, CALL, CMPXCHG, EXIT, FETCH, FP, JA, JMP,
                            JMP32, LD_IMM64, LDX, LOAD_ACQ, MOV, NREGS, PSEUDO_CALL, PSEUDO_FUNC,
                            PSEUDO_MAP_IDX, ST, STORE_REL, STX, SUB, X, cls_of, mode_of, op_of,
                            size_of)
from rvjit import abi, bpf

CTX, OTHER, TOP = "ctx", "other", "top"
T = frozenset({TOP})
O = frozenset({OTHER})
WIDEN = 8          # a set of more kinds than this is TOP (loops walking R10 + k terminate)

# Helpers that call a callback (kernel/bpf/verifier.c, set_*_callback_state): the register
# holding the callback, and which of the callback's arguments is the caller's which register
# (the others are scalars or pointers into maps: OTHER).
CALLBACK_HELPERS = {
    181: (2, {2: 3}),            # bpf_loop(nr, callback, ctx, flags): callback(index, ctx)
    164: (2, {4: 3}),            # bpf_for_each_map_elem(map, cb, ctx, f): cb(map, key, value, ctx)
    180: (3, {3: 4}),            # bpf_find_vma(task, addr, cb, ctx, f): cb(task, vma, ctx)
    209: (2, {2: 3}),            # bpf_user_ringbuf_drain(map, cb, ctx, f): cb(dynptr, ctx)
    170: (2, {}),                # bpf_timer_set_callback(timer, cb): cb(map, key, value)
}


# Helpers whose pointer arguments are all read, never written (their protos' ARG_PTR_TO_MAP_KEY,
# ARG_PTR_TO_MAP_VALUE, MEM_RDONLY): a call of one leaves the stack as it was.
READ_ONLY_HELPERS = frozenset({
    1, 2, 3,                     # map_lookup_elem, map_update_elem, map_delete_elem
    6, 25, 28,                   # trace_printk, perf_event_output, csum_diff
    51, 130, 195,                # redirect_map, ringbuf_output, map_lookup_percpu_elem
})


def join(a, b):
    if a is None:
        return b
    if b is None:
        return a
    if TOP in a or TOP in b:
        return T
    u = a | b
    return T if len(u) > WIDEN else u


def _kind(x, name):
    return isinstance(x, tuple) and x[0] == name


def may_be_stack(v) -> bool:
    """May point into the current frame's stack, or (pstack) its caller's."""
    return TOP in v or any(_kind(x, "fp") or _kind(x, "pstack") for x in v)


def _join_slots(a: dict, b: dict) -> dict:
    return {k: join(a.get(k, O), b.get(k, O)) for k in set(a) | set(b)}


def _norm(slots: dict) -> dict:
    return {k: v for k, v in slots.items() if v != O}


@dataclass
class State:
    regs: tuple                                  # NREGS frozensets
    stack: dict = field(default_factory=dict)    # this frame's 8-byte slots: R10 offset -> set
    outer: dict = field(default_factory=dict)    # the caller's slots, as of the call

    def copy(self):
        return State(self.regs, dict(self.stack), dict(self.outer))

    def join(self, other) -> "State":
        return State(tuple(join(a, b) for a, b in zip(self.regs, other.regs)),
                     _join_slots(self.stack, other.stack), _join_slots(self.outer, other.outer))

    def __eq__(self, other):
        return isinstance(other, State) and self.regs == other.regs and \
            _norm(self.stack) == _norm(other.stack) and _norm(self.outer) == _norm(other.outer)


def join_state(a, b):
    return b if a is None else a.join(b)


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


def _write(slots: dict, fps: list, strong: bool, size: int, value):
    """A store of `size` bytes at each of the offsets `fps` (strong: the only one)."""
    for a in fps:
        for k in list(slots):
            if k != a and k < a + size and a < k + 8:
                slots[k] = O if strong else join(slots[k], O)
        v = value if size == 8 else O
        slots[a] = v if strong else join(slots.get(a, O), v)


class Analysis:
    def __init__(self, insns, functions, ctx: bool):
        self.insns, self.functions, self.ctx = insns, functions, ctx
        self.at = {i.index: k for k, i in enumerate(insns)}
        self.func_of = {i.index: f for f in functions for i in f.insns}
        self.starts = {f.start for f in functions}
        self.entry = {f.start: None for f in functions}
        self.returns = {f.start: None for f in functions}
        self.bases, self.tail_r2, self.reached = {}, {}, set()

    def run(self) -> Result:
        regs = [T] * NREGS
        regs[1] = frozenset({CTX}) if self.ctx else O
        regs[FP] = frozenset({("fp", 0)})
        self.entry[self.functions[0].start] = State(tuple(regs))
        fresh = True
        for _ in range(200):
            before = (dict(self.entry), dict(self.returns))
            self.bases, self.tail_r2, self.reached = {}, {}, set()
            for f in self.functions:
                if self.entry[f.start] is not None:
                    self._function(f)
            if (self.entry, self.returns) == before:
                # A function entered by no route the analysis saw (a callback whose address
                # was taken and not used) is analysed as if anything called it.
                idle = [f for f in self.functions if self.entry[f.start] is None]
                if not idle or not fresh:
                    return Result(self.bases, self.tail_r2, self.reached)
                for f in idle:
                    self._escape(f.start)
                fresh = False
        raise bpf.BpfError(None, "pointer analysis did not converge")

    # --- entries ------------------------------------------------------------------------------

    def _enter(self, start, args: dict, caller: State):
        """Join what a caller passes into a function's entry: args maps the callee's argument
        registers to their sets; a pointer into the caller's frame becomes ("pstack", k), and
        the callee sees the caller's slots as they are now."""
        regs = [T] * NREGS
        for r in range(1, 6):
            regs[r] = O
        passes_stack = False
        for r, v in args.items():
            if TOP in v:
                regs[r] = T
                continue
            out = set()
            for x in v:
                if _kind(x, "fp"):
                    out.add(("pstack", x[1]))
                    passes_stack = True
                elif _kind(x, "pstack"):             # the caller's caller's frame: not tracked
                    out.add(TOP)
                else:
                    out.add(x)
            regs[r] = T if TOP in out else frozenset(out)
        regs[FP] = frozenset({("fp", 0)})
        st = State(tuple(regs), {}, dict(caller.stack) if passes_stack else {})
        self.entry[start] = join_state(self.entry[start], st)

    def _escape(self, start):
        """A function that may be called by anything with anything."""
        regs = [T] * NREGS
        regs[FP] = frozenset({("fp", 0)})
        self.entry[start] = join_state(self.entry[start], State(tuple(regs)))

    def _escapes(self, v):
        for x in v:
            if _kind(x, "func"):
                self._escape(x[1])

    # --- the transfer functions ---------------------------------------------------------------

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
            elif cls == ALU64 and op in (ADD, SUB) and not i.code & X and regs[i.dst] and \
                    all(_kind(x, "fp") or _kind(x, "pstack") for x in regs[i.dst]):
                d = i.imm if op == ADD else -i.imm
                v = frozenset((x[0], x[1] + d) for x in regs[i.dst])
            else:
                v = _arith(regs[i.dst] | (regs[i.src] if i.code & X else frozenset()))
            s.regs = _set_reg(regs, i.dst, v)
            return [(nxt, s)]
        if i.code == LD_IMM64:
            v = frozenset({("map", i.imm)}) if i.src == PSEUDO_MAP_IDX else \
                frozenset({("func", i.index + 1 + i.imm)}) if i.src == PSEUDO_FUNC else O
            s.regs = _set_reg(regs, i.dst, v)
            return [(nxt, s)]
        atomic = cls == STX and mode_of(i.code) == ATOMIC
        if cls == LDX or atomic and i.imm == LOAD_ACQ:
            base = regs[i.src]
            self.bases[i.index] = join(self.bases.get(i.index), base)
            s.regs = _set_reg(regs, i.dst, self._load(s, base, i.off, size_of(i.code)))
            return [(nxt, s)]
        if cls in (ST, STX):
            base = regs[i.dst]
            self.bases[i.index] = join(self.bases.get(i.index), base)
            if atomic and i.imm != STORE_REL:     # a read-modify-write: the old value is data
                self._store(s, base, i.off, size_of(i.code), O)
                if i.imm & FETCH:
                    s.regs = _set_reg(s.regs, 0 if i.imm == CMPXCHG else i.src, O)
                return [(nxt, s)]
            value = regs[i.src] if cls == STX else O
            self._escapes(value)
            self._store(s, base, i.off, size_of(i.code), value)
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
            if _kind(x, "fp"):
                out = join(out, s.stack.get(x[1] + off, O))
            elif _kind(x, "pstack"):
                out = join(out, s.outer.get(x[1] + off, O))
            elif x == TOP:                         # might read a spilled pointer
                return T
            else:
                out = join(out, O)
        return out if out is not None else O

    def _store(self, s, base, off, size, value):
        if TOP in base:                            # any slot may have been written
            for slots in (s.stack, s.outer):
                for k in slots:
                    slots[k] = join(slots[k], value if size == 8 else O)
            return
        strong = len(base) == 1
        _write(s.stack, [x[1] + off for x in base if _kind(x, "fp")], strong, size, value)
        _write(s.outer, [x[1] + off for x in base if _kind(x, "pstack")], strong, size, value)

    def _call(self, i, s):
        regs = list(s.regs)
        args = {r: regs[r] for r in range(1, 6)}
        stack_passed = any(may_be_stack(v) for v in args.values())
        if i.src == PSEUDO_CALL:
            callee = i.index + 1 + i.imm
            self._enter(callee, args, s)
            for v in args.values():
                self._escapes(v)                   # the callee may hand them to anything
            ret = self.returns.get(callee)
            r0 = O if ret is None else T if may_be_stack(ret) else ret
            anything = True                        # the callee can store pointers
        elif i.imm == abi.BPF_FUNC_tail_call:
            self.tail_r2[i.index] = join(self.tail_r2.get(i.index), regs[2])
            r0, anything, stack_passed = T, False, False      # (no return if it happens)
        else:
            r0, anything = O, False
            cb = CALLBACK_HELPERS.get(i.imm)
            for r, v in args.items():
                if cb is None or r != cb[0]:
                    self._escapes(v)
            if cb is not None:
                fn = args[cb[0]]
                if TOP in fn:                      # an unknown callback: any of them
                    for f in self.functions:
                        if f.callback:
                            self._escape(f.start)
                for x in fn:
                    if _kind(x, "func") and x[1] in self.starts:
                        self._enter(x[1], {d: args[src] for d, src in cb[1].items()}, s)
                anything = True                    # a callback can store pointers
        if stack_passed:
            if anything:
                s.stack = {k: T for k in s.stack}
                s.outer = {k: T for k in s.outer}
            elif i.imm not in READ_ONLY_HELPERS:   # a helper writes data, not pointers
                s.stack = {k: join(v, O) for k, v in s.stack.items()}
                s.outer = {k: join(v, O) for k, v in s.outer.items()}
        regs[0] = r0
        for r in range(1, 6):
            regs[r] = T
        s.regs = tuple(regs)
        return s


def analyse(insns, functions, ctx: bool) -> Result:
    """The analysis of a program: `functions` as rvjit.bpf.functions() gives them (main first),
    `ctx`: R1 is the context at the main function's entry."""
    return Analysis(insns, functions, ctx).run()
