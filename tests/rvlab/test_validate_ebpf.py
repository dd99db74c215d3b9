"""semantics/ebpf.py against the Linux 6.1 and 6.12 BPF interpreters (rvlab.validate_ebpf), small N.

One VM boot runs RVJIT_EBPF_N random programs of the mixed kind (default 200: straight-line
ALU, forward branches, bounded loops, stack traffic, and all of them together) plus a program
the verifier must refuse; a second boot localises three deliberately wrong semantics' first
differences (an ALU, a load and a jump mutant) at once.  The check's teeth: each mutant of the
semantics below must disagree with the kernel on those programs.
`make validate N=...` runs the same check with a large N.
"""
import os
import struct
import sys
import zlib

import pytest
import z3

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))

from rvjit import bpf as B                                              # noqa: E402
from rvlab import ebpf_programs as P                                    # noqa: E402
from rvlab import linux_interp as L                                     # noqa: E402
from rvlab import validate_ebpf as V                                    # noqa: E402
from rvlab import vm                                                    # noqa: E402
from semantics import ebpf as E                                         # noqa: E402

N = int(os.environ.get("RVJIT_EBPF_N", "200"))
SEED = int(os.environ.get("RVJIT_EBPF_SEED", "0"))

need_vm = pytest.mark.skipif(not vm.vm_available(),
                             reason="VM not available: apt-get install " + " ".join(vm.missing()))

# w1 /= 0 by a constant: "div by zero", refused by the verifier.
REFUSED = P.Program(list(range(P.NBODY)), [False] * P.NBODY, bytes(P.STACK_LEN),
                    [(E.ALU | E.DIV | E.K, 1, 0, 0, 0, 0)])


@pytest.fixture(scope="module")
def kernel_run():
    programs = P.generate(N, SEED)
    run = L.run_kernel([(p.full(), p.data()) for p in programs + [REFUSED]])
    return programs, run


@need_vm
def test_interpreter_agrees_with_semantics(kernel_run):
    programs, run = kernel_run
    assert run.release.startswith("6.1"), run.release
    assert run.jit_enable == 0
    assert run.bad_lines == 0
    ours = V.semantic_results(programs)
    agree, bad, rejected = V.compare(programs, run.results[:N], ours)
    assert not bad, "\n\n".join(str(d) for d in bad[:5])
    # the generator keeps to what the 6.1 verifier accepts
    assert len(rejected) <= N // 100, "\n".join(f"{i}: {k.reason}" for i, _, k in rejected)
    assert agree == N - len(rejected)
    used = {f for p in programs for f in p.forms}
    assert {f.name for f in P.FORMS} <= used, "some instruction forms were never generated"
    assert {p.kind for p in programs} == set(P.KINDS)
    assert len({s for p in programs for s in p.loops}) >= len(P.LOOP_SHAPES) - 2
    # most conditional jumps are the interpreter's to evaluate, not decided by the verifier
    body = sum(1 for p in programs for t in p.body if P.is_jump(t[0]) and t[0] != P.JA)
    kept = sum(k.cond_jumps - P.HARNESS_COND_JUMPS for k in run.results[:N] if k.kind == "ok")
    assert body > 300 and kept > 0.6 * body, (kept, body)
    # both outcomes of most conditional jump forms occur
    both = {f for p in programs for f in p.outcomes if all(
        sum(q.outcomes.get(f, (0, 0))[i] for q in programs) for i in (0, 1))}
    assert len(both) >= 0.8 * (len(P.JUMP_FORMS) - 1), sorted(both)


@need_vm
def test_verifier_refusal_is_reported(kernel_run):
    _, run = kernel_run
    res = run.results[N]
    assert res.kind == "rejected" and "div by zero" in res.log, res
    assert "div by zero" in res.reason
    agree, bad, rejected = V.compare([REFUSED], [res], [([0] * P.NBODY, bytes(64), None)])
    assert agree == 0 and not bad and len(rejected) == 1 and rejected[0][2] is res


# --- mutants: each must be caught ----------------------------------------------------------------

