"""The proof obligations of DESIGN.md, per rule, as z3 formulas.

For all eBPF register files (and the ABI's runtime table pointer RT and tail-call count TCC),
operand values satisfying the rule's guard and every choice of dst and src (dst == src
included), with the RV64 state related by the register map (R0-R10, RT = s6, TCC = s7),
running the template must, on every path through it and for every outcome of the eBPF
instruction that can hold with that path:
  1. leave every eBPF register, RT and TCC equal to the eBPF semantics' result (all 64 bits;
     registers the semantics leaves undefined, such as R1-R5 after a call, are not compared);
  2. produce the same memory trace (ordered load, store, atomic, fence and call events);
  3. fall through to the end of the template, or reach exactly the target (`dist`); for a
     tail call, reach the tail stub (`dist`) with t3 = the target, a0 = the context, a1 = its
     runtime table and a2 = the tail calls left;
  4. leave every RV register outside the map, the declared temporaries and, for a call, the
     declared caller-saved clobbers unchanged;
  5. emit only encodable fields;
  6. in a template with a loop (the LR/SC loop of CMPXCHG), every path that goes round again
     changes nothing observable: the loop head's invariant (rv64.paths) is re-established, so
     by induction over the iterations obligations 1-5, checked on the paths that leave the
     loop, hold however often it retries.  The loop must be a constrained LR/SC loop (the
     spec's "eventual success" conditions), so on hardware it also terminates.
Per pattern: the guards of the rules that need no extension cover every operand value.
"""
from __future__ import annotations

from dataclasses import dataclass

import z3

from rvjit import abi, ir
from rvjit.encode import FORMS
from rvjit.regmap import ABI_NAMES, CALL_CLOBBERS, PRESERVED, RT, RV_OF_BPF, TCC, TEMPS, X
from semantics import ebpf, rv64
from semantics.memory import traces_equal

X_FORM = ebpf.X
# Rules must be right for any even 32-bit signed distance (so a far-jump guard wider than
# auipc+jalr's reach is caught); exhaustiveness only needs the distances an image can have:
# the driver keeps images under 1 GiB.
IMAGE_LIMIT = 1 << 30


def operands():
    """z3 variables for the operands and the driver's flags (rvc: the C extension is on)."""
    return {n: z3.Bool(n) if w == 1 else z3.BitVec(n, w)
            for n, w in {**ir.OPERANDS, **ir.FLAGS}.items()}


def reads_src(pattern) -> bool:
    code, cls, op = pattern.code, ebpf.cls_of(pattern.code), ebpf.op_of(pattern.code)
    if pattern.src is not None:                 # src is what is called or loaded, not a register
        return False
    if cls in (ebpf.ALU, ebpf.ALU64):
        return bool(code & X_FORM) and op != ebpf.END
    if cls in (ebpf.JMP, ebpf.JMP32):
        return bool(code & X_FORM)
    return cls in (ebpf.LDX, ebpf.STX)


def writes_dst(pattern) -> bool:
    cls = ebpf.cls_of(pattern.code)
    load_acquire = cls == ebpf.STX and ebpf.mode_of(pattern.code) == ebpf.ATOMIC \
        and pattern.imm == ebpf.LOAD_ACQ
    return cls in (ebpf.ALU, ebpf.ALU64, ebpf.LDX) or pattern.code == ebpf.LD_IMM64 or load_acquire


def dst_range(pattern) -> range:
    """The dst values decoding admits: none but R0 for calls (reserved), R0..R9 where dst is
    written (R10 is read-only), else R0..R10."""
    if pattern.code == ebpf.JMP | ebpf.CALL:
        return range(1)
    return range(10 if writes_dst(pattern) else 11)


def preconditions(pattern, env):
    """What decoding guarantees about an instruction matching `pattern`."""
    dsts = dst_range(pattern)
    pre = [z3.ULE(env["dst"], dsts[-1]),
           env["dist"] & 1 == 0,
           env["dist"] >= -(1 << 31), env["dist"] < (1 << 31)]
    if pattern.off is not None:
        pre.append(env["off"] == pattern.off)
    if pattern.src is not None:
        pre.append(env["src"] == pattern.src)
    elif reads_src(pattern):
        pre.append(z3.ULE(env["src"], 10))
    else:
        pre.append(env["src"] == 0)
    if pattern.imm is not None:
        pre.append(env["imm"] == pattern.imm)
    if pattern.code == ebpf.LD_IMM64 and pattern.src in (ebpf.PSEUDO_MAP_IDX,
                                                         ebpf.PSEUDO_MAP_IDX_VALUE):
        # imm (the map's index) is the first slot's half of imm64, an index into the used maps
        pre += [env["imm"] == z3.Extract(31, 0, env["imm64"]),
                z3.ULT(env["imm"], abi.MAX_USED_MAPS)]
    if pattern.code == ebpf.JMP | ebpf.CALL and pattern.src == ebpf.HELPER_CALL \
            and pattern.imm is None:
        # A helper id (the tail call, 12, has a pattern of its own), below the table's reach.
        pre += [env["imm"] != abi.BPF_FUNC_tail_call, env["imm"] >= 0,
                env["imm"] < abi.HELPER_ID_LIMIT]
    return pre


