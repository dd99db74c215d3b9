"""`make prove`: prove every rule of the table, check guard exhaustiveness per pattern, and
record what is proven in proofs/certificate.json.

Only rules whose fingerprint (or the fingerprint of the semantics and obligations) changed are
re-proved.  Work is spread over all cores.  A failing rule prints a counterexample and the
command exits non-zero; its certificate entry is dropped.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

import z3

ROOT = Path(__file__).resolve().parent.parent
CERT = ROOT / "proofs" / "certificate.json"
# Proof times are this machine's, not part of what is proven: they live apart from the
# certificate (which a cold proof then rewrites byte for byte) and out of git.
TIMES = (ROOT / "build" if (ROOT / "Makefile").exists() else       # an installed rvjit:
         Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "rvjit") \
    / "proof-times.json"                                               # not in site-packages
# What the meaning of "proven" depends on besides the rule itself.
TRUSTED = ["semantics/ebpf.py", "semantics/rv64.py", "semantics/memory.py", "rvjit/ir.py",
           "rvjit/encode.py", "rvjit/regmap.py", "rvjit/abi.py", "proofs/obligations.py"]
# Compressions and frames also depend on their contracts (a change there re-proves only them).
CONTRACTS = TRUSTED + ["proofs/contracts.py"]
BASE_ISA = frozenset()
TIMEOUT_MS = 300_000


def semantics_fingerprint(files=None) -> str:
    h = hashlib.sha256()
    for f in files or TRUSTED:
        h.update(f.encode() + b"\0" + (ROOT / f).read_bytes() + b"\0")
    return h.hexdigest()[:16]


def _signed(v: int, w: int) -> int:
    return v - (1 << w) if v >> (w - 1) else v


def _fmt(v: int, w: int, signed=True) -> str:
    s = _signed(v, w) if signed else v
    return f"{v:#x}" + (f" ({s})" if s < 0 else "")


def counterexample(q, model, pattern) -> str:
    """What differs, for the path and eBPF outcome the model takes: the registers, and for a
    memory-trace failure the two traces side by side with the first difference marked."""
    from rvjit import bpf
    from rvjit.regmap import ABI_NAMES, RT, RV_OF_BPF, TCC
    ev = lambda e: model.eval(e, model_completion=True)
    val = lambda n: ev(q.env[n]).as_long()
    lines = []
    failed = [name for name, c in q.checks if not z3.is_true(ev(c))]
    lines.append("  failed obligation(s): " + "; ".join(failed))
    insn = bpf.Insn(0, pattern.code, val("dst"), val("src"), _signed(val("off"), 16),
                    _signed(val("imm"), 32), val("imm64"))
    ctx = f" (base: the {pattern.ctx} context)" if pattern.ctx else ""
    lines.append(f"  instruction: {bpf.disasm(insn)}{ctx}")
    ops = "  operands: " + ", ".join(                     # register numbers are unsigned
        f"{n}={_fmt(ev(q.env[n]).as_long(), q.env[n].size(), n in ('off', 'imm'))}"
        for n in ("dst", "src", "off", "imm"))
    lines.append(ops)
    lines.append(f"  imm64={_fmt(ev(q.env['imm64']).as_long(), 64)} dist={_fmt(ev(q.env['dist']).as_long(), 64)}"
                 + (f" rvc={int(z3.is_true(ev(q.env['rvc'])))} (1: the C extension is on, "
                    "compressible instructions are 2 bytes)" if "rvc" in q.env else ""))
    pair = next((p for p in q.pairs if z3.is_true(ev(p.hyp))
                 and not all(z3.is_true(ev(c)) for c in p.checks.values())), q.pairs[0])
    if len(q.pairs) > 1:
        lines.append(f"  eBPF outcome: {_outcome(pair.eff, ev)}")
    from proofs.obligations import reads_src
    named = {ev(q.env["dst"]).as_long()} | ({ev(q.env["src"]).as_long()} if reads_src(pattern) else set())
    rows = [(f"R{i} ({ABI_NAMES[RV_OF_BPF[i]]})", ev(q.bpf_regs[i]).as_long(), pair.eff.regs[i],
             pair.st.x(RV_OF_BPF[i]), i in named) for i in range(len(q.bpf_regs))]
    rows += [("RT (s6)", ev(q.rt).as_long(), q.rt, pair.st.x(RT), False),
             ("TCC (s7)", ev(q.tcc).as_long(), pair.eff.tcc, pair.st.x(TCC), False)]
    for name, before, want, got, show in rows:
        got = ev(got).as_long()
        if want is None:
            if show:
                lines.append(f"  {name}: before {_fmt(before, 64)}; undefined after it, "
                             f"RV64 gives {_fmt(got, 64)}")
            continue
        want = ev(want).as_long()
        mark = "   <-- differs" if want != got else ""
        if want != got or show:
            lines.append(f"  {name}: before {_fmt(before, 64)}; eBPF gives {_fmt(want, 64)}, "
                         f"RV64 gives {_fmt(got, 64)}{mark}")
    if any(n.startswith("3.") for n in failed):
        lines.append(f"  control: RV64 ends at pc {_fmt(ev(pair.st.pc).as_long(), 64)}; "
                     f"{_control_text(pair, q, ev)}")
    if any(n.startswith("2.") for n in failed) or pair.eff.trace or pair.st.trace:
        lines += traces_side_by_side(pair.eff.trace, pair.st.trace, ev)
    if any(n.startswith("6.") for n in failed):
        retry = next((st for c, st in q.retries if z3.is_true(ev(c))), None)
        if retry is not None:
            lines.append("  a retry of the loop, back at its head:")
            lines += traces_side_by_side(retry.loops_to.trace, retry.trace, ev, "at the head",
                                         "after the retry")
    return "\n".join(lines)


def _control_text(pair, q, ev) -> str:
    from rvjit.regmap import X
    c, dist = pair.eff.control, _fmt(ev(q.env["dist"]).as_long(), 64)
    if c is None:
        return "eBPF falls through: the end of the template"
    if c == "exit":
        return f"eBPF exits: the epilogue, dist = {dist}"
    if c[0] == "tail":
        regs = ", ".join(f"{n} = {_fmt(ev(pair.st.x(X[n])).as_long(), 64)} (want "
                         f"{_fmt(ev(w).as_long(), 64)})" for n, w in
                         (("t3", c[2]), ("a0", c[1]), ("a1", c[3]), ("a2", c[4])))
        return f"eBPF tail calls: the tail stub, dist = {dist}, with {regs}"
    taken = z3.is_true(ev(c[1]))
    return f"eBPF jumps: dist = {dist}" if taken else "eBPF does not jump: the end of the template"


def _outcome(eff, ev) -> str:
    c = eff.control
    if isinstance(c, tuple) and c[0] == "tail":
        return f"tail call into {_fmt(ev(c[2]).as_long(), 64)}"
    return {None: "falls through", "exit": "exit"}.get(c, "jump") if not isinstance(c, tuple) \
        else "jump"


def event_text(e, ev) -> str:
    """One trace event with the model's values."""
    def v(x):
        if isinstance(x, (tuple, list)):
            return "(" + ", ".join(v(y) for y in x) + ")"
        if isinstance(x, z3.ExprRef):
            return _fmt(ev(x).as_long(), x.size())
        return str(x)
    kind = e[0]
    if kind in ("load", "store") and len(e) == 4:
        return f"{kind} {e[2]} bytes at {v(e[1])} = {v(e[3])}"
    if kind == "call" and len(e) == 3:
        return f"call {v(e[1])} with {v(e[2])}"
    return _event_text(e, ev)


