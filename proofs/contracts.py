"""Contracts of the pieces around the rules: compressions (a C form does what its base
instruction does) and frames (the prologue/epilogue keep the psABI).  Kept apart from the
rule obligations so that changing one does not re-prove the other."""
from __future__ import annotations

import z3

from proofs.obligations import field_constraint
from rvjit.encode import FORMS
from rvjit.regmap import RV_OF_BPF
from semantics import rv64
from semantics.memory import traces_equal


def compression_query(c):
    """A compression is right when, for every state and all encodable base fields satisfying
    its condition, the C form, executed as the 2-byte instruction it is, leaves every register,
    the next pc and the memory trace exactly as the base instruction does when executed as a
    2-byte instruction, and its own fields are encodable.  That is what the rules' proofs
    assume of a compressed instruction: they run the base instruction's clause with the
    length compress.size gives it.  Returns (hypotheses, claim, env)."""
    env = {"rd": z3.BitVec("rd", 5), "rs1": z3.BitVec("rs1", 5), "rs2": z3.BitVec("rs2", 5),
           "i": z3.BitVec("i", 64)}
    base, cform = FORMS[c.base], FORMS[c.cform]
    bfields = {n: env["i" if n == "imm" else n] for n in base.fields}
    hyps = [c.cond.z3(env)] + [field_constraint(spec, bfields[n]) for n, spec in base.fields.items()]
    s0 = rv64.initial({}, pc=z3.BitVec("pc", 64))._with(ilen=z3.BitVecVal(cform.length, 64))
    b = rv64.CLAUSES[c.base](s0, **bfields)
    cvals = dict(zip(cform.fields, (e.z3(env) for e in c.fields)))
    s = rv64.CLAUSES[c.cform](s0, **cvals)
    k = z3.BitVec("k", 5)
    claim = [z3.BoolVal(cform.length == 2), b.x(k) == s.x(k), b.pc == s.pc,
             traces_equal(b.trace, s.trace)]
    claim += [field_constraint(spec, cvals[n]) for n, spec in cform.fields.items()]
    return hyps, z3.And(*claim), env


class _SavedSlots:
    """Memory as the epilogue finds it: the prologue's save slots still hold what was saved
    (the program's stores stay below R10, as the verifier guarantees for the BPF stack);
    anything else loads a fresh value."""

    def __init__(self, slots):
        from semantics.memory import SymbolicMemory
        self.slots, self.other = slots, SymbolicMemory()

    def load(self, trace, addr, size):
        fresh, trace = self.other.load(trace, addr, size)
        v = fresh
        for a, val in reversed(self.slots):
            v = z3.If(addr == a, val, v) if size == 8 else v
        return v, trace[:-1] + ((trace[-1][0], addr, size, v),)

    def store(self, trace, addr, size, value):
        return trace + (("store", addr, size, value),)