def field_constraint(spec, v):
    """Obligation 5 for one field value (z3): the symbolic twin of encode.field_ok."""
    if spec.kind in ("reg", "creg"):
        c = [z3.And(z3.UGE(v, 8), z3.ULE(v, 15))] if spec.kind == "creg" else []
        c += [v != r for r in spec.not_]
    elif spec.kind == "simm":
        lo, hi = -(1 << (spec.bits - 1)), (1 << (spec.bits - 1)) - 1
        c = [v >= lo, v <= hi]
        if spec.align > 1:
            c.append(v & (spec.align - 1) == 0)
    elif spec.kind == "uimm":
        c = [z3.ULT(v, 1 << spec.bits)]
        if spec.align > 1:
            c.append(v & (spec.align - 1) == 0)
    elif spec.kind == "clui":
        c = [z3.Or(z3.ULT(v, 32), z3.And(z3.UGE(v, 0xFFFE0), z3.ULE(v, 0xFFFFF)))]
    else:
        raise ValueError(spec.kind)
    if spec.nonzero:
        c.append(v != 0)
    return z3.And(*c) if c else z3.BoolVal(True)


@dataclass
class Pair:
    """One path through the template together with one outcome of the eBPF instruction."""
    hyp: object               # both hold: the path condition and the outcome's condition
    st: object                # the RV64 state at the end of the path
    eff: object               # the eBPF outcome (an ebpf.Effect)
    checks: dict              # obligation name -> z3 bool, under `hyp`


@dataclass
class Query:
    env: dict
    pre: list
    guard: object
    bpf_regs: list            # initial eBPF registers
    rt: object                # initial RT, TCC
    tcc: object
    pairs: list               # Pair
    checks: list              # (obligation name, z3 bool): over every pair
    retries: list = ()        # [(condition, RV state)] of the paths that go round a loop

    @property
    def bpf_out(self):        # eBPF registers after the instruction (first outcome)
        return self.pairs[0].eff.regs

    @property
    def rv_out(self):
        return [self.pairs[0].st.x(RV_OF_BPF[i]) for i in range(ebpf.NREGS)]


NAMES = ("1. eBPF registers", "2. memory trace", "3. control flow",
         "4. frame (unmapped registers unchanged)", "5. encodable fields",
         "6. loop (a retry changes nothing observable)")


def build(rule) -> Query:
    env = operands()
    pre = preconditions(rule.pattern, env)
    guard = rule.guard.z3(env)
    R = [z3.BitVec(f"R{i}", 64) for i in range(ebpf.NREGS)]
    rt, tcc = z3.BitVec("RT", 64), z3.BitVec("TCC", 64)

    p = rule.pattern
    insn = ebpf.Insn(p.code, env["dst"], env["src"] if p.src is None else p.src,
                     env["off"] if p.off is None else p.off,
                     p.imm if p.imm is not None else env["imm"], env["imm64"], p.ctx)
    # The template starts at address 0; a call's target is `dist` bytes away.
    eff = ebpf.step(insn, R, rt=rt, tcc=tcc, code_at=lambda k: env["dist"])

    init = rv64.initial({**{RV_OF_BPF[i]: R[i] for i in range(ebpf.NREGS)}, RT: rt, TCC: tcc})
    instrs, fields_ok = [], []
    for ins in rule.template:
        form = FORMS[ins.mnemonic]
        vals = {name: e.z3(env) for name, e in ins.fields}
        instrs.append((ins.mnemonic, vals, ins.size.z3(env)))     # compressed: 2 bytes
        for name, spec in form.fields.items():
            fields_ok.append(field_constraint(spec, vals[name]))
    every = rv64.paths(instrs, init)
    paths = [(c, st) for c, st in every if st.loops_to is None]           # leave the template
    retries = [(c, st) for c, st in every if st.loops_to is not None]     # go round a loop

    clobber = set(rule.temps) | set(rule.clobbers)
    keep = [r for r in range(1, 32) if r not in RV_OF_BPF and r not in clobber
            and r not in (RT, TCC)]
    fields = z3.And(True, *fields_ok)
    kind = kind_ok(rule, eff)
    end = rule.size.z3(env)                   # the template's length: once, not per pair
    pairs = []
    for cond, st in paths:
        for ocond, e in eff.outcomes():
            want = [(st.x(RV_OF_BPF[i]), v) for i, v in enumerate(e.regs)]
            want += [(st.x(RT), rt), (st.x(TCC), e.tcc)]
            pc_ok = _control(end, e, st, env)
            pairs.append(Pair(z3.And(cond, ocond), st, e, {
                NAMES[0]: z3.And(True, *[a == b for a, b in want if b is not None]),
                NAMES[1]: traces_equal(st.trace, e.trace),
                NAMES[2]: z3.And(z3.BoolVal(kind), pc_ok),
                NAMES[3]: z3.And(True, *[st.x(r) == init.x(r) for r in keep]),
                NAMES[4]: fields,
            }))
    checks = [(n, z3.And(True, *[z3.Implies(q.hyp, q.checks[n]) for q in pairs]))
              for n in NAMES[:4]] + [(NAMES[4], fields)]
    checks.append((NAMES[5], z3.And(True, *[
        z3.Implies(c, traces_equal(st.trace, st.loops_to.trace)
                   if st.reservation is None else z3.BoolVal(False))
        for c, st in retries])))
    return Query(env, pre, guard, R, rt, tcc, pairs, checks, retries)


