"""The proof obligations of DESIGN.md, per rule, as z3 formulas.

For all eBPF register files, operand values satisfying the rule's guard and every choice of
dst and src (dst == src included), with the RV64 state related by the register map, running
the template must:
  1. leave every eBPF register equal to the eBPF semantics' result (all 64 bits; for dst
     only the low 32 when the driver's flag hi_dead says its upper half is dead: the
     whole-program argument for that is in docs/proofs.md, the table it rests on is proven
     by proofs/upper.py);
  2. produce the same memory trace (ordered (address, width, value, kind) events);
  3. fall through to the end of the template, or reach exactly the target (`dist`);
  4. leave every RV register outside the map and the declared temporaries unchanged;
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

from rvjit import ir
from rvjit.encode import FORMS
from rvjit.regmap import ABI_NAMES, PRESERVED, RV_OF_BPF, TEMPS
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


def preconditions(pattern, env):
    """What decoding guarantees about an instruction matching `pattern`."""
    pre = [z3.ULE(env["dst"], 9 if writes_dst(pattern) else 10),   # R10 is read-only
           env["dist"] & 1 == 0,
           env["dist"] >= -(1 << 31), env["dist"] < (1 << 31)]
    if pattern.off is not None:
        pre.append(env["off"] == pattern.off)
    if reads_src(pattern):
        pre.append(z3.ULE(env["src"], 10))
    else:
        pre.append(env["src"] == 0)
    if pattern.imm is not None:
        pre.append(env["imm"] == pattern.imm)
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
class Query:
    env: dict
    pre: list
    guard: object
    bpf_regs: list            # initial eBPF registers
    bpf_out: list             # eBPF registers after the instruction
    rv_out: list              # RV registers holding R0..R10 after the template
    checks: list              # (obligation name, z3 bool)
    paths: list = ()          # [(condition, final RV state)] of the paths leaving the template
    bpf_trace: tuple = ()     # the eBPF instruction's memory trace
    want_pc: object = None    # where control must leave the template (its end, or dist)


def _pick(paths, f):
    """The value f(final state) takes, as one expression over all paths."""
    v = f(paths[-1][1])
    for cond, st in reversed(paths[:-1]):
        v = z3.If(cond, f(st), v)
    return v


def build(rule) -> Query:
    env = operands()
    pre = preconditions(rule.pattern, env)
    guard = rule.guard.z3(env)
    R = [z3.BitVec(f"R{i}", 64) for i in range(ebpf.NREGS)]

    insn = ebpf.Insn(rule.pattern.code, env["dst"], env["src"],
                     env["off"] if rule.pattern.off is None else rule.pattern.off,
                     rule.pattern.imm if rule.pattern.imm is not None else env["imm"],
                     env["imm64"])
    eff = ebpf.step(insn, R)

    init = rv64.initial({RV_OF_BPF[i]: R[i] for i in range(ebpf.NREGS)})
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

    # Where control must go: the end of the template, or the target `dist` bytes away.
    end = rule.size.z3(env)                     # where the template ends as emitted
    if eff.control is None:
        want_pc, kind_ok = end, not rule.jumps
    elif eff.control == "exit":
        want_pc, kind_ok = env["dist"], rule.jumps and rule.exits
    else:
        _, taken, _ = eff.control
        want_pc, kind_ok = z3.If(taken, env["dist"], end), \
            rule.jumps and not rule.exits

    def on_every_path(f):
        return z3.And(*[z3.Implies(c, f(st)) for c, st in paths])

    clobber = set(rule.temps)
    keep = [r for r in range(1, 32) if r not in RV_OF_BPF and r not in clobber]
    def reg_ok(st, i):
        """Obligation 1 for Ri: all 64 bits, but dst's low 32 only when the driver says no
        later instruction reads its upper half (hi_dead, rvjit/upper.py)."""
        got, want = st.x(RV_OF_BPF[i]), eff.regs[i]
        return z3.If(z3.And(env["hi_dead"], env["dst"] == i),
                     z3.Extract(31, 0, got) == z3.Extract(31, 0, want), got == want)

    checks = [
        ("1. eBPF registers", on_every_path(
            lambda st: z3.And(*[reg_ok(st, i) for i in range(ebpf.NREGS)]))),
        ("2. memory trace", on_every_path(lambda st: traces_equal(st.trace, eff.trace))),
        ("3. control flow", z3.And(z3.BoolVal(kind_ok), on_every_path(lambda st: st.pc == want_pc))),
        ("4. frame (unmapped registers unchanged)", on_every_path(
            lambda st: z3.And(*[st.x(r) == init.x(r) for r in keep]))),
        ("5. encodable fields", z3.And(True, *fields_ok)),
        ("6. loop (a retry changes nothing observable)", z3.And(True, *[
            z3.Implies(c, traces_equal(st.trace, st.loops_to.trace)
                       if st.reservation is None else z3.BoolVal(False))
            for c, st in retries])),
    ]
    rv_out = [_pick(paths, lambda st, i=i: st.x(RV_OF_BPF[i])) for i in range(ebpf.NREGS)]
    return Query(env, pre, guard, R, eff.regs, rv_out, checks, every, eff.trace, want_pc)


def static_errors(rule) -> list:
    """Checks that need no solver: temporaries are scratch registers, never mapped ones;
    loops are constrained LR/SC loops."""
    errs = [f"temporary {ABI_NAMES[t]} is not a declared scratch register"
            for t in rule.temps if t not in TEMPS]
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