def _event_text(e, ev) -> str:
    """Any other event (atomic accesses, fences): its fields, orderings by name."""
    from semantics.memory import ordering_name
    out = []
    for f in e[1:]:
        if isinstance(f, tuple) and len(f) == 2 and all(isinstance(b, z3.BoolRef) for b in f):
            out.append(ordering_name(f, _Model(ev)))
        elif isinstance(f, z3.BoolRef):
            out.append(str(z3.is_true(ev(f))).lower())
        elif isinstance(f, z3.ExprRef):
            out.append(hex(ev(f).as_long()))
        else:
            out.append(str(f))
    return f"{e[0]}(" + ", ".join(out) + ")"


class _Model:
    """A model's eval, as ordering_name asks for it."""

    def __init__(self, ev):
        self.ev = ev

    def eval(self, e, model_completion=True):
        return self.ev(e)


def traces_side_by_side(want, got, ev, left="eBPF", right="RV64") -> list:
    """Two memory traces (the eBPF and the RV64 one), one event a line, the first difference
    marked."""
    a = [event_text(e, ev) for e in want]
    b = [event_text(e, ev) for e in got]
    width = max([len(x) for x in a] + [len(left)]) + 2
    lines = [f"  memory trace:    {left.ljust(width)}{right}"]
    first = next((k for k in range(max(len(a), len(b)))
                  if k >= len(a) or k >= len(b) or a[k] != b[k]), None)
    for k in range(max(len(a), len(b))):
        x = a[k] if k < len(a) else "(none)"
        y = b[k] if k < len(b) else "(none)"
        mark = "   <-- first difference" if k == first else ""
        lines.append(f"    {k:3}:          {x.ljust(width)}{y}{mark}")
    if not a and not b:
        lines.append("    (both empty)")
    return lines


