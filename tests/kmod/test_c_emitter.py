"""The generated C emitter and the C driver (kmod/) against the Python JIT, byte for byte.

The C side is built once with AddressSanitizer and UBSan (-fno-sanitize-recover: any undefined
behaviour or out-of-bounds access aborts) as a standalone harness that reads requests on stdin
(kmod/test/rvjit_harness.c), so no sanitizer runtime has to be preloaded into Python.

* encoders: every RV64 form, at the edges of its field ranges and random values, against
  rvjit.encode (the C encoders are rendered from it);
* instructions: every pattern of the emitter, with operands at the edges, one z3 model per
  reachable rule (so every rule is taken), jump distances at the edges of every range, and
  hypothesis-random operands, under every combination of ISA extensions: the rule and the
  bytes must equal jit.select() + rule.emit();
* programs: hypothesis programs (the generators of tests/rvjit/test_jit_random.py, straight-line,
  also with EXITs inside, and tests/rvjit/test_jit_programs.py, with branches, loops and stack
  traffic) and large ones (far and medium jumps and exits): image, size, epilogue offset and
  pass count must equal jit.compile_program's, and errors must be errors on both sides.

RVJIT_EXAMPLES sets the number of hypothesis examples (2000 by default).
"""
from __future__ import annotations

import concurrent.futures
import itertools
import multiprocessing
import os
import random
import re
import shutil
import subprocess

import pytest
import z3
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from rvjit import bpf, ir, jit
from rvjit.abi import CONTEXTS
from rvlab.bench import CFLAGS, KMOD, SANITIZE, build_harness, isa_bits
from rvjit.encode import FORMS, encode
from rvjit.generated.emit import RULES
from rvjit.rules import TABLE
from rvjit.rules.base import EXTENSIONS
from semantics.ebpf import ALU, ALU64, END, EXIT, JMP, LD_IMM64, TO_LE, X
from tests.asm import call, call_local, exit_, insn, ld_func, ld_imm64, ld_map, mov64, tail_call
from tests.rvjit.test_jit_programs import far_program
from tests.rvjit.test_jit_programs import program as branchy_program
from tests.rvjit.test_jit_random import EDGE32, EDGE64, alu_insn, program

EXAMPLES = int(os.environ.get("RVJIT_EXAMPLES", "2000"))
ISAS = [frozenset(c) for k in range(len(EXTENSIONS) + 1)
        for c in itertools.combinations(EXTENSIONS, k)]
M64 = (1 << 64) - 1
KEYS = sorted(RULES, key=lambda k: tuple((-1, "") if v is None else (0, str(v)) for v in k))
# Patterns whose rules read `dist` (jumps, calls, function references, the tail call).
DIST_KEYS = {r.pattern.lookup_key() for r in TABLE.rules if "dist" in r.key()}
CTX_CODES = {None: 0, **{c.name: c.code for c in CONTEXTS.values()}}

# Distances at the edges of every jump range (c.j, B-type, jal, auipc+jalr), odd ones and
# ones out of every range (no rule: an error on both sides).
DISTS = sorted({s * v + d for v in (0, 1 << 11, 1 << 12, 1 << 20, (1 << 31) - (1 << 11), 1 << 31)
                for s in (1, -1) for d in (-4, -2, 0, 2, 4)}
               | {1, 3, -1, 1 << 40, -(1 << 40), (1 << 63) - 2, -(1 << 63)})
OFFS = [0, 1, -1, 2, 0x7FFF, -0x8000, 8, 16, 32]

pytestmark = pytest.mark.skipif(not shutil.which("gcc"), reason="needs gcc")


def sx(v, w):
    v &= (1 << w) - 1
    return v - (1 << w) if v >> (w - 1) else v


# --- the harness ----------------------------------------------------------------------------------

def run_batch(exe, lines) -> list:
    """Send all requests at once; every one must be answered and the sanitizers stay quiet."""
    r = subprocess.run([str(exe)], input="".join(l + "\n" for l in lines), capture_output=True,
                       text=True)
    assert r.returncode == 0 and not r.stderr, f"harness failed ({r.returncode}):\n{r.stderr[-4000:]}"
    out = r.stdout.splitlines()
    assert len(out) == len(lines)
    return out