def _control(end, e, st, env):
    """Where control must be for outcome `e` (`end`: the template's length)."""
    if e.control is None:
        return st.pc == end
    if e.control == "exit":
        return st.pc == env["dist"]
    if e.control[0] == "tail":
        _, ctx, entry, rt, tcc = e.control
        return z3.And(st.pc == env["dist"], st.x(X["t3"]) == entry, st.x(X["a0"]) == ctx,
                      st.x(X["a1"]) == rt, st.x(X["a2"]) == tcc)
    _, taken, _ = e.control
    return st.pc == z3.If(taken, env["dist"], end)


def kind_ok(rule, eff) -> bool:
    """The rule is declared as what the instruction is: one that may go to `dist` (a jump, a
    tail call: `jumps`), to the epilogue (EXIT: `exits` too), or only on (neither)."""
    kinds = {"next" if e.control is None else e.control if e.control == "exit" else e.control[0]
             for _, e in eff.outcomes()}
    return rule.jumps == bool(kinds - {"next"}) and rule.exits == ("exit" in kinds)


def static_errors(rule) -> list:
    """Checks that need no solver: temporaries are scratch registers, never mapped ones;
    loops are constrained LR/SC loops."""
    errs = [f"temporary {ABI_NAMES[t]} is not a declared scratch register"
            for t in rule.temps if t not in TEMPS]
    errs += [f"clobber {ABI_NAMES[t]} is not a caller-saved register outside the map"
             for t in rule.clobbers if t not in CALL_CLOBBERS]
    for ins in rule.template:
        if ins.mnemonic not in FORMS:
            errs.append(f"unknown instruction {ins.mnemonic}")
    return errs or loop_errors(rule)


MEMORY_OR_JUMP = ("lb", "lh", "lw", "ld", "lbu", "lhu", "lwu", "sb", "sh", "sw", "sd", "jal",
                  "jalr", "fence")


def loop_errors(rule) -> list:
    """The RISC-V spec's constrained LR/SC loop ("eventual success of store-conditional"):
    the loop is an lr at its head, an sc of the same size and address register, at most 16
    instructions, and between lr and sc only base-ISA integer instructions that neither
    access memory nor jump (forward branches out of the loop are fine).  Such a loop
    eventually succeeds on any conforming hart; the proof (obligation 6) gives the rest."""
    env = operands()
    instrs = [(i.mnemonic, {n: e.z3(env) for n, e in i.fields}, i.size.z3(env))
              for i in rule.template]
    errs = []
    for head, back in rv64.loop_heads(instrs).items():
        body = instrs[head:back + 1]
        where = f"loop at instruction {head}"
        if len(body) > 16:
            errs.append(f"{where}: {len(body)} instructions (a constrained LR/SC loop has at most 16)")
        if not body[0][0].startswith("lr."):
            errs.append(f"{where}: does not start with lr")
            continue
        scs = [k for k, ins in enumerate(body) if ins[0].startswith("sc.")]
        if len(scs) != 1:
            errs.append(f"{where}: {len(scs)} sc instructions (one expected)")
            continue
        lr, sc = body[0], body[scs[0]]
        if lr[0][3:] != sc[0][3:] or not z3.is_true(z3.simplify(lr[1]["rs1"] == sc[1]["rs1"])):
            errs.append(f"{where}: sc is not of the lr's size and address register")
        for mn, _, _ in body[1:scs[0]]:
            if FORMS[mn].isa != "i" or mn in MEMORY_OR_JUMP:
                errs.append(f"{where}: {mn} between lr and sc")
    return errs


def image_bound(env):
    return z3.And(env["dist"] >= -IMAGE_LIMIT, env["dist"] <= IMAGE_LIMIT)


__all__ = ["build", "static_errors", "preconditions", "image_bound", "operands", "PRESERVED"]

