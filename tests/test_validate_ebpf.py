"""semantics/ebpf.py against the Linux 6.1 BPF interpreter (rvjit.validate_ebpf), small N.

One VM boot runs RVJIT_EBPF_N random programs (default 200) plus a program the verifier must
refuse; a second boot localises a deliberately wrong semantics' first difference.  The check's
teeth: each mutant of the semantics below must disagree with the kernel on those programs.
`make validate N=...` runs the same check with a large N.
"""
import os
import struct
import sys
import zlib

import pytest
import z3

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from rvjit import validate_ebpf as V                                    # noqa: E402
from rvjit import vm                                                    # noqa: E402
from semantics import ebpf as E                                         # noqa: E402

N = int(os.environ.get("RVJIT_EBPF_N", "200"))
SEED = int(os.environ.get("RVJIT_EBPF_SEED", "0"))

need_vm = pytest.mark.skipif(not vm.vm_available(),
                             reason="VM not available: apt-get install " + " ".join(vm.missing()))

# w1 /= 0 by a constant: "div by zero", refused by the verifier.
REFUSED = V.Program([(E.LD_IMM64, r, 0, 0, 0, r) for r in range(V.NBODY)],
                    [(E.ALU | E.DIV | E.K, 1, 0, 0, 0, 0)], ["alu_div_k"])


@pytest.fixture(scope="module")
def kernel_run():
    programs = V.generate(N, SEED)
    run = V.run_kernel([p.full() for p in programs + [REFUSED]])
    return programs, run


@need_vm
def test_interpreter_agrees_with_semantics(kernel_run):
    programs, run = kernel_run
    assert run.release.startswith("6.1"), run.release
    assert run.jit_enable == 0
    assert run.bad_lines == 0
    ours = V.semantic_results([p.insns() for p in programs])
    agree, bad = V.compare(programs, run.results[:N], ours)
    assert agree == N, "\n\n".join(str(d) for d in bad[:5])
    used = {f for p in programs for f in p.forms}
    assert {f.name for f in V.FORMS} <= used, "some instruction forms were never generated"


@need_vm
def test_verifier_refusal_is_reported(kernel_run):
    _, run = kernel_run
    res = run.results[N]
    assert res.kind == "rejected" and "div by zero" in res.log, res
    _, bad = V.compare([REFUSED], [res], [[0] * V.NBODY])
    assert len(bad) == 1 and "div by zero" in str(bad[0]) and "w1 /= 0" in str(bad[0])


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


MUTANTS = {f.__name__.strip("_"): f for f in (
    _mod_by_zero_is_zero, _div_by_zero_all_ones, _shift32_masked_with_63, _arsh_is_logical,
    _alu32_sign_extends, _to_le_swaps)}


@need_vm
@pytest.mark.parametrize("mutant", sorted(MUTANTS))
def test_wrong_semantics_is_caught(kernel_run, monkeypatch, mutant):
    programs, run = kernel_run
    MUTANTS[mutant](monkeypatch)
    ours = V.semantic_results([p.insns() for p in programs], jobs=1)
    agree, bad = V.compare(programs, run.results[:N], ours)
    assert bad and all(d.kind == "registers" for d in bad), f"{mutant} was not caught"
    assert agree + len(bad) == N


@need_vm
def test_first_difference_is_localised(kernel_run, monkeypatch):
    """x % 0 = 0 instead of x: the report names a MOD by a register whose value is zero (in
    the operation's width), its inputs, and the kernel's and our result."""
    programs, run = kernel_run
    _mod_by_zero_is_zero(monkeypatch)
    ours = V.semantic_results([p.insns() for p in programs], jobs=1)
    _, bad = V.compare(programs, run.results[:N], ours)
    V.localize(bad, limit=2)
    for d in bad[:2]:
        f = d.first
        assert f is not None, str(d)
        code, dst, src = f.insn[:3]
        width = 64 if E.cls_of(code) == E.ALU64 else 32
        assert E.op_of(code) == E.MOD and code & E.X
        assert f.before[src] & ((1 << width) - 1) == 0
        assert f.kernel[dst] == f.before[dst] & ((1 << width) - 1)   # x % 0 = x (zero-extended)
        assert f.ours[dst] == 0
        text = str(d)
        assert "first difference" in text and "%=" in text and "kernel" in text and "ours" in text


# --- harness pieces that need no VM --------------------------------------------------------------

def _line(text):
    return f"{text} ~{zlib.crc32(text.encode()):08x}"


def test_parse_output_rejects_damaged_lines():
    regs = list(range(100, 100 + V.NBODY))
    data = struct.pack(f"<{V.NBODY}Q", *regs).hex()
    good = _line(f"P 0 2 {data}")
    damaged = good[:40] + "[   12.345678] random: crng init done" + good[40:]
    other = _line(f"P 1 2 {data}")
    flipped = other.replace(" 2 ", " 3 ", 1)                    # CRC no longer matches
    text = "\n".join(["noise", _line("J 0"), good, damaged, flipped, _line("D 3")])
    res, jit, done, bad, errors = V.parse_output(text, 3)
    assert jit == 0 and done == 3 and not errors
    assert res[0].kind == "ok" and res[0].regs == regs
    assert res[1].kind == "missing" and res[2].kind == "missing"
    assert bad == 2                     # both fail their CRC: ignored, never misread


def test_epilogue_and_batch_format():
    p = V.generate(1, 7)[0]
    full = p.full()
    assert full.startswith(V.PROLOGUE) and full.endswith(V.EPILOGUE)
    assert len(full) % 8 == 0
    batch = V.batch_file([full, full])
    assert batch[:4] == b"RVJB" and struct.unpack_from("<II", batch, 4) == (1, 2)
    assert struct.unpack_from("<I", batch, 12)[0] == len(full) // 8
    # the body never touches r9 (the context) or r10
    for code, dst, src, *_ in p.insns():
        assert dst < V.NBODY and src < V.NBODY


def test_cpio_newc_layout():
    a = vm.cpio_newc([("d", vm.S_IFDIR | 0o755, b""), ("d/f", vm.S_IFREG | 0o644, b"hello")])
    assert a.startswith(b"070701") and b"d/f\0" in a and b"hello" in a and b"TRAILER!!!" in a
    assert len(a) % 4 == 0


@need_vm
def test_run_in_vm_markers_status_and_jit_check():
    """Output framing and exit status; and the loader's JIT check has teeth: with the JIT
    switched on (BPF_TESTRUN_JIT=1) every program is reported as JIT-compiled."""
    files = {"in/x.txt": b"payload\n", "bpf_testrun": V.loader_binary(),
             "batch.bin": V.batch_file([p.full() for p in V.generate(2, 1)])}
    script = ("cat in/x.txt; echo to-stderr >&2\n"
              "BPF_TESTRUN_JIT=1 ./bpf_testrun batch.bin; echo loader=$?\nexit 3\n")
    with pytest.raises(vm.VMScriptError) as e:
        vm.run_in_vm(files, script, timeout=90)
    out = e.value.output.splitlines()
    assert out[:2] == ["payload", "to-stderr"] and out[-1] == "loader=1", out
    assert "status 3" in str(e.value)
    _, jit, _, bad, errors = V.parse_output(e.value.output, 2)
    assert jit == 1 and bad == 0
    assert errors and "JIT-compiled" in errors[0]