def frame_checks(frame):
    """The frame contract, as (name, z3 claim) pairs over one symbolic entry.

    Prologue, from any state with sp 16-byte aligned: sp drops by the (16-aligned) frame size;
    R10 = sp + 512 when the stack is used; s6 = the entry's a1 (RT) and s7 = the entry's a2
    (TCC) when the frame saves them; every other register is unchanged (R1 = the context in a0,
    the arguments R1-R5 of a subprogram included); the only memory effects are 8-byte stores
    of the saved registers' entry values to distinct slots inside the frame, above the BPF
    stack; control falls through.
    Epilogue, from any state whose sp is the prologue's, whose ra is too unless the frame saves
    it (a function that calls), and whose save slots still hold the saved values: a0 = R0;
    every callee-saved register, sp and ra are back to their entry values; the only memory
    effects are the loads of the slots; control returns to ra.
    Tail stub (frames that save s7), from the same states: every callee-saved register, sp and
    ra back to their entry values, a0-a2 as the stub found them (the context, the target's
    runtime table and the tail calls left), only the slots loaded, control at t3: the target
    runs as if the function's caller had called it."""
    from rvjit.regmap import X as REG
    from rvjit.rules.frame import MOVES
    sp, ra = REG["sp"], REG["ra"]

    from rvjit.rules.compress import size_of
    env = {"rvc": z3.Bool("rvc")}               # compressed or not: both are proven

    def run(instrs, state):
        ins = [(i.mnemonic, {n: e.z3(env) for n, e in i.fields}, i.size.z3(env)) for i in instrs]
        (cond, st), = rv64.paths(ins, state)
        return st, size_of(instrs).z3(env), ins

    s0 = rv64.initial({}, name="entry")
    sp0 = s0.x(sp)
    hyp = [sp0 & 15 == 0]
    s1, plen, pro = run(frame.prologue(), s0)
    sp1 = sp0 - frame.size
    offs = [frame.slot(k) for k in range(len(frame.saved))]
    slots = [(sp1 + o, s0.x(r)) for o, r in zip(offs, frame.saved)]
    moved = {r: e for r, e in MOVES if r in frame.saved}
    changed = {sp} | ({RV_OF_BPF[10]} if frame.stack else set()) | set(moved)
    want_trace = tuple(("store", a, 8, v) for a, v in slots)
    inside = len(set(offs)) == len(offs) and all(
        512 * frame.stack <= o and o + 8 <= frame.size for o in offs)
    checks = [
        ("prologue: sp", z3.And(s1.x(sp) == sp1, z3.BoolVal(frame.size % 16 == 0))),
        ("prologue: R10", s1.x(RV_OF_BPF[10]) == sp1 + 512 if frame.stack else z3.BoolVal(True)),
        ("prologue: RT and TCC from a1 and a2",
         z3.And(True, *[s1.x(r) == s0.x(e) for r, e in moved.items()])),
        ("prologue: other registers", z3.And(*[s1.x(r) == s0.x(r) for r in range(1, 32)
                                               if r not in changed])),
        ("prologue: saves", z3.And(traces_equal(s1.trace, want_trace), z3.BoolVal(inside))),
        ("prologue: falls through", s1.pc == plen),
    ]
    # The epilogue and the stub run after the body: any registers, except that sp is as the
    # prologue left it, and ra too unless saved (rules never write sp; only calls write ra).
    fixed = {sp: sp1} if ra in frame.saved else {sp: sp1, ra: s0.x(ra)}
    body = rv64.initial(fixed, name="body")
    body = body._with(mem=_SavedSlots(slots))
    callee = [REG[n] for n in ("s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9",
                               "s10", "s11", "gp", "tp")]

    def restored(st):
        return z3.And(*[st.x(r) == (s0.x(r) if r in frame.saved else body.x(r)) for r in callee])

    def loads_only_slots(st):
        return z3.And(z3.BoolVal(len(st.trace) == len(slots)),
                      *[z3.And(e[0] == "load", e[1] == a, e[2] == 8) if isinstance(e[0], str) else False
                        for e, (a, _) in zip(st.trace, slots)])
    s3, elen, _ = run(frame.epilogue(), body)
    checks += [
        ("epilogue: a0 = R0", s3.x(REG["a0"]) == body.x(RV_OF_BPF[0])),
        ("epilogue: callee-saved restored", restored(s3)),
        ("epilogue: sp and ra", z3.And(s3.x(sp) == sp0, s3.x(ra) == s0.x(ra))),
        ("epilogue: loads only the slots", loads_only_slots(s3)),
        ("epilogue: returns to ra", s3.pc == s0.x(ra) & ~z3.BitVecVal(1, 64)),
    ]
    if frame.tail_calls:
        s4, _, _ = run(frame.tail_stub(), body)
        checks += [
            ("tail stub: callee-saved restored", restored(s4)),
            ("tail stub: sp and ra", z3.And(s4.x(sp) == sp0, s4.x(ra) == s0.x(ra))),
            ("tail stub: a0-a2 kept", z3.And(*[s4.x(REG[n]) == body.x(REG[n])
                                               for n in ("a0", "a1", "a2")])),
            ("tail stub: loads only the slots", loads_only_slots(s4)),
            ("tail stub: enters t3", s4.pc == body.x(REG["t3"]) & ~z3.BitVecVal(1, 64)),
        ]
    # The callee-saved registers the frame does not save must be ones the body leaves alone:
    # the program does not name those eBPF registers, and rules write only named ones (and
    # RT/TCC only as obligation 1 allows: never, but for the tail call's count).
    return hyp, checks