class Harness:
    """A long-running harness for hypothesis: one request, one answer."""

    def __init__(self, exe):
        self.p = subprocess.Popen([str(exe)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)

    def ask(self, line: str) -> str:
        try:
            self.p.stdin.write(line + "\n")
            self.p.stdin.flush()
            out = self.p.stdout.readline()
        except BrokenPipeError:
            out = ""
        if not out:
            self.p.wait()
            raise AssertionError(f"harness died ({self.p.returncode}) on {line[:200]}:\n"
                                 + self.p.stderr.read()[-4000:])
        return out.rstrip("\n")

    def close(self):
        self.p.stdin.close()
        self.p.wait(10)
        err = self.p.stderr.read()
        assert self.p.returncode == 0 and not err, err


@pytest.fixture(scope="session")
def exe(tmp_path_factory):
    from rvjit.generated import emit

    def provenance(path):
        return next(ln.lstrip("#/ ") for ln in open(path).read().splitlines()[:4]
                    if "Generated from the proven rule table" in ln)
    assert provenance(KMOD / "generated" / "rvjit_emit.h") == provenance(emit.__file__), (
        "the C and Python emitters come from different tables: run make gen")
    return build_harness(tmp_path_factory.mktemp("cjit"), sanitize=True)


@pytest.fixture(scope="session", autouse=True)
def models(pytestconfig, request):
    """rule_models(), cached per table; when not cached, computed in a background process
    while the other tests run (z3 takes seconds)."""
    from rvjit.rules import TABLE
    if not any(i.name == "test_every_pattern_edges_and_every_rule" for i in request.session.items):
        yield None
        return
    key = f"rvjit/c_emitter_models/{TABLE.fingerprint()}"
    cache = getattr(pytestconfig, "cache", None)        # absent under -p no:cacheprovider
    cached = cache.get(key, None) if cache else None
    if cached is not None:
        yield lambda: cached
        return
    pool = concurrent.futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    future = pool.submit(rule_models)

    def get():
        result = future.result()
        if cache:
            cache.set(key, result)
        return result
    yield get
    pool.shutdown(cancel_futures=True)


@pytest.fixture(scope="session")
def harness(exe):
    h = Harness(exe)
    yield h
    h.close()


# --- instructions: Python reference -------------------------------------------------------------

def py_insn(isa, code, ctx, dst, src, off, imm, imm64, dist):
    """jit.select + rule.emit: 'ok RULE BYTES' or 'err' (no rule applies)."""
    i = bpf.Insn(0, code, dst, src, sx(off, 16), sx(imm, 32), imm64)
    try:
        r, args = jit.select(i, dist, isa - {"hi_dead"}, ctx, "hi_dead" in isa)
    except jit.JitError:
        return "err"
    code_ = b"".join(w.to_bytes(n, "little") for w, n in r.emit(*args))
    return f"ok {r.name} {code_.hex()}"


def c_request(isa, code, ctx, dst, src, off, imm, imm64, dist) -> str:
    return (f"e {isa_bits(isa):x} {code:x} {CTX_CODES[ctx]:x} {dst:x} {src:x} {off & 0xFFFF:x} "
            f"{imm & 0xFFFFFFFF:x} {imm64 & M64:x} {dist & M64:x}")


def same(c_answer: str, py_answer: str) -> bool:
    return c_answer == py_answer or (py_answer == "err" and c_answer.startswith("err "))


def rule_models() -> dict:
    """Per rule: operands for which jit.select picks it (with the rule's own extensions), from
    z3; rules no operand value reaches (earlier rules cover all of theirs) are left out."""
    from proofs.obligations import operands
    from rvjit.rules import TABLE
    env = operands()                # and rvc: guards of templates with compressible prefixes
    by_key = {}
    for r in TABLE.rules:
        by_key.setdefault(r.pattern.lookup_key(), []).append(r)
    models = {}
    for key, rules in by_key.items():
        code, off, imm, src, ctx = key
        base = [z3.ULE(env["dst"], 10), z3.ULE(env["src"], 10), env["dist"] & 1 == 0,
                env["dist"] >= -(1 << 31), env["dist"] < (1 << 31)]
        if off is not None:
            base.append(env["off"] == off & 0xFFFF)
        if src is not None:
            base.append(env["src"] == src)
        if imm is not None:
            base.append(env["imm"] == imm & 0xFFFFFFFF)
        else:                   # not an instruction a more specific pattern takes
            base += [env["imm"] != i & 0xFFFFFFFF for (c, o, i, s_, x) in by_key
                     if (c, o, s_, x) == (code, off, src, ctx) and i is not None]
        for k, r in enumerate(rules):
            s = z3.Solver()
            s.set("timeout", 10_000)
            s.add(*base, r.guard.z3(env), env["rvc"] == ("c" in r.isa))
            s.add(*[z3.Not(q.guard.z3(env)) for q in rules[:k] if q.isa <= r.isa])
            if s.check() == z3.sat:
                m = s.model()
                flag = ["hi_dead"] if z3.is_true(m.eval(env["hi_dead"], model_completion=True)) else []
                models[r.name] = (code, ctx, sorted(r.isa) + flag,
                                  {n: m.eval(env[n], model_completion=True).as_long()
                                   for n in ir.OPERANDS})
    return models


def edge_cases():
    """(isa, code, ctx, dst, src, off, imm, imm64, dist) at the edges, for every pattern: each
    edge value of each operand once (the others drawn from their edges), under every ISA."""
    regs = itertools.cycle([(d, s) for d in range(11) for s in (d, (d + 3) % 11, 10 - d)])
    rng = random.Random(5)
    for key in KEYS:
        code, off, imm, src, ctx = key
        offs = OFFS if off is None else [off]
        imms = EDGE32 + [rng.randrange(1 << 32) for _ in range(4)] if imm is None else [imm]
        imms += [1, 12, 63, 64, 255, 256, 211, 212] if code == JMP | 0x80 or code == LD_IMM64 else []
        dists = DISTS if key in DIST_KEYS else [0, 4]
        imm64s = EDGE64 + [rng.randrange(1 << 64) for _ in range(8)] if code == LD_IMM64 else [0]
        pick = rng.choice
        ops = {(next(regs), pick(offs), pick(imms), pick(imm64s), pick(dists)) for _ in range(11)}
        ops |= {(next(regs), o, pick(imms), pick(imm64s), pick(dists)) for o in offs}
        ops |= {(next(regs), pick(offs), i, pick(imm64s), pick(dists)) for i in imms}
        ops |= {(next(regs), pick(offs), sx(v, 32) if code == LD_IMM64 else pick(imms), v,
                 pick(dists)) for v in imm64s}
        ops |= {(next(regs), pick(offs), pick(imms), pick(imm64s), d) for d in dists}
        flags = [frozenset(), frozenset({"hi_dead"})] if code & 0x07 in (ALU, ALU64) else [frozenset()]
        for (d, s), o, i, v, dist in sorted(ops):
            for isa in ISAS:
                for f in flags:
                    yield isa | f, code, ctx, d, s if src is None else src, o, i, v, dist


@st.composite
def insn_case(draw):
    code, off, imm, src, ctx = draw(st.sampled_from(KEYS))
    u64 = st.one_of(st.sampled_from(EDGE64), st.integers(0, M64))
    imm64 = draw(u64) if code == LD_IMM64 else draw(st.sampled_from([0, 0, M64]))
    off = draw(st.one_of(st.sampled_from(OFFS), st.integers(-0x8000, 0x7FFF))) if off is None else off
    if imm is None:
        imm = sx(imm64, 32) if code == LD_IMM64 else draw(st.one_of(
            st.sampled_from(EDGE32), st.integers(-(1 << 31), (1 << 31) - 1)))
    dist = draw(st.one_of(st.sampled_from(DISTS), st.integers(-(1 << 20), 1 << 20).map(lambda v: v * 2),
                          st.integers(-(1 << 30), 1 << 30).map(lambda v: v * 2),
                          st.integers(-(1 << 63), (1 << 63) - 1)))
    isa = draw(st.sampled_from(ISAS)) | (frozenset({"hi_dead"}) if draw(st.booleans()) else frozenset())
    return (isa, code, ctx, draw(st.integers(0, 10)),
            draw(st.integers(0, 10)) if src is None else src, off, imm, imm64, dist)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(insn_case())
def test_random_instructions(harness, case):
    got, want = harness.ask(c_request(*case)), py_insn(*case)
    assert same(got, want), f"C {got!r}, Python {want!r}"


def test_registers_out_of_range_are_refused(exe):
    reqs = [c_request(frozenset(), ALU64 | 0x00 | X, None, d, s, 0, 0, 0, 0)
            for d, s in ((11, 0), (0, 11), (15, 15), (255, 0), (0, 255))]
    assert all(a == "err -22" for a in run_batch(exe, reqs))
    # an opcode without rules
    assert run_batch(exe, [c_request(frozenset(), 0xFF, None, 0, 0, 0, 0, 0, 0)]) == ["err -95"]


# --- encoders -----------------------------------------------------------------------------------------

def field_values(spec, rng):
    if spec.kind in ("reg", "creg"):
        regs = [r for r in (range(8, 16) if spec.kind == "creg" else range(32))
                if r not in spec.not_ and not (spec.nonzero and r == 0)]
        return regs
    if spec.kind == "simm":
        lo, hi = -(1 << (spec.bits - 1)), (1 << (spec.bits - 1)) - spec.align
        vals = [lo, hi, 0, spec.align, -spec.align, lo + spec.align, hi - spec.align]
        vals += [rng.randrange(lo, hi + 1) // spec.align * spec.align for _ in range(8)]
    elif spec.kind == "uimm":
        a = spec.align
        vals = [0, a, (1 << spec.bits) - a, 1 << (spec.bits - 1)] + \
               [rng.randrange(1 << spec.bits) // a * a for _ in range(8)]
    else:                                                   # clui
        vals = [1, 31, 0xFFFE0, 0xFFFFF, 17, 0xFFFF0]
    return [v for v in vals if not (spec.nonzero and v == 0)]


def test_encoders(tmp_path):
    """Every C encoder (rendered from rvjit/encode.py) against encode(), field edges included;
    immediates given both as 64-bit patterns and as the rules' IR would (always patterns)."""
    rng = random.Random(7)
    forms = list(FORMS.values())
    src = ['#include <stdio.h>', '#include "rvjit_emit.h"', "",
           "static u64 call(int k, const u64 *a)", "{", "\tswitch (k) {"]
    for k, f in enumerate(forms):
        args = ", ".join(f"a[{j}]" for j in range(len(f.fields)))
        src.append(f"\tcase {k}: return rvjit_{f.encoder.__name__}({args});")
    na = max(len(f.fields) for f in forms)      # the widest encoder's operands (AMOs: 5)
    src += ["\t}", "\treturn ~0ULL;", "}", "",
            "int main(void)", "{", f"\tunsigned long long a[{na}];", "\tint k;", "",
            '\twhile (scanf("%d' + " %llx" * na + '", &k, '
            + ", ".join(f"&a[{j}]" for j in range(na)) + f') == {na + 1})',
            '\t\tprintf("%llx\\n", (unsigned long long)call(k, (const u64 *)a));', "\treturn 0;", "}"]
    (tmp_path / "enc.c").write_text("\n".join(src) + "\n")
    exe = tmp_path / "enc"
    subprocess.run(["gcc", *CFLAGS, *SANITIZE, str(tmp_path / "enc.c"), "-o", str(exe)],
                   check=True)
    lines, want = [], []
    for k, f in enumerate(forms):
        per_field = [field_values(s, rng) for s in f.fields.values()]
        n = max(map(len, per_field))
        for j in range(n):
            vals = [vs[j % len(vs)] if j < len(vs) else rng.choice(vs) for vs in per_field]
            word = int.from_bytes(encode(f.mnemonic, **dict(zip(f.fields, vals))), "little")
            a = [v & M64 for v in vals] + [0] * (na - len(vals))
            lines.append(f"{k} " + " ".join(f"{v:x}" for v in a))
            want.append(f"{word:x}")
    got = run_batch(exe, lines)
    bad = [(l, g, w) for l, g, w in zip(lines, got, want) if g != w]
    assert not bad, f"{len(bad)} of {len(lines)} encodings differ, e.g. {bad[:5]}"


# --- programs -------------------------------------------------------------------------------------

def py_program(code, isa, prog_type=None) -> str:
    try:
        img = jit.compile_program(code, isa, prog_type)
    except bpf.BpfError:                    # JitError, or refused by decode's checks
        return "err"
    flags = (1 if img.needs_rt else 0) | (2 if img.tail_calls else 0)
    return (f"ok {len(img.code):x} {img.epilogue_offset:x} {img.passes:x} {img.stack_bytes:x} "
            f"{flags:x} {img.code.hex()}")


def program_request(code, isa, prog_type=None) -> str:
    """The harness's request, with the contexts the Python JIT found (what the verifier's
    PTR_TO_CTX gives the kernel module)."""
    raw = code.code if hasattr(code, "code") else code
    try:
        ctxs = jit.compile_program(code, isa, prog_type).context_codes(len(raw) // 8)
    except bpf.BpfError:
        ctxs = b""
    return f"p {isa_bits(isa):x} {raw.hex()}" + (f" {ctxs.hex()}" if any(ctxs) else "")


def check_program(answer_c: str, code, isa, prog_type=None):
    want = py_program(code, isa, prog_type)
    if not same(answer_c, want):
        raw = code.code if hasattr(code, "code") else code
        try:
            listing = "\n".join(f"{i.index}: {bpf.disasm(i)}" for i in bpf.decode(raw))
        except bpf.BpfError as e:
            listing = str(e)
        raise AssertionError(f"ISA {sorted(isa)}: C {answer_c[:300]!r}\nPython {want[:300]!r}\n"
                             + listing)


@st.composite
def with_exits(draw):
    """Straight-line code with EXITs inside (jumps to the epilogue from anywhere)."""
    body = draw(st.lists(st.one_of(alu_insn(), alu_insn(), st.just(exit_())), min_size=1,
                         max_size=30))
    return b"".join(body) + exit_()


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(program(), with_exits()), st.sampled_from(ISAS))
def test_random_straight_line_programs(harness, code, isa):
    check_program(harness.ask(f"p {isa_bits(isa):x} {code.hex()}"), code, isa)


@settings(max_examples=max(1, EXAMPLES // 4), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(branchy_program(), st.sampled_from(ISAS))
def test_random_programs_with_branches(harness, code, isa):
    check_program(harness.ask(f"p {isa_bits(isa):x} {code.hex()}"), code, isa)


def test_corpus_programs(exe):
    """Every program of the clang-built corpus (rvlab/corpus: XDP and TC, with maps, helpers,
    bpf-to-bpf calls, tail calls and global data), linked, for every ISA setting."""
    from rvlab import corpus
    progs = [e.load(name) for e in corpus.select(corpus.build(), corpus.RVJIT_FEATURES,
                                                 who="c emitter")
             for name, _, _ in e.programs]
    cases = [(p, isa) for p in progs for isa in ISAS]
    got = run_batch(exe, [program_request(p, isa) for p, isa in cases])
    for (p, isa), answer in zip(cases, got):
        check_program(answer, p, isa)
        assert answer.startswith("ok"), (p.name, answer)
    assert len(progs) >= 100


def test_large_programs(exe):
    """Exits more than 1 MiB (auipc+jalr), then more than 2 KiB (jal) from the epilogue, on
    ~1.1 MB of code (10,000 64-bit byte swaps of 112 bytes each without Zbb)."""
    swap = insn(ALU64 | END | TO_LE, 1, imm=64)
    n = 10_000
    code = exit_() + swap * (n // 2) + exit_() + swap * (n // 2) + exit_() + swap * 5 + exit_()
    isas = [frozenset(), frozenset({"c"}), frozenset({"zbb", "c"})]
    got = run_batch(exe, [f"p {isa_bits(isa):x} {code.hex()}" for isa in isas])
    for isa, answer in zip(isas, got):
        check_program(answer, code, isa)
    img = jit.compile_program(code, frozenset())
    rules = [f.rule for f in img.fragments if f.insn.code == JMP | EXIT]
    assert rules == ["exit_far", "exit_jal", "exit_jal", "exit_fallthrough"], rules


def test_far_jumps(exe):
    """tests/rvjit/test_jit_programs.py's far programs: conditional branch, JA and gotol over
    ~1.3 MiB, and a branch just within jal's reach."""
    pad = insn(ALU64 | END | TO_LE, 1, imm=64)
    progs = [far_program(3), far_program(3, n=9_000), far_program(3, n=36),
             ld_imm64(0, 1) + insn(0x06, 0, 0, 0, 12_000) + pad * 12_000 + exit_(),
             ld_imm64(0, 1) + insn(0x05, 0, 0, 12_000) + pad * 12_000 + exit_()]
    cases = [(p, isa) for p in progs for isa in (frozenset(), frozenset({"c"}))]
    got = run_batch(exe, [f"p {isa_bits(isa):x} {p.hex()}" for p, isa in cases])
    for (p, isa), answer in zip(cases, got):
        check_program(answer, p, isa)


def test_every_frame(exe):
    """Programs naming every subset of R6..R10 (so every proven frame), under every ISA."""
    progs = []
    for mask in range(32):
        regs = [6 + k for k in range(5) if mask >> k & 1]
        body = b"".join(insn(ALU64 | 0xB0 | X, 0, r) for r in regs)      # r0 = rN
        progs.append(body + exit_())
    cases = [(p, isa) for p in progs for isa in ISAS]
    got = run_batch(exe, [f"p {isa_bits(isa):x} {p.hex()}" for p, isa in cases])
    for (p, isa), answer in zip(cases, got):
        check_program(answer, p, isa)


def test_bad_programs(exe):
    """Errors on both sides: no EXIT at the end, jumps out of the program or into an LD_IMM64;
    and C alone checks what a caller must have validated (LD_IMM64 cut in half, an empty
    program) instead of reading past the end."""
    progs = [insn(ALU64 | 0xB0, 1, imm=5), exit_() + insn(ALU64 | 0xB0, 1, imm=5),
             insn(0x05, 0, 0, 1) + exit_(), insn(0x05, 0, 0, -2) + exit_(),
             insn(0x15, 1, 0, 1) + ld_imm64(1, 7) + exit_(),
             insn(0x06, 0, 0, 0, 1 << 30) + exit_(), insn(0x06, 0, 0, 0, -(1 << 31)) + exit_()]
    got = run_batch(exe, [f"p 0 {p.hex()}" for p in progs])
    for p, g in zip(progs, got):
        check_program(g, p, frozenset())
    half = insn(LD_IMM64, 1, imm=5)
    assert run_batch(exe, [f"p 0 {half.hex()}", "p 0 "]) == [
        "err -22 0 LD_IMM64 is missing its second half", "err -22 -1 empty program"]





def test_whole_programs(exe):
    """Helper and bpf-to-bpf calls, map and function references, tail calls, context loads
    (tests/rvjit/test_calls.py's programs) under every ISA: the C driver's functions, frames,
    tail stub and layout are the Python JIT's, byte for byte."""
    from tests.rvjit.test_calls import whole_programs
    cases = [(p, t, isa) for p, t in whole_programs() for isa in ISAS]
    got = run_batch(exe, [program_request(p, isa, t) for p, t, isa in cases])
    for (p, t, isa), answer in zip(cases, got):
        check_program(answer, p, isa, t)
        assert answer.startswith("ok"), answer


@st.composite
def call_program(draw):
    """Random programs of 1-5 functions: ALU code, forward and backward jumps inside a
    function, helper calls, calls of later functions (no recursion), map and function
    references, and in the main function tail calls and context loads."""
    n = draw(st.integers(1, 5))
    bodies = []
    for k in range(n):
        body = []
        for _ in range(draw(st.integers(0, 12))):
            kind = draw(st.sampled_from(["alu", "alu", "helper", "call", "map", "func", "jump",
                                         "tail", "ctx", "stack"]))
            if kind == "helper":
                body.append(call(draw(st.sampled_from([1, 5, 12 if k else 7, 130, 211]))))
            elif kind == "call" and k + 1 < n:
                body.append(("call", draw(st.integers(k + 1, n - 1))))
            elif kind == "func" and k + 1 < n:
                body.append(("func", draw(st.integers(k + 1, n - 1))))
            elif kind == "map":
                body.append(ld_map(draw(st.integers(0, 9)), draw(st.integers(0, 2))))
            elif kind == "jump":
                body.append(("jump", draw(st.integers(-3, 3))))
            elif kind == "tail" and k == 0:
                body.append(ld_map(2, 0) + mov64(3, draw(st.integers(0, 3))) + tail_call())
            elif kind == "ctx" and k == 0:
                body.append(insn(0x61, draw(st.integers(0, 5)), 1, draw(st.sampled_from([0, 4, 8, 12]))))
            elif kind == "stack":
                body.append(insn(0x7B, 10, draw(st.integers(0, 9)), -8 * draw(st.integers(1, 64))))
            else:
                body.append(draw(alu_insn()))
        bodies.append(body + [exit_()])
    # Lay the functions out, then resolve calls and jumps to slots.
    starts, at = [], 0
    for b in bodies:
        starts.append(at)
        at += sum(2 if isinstance(x, tuple) and x[0] == "func" else
                  1 if isinstance(x, tuple) else len(x) // 8 for x in b)
    out = bytearray()
    for k, b in enumerate(bodies):
        slot, marks = starts[k], []
        for x in b:
            marks.append(slot)
            slot += 2 if isinstance(x, tuple) and x[0] == "func" else 1 if isinstance(x, tuple) \
                else len(x) // 8
        end = slot
        for j, (x, here) in enumerate(zip(b, marks)):
            if isinstance(x, tuple) and x[0] in ("call", "func"):
                delta = starts[x[1]] - here - 1
                out += call_local(delta) if x[0] == "call" else ld_func(1, delta)
            elif isinstance(x, tuple):                  # to the start of an element
                target = marks[min(max(j + 1 + x[1], 0), len(marks) - 1)]
                out += insn(0x05, 0, 0, target - here - 1)
            else:
                out += x
        assert slot == end
    from rvjit.program import MapSpec, Program
    maps = [MapSpec("progs", 3, 4, 4, 4), MapSpec("a", 2, 4, 8, 1), MapSpec("h", 1, 4, 8, 8)]
    return Program("r", bytes(out), maps, "xdp")


@settings(max_examples=max(1, EXAMPLES // 4), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(call_program(), st.sampled_from(ISAS))
def test_random_programs_with_calls(harness, prog, isa):
    """(Programs the Python side refuses for what only it checks, a context load whose base
    it cannot classify, are not compared: the kernel's verifier makes that check there.)"""
    assume(py_program(prog, isa) != "err")
    check_program(harness.ask(program_request(prog, isa)), prog, isa)


def test_driver_constants_match_python():
    src = (KMOD / "rvjit_jit.c").read_text()
    consts = dict(re.findall(r"#define (RVJIT_\w+)\s+(\d+)", src))
    assert int(consts["RVJIT_MAX_PASSES"]) == jit.MAX_PASSES
    from rvjit import abi
    assert int(consts["RVJIT_MAX_CALL_FRAMES"]) == abi.MAX_CALL_FRAMES
    assert int(consts["RVJIT_HELPER_TAIL_CALL"]) == abi.BPF_FUNC_tail_call
    from rvjit import upper
    masks = dict(re.findall(r"#define (RVJIT_\w+)\s+0x([0-9a-f]+)U", src))
    assert int(masks["RVJIT_ALL_REGS"], 16) == upper.mask(upper.ALL_REGS, 0, 0) == upper.ALL
    assert int(masks["RVJIT_CALL_CLOBBERS"], 16) == upper.mask(upper.CALL_CLOBBERS, 0, 0)
    assert int(masks["RVJIT_ARGS"], 16) == upper.mask(upper.ARGS, 0, 0)
    from proofs.obligations import IMAGE_LIMIT
    h = (KMOD / "generated" / "rvjit_emit.h").read_text()
    assert f"#define RVJIT_IMAGE_LIMIT\t0x{IMAGE_LIMIT:x}U" in h


# --- the generator's own checks ---------------------------------------------------------------------

def test_generator_refuses_unaudited_ir():
    from rvjit.gen import c
    from rvjit.rules.base import Pattern, rule
    boolean = ir.zext(64, ir.eq(ir.imm, 0))
    bad = rule("bad", Pattern(ALU64), [], ir.eq(boolean << 40, 0))
    if not boolean.c().startswith("((u64)"):
        with pytest.raises(c.GenError, match="boolean"):
            c.render_rule(bad, set())

    class Odd(ir.Const):
        pass
    with pytest.raises(c.GenError, match="no audited C rendering"):
        c.render_rule(rule("odd", Pattern(ALU64), [], ir.eq(Odd(1, 32), 0)), set())


def test_shared_subexpressions_keep_the_meaning():
    """`share` hoists repeated subexpressions; the rewritten expressions mean the same."""
    from rvjit.gen import c
    v = ir.imm64
    lower = ir.sext(64, ir.extract(11, 0, v))
    upper = ir.ashr(v - lower, 12)
    e = ir.eq(ir.ashr(upper, ir.ctz(upper)) + lower, upper)
    defs, (e2,) = c.share([e])
    assert [n for n, _ in defs] == ["t0", "t1"]
    env = {n: z3.BitVec(n, w) for n, w in ir.OPERANDS.items()}
    sub = dict(env, t0=lower.z3(env), t1=upper.z3(env))
    s = z3.Solver()
    s.add(e.z3(env) != e2.z3(sub))
    assert s.check() == z3.unsat


# --- every rule (last) -------------------------------------------------------------------------

def test_every_pattern_edges_and_every_rule(exe, models):
    """Runs last: the z3 models are computed meanwhile (see `models`)."""
    cases = list(edge_cases())
    models = models()
    for name, (code, ctx, risa, m) in models.items():
        for isa in ISAS:
            if set(risa) - {"hi_dead"} <= isa:
                cases.append((isa | (set(risa) & {"hi_dead"}), code, ctx, m["dst"], m["src"],
                              m["off"], m["imm"], m["imm64"], sx(m["dist"], 64)))
    want = [py_insn(*c) for c in cases]
    got = run_batch(exe, [c_request(*c) for c in cases])
    bad = [(c, g, w) for c, g, w in zip(cases, got, want) if not same(g, w)]
    assert not bad, f"{len(bad)} of {len(cases)} differ, e.g. {bad[:3]}"
    taken = {w.split()[1] for w in want if w != "err"}
    missing = set(models) - taken
    assert not missing, f"rules never taken: {sorted(missing)}"
    print(f"\n{len(cases)} instruction cases, {len(taken)} rules taken, "
          f"{len(models)} reachable")


# --- the IR's C rendering, away from the rule order ----------------------------------------------

def test_ir_renderings_agree_for_any_operands(tmp_path):
    """Every guard and template field of the table, rendered by rvjit/ir.py (with the
    generator's shared subexpressions), evaluated in C under the sanitizers for operand values
    no rule order protects (e.g. ctz of 0, shifts by 64) and compared with the Python
    rendering; registers R11-R15 only for the sanitizers (Python's RV_OF_BPF has 11 entries)."""
    from rvjit.gen import c
    from rvjit.ir import _ctz, _sx
    from rvjit.regmap import RV_OF_BPF
    from rvjit.rules import TABLE
    exprs = {}
    for r in TABLE.rules:
        for e in [r.guard] + [f for i in r.template for _, f in i.fields]:
            exprs.setdefault(e.key(), e)
    exprs = list(exprs.values())
    names = list(ir.OPERANDS) + list(ir.FLAGS)
    src = ['#include <stdio.h>', '#include "rvjit_emit.h"', ""]
    for k, e in enumerate(exprs):
        defs, (e2,) = c.share([e])
        src += [f"static u64 e{k}(const u64 *o __maybe_unused)", "{"]
        src += [f"\tconst u64 {n} = o[{names.index(n)}];" for n in c.operands_of(e)]
        src += [f"\tconst u64 {n} = {v};" for n, v in defs]
        src += [f"\treturn (u64){e2.c()};", "}", ""]
    src += ["static u64 (*const fns[])(const u64 *) = {", *(f"\te{k}," for k in range(len(exprs))),
            "};", "", "int main(void)", "{", f"\tunsigned long long o[{len(names)}];", "\tint k;", "",
            '\twhile (scanf("%d' + " %llx" * len(names) + '", &k, '
            + ", ".join(f"&o[{j}]" for j in range(len(names))) + f") == {len(names) + 1})",
            '\t\tprintf("%llx\\n", (unsigned long long)fns[k]((const u64 *)o));', "\treturn 0;", "}"]
    (tmp_path / "exprs.c").write_text("\n".join(src) + "\n")
    exe = tmp_path / "exprs"
    subprocess.run(["gcc", *CFLAGS, *SANITIZE, str(tmp_path / "exprs.c"),
                    str(KMOD / "generated" / "rvjit_emit.c"), "-o", str(exe)], check=True)
    rng = random.Random(11)
    u64s = EDGE64 + [0, 5, 0x800, 0xFFF, 1 << 12, 1 << 24, 1 << 36, 1 << 52]
    vectors = []
    for j in range(24):
        vectors.append([j % 11, (j * 7) % 11, rng.choice([0, 1, 0xFFFF, rng.randrange(1 << 16)]),
                        rng.choice([sx(v, 32) & 0xFFFFFFFF for v in EDGE32] + [rng.randrange(1 << 32)]),
                        rng.choice(u64s + [rng.randrange(1 << 64)]),
                        rng.choice([d & M64 for d in DISTS] + [rng.randrange(1 << 64)]),
                        j % 2, (j // 2) % 2])                       # rvc, hi_dead
    lines, want = [], []
    env = {"_sx": _sx, "_ctz": _ctz, "RV_OF_BPF": RV_OF_BPF}
    for k, e in enumerate(exprs):
        f = eval(compile(f"lambda {', '.join(names)}: {e.py()}", "<ir>", "eval"), env)
        for v in vectors:
            lines.append(f"{k} " + " ".join(f"{x:x}" for x in v))
            want.append(f"{int(f(*v)):x}")
        for d in (11, 15):                          # sanitizers only
            lines.append(f"{k} {d:x} {d:x} 0 0 0 0 " + " ".join("1" for _ in ir.FLAGS))
            want.append(None)
    got = run_batch(exe, lines)
    bad = [(exprs[int(l.split()[0])].key()[:200], l, g, w)
           for l, g, w in zip(lines, got, want) if w is not None and g != w]
    assert not bad, f"{len(bad)} of {len(lines)} differ, e.g. {bad[:3]}"