# Multiplication and division as uninterpreted functions (one per operation, width, arity).
# Sound: what holds for every function holds for the real one; fast, because z3 then never
# bit-blasts a 64-bit multiplier to see that two products of equal operands are equal.  The
# zero-divisor and overflow cases are explicit Ifs in both semantics, so they stay exact.
_HARD = {z3.Z3_OP_BMUL: "mul", z3.Z3_OP_BUDIV: "udiv", z3.Z3_OP_BUDIV_I: "udiv",
         z3.Z3_OP_BUREM: "urem", z3.Z3_OP_BUREM_I: "urem", z3.Z3_OP_BSDIV: "sdiv",
         z3.Z3_OP_BSDIV_I: "sdiv", z3.Z3_OP_BSREM: "srem", z3.Z3_OP_BSREM_I: "srem"}


def has_hard_ops(e) -> bool:
    """Does e contain a multiplication or division?  Walks the DAG through the C API (no
    Python wrapper per node): most rules have none, and then there is nothing to abstract."""
    ctx, seen, stack = e.ctx_ref(), set(), [e.as_ast()]
    while stack:
        a = stack.pop()
        i = z3.Z3_get_ast_id(ctx, a)
        if i in seen or z3.Z3_get_ast_kind(ctx, a) != z3.Z3_APP_AST:
            continue
        seen.add(i)
        app = z3.Z3_to_app(ctx, a)
        if z3.Z3_get_decl_kind(ctx, z3.Z3_get_app_decl(ctx, app)) in _HARD:
            return True
        stack.extend(z3.Z3_get_app_arg(ctx, app, k) for k in range(z3.Z3_get_app_num_args(ctx, app)))
    return False


def abstract_hard_ops(e):
    if not has_hard_ops(e):
        return e
    memo = {}

    def go(t):
        k = t.get_id()
        if k in memo:
            return memo[k]
        if z3.is_app(t) and t.num_args():
            args = [go(a) for a in t.children()]
            kind = t.decl().kind()
            if kind in _HARD:
                w = t.sort().size()
                f = z3.Function(f"{_HARD[kind]}{w}_{len(args)}", *[a.sort() for a in args], t.sort())
                r = f(*args)
            else:
                r = t.decl()(*args)
        else:
            r = t
        memo[k] = r
        return r
    return go(e)


