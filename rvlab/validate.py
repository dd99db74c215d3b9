"""Check the three specifications the proofs trust against implementations no one here wrote.

    python3 -m rvlab.validate [N] [--rv64-n M] [--seed S]        (make validate N=... RV64_N=...)

  ebpf     semantics/ebpf.py vs the Linux BPF interpreter (rvlab.validate_ebpf): on 6.1, N
           random programs of the mixed kind (ALU, branches, bounded loops, stack); on 6.12
           (linux-image-6.12-amd64), N/2 mixed, N/4 ISA v4 (SDIV/SMOD, MOVSX, BSWAP, MEMSX,
           gotol) and N/4 atomic (every RMW form, W and DW); one VM boot per 12000;
  rv64     semantics/rv64.py vs QEMU: M random executions per mnemonic, the clauses without an
           encoder included (rvlab.validate_rv64 --extra), and the A extension's clauses
           (every AMO, lr/sc, fence) through call() with a buffer, M/50 each;
  encoder  rvjit/encode.py vs GNU as and capstone: tests/rvjit/test_encode.py, run through pytest,
           counted per form (a form agrees when all of its cases assemble to our bytes, decode
           to our fields, and its out-of-range values are refused, plus the file's global
           checks pass).

The last line is exactly

    validate: ebpf E/E, rv64 R/R, encoder C/C agree

or, when something disagrees or could not run, a line starting "validate: FAILED" (exit 1).
rv64 executions in which QEMU 7.2 shows one of its own known bugs (validate_rv64's
KNOWN_QEMU_BUGS) while we give the spec's value count as agreeing, and are listed above.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import random
import re
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def check_ebpf(n: int, seed: int):
    """On Linux 6.1: n programs of the mixed kind.  On Linux 6.12 (linux-image-6.12-amd64):
    n/2 mixed, n/4 of ISA v4 (SDIV/SMOD, MOVSX, BSWAP, MEMSX, gotol) and n/4 atomic."""
    from rvlab import ebpf_programs as P
    from rvlab import linux_interp, vm
    from rvlab import validate_ebpf as V
    missing = vm.missing()
    if missing:
        return None, n, f"not run: install {' '.join(missing)} (apt-get install)", []
    k612 = vm.target("6.12").kernel
    if k612 is None:
        return None, n, "not run: no Linux 6.12 kernel (apt-get install linux-image-6.12-amd64)", []
    runs = [(None, "mixed", n), (k612, "mixed", max(1, n // 2)), (k612, "v4", max(1, n // 4)),
            (k612, "atomic", max(1, n // 4))]
    agree, total, lines = 0, 0, []
    for kernel, kind, k in runs:
        t0 = time.time()
        try:
            rep = V.run_validation(k, seed, kind=kind, vmlinuz=kernel)
        except (vm.VMError, linux_interp.KernelError) as e:
            return None, n, f"not run: {e}", []
        used = {f.name for f in P.FORMS + P.NEW_FORMS if rep.form_counts.get(f.name)}
        extra = ""
        if kind == "v4":
            extra = f", {len(used & P.V4_NAMES)}/{len(P.V4_NAMES)} v4 forms"
        elif kind == "atomic":
            extra = f", {len(set(rep.form_counts) & P.ATOMIC_NAMES)}/{len(P.ATOMIC_NAMES)} atomic forms"
        lines.append(f"{rep.agree}/{rep.total} {kind} programs agree with the Linux {rep.release} "
                     f"interpreter ({rep.insns} instructions{extra}, {len(rep.rejected)} refused by "
                     f"the verifier, seed {seed}; {time.time() - t0:.1f} s)")
        lines += [f"DISAGREE {d}" for d in rep.disagreements[:10]]
        agree, total = agree + rep.agree, total + rep.total
    return agree, total, "\n".join(lines), []


def check_rv64(n: int, seed: int):
    from rvjit import emulator
    from rvlab import validate_rv64 as R
    if not emulator.qemu_available():
        return None, n, "not run: install qemu-user-static", []
    t0 = time.time()
    res = R.validate_rv64(n, seed, extra=True)
    agree, total, bad = res
    known = res.known_qemu_bugs
    mns = R.mnemonics(True)
    lines = [f"{agree + len(known)}/{total} executions agree with QEMU ({len(mns)} mnemonics x "
             f"{n}, seed {seed}; {time.time() - t0:.1f} s)"]
    if known:
        by = {}
        for c in known:
            by[c.mnemonic] = by.get(c.mnemonic, 0) + 1
        lines.append("  of which QEMU showed a known bug of its own and ours is the spec's value: "
                     + ", ".join(f"{m} x{k}" for m, k in sorted(by.items())))
    lines += [f"DISAGREE {d}" for d in bad[:10]]
    if len(bad) > 10:
        lines.append(f"... and {len(bad) - 10} more")
    # The A extension: memory, so through call() with a buffer (a process per execution).
    t0, an = time.time(), max(3, n // 50)
    a_agree, a_total, a_bad = R.validate_atomics(an, seed)
    lines.append(f"A extension: {a_agree}/{a_total} executions agree with QEMU "
                 f"({len(R.atomic_kinds())} forms x {an}: every AMO, lr/sc paired, unpaired and "
                 f"to another address, fence; one hart; {time.time() - t0:.1f} s)")
    lines += [f"DISAGREE {d}" for d in a_bad[:10]]
    return agree + len(known) + a_agree, total + a_total, "\n".join(lines), []


class _Outcomes:
    """pytest plugin: every test's outcome (a failure in setup or teardown counts)."""

    def __init__(self):
        self.results = {}

    def pytest_runtest_logreport(self, report):
        prev = self.results.get(report.nodeid, ("passed", ""))
        if report.outcome != "passed" and prev[0] == "passed":
            text = str(report.longrepr)
            errors = [ln[1:].strip() for ln in text.splitlines() if ln.startswith("E ")]
            self.results[report.nodeid] = (report.outcome,
                                           "\n    ".join(errors[:12]) or text[-1500:])
        elif report.nodeid not in self.results:
            self.results[report.nodeid] = (report.outcome, "")


