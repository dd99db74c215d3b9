"""Validate the RV64 semantics (semantics/rv64.py) against QEMU.

For every mnemonic that has both a clause and an encoder (and is not a control transfer), run
random instances -- random registers, random encodable immediates, random register values with
edge cases weighted -- on qemu-riscv64 (rv64 + Zba + Zbb + C) through
`rvjit.emulator.run_sequences`, evaluate the clause concretely on the same inputs, and compare
all 32 registers (and the fall-through pc).

    python3 -m rvlab.validate_rv64 [N] [--seed S] [--extra] [--jobs J]

N executions per mnemonic (default 1000).  --extra also covers the clauses that have no encoder
in rvjit.encode.FORMS yet (clz, cpop, min, rol, sh1add.uw, ...), encoded here.

Register fields are drawn from every register the field can encode: x1..x31 uniformly (the
sequence harness reserves none, so sp and t6 are fine), x0 now and then, and 20% of the time a
register the instruction already names (rd == rs1, ...).  Immediates: uniform in the field's
range with its edges weighted; negative ones sometimes as their 64-bit unsigned pattern.
Register values: EDGE_VALUES 45% of the time, else small, 32-bit, single-bit or random.
Initial values are set for all of x1..x31, and all 32 registers plus the next pc are compared.
Known QEMU bugs (KNOWN_QEMU_BUGS) are reported apart from disagreements.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from dataclasses import dataclass

import z3

from rvjit import emulator
from rvjit.encode import FORMS, OP, OP_32, OP_IMM, OP_IMM_32, REG, U, Field, Form, encode, \
    field_ok, i_type, r_type
from semantics.rv64 import CLAUSES, initial

MASK64 = (1 << 64) - 1
ISA = frozenset({"zba", "zbb", "c"})

# Mnemonics that (may) leave the straight line: they cannot run in the sequence harness.
CONTROL_TRANSFERS = ("jal", "jalr", "beq", "bne", "blt", "bge", "bltu", "bgeu", "c.j", "c.jr",
                     "c.beqz", "c.bnez")

INT32_MIN, INT32_MAX = -(1 << 31), (1 << 31) - 1
INT64_MIN, INT64_MAX = -(1 << 63), (1 << 63) - 1
EDGE_VALUES = tuple(v & MASK64 for v in (
    0, 1, -1, INT32_MIN, INT32_MAX, 0x80000000, 0xFFFFFFFF, INT64_MIN, INT64_MAX,
    2, -2, 31, 32, 33, 63, 64, 0xFF, 0x80, 0xFFFF, 0x8000, 0x100000000, 0x7FFFFFFF00000000,
    0xFFFFFFFF00000000, 0x00000000FFFFFFFF, 0x8000000080000000, 0x0123456789ABCDEF))


# --- encoders for clauses without a form in rvjit.encode (Zba/Zbb, RV64 encodings) ------------------

def _rr(funct12, funct3, opcode):
    return lambda rd, rs1: i_type(funct12, rs1, funct3, rd, opcode)


def _rrr(funct7, funct3, opcode):
    return lambda rd, rs1, rs2: r_type(funct7, rs2, rs1, funct3, rd, opcode)


def _ri(top, funct3, opcode, bits):
    return lambda rd, rs1, imm: i_type(top | (imm & ((1 << bits) - 1)), rs1, funct3, rd, opcode)


def _extra_forms():
    rr, rrr = {"rd": REG, "rs1": REG}, {"rd": REG, "rs1": REG, "rs2": REG}
    f = {}
    for mn, imm in (("clz", 0x600), ("ctz", 0x601), ("cpop", 0x602)):
        f[mn] = Form(mn, _rr(imm, 1, OP_IMM), rr, 4, "zbb")
        f[mn + "w"] = Form(mn + "w", _rr(imm, 1, OP_IMM_32), rr, 4, "zbb")
    f["orc.b"] = Form("orc.b", _rr(0x287, 5, OP_IMM), rr, 4, "zbb")
    for mn, f3 in (("min", 4), ("minu", 5), ("max", 6), ("maxu", 7)):
        f[mn] = Form(mn, _rrr(0x05, f3, OP), rrr, 4, "zbb")
    f["rol"] = Form("rol", _rrr(0x30, 1, OP), rrr, 4, "zbb")
    f["ror"] = Form("ror", _rrr(0x30, 5, OP), rrr, 4, "zbb")
    f["rolw"] = Form("rolw", _rrr(0x30, 1, OP_32), rrr, 4, "zbb")
    f["rorw"] = Form("rorw", _rrr(0x30, 5, OP_32), rrr, 4, "zbb")
    f["roriw"] = Form("roriw", _ri(0x600, 5, OP_IMM_32, 5), {"rd": REG, "rs1": REG, "imm": U(5)},
                      4, "zbb")
    for mn, f3 in (("sh1add.uw", 2), ("sh2add.uw", 4), ("sh3add.uw", 6)):
        f[mn] = Form(mn, _rrr(0x10, f3, OP_32), rrr, 4, "zba")
    f["slli.uw"] = Form("slli.uw", _ri(0x080, 1, OP_IMM_32, 6), {"rd": REG, "rs1": REG, "imm": U(6)},
                        4, "zba")
    return f


EXTRA_FORMS = _extra_forms()


def form_of(mn) -> Form:
    return FORMS[mn] if mn in FORMS else EXTRA_FORMS[mn]


def _sample_word(form: Form) -> int:
    args = []
    for spec in form.fields.values():
        args.append(next(v for v in (8, 9, 1, 4, 16, 0) if field_ok(spec, v)))
    return form.encoder(*args)


def accesses_memory(mn: str) -> bool:
    """Loads and stores (by major opcode / C quadrant+funct3): the sequence harness maps no
    memory for them, so they are validated elsewhere (call() with a buffer), not here."""
    form = form_of(mn)
    w = _sample_word(form)
    if form.length == 4:
        return (w & 0x7F) in (0b0000011, 0b0100011, 0b0000111, 0b0100111, 0b0101111)
    quadrant, funct3 = w & 3, (w >> 13) & 7
    return (quadrant == 0 and funct3 != 0) or (quadrant == 2 and funct3 in (1, 2, 3, 5, 6, 7))


def straight_line(mn: str) -> bool:
    """Runs in the sequence harness: no control transfer, no memory access."""
    return mn not in CONTROL_TRANSFERS and not accesses_memory(mn)


def mnemonics(extra: bool = False) -> list:
    """The mnemonics validated: clause and encoder both present, not a control transfer and
    not a memory access (none of those has a clause yet; see accesses_memory)."""
    out = sorted(m for m in CLAUSES if m in FORMS and straight_line(m))
    if extra:
        out += sorted(m for m in CLAUSES if m in EXTRA_FORMS and m not in FORMS)
    return out


# --- random instances -----------------------------------------------------------------------------

def rand_value(rng: random.Random) -> int:
    k = rng.random()
    if k < 0.45:
        return rng.choice(EDGE_VALUES)
    if k < 0.55:
        return rng.randint(-300, 300) & MASK64
    if k < 0.70:                                    # a sign-extended 32-bit value
        v = rng.getrandbits(32)
        return (v - (1 << 32) if v >> 31 else v) & MASK64
    if k < 0.75:                                    # a zero-extended 32-bit value
        return rng.getrandbits(32)
    if k < 0.80:                                    # a single bit or its complement
        v = 1 << rng.randrange(64)
        return v if rng.random() < 0.5 else ~v & MASK64
    return rng.getrandbits(64)


def _imm_candidates(spec: Field):
    if spec.kind == "simm":
        lo, hi = -(1 << (spec.bits - 1)), (1 << (spec.bits - 1)) - 1
        return lo, hi, [lo, hi, 0, 1, -1, spec.align, -spec.align, hi - 1, lo + 1]
    if spec.kind == "uimm":
        hi = (1 << spec.bits) - 1
        return 0, hi, [0, 1, hi, hi - 1, 1 << (spec.bits - 1), (1 << (spec.bits - 1)) - 1, 31, 32]
    if spec.kind == "clui":
        return None, None, [1, 31, 0xFFFE0, 0xFFFFF, 0x1F, 0xFFFE1]
    raise ValueError(spec.kind)


def rand_field(rng: random.Random, spec: Field, chosen: list) -> int:
    if spec.kind in ("reg", "creg"):
        pool = [r for r in range(32) if field_ok(spec, r)]
        again = [r for r in chosen if r in pool]
        if again and rng.random() < 0.2:            # aliasing: rd == rs1, rs1 == rs2, ...
            return rng.choice(again)
        if 0 in pool and rng.random() < 0.04:
            return 0
        return rng.choice([r for r in pool if r != 0] or pool)
    lo, hi, edges = _imm_candidates(spec)
    while True:
        if rng.random() < 0.35:
            v = rng.choice(edges)
        elif spec.kind == "clui":
            v = rng.choice([rng.randint(1, 31), rng.randint(0xFFFE0, 0xFFFFF)])
        else:
            v = rng.randint(lo, hi)
        if spec.align > 1:
            v -= v % spec.align
        if spec.kind == "simm" and v < 0 and rng.random() < 0.2:
            v &= MASK64                             # the unsigned bit pattern is accepted too
        if field_ok(spec, v):
            return v


@dataclass
class Case:
    mnemonic: str
    fields: dict
    length: int
    code: bytes
    init: dict          # x1..x31 -> 64-bit unsigned


def random_case(rng: random.Random, mn: str) -> Case:
    form = form_of(mn)
    fields, chosen = {}, []
    for name, spec in form.fields.items():
        fields[name] = v = rand_field(rng, spec, chosen)
        if spec.kind in ("reg", "creg"):
            chosen.append(v)
    code = form.encoder(*(fields[n] for n in form.fields)).to_bytes(form.length, "little")
    if mn in FORMS:
        assert code == encode(mn, **fields)          # also checks every field is encodable
    init = {r: rand_value(rng) for r in range(1, 32)}
    return Case(mn, fields, form.length, code, init)


# --- the semantics, evaluated concretely ------------------------------------------------------------

def semantic_result(mn: str, fields: dict, length: int, init: dict, pc: int):
    """x0..x31 and the next pc after one instruction, by semantics/rv64.py."""
    state = initial({r: init.get(r, 0) for r in range(1, 32)}, pc)
    after = CLAUSES[mn](state._with(ilen=length), **fields)
    packed = z3.simplify(z3.Concat(*[after.x(r) for r in reversed(range(32))]))
    if not z3.is_bv_value(packed):
        raise AssertionError(f"{mn} {fields}: the clause did not evaluate to constants: {packed}")
    v = packed.as_long()
    regs = [(v >> (64 * r)) & MASK64 for r in range(32)]
    npc = z3.simplify(after.pc)
    return regs, (npc.as_long() if z3.is_bv_value(npc) else str(npc))


def _semantic_batch(items):
    return [semantic_result(*it) for it in items]


REG_NAMES = ("zero ra sp gp tp t0 t1 t2 s0 s1 a0 a1 a2 a3 a4 a5 a6 a7 "
             "s2 s3 s4 s5 s6 s7 s8 s9 s10 s11 t3 t4 t5 t6").split()


def _ctz(v, width):
    v &= (1 << width) - 1
    return (v & -v).bit_length() - 1 if v else width


def _qemu72_ctzw(fields, init):
    """QEMU 7.2 translates ctzw with gen_unary(..., EXT_NONE, gen_ctzw): the count runs over the
    whole 64-bit source, so a zero low word with a non-zero high word gives 32 + ctz(high)
    instead of 32 (the spec: ctzw counts the trailing zeros of rs1[31:0]).  Returns
    (QEMU's value, the spec's value) when the bug applies, else None."""
    x = init.get(fields["rs1"], 0) if fields["rs1"] else 0
    if x & 0xFFFFFFFF == 0 and x:
        return _ctz(x, 64), 32
    return None


# Known QEMU (7.2) bugs: mnemonic -> fn(fields, inputs) -> (QEMU's rd, the spec's rd) or None.
# Such an execution counts as agreeing only if QEMU shows exactly the known wrong value, our
# value is the spec's, and every other register matches.
KNOWN_QEMU_BUGS = {"ctzw": _qemu72_ctzw}


@dataclass
class Disagreement:
    mnemonic: str
    fields: dict
    code: bytes
    pc: int
    inputs: dict        # the registers the instruction reads (all of x1..x31 are in `all_inputs`)
    diffs: list         # (what, qemu value, our value)
    all_inputs: dict

    def __str__(self):
        f = ", ".join(f"{k}={v}" for k, v in self.fields.items())
        ins = ", ".join(f"x{r}={v:#x}" for r, v in sorted(self.inputs.items()))
        d = "; ".join(f"{w}: qemu={q if isinstance(q, str) else hex(q)} ours="
                      f"{o if isinstance(o, str) else hex(o)}" for w, q, o in self.diffs)
        return f"{self.mnemonic} {f} (code {self.code.hex()}, pc={self.pc:#x}) inputs [{ins}]: {d}"


def validate_rv64(n: int, seed: int | None = 0, *, extra: bool = False, jobs: int | None = None,
                  mnemonic_list=None, backend: str = "qemu", block: int = 20000, progress=None):
    """Run `n` random instances of every validated mnemonic on QEMU and in our semantics.

    Returns (agree, total, disagreements): executions in which all 32 registers and the
    fall-through pc match, executions compared, and a list of Disagreement (str() names the
    mnemonic, fields, inputs, QEMU's and our value).  Executions hitting a known QEMU bug
    (KNOWN_QEMU_BUGS; only ctzw, outside FORMS) are neither: see ValidationResult.
    Work goes in blocks of `block` cases (one qemu process each), so memory stays bounded;
    the z3 evaluation (the slow part, ~2-3 ms a case) uses `jobs` processes."""
    rng = random.Random(seed)
    mns = list(mnemonic_list) if mnemonic_list is not None else mnemonics(extra)
    total = n * len(mns)
    if jobs is None:
        jobs = 1 if total < 4000 else (os.cpu_count() or 1)
    pool = None
    if jobs > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"))
    gen = (random_case(rng, mn) for mn in mns for _ in range(n))
    agree, bad, known, done = 0, [], [], 0
    try:
        while done < total:
            cases = [next(gen) for _ in range(min(block, total - done))]
            a, b, k = _validate_block(cases, backend, pool, jobs)
            agree, done = agree + a, done + len(cases)
            bad += b
            known += k
            if progress:
                progress(done, total)
    finally:
        if pool:
            pool.shutdown()
    return ValidationResult(agree, total, bad, known)


def _validate_block(cases, backend, pool, jobs):
    results = emulator.run_sequences_detailed([(c.code, c.init) for c in cases], isa=ISA,
                                              backend=backend)
    items = [(c.mnemonic, c.fields, c.length, c.init, r.pc) for c, r in zip(cases, results)]
    if pool is not None:
        size = max(100, len(items) // (jobs * 4))
        chunks = [items[i:i + size] for i in range(0, len(items), size)]
        ours = [r for part in pool.map(_semantic_batch, chunks) for r in part]
    else:
        ours = _semantic_batch(items)
    agree, bad, known = 0, [], []
    for c, r, (regs, npc) in zip(cases, results, ours):
        diffs = [(f"x{k}({REG_NAMES[k]})", r.regs[k], regs[k]) for k in range(32)
                 if r.regs[k] != regs[k]]
        if npc != r.pc + c.length:
            diffs.append(("next pc", r.pc + c.length, npc))
        bug = KNOWN_QEMU_BUGS.get(c.mnemonic, lambda f, i: None)(c.fields, c.init)
        rd = c.fields.get("rd", 0)
        if bug and rd and len(diffs) == 1 and (r.regs[rd], regs[rd]) == bug:
            known.append(c)
        elif diffs:
            reads = {v for k, v in c.fields.items() if k in ("rs1", "rs2", "rd") and v}
            bad.append(Disagreement(c.mnemonic, c.fields, c.code, r.pc,
                                    {x: c.init[x] for x in sorted(reads)}, diffs, c.init))
        else:
            agree += 1
    return agree, bad, known


class ValidationResult(tuple):
    """(agree, total, disagreements); .known_qemu_bugs lists the cases where QEMU showed a
    known bug of its own (KNOWN_QEMU_BUGS) and we gave the spec's value:
    agree + len(disagreements) + len(known_qemu_bugs) == total."""

    def __new__(cls, agree, total, disagreements, known):
        self = super().__new__(cls, (agree, total, disagreements))
        self.known_qemu_bugs = known
        return self


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", nargs="?", type=int, default=1000, help="executions per mnemonic")
    ap.add_argument("--seed", type=int, default=None, help="random seed (default: random)")
    ap.add_argument("--extra", action="store_true", help="also clauses without an encoder in FORMS")
    ap.add_argument("--jobs", type=int, default=None)
    a = ap.parse_args(argv)
    seed = a.seed if a.seed is not None else random.randrange(1 << 32)
    t = t0 = time.time()
    res = validate_rv64(a.n, seed, extra=a.extra, jobs=a.jobs, progress=lambda done, tot: print(
        f"  {done}/{tot} ({time.time() - t0:.0f} s)", file=sys.stderr) if tot > 20000 else None)
    agree, total, bad = res
    mns = mnemonics(a.extra)
    print(f"validate_rv64: seed {seed}, {len(mns)} mnemonics x {a.n}: {agree}/{total} executions "
          f"agree with QEMU ({time.time() - t:.1f} s)")
    if res.known_qemu_bugs:
        by = {}
        for c in res.known_qemu_bugs:
            by[c.mnemonic] = by.get(c.mnemonic, 0) + 1
        print("  known QEMU bugs hit (ours = the spec's value):",
              ", ".join(f"{m} x{k}" for m, k in sorted(by.items())))
    for d in bad[:50]:
        print("  DISAGREE:", d)
    if len(bad) > 50:
        print(f"  ... and {len(bad) - 50} more")
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main())


# --- the A extension against QEMU (and unicorn): AMOs, lr/sc, fence ---------------------------

AMO_MNEMONICS = tuple(sorted(m for m, f in FORMS.items() if f.isa == "a"))
A_ARGS = tuple(range(11, 18))                   # a1..a7: set by call(), free for rd/rs2
A0_, T1_, RA_ = 10, 6, 1


def atomic_case(rng: random.Random, kind: str):
    """(kind, code, instrs, regs, buf): t1 := a0 + 128 + an aligned offset, then one of
    an AMO; lr; sc (paired); a lone sc (no reservation: fails); lr then sc to another
    address (fails); fence; and return."""
    size = 8 if kind.endswith(".d") or kind == "fence" else 4
    off = rng.randrange(-8, 8) * 8 + (rng.choice((0, 4)) if size == 4 else 0)
    regs = {r: rng.choice(EDGE_VALUES) if rng.random() < 0.4 else rand_value(rng) for r in A_ARGS}
    buf = bytes(rng.getrandbits(8) for _ in range(256))
    aq, rl = rng.getrandbits(1), rng.getrandbits(1)
    rd, rs2 = rng.choice(A_ARGS), rng.choice(A_ARGS)
    ins = [("addi", {"rd": T1_, "rs1": A0_, "imm": 128 + off})]
    w = kind[-1]
    if kind.startswith("amo"):
        ins.append((kind, {"rd": rd, "rs2": rs2, "rs1": T1_, "aq": aq, "rl": rl}))
    elif kind.startswith("lr+sc"):
        rd2 = rng.choice([r for r in A_ARGS if r != rd] )
        ins += [(f"lr.{w}", {"rd": rd, "rs1": T1_, "aq": aq, "rl": 0}),
                (f"sc.{w}", {"rd": rd2, "rs2": rs2, "rs1": T1_, "aq": rl, "rl": rl})]
    elif kind.startswith("sc"):
        ins.append((f"sc.{w}", {"rd": rd, "rs2": rs2, "rs1": T1_, "aq": aq, "rl": rl}))
    elif kind.startswith("lr+other"):
        rd2 = rng.choice([r for r in A_ARGS if r != rd])
        ins += [(f"lr.{w}", {"rd": rd, "rs1": T1_, "aq": aq, "rl": rl}),
                ("addi", {"rd": T1_, "rs1": T1_, "imm": 8}),
                (f"sc.{w}", {"rd": rd2, "rs2": rs2, "rs1": T1_, "aq": aq, "rl": rl})]
    else:
        ins.append(("fence", {"pred": rng.randrange(1, 16), "succ": rng.randrange(1, 16)}))
    code = b"".join(encode(mn, **f) for mn, f in ins) + encode("jalr", rd=0, rs1=RA_, imm=0)
    return kind, code, ins, regs, buf


def atomic_expected(ins, regs, buf, base):
    from semantics.memory import ConcreteMemory
    mem = ConcreteMemory({base + i: b for i, b in enumerate(buf)})
    st = initial({**regs, A0_: base}, name="a")._with(mem=mem)
    (_, final), = rv64_paths([(mn, f, 4) for mn, f in ins], st)
    out_regs = {r: z3.simplify(final.x(r)).as_long() for r in A_ARGS + (T1_,)}
    return out_regs, bytes(mem.bytes[base + i] for i in range(len(buf)))


def rv64_paths(instrs, state):
    from semantics.rv64 import paths
    return paths(instrs, state)


def atomic_kinds():
    return [*AMO_MNEMONICS[:0], *(m for m in AMO_MNEMONICS if m.startswith("amo")),
            "lr+sc.w", "lr+sc.d", "sc.w", "sc.d", "lr+other.w", "lr+other.d", "fence"]


def validate_atomics(n: int, seed=0, backend: str = "qemu"):
    """n random executions of every AMO, of paired and unpaired lr/sc and of fence, on one
    hart of `backend` and in semantics/rv64.py: registers a1..a7, t1 and the 256-byte buffer
    must agree.  Returns (agree, total, [disagreement text])."""
    rng = random.Random(f"atomics-{seed}")
    agree, bad, total = 0, [], 0
    for kind in atomic_kinds():
        for _ in range(n):
            kind_, code, ins, regs, buf = atomic_case(rng, kind)
            res = emulator.call(code, args=regs, mem=buf, backend=backend)
            want_regs, want_buf = atomic_expected(ins, regs, buf, res.mem_addr)
            got = {r: res.regs[r] for r in want_regs}
            total += 1
            if got == want_regs and res.mem == want_buf:
                agree += 1
            else:
                diff = {REG_NAMES[r]: (hex(got[r]), hex(want_regs[r])) for r in got if got[r] != want_regs[r]}
                bad.append(f"{kind}: {ins} regs={ {REG_NAMES[r]: hex(v) for r, v in regs.items()} }: "
                           f"{backend} vs ours {diff}" + ("" if res.mem == want_buf else "; memory differs"))
    return agree, total, bad
