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
Patterns that read every register high (calls, atomics) have no low register: nothing to check.
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
    if a is None or b is None or a == "exit" or b == "exit":
        return z3.BoolVal(a == b)
    return z3.And(a[1] == b[1], z3.BoolVal(a[2] is b[2] or str(a[2]) == str(b[2])))


def query(pattern):
    """(hypotheses, claim, env) for one pattern, or None when it reads every register high."""
    reads, writes = upper.access(pattern.code, pattern.off, pattern.imm)
    if set(upper.ALL_REGS) <= set(reads):
        return None
    env = operands()
    R = [z3.BitVec(f"R{i}", 64) for i in range(ebpf.NREGS)]
    low = [z3.Bool(f"low{i}") for i in range(ebpf.NREGS)]
    hi = [z3.BitVec(f"H{i}", 32) for i in range(ebpf.NREGS)]
    R2 = [z3.Concat(z3.If(low[i], hi[i], z3.Extract(63, 32, R[i])), z3.Extract(31, 0, R[i]))
          for i in range(ebpf.NREGS)]
    hyps = preconditions(pattern, env) + [z3.Implies(low[i], z3.Not(_has(reads, i, env)))
                                          for i in range(ebpf.NREGS)]
    insn = ebpf.Insn(pattern.code, env["dst"], env["src"],
                     env["off"] if pattern.off is None else pattern.off,
                     pattern.imm if pattern.imm is not None else env["imm"], env["imm64"])
    a, b = ebpf.step(insn, R), ebpf.step(insn, R2)
    claim = [traces_equal(a.trace, b.trace), _same_control(a.control, b.control)]
    if a.control == "exit":                 # R0 is the result: it must be exact there
        claim.append(z3.Not(low[0]))
    for i in range(ebpf.NREGS):
        claim.append(z3.If(_has(writes, i, env), a.regs[i] == b.regs[i],
                           z3.And(a.regs[i] == R[i], b.regs[i] == R2[i])))
    return hyps, z3.And(*claim), env


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
    reads = upper.access(pattern.code, pattern.off, pattern.imm)[0]
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
        rd, wr = upper.access(pattern.code, pattern.off, pattern.imm)
        return {"status": "failed", "cases": solved, "detail":
                f"pattern {pattern.code:#04x} (off={pattern.off}, imm={pattern.imm}): {detail}; "
                f"the table (rvjit/upper.py) says reads_high={rd}, writes={wr}"}
    return {"status": "proven", "detail": "", "cases": solved}