def multiplies(rule) -> bool:
    """Can the rule's formula hold a multiplication or division?  Only where the eBPF
    instruction is one (MUL, DIV, MOD) or the template uses the M extension.  This only saves
    walking the other rules' formulas (abstract_hard_ops' walk was an eighth of a cold proof):
    it is no part of soundness, since a formula proven with or without the abstraction is
    proven."""
    from rvjit.encode import FORMS
    from semantics import ebpf
    code = rule.pattern.code
    return (ebpf.cls_of(code) in (ebpf.ALU, ebpf.ALU64)
            and ebpf.op_of(code) in (ebpf.MUL, ebpf.DIV, ebpf.MOD)) \
        or any(FORMS[i.mnemonic].isa == "m" for i in rule.template)


def register_cases(pattern):
    """Every (dst, src) the pattern admits: dst in R0..R9 (R0..R10 if only read, R0 for a
    call), src in R0..R10 where it is read, else the pattern's src or 0."""
    from proofs.obligations import dst_range, reads_src
    srcs = range(11) if reads_src(pattern) else [pattern.src or 0]
    return [(d, s) for d in dst_range(pattern) for s in srcs]


def canonical_renaming(regs, d, s):
    """The permutation of the eBPF register variables that takes R`d` to R0 and R`s` to R1
    (R`d` alone when d == s), the other registers keeping their order: as (from, to) pairs
    for one simultaneous z3.substitute."""
    order = [d] + ([s] if s != d else [])
    order += [i for i in range(len(regs)) if i not in order]
    return [(regs[i], regs[j]) for j, i in enumerate(order) if i != j]


class FormulaSet:
    """Formulas up to z3's structural identity (hash-consed ASTs)."""

    def __init__(self):
        self.buckets = {}

    def add(self, f) -> bool:
        """Add f; False if an identical formula is already there."""
        bucket = self.buckets.setdefault(f.hash(), [])
        if any(g.eq(f) for g in bucket):
            return False
        bucket.append(f)
        return True


def _check(f):
    """sat, unsat, or the solver's reason for unknown."""
    s = z3.Solver()
    s.set("timeout", TIMEOUT_MS)
    s.add(f)
    r = s.check()
    return r if r != z3.unknown else s.reason_unknown()


def prove_rule(rule) -> dict:
    """Prove one rule: returns {status: proven|failed|unknown|error, seconds, detail, cases,
    solved}.

    dst and src range over a finite set, so the proof enumerates them: for each (dst, src)
    the register map resolves and the formula simplifies.  Together the cases cover every
    register choice, dst == src included.  Most cases are the same formula with other register
    variables: each case's formula is renamed canonically (dst's variable to R0, src's to R1,
    by a permutation of the register variables) and a case whose renamed formula is
    structurally identical to one already decided has the same answer (a formula and its
    renaming by a bijection on its free variables are equisatisfiable), so only new formulas
    go to the solver.  A rule that treats one register pair differently (a fixed register in
    its template, a guard on dst) gives that pair a formula of its own, which is decided.
    docs/proofs.md has the argument."""
    from proofs.obligations import build, static_errors
    t0 = time.time()
    errs = static_errors(rule)
    if errs:
        return {"status": "failed", "seconds": 0.0, "detail": "  " + "; ".join(errs)}
    q = build(rule)
    claim = z3.And(*q.pre, q.guard, z3.Not(z3.And(*[c for _, c in q.checks])))
    abstract = abstract_hard_ops(claim) if multiplies(rule) else claim
    # Simplified once symbolically, so each case's simplification starts from a smaller
    # formula (an equivalent one: the cases' formulas are unchanged up to equivalence).
    abstract = z3.simplify(abstract)
    decided = FormulaSet()
    cases = register_cases(rule.pattern)
    solved = 0
    for d, sreg in cases:
        # The case's formula, its register variables renamed canonically in the same pass.
        ren = canonical_renaming(q.bpf_regs, d, sreg)
        case = [(q.env["dst"], z3.BitVecVal(d, 4)), (q.env["src"], z3.BitVecVal(sreg, 4)), *ren]
        f = z3.simplify(z3.substitute(abstract, *case))
        if z3.is_false(f) or not decided.add(f):
            continue
        solved += 1
        r = _check(f)
        if r != z3.unsat and abstract is not claim:   # the abstraction may be too weak:
            r = _check(z3.substitute(claim, *case))   # decide exactly
        if r == z3.unsat:
            continue
        dt = time.time() - t0
        if r == z3.sat:                      # the model of the case itself, not of its renaming
            s = z3.Solver()
            s.add(claim, q.env["dst"] == d, q.env["src"] == sreg)
            s.check()
            tpl = "\n".join("      " + i.key() for i in rule.template) or "      (empty)"
            return {"status": "failed", "seconds": dt,
                    "detail": counterexample(q, s.model(), rule.pattern) + f"\n  template:\n{tpl}"}
        return {"status": "unknown", "seconds": dt,
                "detail": f"  dst=R{d} src=R{sreg}: solver: {r}"}
    return {"status": "proven", "seconds": time.time() - t0, "detail": "",
            "cases": len(cases), "solved": solved}