def _mod_by_zero_is_zero(monkeypatch):
    monkeypatch.setitem(E.ALU_CLAUSES, E.MOD, lambda d, s, w, off: z3.If(
        s == 0, z3.BitVecVal(0, w), z3.URem(d, s)))


def _div_by_zero_all_ones(monkeypatch):             # what RISC-V's divu gives
    monkeypatch.setitem(E.ALU_CLAUSES, E.DIV, lambda d, s, w, off: z3.UDiv(d, s))


def _shift32_masked_with_63(monkeypatch):
    orig = E.ALU_CLAUSES[E.LSH]
    monkeypatch.setitem(E.ALU_CLAUSES, E.LSH, lambda d, s, w, off: z3.If(
        z3.ULT(s & 63, w), d << (s & 63), z3.BitVecVal(0, w)) if w == 32 else orig(d, s, w, off))


def _arsh_is_logical(monkeypatch):
    monkeypatch.setitem(E.ALU_CLAUSES, E.ARSH, lambda d, s, w, off: z3.LShR(d, s & (w - 1)))


def _alu32_sign_extends(monkeypatch):               # Jitterbug's historical bug, inverted
    orig = E.alu_result

    def alu_result(code, dst_val, src_val, off, imm):
        r = orig(code, dst_val, src_val, off, imm)
        if E.cls_of(code) == E.ALU and E.op_of(code) != E.END:
            r = z3.SignExt(32, z3.Extract(31, 0, r))
        return r
    monkeypatch.setattr(E, "alu_result", alu_result)


def _to_le_swaps(monkeypatch):
    orig = E._end
    monkeypatch.setattr(E, "_end", lambda code, d, imm: orig(code | E.TO_BE, d, imm))


def _jset_is_equality(monkeypatch):
    monkeypatch.setitem(E.JMP_CLAUSES, E.JSET, lambda a, b: a == b)


def _jsle_is_strict(monkeypatch):
    monkeypatch.setitem(E.JMP_CLAUSES, E.JSLE, lambda a, b: a < b)


def _jmp32_compares_64_bits(monkeypatch):
    orig = E.jump_taken
    monkeypatch.setattr(E, "jump_taken", lambda code, d, s, imm: orig(
        E.JMP | (code & ~7) if E.cls_of(code) == E.JMP32 else code, d, s, imm))


def _jmp_imm_zero_extended(monkeypatch):
    orig = E.jump_taken

    def jump_taken(code, d, s, imm):
        if E.cls_of(code) == E.JMP and not code & E.X:
            return E.JMP_CLAUSES[E.op_of(code)](d, z3.ZeroExt(32, E.bv(imm, 32)))
        return orig(code, d, s, imm)
    monkeypatch.setattr(E, "jump_taken", jump_taken)


def _patch_step(monkeypatch, rewrite):
    orig = E.step
    monkeypatch.setattr(E, "step", lambda insn, regs, trace=(), mem=None: rewrite(
        orig, insn, regs, trace, mem))


def _ldx_sign_extends(monkeypatch):                 # MEM loads as if MEMSX
    def rewrite(orig, insn, regs, trace, mem):
        if E.cls_of(insn.code) == E.LDX and E.size_of(insn.code) < 8:
            insn = E.Insn((insn.code & ~0xE0) | E.MEMSX, insn.dst, insn.src, insn.off, 0)
        return orig(insn, regs, trace, mem)
    _patch_step(monkeypatch, rewrite)


def _st_imm_zero_extended(monkeypatch):             # ST DW stores the raw 32-bit immediate
    def rewrite(orig, insn, regs, trace, mem):
        if insn.code == E.ST | E.MEM | E.SIZE_DW:
            v = z3.BitVecVal(insn.imm & 0xFFFFFFFF, 64)
            e = orig(E.Insn(E.STX | E.MEM | E.SIZE_DW, insn.dst, 0, insn.off, 0),
                     [v] + list(regs[1:]), trace, mem)
            return E.Effect(list(regs), e.trace)
        return orig(insn, regs, trace, mem)
    _patch_step(monkeypatch, rewrite)