def check_encoder():
    """tests/rvjit/test_encode.py, run through pytest, counted per form of rvjit.encode.FORMS."""
    import pytest

    from rvjit.encode import FORMS
    test_file = ROOT / "tests" / "rvjit" / "test_encode.py"
    if shutil.which("riscv64-linux-gnu-as") is None:
        return None, len(FORMS), "not run: install binutils-riscv64-linux-gnu", []
    t0 = time.time()
    col = _Outcomes()
    with contextlib.redirect_stdout(io.StringIO()) as out:
        rc = pytest.main(["-q", "-p", "no:cacheprovider", "--no-header", "-o", "addopts=",
                          "--rootdir", str(ROOT), str(test_file)], plugins=[col])
    per_form, global_bad = {mn: [] for mn in FORMS}, []
    checks = {}
    for nodeid, (outcome, text) in col.results.items():
        m = re.search(r"::(\w+)\[(.+)\]$", nodeid)
        if m and m.group(2) in per_form:
            checks.setdefault(m.group(1), 0)
            checks[m.group(1)] += 1
            if outcome != "passed":
                per_form[m.group(2)].append(f"{m.group(1)} {outcome}: {text}")
        elif outcome != "passed":
            global_bad.append(f"{nodeid} {outcome}: {text}")
    unchecked = [mn for mn in FORMS
                 if not any(nid.endswith(f"[{mn}]") for nid in col.results)]
    agree = sum(1 for mn in FORMS if not per_form[mn] and mn not in unchecked)
    try:
        sys.path.insert(0, str(ROOT))
        import tests.rvjit.test_encode as TE
        ncases = sum(len(v) for v in TE.CASES.values())
        ncap = len(set(FORMS) - TE.CAPSTONE_SKIP)
        ngnu = f"{len(set(FORMS) - TE.GNU_SKIP)} (no Zacas in binutils 2.40)"
    except Exception:                       # noqa: BLE001 -- counts are informative only
        ncases, ncap, ngnu = "?", "?", "?"
    lines = [f"{agree}/{len(FORMS)} forms agree with GNU as and capstone ({ncases} cases; "
             f"GNU as: {ngnu}, capstone: {ncap} (no Zba/Zbb in capstone 5); per form: "
             + ", ".join(f"{k} x{v}" for k, v in sorted(checks.items()))
             + f"; {time.time() - t0:.1f} s)"]
    if rc not in (0, 1) and not global_bad:
        global_bad.append(f"pytest exit status {rc}:\n{out.getvalue()[-3000:]}")
    for mn in FORMS:
        for msg in per_form[mn][:1]:
            lines.append(f"DISAGREE {mn}: {msg}")
    lines += [f"FAILED {m}" for m in global_bad[:5]]
    if unchecked:
        lines.append("not checked: " + ", ".join(unchecked))
    return agree, len(FORMS), "\n".join(lines), [] if not global_bad else [
        f"{len(global_bad)} global encoder check(s) failed"]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", nargs="?", type=int, default=2000, help="eBPF programs")
    ap.add_argument("--rv64-n", type=int, default=None,
                    help="RV64 executions per mnemonic (default: N/4, at least 100)")
    ap.add_argument("--seed", type=int, default=None, help="random seed (default: random)")
    ap.add_argument("--only", choices=("ebpf", "rv64", "encoder"), action="append",
                    help="run only these checks (repeatable)")
    a = ap.parse_args(argv)
    seed = a.seed if a.seed is not None else random.randrange(1 << 32)
    rv64_n = a.rv64_n if a.rv64_n is not None else max(100, a.n // 4)
    only = set(a.only or ("ebpf", "rv64", "encoder"))
    results, failed = {}, False
    for name, fn in (("ebpf", lambda: check_ebpf(a.n, seed)),
                     ("rv64", lambda: check_rv64(rv64_n, seed)),
                     ("encoder", check_encoder)):
        if name not in only:
            continue
        print(f"{name}: running ...", flush=True)
        try:
            agree, total, text, extra = fn()
        except Exception as e:              # noqa: BLE001 -- report, and still run the others
            agree, total, text, extra = None, 0, f"not run: {type(e).__name__}: {e}", []
        print(f"{name}: {text}", flush=True)
        results[name] = (agree, total, extra)
        failed |= agree is None or agree != total or bool(extra)
    parts = [f"{name} {'not run' if agree is None else f'{agree}/{total}'}"
             + "".join(f" ({x})" for x in extra)
             for name, (agree, total, extra) in results.items()]
    if failed:
        print(f"validate: FAILED: {', '.join(parts)}")
        return 1
    print(f"validate: {', '.join(parts)} agree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