def decide(claims, on_sat, t0) -> dict:
    """Is the negation of a claim (given as the formulas whose conjunction must be
    unsatisfiable) impossible?  `on_sat(model)` describes a counterexample."""
    s = z3.Solver()
    s.set("timeout", TIMEOUT_MS)
    s.add(*claims)
    r = s.check()
    dt = time.time() - t0
    if r == z3.unsat:
        return {"status": "proven", "seconds": dt, "detail": ""}
    if r == z3.sat:
        return {"status": "failed", "seconds": dt, "detail": on_sat(s.model())}
    return {"status": "unknown", "seconds": dt, "detail": f"  solver: {s.reason_unknown()}"}


def _values(model, env, names) -> str:
    return ", ".join(f"{n}={_fmt(model.eval(env[n], model_completion=True).as_long(), env[n].size())}"
                     for n in names)


def check_exhaustive(pattern, rules) -> dict:
    """The guards of the base-ISA rules for `pattern` cover every operand value."""
    from proofs.obligations import image_bound, operands, preconditions
    t0 = time.time()
    env = operands()
    guards = [r.guard.z3(env) for r in rules if r.isa <= BASE_ISA]
    return decide([*preconditions(pattern, env), image_bound(env), z3.Not(z3.Or(False, *guards))],
                  lambda m: "  no base-ISA rule covers " + _values(m, env, ("imm", "imm64", "dist", "off")),
                  t0)


def prove_compression(c) -> dict:
    from proofs.contracts import compression_query
    t0 = time.time()
    hyps, claim, env = compression_query(c)
    return decide([*hyps, z3.Not(claim)],
                  lambda m: f"  {c.key()}\n  fails for " + _values(m, env, env), t0)


def prove_frame(frame) -> dict:
    """Each part of the frame contract is decided on its own, so a failure names every part
    that can fail, not just the ones one model happens to break."""
    from proofs.contracts import frame_checks
    t0 = time.time()
    hyp, checks = frame_checks(frame)
    failed = []
    for name, claim in checks:
        if z3.is_true(z3.simplify(claim)):      # valid as it stands: no solver needed
            continue
        r = decide([*hyp, z3.Not(claim)], lambda m: "", time.time())
        if r["status"] != "proven":
            failed.append(name if r["status"] == "failed" else f"{name} ({r['detail'].strip()})")
    dt = time.time() - t0
    if failed:
        return {"status": "failed", "seconds": dt,
                "detail": f"  {frame.name}: failed: " + "; ".join(failed)}
    return {"status": "proven", "seconds": dt, "detail": ""}


def keyed_fingerprint(x) -> str:
    return hashlib.sha256(x.key().encode()).hexdigest()[:16]


def compression_fingerprint(c) -> str:
    return hashlib.sha256(c.key().encode()).hexdigest()[:16]


def exhaustive_fingerprint(pattern, rules) -> str:
    h = hashlib.sha256(pattern.key().encode())
    for r in rules:
        h.update(r.fingerprint().encode())
    return h.hexdigest()[:16]


# Worker entry points take names, not objects: each worker imports the table itself.
def _load_table():
    import importlib
    mod = os.environ.get("RVJIT_RULES", "rvjit.rules")
    return importlib.import_module(mod).TABLE