def _stx_h_writes_a_word(monkeypatch):
    def rewrite(orig, insn, regs, trace, mem):
        if insn.code == E.STX | E.MEM | E.SIZE_H:
            insn = E.Insn(E.STX | E.MEM | E.SIZE_W, insn.dst, insn.src, insn.off, 0)
        return orig(insn, regs, trace, mem)
    _patch_step(monkeypatch, rewrite)


MUTANTS = {f.__name__.strip("_"): f for f in (
    _mod_by_zero_is_zero, _div_by_zero_all_ones, _shift32_masked_with_63, _arsh_is_logical,
    _alu32_sign_extends, _to_le_swaps, _jset_is_equality, _jsle_is_strict,
    _jmp32_compares_64_bits, _jmp_imm_zero_extended, _ldx_sign_extends, _st_imm_zero_extended,
    _stx_h_writes_a_word)}


@need_vm
@pytest.mark.parametrize("mutant", sorted(MUTANTS))
def test_wrong_semantics_is_caught(kernel_run, monkeypatch, mutant):
    programs, run = kernel_run
    MUTANTS[mutant](monkeypatch)
    ours = V.semantic_results(programs, jobs=1)
    agree, bad, rejected = V.compare(programs, run.results[:N], ours)
    assert bad and all(d.kind in ("registers", "semantics") for d in bad), \
        f"{mutant} was not caught"
    assert agree + len(bad) + len(rejected) == N


@need_vm
def test_first_difference_is_localised(kernel_run, monkeypatch):
    """One VM boot localises three mutants' first differences: x % 0 = 0 instead of x (the
    report names a MOD by a register whose value is zero, with the kernel's and our result);
    MEM loads sign-extending (an LDX whose loaded bytes have the top bit set); JSET as
    equality (a JSET that ours and the kernel take differently)."""
    programs, run = kernel_run
    plans = {}
    for name in ("mod_by_zero_is_zero", "ldx_sign_extends", "jset_is_equality"):
        with monkeypatch.context() as m:
            MUTANTS[name](m)
            ours = V.semantic_results(programs, jobs=1)
            _, bad, _ = V.compare(programs, run.results[:N], ours)
            assert bad, name
            plans[name] = (bad, V.localize_plan(bad, limit=2))
    kr = L.run_kernel([x for _, plan in plans.values() for x in plan.programs])
    at = 0
    for name, (bad, plan) in plans.items():
        with monkeypatch.context() as m:
            MUTANTS[name](m)
            assert plan.apply(kr.results[at:at + len(plan.programs)]) == 0
        at += len(plan.programs)
        for d in plan.todo:
            f = d.first
            assert f is not None, f"{name}: {d}"
            code, dst, src, off = f.insn[:4]
            text = str(d)
            assert "first difference" in text and "<-- first difference" in text
            if name == "mod_by_zero_is_zero":
                width = 64 if E.cls_of(code) == E.ALU64 else 32
                assert E.op_of(code) == E.MOD and code & E.X
                assert f.before[src] & ((1 << width) - 1) == 0
                assert f.kernel[dst] == f.before[dst] & ((1 << width) - 1)   # x % 0 = x
                assert f.ours[dst] == 0
                assert "%=" in text
            elif name == "ldx_sign_extends":
                n = E.size_of(code)
                assert E.cls_of(code) == E.LDX and n < 8 and src == 10
                loaded = int.from_bytes(f.before_stack[P.STACK_LEN + off:][:n], "little")
                assert f.kernel[dst] == loaded and loaded >> (8 * n - 1)
                assert f.ours[dst] == loaded | (P.MASK64 << (8 * n)) & P.MASK64
            else:
                assert E.op_of(code) == E.JSET and f.taken is not None
                assert ("the kernel takes it" in text) != f.taken


# --- harness pieces that need no VM --------------------------------------------------------------

def _line(text):
    return f"{text} ~{zlib.crc32(text.encode()):08x}"


