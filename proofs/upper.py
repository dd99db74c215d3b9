"""The upper-half table (rvjit/upper.py) against the eBPF semantics, per pattern.

For every eBPF register file R, operands matching the pattern, and any R' that differs from R
only in the upper halves of registers the table says the instruction does not read high
(a register in "low" state: RISC-V holds its low half exactly, its upper half anything):
  - the memory traces of R and R' are the same, and so is where control goes;
  - every register the table says the instruction may write ends the same from R and R';
  - every other register is unchanged, from R and from R';
  - at EXIT, R0 (the program's result) is read high.
That is the step the whole-program argument (docs/proofs.md) needs: registers in low state
at an instruction change nothing the instruction does, and stay in low state unless written.
Patterns that read every register high (bpf-to-bpf calls) have no low register: nothing to
check.  Outcomes are compared case by case (a tail call's: out of bounds, no count left, an
empty slot, taken), and registers the semantics leaves undefined (R1-R5 after a call) must be
in the table's writes.
"""
from __future__ import annotations

import z3

from proofs.obligations import operands, preconditions
from rvjit import upper
from semantics import ebpf
from semantics.memory import traces_equal


def _has(roles, i, env):
    """z3: register i plays one of the roles (for the operands in env)."""
    return z3.Or(False, *[env["dst"] == i if r == "dst" else env["src"] == i if r == "src"
                          else z3.BoolVal(r == i) for r in roles])


def _same_control(a, b):
    """Both outcomes go to the same place (the next instruction, the epilogue, a jump's
    target when taken, another program with the same context, entry, table and count)."""
    if a is None or b is None or a == "exit" or b == "exit":
        return z3.BoolVal(a == b)
    if a[0] != b[0]:
        return z3.BoolVal(False)
    if a[0] == "jump":
        return z3.And(a[1] == b[1], z3.BoolVal(str(a[2]) == str(b[2])))
    return z3.And(*[x == y for x, y in zip(a[1:], b[1:])])


def _same_regs(a, b, R, R2, writes, env):
    """Written registers end the same from R and R'; the others are left as they were."""
    out = []
    for i in range(ebpf.NREGS):
        x, y = a.regs[i], b.regs[i]
        if x is None or y is None:          # undefined (R1-R5 after a call): written, both
            out.append(z3.And(z3.BoolVal(x is None and y is None), _has(writes, i, env)))
        else:
            out.append(z3.If(_has(writes, i, env), x == y, z3.And(x == R[i], y == R2[i])))
    return out


def query(pattern):
    """(hypotheses, claim, env) for one pattern, or None when it reads every register high."""
    reads, writes = upper.access(pattern.code, pattern.off, pattern.imm, pattern.src)
    if set(upper.ALL_REGS) <= set(reads):
        return None
    env = operands()
    R = [z3.BitVec(f"R{i}", 64) for i in range(ebpf.NREGS)]
    low = [z3.Bool(f"low{i}") for i in range(ebpf.NREGS)]
    hi = [z3.BitVec(f"H{i}", 32) for i in range(ebpf.NREGS)]
    R2 = [z3.Concat(z3.If(low[i], hi[i], z3.Extract(63, 32, R[i])), z3.Extract(31, 0, R[i]))
          for i in range(ebpf.NREGS)]
    rt, tcc = z3.BitVec("RT", 64), z3.BitVec("TCC", 64)
    hyps = preconditions(pattern, env) + [z3.Implies(low[i], z3.Not(_has(reads, i, env)))
                                          for i in range(ebpf.NREGS)]
    insn = ebpf.Insn(pattern.code, env["dst"], env["src"] if pattern.src is None else pattern.src,
                     env["off"] if pattern.off is None else pattern.off,
                     pattern.imm if pattern.imm is not None else env["imm"], env["imm64"],
                     pattern.ctx)
    step = lambda regs: ebpf.step(insn, regs, rt=rt, tcc=tcc, code_at=lambda k: env["dist"])
    ea, eb = step(R).outcomes(), step(R2).outcomes()
    claim = []
    for (ca, a), (cb, b) in zip(ea, eb):    # the same case, and in it the same effect
        same = [traces_equal(a.trace, b.trace), _same_control(a.control, b.control),
                z3.BoolVal(a.tcc is None and b.tcc is None) if a.tcc is None or b.tcc is None
                else a.tcc == b.tcc]
        if a.control == "exit":             # R0 is the result: it must be exact there
            same.append(z3.Not(low[0]))
        same += _same_regs(a, b, R, R2, writes, env)
        claim.append(z3.And(ca == cb, z3.Implies(ca, z3.And(*same))))
    return hyps, z3.And(z3.BoolVal(len(ea) == len(eb)), *claim), env


def check(pattern) -> dict:
    """{"status": "proven" | "failed" | "trivial", "detail": ..., "cases": solved}.  As the
    rules' proofs (proofs/prove.py), by register case: for each (dst, src) the table's reads
    resolve (their registers are exact: low_i false), the formula simplifies, multiplication
    and division are uninterpreted first, and renamed-identical cases are decided once."""
    from proofs.prove import FormulaSet, _check, abstract_hard_ops, register_cases
    q = query(pattern)
    if q is None:
        return {"status": "trivial", "detail": "reads every register high", "cases": 0}
    hyps, claim, env = q
    reads = upper.access(pattern.code, pattern.off, pattern.imm, pattern.src)[0]
    full = z3.And(*hyps, z3.Not(claim))
    abstract = abstract_hard_ops(full)
    decided, solved = FormulaSet(), 0
    for d, sreg in register_cases(pattern):
        m = upper.mask(reads, d, sreg)
        case = [(env["dst"], z3.BitVecVal(d, 4)), (env["src"], z3.BitVecVal(sreg, 4))]
        case += [(z3.Bool(f"low{i}"), z3.BoolVal(False)) for i in range(ebpf.NREGS) if m >> i & 1]
        f = z3.simplify(z3.substitute(abstract, *case))
        if z3.is_false(f) or not decided.add(f):
            continue
        solved += 1
        r = _check(f)
        if r != z3.unsat and abstract is not full:
            r = _check(z3.substitute(full, *case))
        if r == z3.unsat:
            continue
        detail = f"dst=R{d}, src=R{sreg}: solver says {r}"
        if r == z3.sat:
            sol = z3.Solver()
            sol.add(z3.substitute(full, *case))
            sol.check()
            mdl = sol.model()
            lows = [i for i in range(ebpf.NREGS)
                    if z3.is_true(mdl.eval(z3.Bool(f"low{i}"), model_completion=True))]
            detail = (f"dst=R{d}, src=R{sreg}: with the upper halves of "
                      + (", ".join(f"R{i}" for i in lows) or "no register")
                      + " changed, the eBPF semantics does something else")
        rd, wr = upper.access(pattern.code, pattern.off, pattern.imm, pattern.src)
        return {"status": "failed", "cases": solved, "detail":
                f"pattern {pattern.code:#04x} (off={pattern.off}, imm={pattern.imm}): {detail}; "
                f"the table (rvjit/upper.py) says reads_high={rd}, writes={wr}"}
    return {"status": "proven", "detail": "", "cases": solved}