def _job(kind, key):
    table = _load_table()
    if kind == "rule":
        return prove_rule(next(r for r in table.rules if r.name == key))
    if kind == "compression":
        from rvjit.rules.compress import COMPRESSIONS
        return prove_compression(next(c for c in COMPRESSIONS if c.key() == key))
    if kind == "frame":
        from rvjit.rules.frame import FRAMES
        return prove_frame(next(f for f in FRAMES if f.name == key))
    pats = table.by_pattern()
    pattern = next(p for p in pats if p.key() == key)
    return check_exhaustive(pattern, pats[pattern])


def times_path(cert_path) -> Path:
    return TIMES if Path(cert_path).resolve() == CERT else Path(cert_path).with_suffix(".times.json")


def load_times(cert_path=None) -> dict:
    """{kind: {key: seconds}} of the last proofs recorded for this certificate."""
    try:
        return json.loads(times_path(cert_path or CERT).read_text())
    except (OSError, ValueError):
        return {}


def load_certificate(path=None) -> dict:
    try:
        return json.loads((path or CERT).read_text())
    except (OSError, ValueError):
        return {}


def valid_names(table, cert=None) -> set:
    """Rules the certificate says are proven, with matching fingerprints."""
    cert = load_certificate() if cert is None else cert
    if cert.get("semantics") != semantics_fingerprint():
        return set()
    proven = cert.get("rules", {})
    return {r.name for r in table.rules if proven.get(r.name, {}).get("fingerprint") == r.fingerprint()}


def valid_frames(frames, cert=None) -> list:
    cert = load_certificate() if cert is None else cert
    if cert.get("contracts") != semantics_fingerprint(CONTRACTS):
        return []
    proven = cert.get("frames", {})
    return [f for f in frames if proven.get(f.name, {}).get("fingerprint") == keyed_fingerprint(f)]