def test_parse_output_rejects_damaged_lines():
    regs = list(range(100, 100 + P.NBODY))
    stack = bytes(range(P.STACK_LEN))
    data = (struct.pack(f"<{P.NBODY}Q", *regs) + stack).hex()
    good = _line(f"P 0 2 {data} 3")
    damaged = good[:40] + "[   12.345678] random: crng init done" + good[40:]
    other = _line(f"P 1 2 {data} 3")
    flipped = other.replace(" 2 ", " 3 ", 1)                    # CRC no longer matches
    text = "\n".join(["noise", _line("J 0"), good, damaged, flipped, _line("D 3")])
    res, jit, done, bad, errors = L.parse_output(text, 3)
    assert jit == 0 and done == 3 and not errors
    assert res[0].kind == "ok" and res[0].regs == regs and res[0].stack == stack
    assert res[0].cond_jumps == 3
    assert res[1].kind == "missing" and res[2].kind == "missing"
    assert bad == 2                     # both fail their CRC: ignored, never misread


def test_program_layout_and_batch_format():
    programs = P.generate(60, 7)
    assert {p.kind for p in programs} == set(P.KINDS)
    for p in programs:
        full = p.full()
        assert len(full) % 8 == 0 and p.bytecode() in full
        B.decode(full)                              # well-formed, jumps inside the program
        B.decode(p.full((0, 1)))
        assert len(p.data()) == P.DATA_LEN
        slots, at, total = P.slot_table(p.body)
        for i, (code, dst, src, off, imm, _) in enumerate(p.body):
            cls = E.cls_of(code)
            if cls in (E.LDX, E.ST, E.STX):          # R10-relative, aligned, in the region
                n = E.size_of(code)
                assert (src if cls == E.LDX else dst) == 10
                assert -P.STACK_LEN <= off <= -n and off % n == 0
                assert (dst if cls == E.LDX else src) < P.NBODY
            elif P.is_jump(code):
                assert slots[i] + 1 + off in at     # lands on an instruction or the end
                if E.op_of(code) != E.JA:
                    assert dst < P.NBODY and (not code & E.X or src < P.NBODY)
            else:                                   # never touches R9, never reads R10
                assert dst < P.NBODY and src < P.NBODY
    batch = L.batch_file([(programs[0].full(), programs[0].data())] * 2)
    assert batch[:4] == b"RVJB" and struct.unpack_from("<II", batch, 4) == (2, 2)
    slots, plen = struct.unpack_from("<II", batch, 12)
    assert slots == len(programs[0].full()) // 8 and plen == P.DATA_LEN
    assert batch[20 + 8 * slots:][:plen] == programs[0].data()


def test_loops_keep_their_counter():
    """Inside a loop nothing but the loop's own update writes the counter R8, and in a loop
    whose trip count is data ((rX & 3) + 1) only the loop's own test reads it in a jump."""
    var = 0
    for p in P.generate(150, 3, kind="full"):
        slots, at, _ = P.slot_table(p.body)
        for i, t in enumerate(p.body):
            if P.is_jump(t[0]) and t[3] < 0:        # a backward jump closes a loop
                head = at[slots[i] + 1 + t[3]]
                writers = [j for j in range(head, i) if E.cls_of(p.body[j][0]) in (
                    E.ALU, E.ALU64, E.LDX, E.LD) and p.body[j][1] == P.COUNTER]
                assert len(writers) == 1, p.listing()
                if head >= 3 and p.body[head - 2][:5] == (E.ALU64 | E.AND | E.K, 8, 0, 0, 3) \
                        or p.body[head - 2][:5] == (E.ALU | E.AND | E.K, 8, 0, 0, 3):
                    var += 1
                    tests = [j for j in range(head, i + 1) if P.is_jump(p.body[j][0])
                             and p.body[j][0] != P.JA and (p.body[j][1] == P.COUNTER or (
                                 p.body[j][0] & E.X and p.body[j][2] == P.COUNTER))]
                    assert len(tests) == 1, p.listing()     # the loop's test
    assert var > 20


def test_generation_is_deterministic_across_processes():
    one = P.generate(200, 5, jobs=1)
    two = P.generate(200, 5, jobs=2)
    assert [(p.kind, p.body, p.inputs) for p in one] == [(p.kind, p.body, p.inputs) for p in two]


