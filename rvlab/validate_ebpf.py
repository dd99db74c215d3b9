"""Validate the eBPF semantics (semantics/ebpf.py) against the Linux kernel's BPF interpreter.

Random programs that Linux 6.1's verifier accepts (rvlab.ebpf_programs: straight-line ALU,
branches, bounded loops, stack traffic) run in Debian's own kernel with the JIT switched off
(rvlab.linux_interp: BPF_PROG_TEST_RUN in qemu-system-x86_64).  The same programs are
evaluated by `semantics.ebpf.run_concrete`, and R0..R8 (64 bits each) and the 64-byte stack
region the programs use are compared.

    python3 -m rvlab.validate_ebpf [N] [--kind K] [--seed S] [--jobs J] [--per-boot B]
                                   [--max-len L] [-v]

--kind is one of ebpf_programs.ALL_KINDS (alu, branch, loop, stack, full; v4 and atomic, for
--kernel 6.12) or "mixed", the default, which draws each program's kind from the first five.
The summary gives how many of the bodies' conditional jumps the verifier left for the interpreter to evaluate (about 92%
of the mixed kind's; it rewrites or removes those one of whose sides it never reaches).

Programs the verifier refuses are counted apart (with its last log line), not compared.
When programs disagree, a second VM boot localises the first disagreeing *executed* step of
(up to `localize`'s limit) programs: for each step t of the semantics' trace, a variant of
the program stops when control arrives for the j-th time at the instruction step t leads to
(a checkpoint, Program.full((s, j))), so the kernel's registers and stack after the same
steps come back.  The report names the first instruction whose result differs, with its
inputs, the kernel's and our result; for a jump, which way each side went.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, field

from rvlab import vm
from rvlab.ebpf_programs import (ALL_KINDS, FORMS, HARNESS_COND_JUMPS, JA, JUMP_FORMS, KINDS,
                                 LOOP_SHAPES, NBODY, STACK_LEN, Program, disasm_tuple, generate, hex64,
                                 initial_memory, initial_regs, is_jump, pool_map, sem_insn,
                                 stack_of, trace)
from rvlab.linux_interp import run_kernel
from semantics import ebpf as E


# --- running our semantics -----------------------------------------------------------------------

def semantic_result(p) -> tuple:
    """(R0..R8, stack region, None) after p's body, by semantics.ebpf.run_concrete, or
    (None, None, error text) when the semantics fails on it."""
    mem = initial_memory(p)
    try:
        regs = E.run_concrete([sem_insn(t) for t in p.body], initial_regs(p), mem)
        return list(regs[:NBODY]), stack_of(mem), None
    except Exception as e:                  # noqa: BLE001 -- reported as a disagreement
        return None, None, f"{type(e).__name__}: {e}"


def _semantic_batch(programs):
    return [semantic_result(p) for p in programs]


def semantic_results(programs, jobs: int = 1):
    if jobs <= 1 or len(programs) < 200:
        return _semantic_batch(programs)
    size = max(50, len(programs) // (jobs * 8))
    chunks = [programs[i:i + size] for i in range(0, len(programs), size)]
    return [r for part in pool_map(_semantic_batch, chunks, jobs) for r in part]


# --- comparing -----------------------------------------------------------------------------------

def _diff_text(kregs, kstack, oregs, ostack) -> str:
    parts = [f"r{r}: kernel {hex64(kregs[r])}, ours {hex64(oregs[r])}"
             for r in range(NBODY) if kregs[r] != oregs[r]]
    if kstack is not None and ostack is not None and kstack != ostack:
        bad = [i for i in range(STACK_LEN) if kstack[i] != ostack[i]]
        lo, hi = bad[0] & ~7, (bad[-1] | 7) + 1
        parts.append(f"stack bytes r10{lo - STACK_LEN}..r10{hi - STACK_LEN - 1}: kernel "
                     f"{kstack[lo:hi].hex()}, ours {ostack[lo:hi].hex()}")
    return "; ".join(parts)


@dataclass
class FirstDifference:
    """The first executed step whose kernel result differs from ours (from checkpoints after
    every step of our trace)."""
    index: int              # body index of the instruction executed at that step
    insn: tuple             # (code, dst, src, off, imm, imm64)
    before: list            # R0..R8 before it (the kernel and we agree there)
    kernel: list            # R0..R8 after it
    ours: list
    step: int = 0           # its position in the execution (0 = the first)
    before_stack: bytes | None = None
    kernel_stack: bytes | None = None
    ours_stack: bytes | None = None
    taken: bool | None = None   # ours, for a conditional jump
    arrived: bool = True        # the kernel got to where ours went next (else: kernel =
    #                             its state at the end of the program)

    @property
    def text(self) -> str:
        return disasm_tuple(self.insn)

    def __str__(self):
        code, dst, src, off = self.insn[:4]
        cls, op = E.cls_of(code), E.op_of(code)
        ins = []
        if cls in (E.ALU, E.ALU64, E.JMP, E.JMP32) and code != JA:
            ins.append(f"dst r{dst} = {hex64(self.before[dst])}")
            if code & E.X and op not in (E.NEG, E.END):
                ins.append(f"src r{src} = {hex64(self.before[src])}")
        elif cls == E.STX:
            ins.append(f"src r{src} = {hex64(self.before[src])}")
        if cls in (E.LDX, E.ST, E.STX) and self.before_stack is not None:
            n = E.size_of(code)
            at = STACK_LEN + off
            ins.append(f"memory at r10{off:+d} = {self.before_stack[at:at + n].hex()} (bytes)")
        res = _diff_text(self.kernel, self.kernel_stack, self.ours, self.ours_stack)
        if self.arrived:
            state = f"where ours goes next: {res}"
        else:
            state = "the kernel never gets to where ours goes next" + (
                f"; at its end: {res}" if res else "")
        if self.taken is not None:
            # a jump changes no register, so a difference right after one means the kernel
            # went the other way
            res = "ours " + ("takes it, the kernel falls through" if self.taken else
                             "falls through, the kernel takes it") + f" ({state})"
        elif not self.arrived:
            res = state
        return (f"first difference at step {self.step}, body insn {self.index}: `{self.text}`"
                + (f" with {', '.join(ins)}" if ins else "") + f" -> {res}")


@dataclass
class Disagreement:
    index: int              # program number in the run
    kind: str               # "registers" (registers or stack differ), "semantics" (ours
    #                         failed: `detail`), "test_run", "missing", "abort"
    program: Program
    kernel: list | None = None
    ours: list | None = None
    detail: str = ""
    first: FirstDifference | None = None
    kernel_stack: bytes | None = None
    ours_stack: bytes | None = None

    def __str__(self):
        head = f"program {self.index} ({self.program.kind}): "
        if self.kind == "registers":
            head += "results differ: " + _diff_text(self.kernel, self.kernel_stack, self.ours,
                                                    self.ours_stack)
        else:
            head += f"{self.kind}: {self.detail}"
        out = [head]
        if self.first:
            out.append("  " + str(self.first))
        out.append(self.program.listing(self.first.index if self.first else None))
        out.append(self.program.inputs_text())
        if self.kernel is not None and self.ours is not None:
            out.append("  kernel: " + " ".join(hex64(v) for v in self.kernel))
            out.append("  ours:   " + " ".join(hex64(v) for v in self.ours))
        return "\n".join(out)


def compare(programs, kernel_results, ours) -> tuple[int, list, list]:
    """(agree, disagreements, rejected): programs whose registers and stack match; Disagreement
    objects; and (index, program, KernelResult) for programs the verifier refused."""
    agree, bad, rejected = 0, [], []
    for i, (p, k, o) in enumerate(zip(programs, kernel_results, ours)):
        oregs, ostack, error = o
        if k.kind == "ok" and error:
            bad.append(Disagreement(i, "semantics", p, k.regs, detail=error,
                                    kernel_stack=k.stack))
        elif k.kind == "ok":
            if k.regs == oregs and k.stack == ostack:
                agree += 1
            else:
                bad.append(Disagreement(i, "registers", p, k.regs, oregs,
                                        kernel_stack=k.stack, ours_stack=ostack))
        elif k.kind == "rejected":
            rejected.append((i, p, k))
        else:
            detail = {"test_run": lambda: f"BPF_PROG_TEST_RUN failed (errno {k.errno})",
                      "stopped": lambda: "a checkpoint fired in a program without one",
                      "abort": lambda: f"retval {k.retval}: the bounds check failed",
                      "missing": lambda: "no result came back from the VM"}[k.kind]()
            bad.append(Disagreement(i, k.kind, p, detail=detail))
    return agree, bad, rejected


@dataclass
class LocalizePlan:
    """The checkpointed variants `localize` runs: `programs` ((bytecode, packet) pairs) for
    run_kernel, then `apply(results)`."""
    todo: list
    programs: list = field(default_factory=list)
    where: list = field(default_factory=list)      # (Disagreement, step) per variant
    traces: dict = field(default_factory=dict)     # id(Disagreement) -> [Step]
    max_steps: int = 400

    def apply(self, results) -> int:
        """Fill in each disagreement's `.first` from the variants' kernel results; returns
        how many variants the verifier refused (their steps are skipped)."""
        got, refused = {}, 0
        for (d, t), kr in zip(self.where, results):
            if kr.kind in ("ok", "stopped"):
                got[(id(d), t)] = (kr.regs, kr.stack, kr.kind == "stopped")
            elif kr.kind == "rejected":
                refused += 1
        for d in self.todo:
            steps = self.traces.get(id(d))
            if steps is None:
                continue
            before, before_stack = list(d.program.inputs), bytes(d.program.stack)
            for t, st in enumerate(steps):
                last = t == len(steps) - 1
                k = (d.kernel, d.kernel_stack, True) if last else got.get((id(d), t))
                if k is None:
                    if t >= self.max_steps:
                        break
                    continue
                if not k[2] or k[:2] != (st.regs, st.stack):
                    d.first = FirstDifference(st.pc, d.program.body[st.pc], before, k[0],
                                              st.regs, t, before_stack, k[1], st.stack,
                                              st.taken, k[2])
                    break
                before, before_stack = k[:2]
        return refused


def localize_plan(disagreements, limit: int = 16, max_steps: int = 400) -> LocalizePlan:
    """Variants of the first `limit` result disagreements: for each step t of our trace (up
    to max_steps), the program stopping at the arrival after step t (the j-th arrival at
    that instruction)."""
    plan = LocalizePlan([d for d in disagreements if d.kind == "registers"][:limit],
                        max_steps=max_steps)
    for d in plan.todo:
        p = d.program
        try:
            steps, _, _ = trace(p, snapshots=True)
        except Exception:                   # noqa: BLE001 -- no steps to compare
            continue
        plan.traces[id(d)] = steps
        arrivals = Counter({0: 1})
        for t in range(min(len(steps) - 1, max_steps)):
            nxt = steps[t + 1].pc
            arrivals[nxt] += 1
            plan.programs.append((p.full((nxt, arrivals[nxt])), p.data()))
            plan.where.append((d, t))
    return plan


def localize(disagreements, jobs: int = 1, limit: int = 16, max_steps: int = 400,
             kernel=None) -> int:
    """Fill in `.first` for the first `limit` result disagreements, in one more VM boot (see
    localize_plan).  Returns the number of variants the verifier refused."""
    plan = localize_plan(disagreements, limit, max_steps)
    if not plan.programs:
        return plan.apply([])
    return plan.apply(run_kernel(plan.programs, kernel=kernel).results)


# --- the whole check -----------------------------------------------------------------------------

@dataclass
class Report:
    agree: int
    total: int                      # programs compared (the verifier accepted them)
    disagreements: list
    rejected: list = field(default_factory=list)    # (index, Program, KernelResult)
    generated: int = 0
    release: str = ""
    boots: int = 0
    boot_time: float = 0.0          # of the first boot (start of QEMU to the script)
    vm_time: float = 0.0            # all boots, start to power-off
    gen_time: float = 0.0           # generating (and tuning) the programs
    insns: int = 0                  # body instructions compared (LD_IMM64 not counted)
    steps: int = 0                  # instructions executed (by the semantics)
    form_counts: dict = field(default_factory=dict)
    outcomes: dict = field(default_factory=dict)    # jump form -> [not taken, taken]
    loop_shapes: dict = field(default_factory=dict)
    cond_jumps: int = 0             # conditional jumps in the compared bodies
    kept_jumps: int = 0             # ... of which the verifier left for the interpreter
    per_kind: dict = field(default_factory=dict)    # kind -> Counter(n, agree, rejected, bad)
    bad_lines: int = 0

    def rejection_reasons(self) -> Counter:
        return Counter(k.reason for _, _, k in self.rejected)


def run_validation(n: int, seed=0, *, kind: str = "mixed", jobs: int | None = None,
                   per_boot: int = 12000, max_len: int = 24, do_localize: bool = True,
                   programs=None, vmlinuz=None) -> Report:
    """Generate `n` programs of `kind` (or take `programs`), run them in the kernel and in our
    semantics, compare.  Generation and the semantics run in `jobs` processes (default: all
    cores for n >= 2000, else in this process, which is what monkeypatching tests need); the
    semantics while the VM runs.  `vmlinuz`: the kernel to boot (a path, or a series for
    rvlab.vm.target; default the default target)."""
    if jobs is None:
        count = len(programs) if programs is not None else n
        jobs = 1 if count < 2000 else (os.cpu_count() or 1)
    t0 = time.time()
    programs = programs if programs is not None else generate(n, seed, max_len, kind, jobs)
    from concurrent.futures import ThreadPoolExecutor
    rep = Report(0, 0, [], generated=len(programs), gen_time=time.time() - t0)
    kernel = []
    with ThreadPoolExecutor(1) as ex:
        fut = ex.submit(semantic_results, programs, jobs) if jobs > 1 else None
        for lo in range(0, len(programs), per_boot):
            run = run_kernel([(p.full(), p.data()) for p in programs[lo:lo + per_boot]],
                             kernel=vmlinuz)
            kernel += run.results
            rep.boots += 1
            rep.boot_time = rep.boot_time or run.boot_time
            rep.vm_time += run.elapsed
            rep.release = run.release
            rep.bad_lines += run.bad_lines
        ours = fut.result() if fut else semantic_results(programs, 1)
    rep.agree, rep.disagreements, rep.rejected = compare(programs, kernel, ours)
    rep.total = len(programs) - len(rep.rejected)
    bad_at = {d.index for d in rep.disagreements}
    rej_at = {i for i, _, _ in rep.rejected}
    for i, (p, k) in enumerate(zip(programs, kernel)):
        if k.kind == "ok" and k.cond_jumps >= 0:
            rep.cond_jumps += sum(1 for t in p.body if is_jump(t[0]) and t[0] != JA)
            rep.kept_jumps += k.cond_jumps - HARNESS_COND_JUMPS
        c = rep.per_kind.setdefault(p.kind, Counter())
        c["n"] += 1
        c["rejected" if i in rej_at else "disagree" if i in bad_at else "agree"] += 1
        rep.insns += sum(1 for f in p.forms if f != "ld_imm64")
        rep.steps += p.steps
        for f in p.forms:
            rep.form_counts[f] = rep.form_counts.get(f, 0) + 1
        for f, (nt, tk) in p.outcomes.items():
            o = rep.outcomes.setdefault(f, [0, 0])
            o[0] += nt
            o[1] += tk
        for s in p.loops:
            rep.loop_shapes[s] = rep.loop_shapes.get(s, 0) + 1
    if do_localize and any(d.kind == "registers" for d in rep.disagreements):
        localize(rep.disagreements, jobs, kernel=vmlinuz)
        rep.boots += 1
    return rep


def validate_ebpf(n: int, seed=0, **kw):
    """(agree, total, disagreements): programs whose R0..R8 and stack match the kernel's,
    programs compared, and Disagreement objects (str() gives the listing, inputs, results)."""
    rep = run_validation(n, seed, **kw)
    return rep.agree, rep.total, rep.disagreements


def summary(rep: Report, seed, elapsed: float) -> str:
    used = sum(1 for f in FORMS if rep.form_counts.get(f.name))
    both = sum(1 for f in JUMP_FORMS[1:] if all(rep.outcomes.get(f.name, (0, 0))))
    lines = [f"validate_ebpf: seed {seed}: {rep.agree}/{rep.total} programs agree with the Linux "
             f"{rep.release} interpreter, {len(rep.rejected)} refused by the verifier "
             f"({rep.generated} generated; {rep.insns} instructions, {rep.steps} executed, "
             f"{used}/{len(FORMS)} forms, {both}/{len(JUMP_FORMS) - 1} conditional jump forms "
             f"both taken and not; {rep.boots} VM boot(s), boot {rep.boot_time:.1f} s, "
             f"generation {rep.gen_time:.1f} s, VM {rep.vm_time:.1f} s, total {elapsed:.1f} s)"]
    for k in ALL_KINDS:
        c = rep.per_kind.get(k)
        if c:
            lines.append(f"  {k:7s} {c['agree']}/{c['n'] - c['rejected']} agree, "
                         f"{c['rejected']} refused, {c['disagree']} disagree")
    if rep.cond_jumps:
        lines.append(f"  conditional jumps: {rep.cond_jumps} in the bodies, {rep.kept_jumps} "
                     f"({100 * rep.kept_jumps / rep.cond_jumps:.0f}%) left by the verifier for "
                     "the interpreter to evaluate (it rewrote the others, one of whose sides it "
                     "never reaches, or which never run, into JA or nothing)")
    if rep.loop_shapes:
        parts = [f"{s} {rep.loop_shapes[s]}" for s in LOOP_SHAPES if s in rep.loop_shapes]
        text = "  loops:"
        for k, part in enumerate(parts):
            last = text.rsplit("\n", 1)[-1]
            sep = " " if k == 0 else (",\n          " if len(last) + len(part) > 92 else ", ")
            text += sep + part
        lines.append(text)
    for reason, cnt in rep.rejection_reasons().most_common(10):
        lines.append(f"  refused x{cnt}: {reason}")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", nargs="?", type=int, default=1000, help="number of programs")
    ap.add_argument("--kind", default="mixed", choices=("mixed",) + ALL_KINDS)
    ap.add_argument("--seed", type=int, default=None, help="random seed (default: random)")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--per-boot", type=int, default=12000, help="programs per VM boot")
    ap.add_argument("--max-len", type=int, default=24, help="body budget (instructions)")
    ap.add_argument("--no-localize", action="store_true")
    ap.add_argument("--kernel", default=None, metavar="VERSION",
                    help="boot /boot/vmlinuz-VERSION.* (e.g. 6.12; default 6.1)")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="per-form counts, jump outcomes, a refused program's log")
    a = ap.parse_args(argv)
    missing = vm.missing()
    if missing:
        print(f"validate_ebpf: cannot boot a VM; install: apt-get install {' '.join(missing)}",
              file=sys.stderr)
        return 2
    seed = a.seed if a.seed is not None else random.randrange(1 << 32)
    kernel = vm.target(a.kernel).kernel if a.kernel else None
    if a.kernel and kernel is None:
        print(f"validate_ebpf: no /boot/vmlinuz-{a.kernel}.*: apt-get install "
              f"linux-image-{a.kernel}-amd64", file=sys.stderr)
        return 2
    t0 = time.time()
    rep = run_validation(a.n, seed, kind=a.kind, jobs=a.jobs, per_boot=a.per_boot,
                         max_len=a.max_len, do_localize=not a.no_localize, vmlinuz=kernel)
    print(summary(rep, seed, time.time() - t0))
    if a.verbose:
        for f in FORMS:
            o = rep.outcomes.get(f.name)
            extra = f"  (not taken {o[0]}, taken {o[1]})" if o else ""
            print(f"  {f.name:16s} {rep.form_counts.get(f.name, 0)}{extra}")
        for i, p, k in rep.rejected[:3]:
            print(f"REFUSED program {i} ({p.kind}): {k.reason}\n{p.listing()}\n"
                  f"  verifier log tail:\n{k.log.strip()[-1500:]}")
    if rep.bad_lines:
        print(f"  note: {rep.bad_lines} damaged output line(s) ignored")
    for d in rep.disagreements[:20]:
        print("DISAGREE", d, sep=" ")
    if len(rep.disagreements) > 20:
        print(f"... and {len(rep.disagreements) - 20} more")
    return 0 if not rep.disagreements else 1


if __name__ == "__main__":
    sys.exit(main())