def valid_compressions(compressions, cert=None) -> list:
    cert = load_certificate() if cert is None else cert
    if cert.get("contracts") != semantics_fingerprint(CONTRACTS):
        return []
    proven = cert.get("compressions", {})
    return [c for c in compressions
            if proven.get(c.key(), {}).get("fingerprint") == compression_fingerprint(c)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="rvjit prove", description=__doc__.splitlines()[0])
    ap.add_argument("--force", action="store_true", help="re-prove everything")
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--rule", action="append", help="prove only these rules (no certificate update)")
    ap.add_argument("--quiet", "-q", action="store_true", help="print failures and the summary only")
    ap.add_argument("--certificate", type=Path, default=None,
                    help=f"certificate file (default {CERT.relative_to(ROOT)})")
    args = ap.parse_args(argv)
    cert_path = args.certificate or CERT

    table = _load_table()
    names = [r.name for r in table.rules]
    if len(set(names)) != len(names):
        print("error: duplicate rule names in the table", file=sys.stderr)
        return 2
    sem, con = semantics_fingerprint(), semantics_fingerprint(CONTRACTS)
    cert = {} if args.force else load_certificate(cert_path)
    same_sem, same_con = cert.get("semantics") == sem, cert.get("contracts") == con
    old_rules = cert.get("rules", {}) if same_sem else {}
    old_exh = cert.get("exhaustive", {}) if same_sem else {}
    old_comp = cert.get("compressions", {}) if same_con else {}
    old_frames = cert.get("frames", {}) if same_con else {}
    from rvjit.rules.compress import COMPRESSIONS
    from rvjit.rules.frame import FRAMES

    pats = table.by_pattern()
    jobs = []
    selected = set(args.rule or names)
    for r in table.rules:
        if r.name in selected and (args.rule or old_rules.get(r.name, {}).get("fingerprint") != r.fingerprint()):
            jobs.append(("rule", r.name, r.fingerprint()))
    if not args.rule:
        for p, rs in pats.items():
            fp = exhaustive_fingerprint(p, rs)
            if old_exh.get(p.key(), {}).get("fingerprint") != fp:
                jobs.append(("exhaustive", p.key(), fp))
        for c in COMPRESSIONS:
            fp = compression_fingerprint(c)
            if old_comp.get(c.key(), {}).get("fingerprint") != fp:
                jobs.append(("compression", c.key(), fp))
        for f in FRAMES:
            fp = keyed_fingerprint(f)
            if old_frames.get(f.name, {}).get("fingerprint") != fp:
                jobs.append(("frame", f.name, fp))

    t0 = time.time()
    total = len(jobs)
    # (fingerprints only: certificates written before proof times moved out carry seconds)
    fps = lambda d, keep: {k: {"fingerprint": v["fingerprint"]} for k, v in d.items() if k in keep}
    new_rules = fps(old_rules, set(names)) if not args.rule else {}
    new_exh = fps(old_exh, {p.key() for p in pats})
    new_comp = fps(old_comp, {c.key() for c in COMPRESSIONS})
    new_frames = fps(old_frames, {f.name for f in FRAMES})
    failures = 0
    cases = solved = 0
    times = load_times(cert_path)
    # Longest first (by the last recorded times), so no core idles at the end.
    jobs.sort(key=lambda j: -times.get(j[0], {}).get(j[1], 0.0))
    tty = sys.stdout.isatty()
    if total:
        print(f"proving {total} obligations set(s) on {args.jobs} core(s) "
              f"({len(table.rules) - sum(j[0] == 'rule' for j in jobs)} rules unchanged)")
    done = 0
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futs = {pool.submit(_job, kind, key): (kind, key, fp) for kind, key, fp in jobs}
        for fut in as_completed(futs):
            kind, key, fp = futs[fut]
            done += 1
            try:
                res = fut.result()
            except Exception as e:  # a crash in a rule's construction is a failed proof
                res = {"status": "error", "seconds": 0.0, "detail": f"  {type(e).__name__}: {e}"}
            label = key if kind == "rule" else f"{kind} {key}"
            ok = res["status"] == "proven"
            if not ok:
                failures += 1
            if ok and not args.quiet:
                line = f"[{done:4}/{total}] proven  {res['seconds']:6.2f}s  {label}"
                print(("\r\033[K" + line) if tty else line, end="" if tty else "\n", flush=True)
            elif not ok:
                print(("\r\033[K" if tty else "") + f"[{done:4}/{total}] {res['status'].upper():7} "
                      f"{res['seconds']:6.2f}s  {label}\n{res['detail']}", flush=True)
            target = {"rule": new_rules, "exhaustive": new_exh, "compression": new_comp,
                      "frame": new_frames}[kind]
            if ok:
                target[key] = {"fingerprint": fp}
                times.setdefault(kind, {})[key] = round(res["seconds"], 3)
                cases += res.get("cases", 0)
                solved += res.get("solved", 0)
            else:
                target.pop(key, None)
    if tty and total:
        print()
    wall = time.time() - t0
    if not args.rule:
        cert_path.write_text(json.dumps({"semantics": sem, "contracts": con,
                                    "table": table.fingerprint(),
                                    "rules": dict(sorted(new_rules.items())),
                                    "exhaustive": dict(sorted(new_exh.items())),
                                    "compressions": dict(sorted(new_comp.items())),
                                    "frames": dict(sorted(new_frames.items()))},
                                   indent=1) + "\n")
    if total:
        tp = times_path(cert_path)
        tp.parent.mkdir(parents=True, exist_ok=True)
        tp.write_text(json.dumps(times, indent=1, sort_keys=True) + "\n")
    nproven = len([n for n in names if n in new_rules])
    print(f"prove: {nproven}/{len(names)} rules proven, "
          f"{len(new_exh)}/{len(pats)} patterns exhaustive, "
          f"{len(new_comp)}/{len(COMPRESSIONS)} compressions, "
          f"{len(new_frames)}/{len(FRAMES)} frames proven, {failures} failed, "
          f"{total} checked in {wall:.1f}s"
          + (f" ({solved} of {cases} register cases went to the solver)" if cases else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