def test_cpio_newc_layout():
    a = vm.cpio_newc([("d", vm.S_IFDIR | 0o755, b""), ("d/f", vm.S_IFREG | 0o644, b"hello")])
    assert a.startswith(b"070701") and b"d/f\0" in a and b"hello" in a and b"TRAILER!!!" in a
    assert len(a) % 4 == 0


@need_vm
def test_run_in_vm_markers_status_and_jit_check():
    """Output framing and exit status; and the loader's JIT check has teeth: with the JIT
    switched on (BPF_TESTRUN_JIT=1) every program is reported as JIT-compiled."""
    files = {"in/x.txt": b"payload\n", "bpf_testrun": L.loader_binary(),
             "batch.bin": L.batch_file([(p.full(), p.data()) for p in P.generate(2, 1)])}
    script = ("cat in/x.txt; echo to-stderr >&2\n"
              "BPF_TESTRUN_JIT=1 ./bpf_testrun batch.bin; echo loader=$?\nexit 3\n")
    with pytest.raises(vm.VMScriptError) as e:
        vm.run_in_vm(files, script, timeout=90)
    out = e.value.output.splitlines()
    assert out[:2] == ["payload", "to-stderr"] and out[-1] == "loader=1", out
    assert "status 3" in str(e.value)
    _, jit, _, bad, errors = L.parse_output(e.value.output, 2)
    assert jit == 1 and bad == 0
    assert errors and "JIT-compiled" in errors[0]


# --- ISA v4 and atomics, against Linux 6.12 (6.1 predates v4) -----------------------------------

N612 = int(os.environ.get("RVJIT_EBPF_N612", "120"))
K612 = vm.target("6.12").kernel
need_612 = pytest.mark.skipif(K612 is None or not vm.vm_available(),
                              reason="no Linux 6.12: apt-get install linux-image-6.12-amd64")


@pytest.fixture(scope="module")
def run_612():
    programs = P.generate(N612, SEED, kind="v4") + P.generate(N612, SEED, kind="atomic")
    return programs, L.run_kernel([(p.full(), p.data()) for p in programs], kernel=K612)


@need_612
def test_v4_and_atomics_agree_with_linux_612(run_612):
    programs, run = run_612
    assert run.release.startswith("6.12"), run.release
    agree, bad, rejected = V.compare(programs, run.results, V.semantic_results(programs))
    assert not bad, "\n\n".join(str(d) for d in bad[:5])
    assert len(rejected) <= len(programs) // 50, "\n".join(f"{i}: {k.reason}" for i, _, k in rejected)
    names = {P.form_name(t) for p in programs for t in p.body}
    assert P.V4_NAMES <= names, sorted(P.V4_NAMES - names)
    assert P.ATOMIC_NAMES <= names, sorted(P.ATOMIC_NAMES - names)


@need_612
@pytest.mark.parametrize("mutant", ["fetch_w_sign_extends", "sdiv_unsigned"])
def test_wrong_v4_or_atomic_semantics_is_caught(run_612, monkeypatch, mutant):
    """The 6.12 check can fail: a 32-bit fetch that leaves the old value sign-extended, or a
    signed division computed unsigned, must disagree with the kernel."""
    programs, run = run_612
    if mutant == "sdiv_unsigned":
        monkeypatch.setitem(E.ALU_CLAUSES, E.DIV, lambda d, s, w, off: z3.If(
            s == 0, z3.BitVecVal(0, w), z3.UDiv(d, s)))
    else:
        real = E._atomic

        def wrong(insn, regs, trace, mem):
            eff = real(insn, regs, trace, mem)
            if E.size_of(insn.code) == 4 and insn.imm & E.FETCH and insn.imm != E.CMPXCHG:
                r = E.read(eff.regs, insn.src)
                eff.regs = E.write(eff.regs, insn.src, z3.SignExt(32, z3.Extract(31, 0, r)))
            return eff
        monkeypatch.setattr(E, "_atomic", wrong)
    _, bad, _ = V.compare(programs, run.results, V.semantic_results(programs))
    assert bad, f"mutant {mutant} agreed with Linux 6.12 on {len(programs)} programs"
