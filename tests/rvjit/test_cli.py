"""The command line: output formats, and bad input refused with the instruction named."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from semantics.ebpf import ADD, ALU64, DIV, LD_IMM64, LSH, MOV, NEG, X
from tests.asm import (alu32, alu64, call, call_local, end, exit_, insn, ld_imm64, ld_map, mov64,
                       tail_call)

ROOT = Path(__file__).resolve().parents[2]


def rvjit(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "rvjit.cli", *map(str, args)], cwd=cwd,
                          capture_output=True, timeout=120)


def prog(tmp_path, data: bytes, name="p.bin") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


GOOD = mov64(0, 40) + alu64(ADD, 0, imm=2) + end(0, 16, be=True) + exit_()


def chain(n):
    """n functions, each calling the next: a call chain of n frames."""
    return b"".join(call_local(1) + exit_() for _ in range(n - 1)) + mov64(0, 1) + exit_()


def test_formats_agree(tmp_path):
    p = prog(tmp_path, GOOD)
    b = rvjit("compile", p, "-f", "bin", "-o", tmp_path / "o.bin")
    assert b.returncode == 0, b.stderr
    code = (tmp_path / "o.bin").read_bytes()
    h = rvjit("compile", p, "-f", "hex")
    assert h.stdout.decode().strip() == code.hex()
    lst = rvjit("compile", p, "-f", "listing").stdout.decode()
    # capstone's text for the instructions we know are there: the 12-bit add, and the return.
    assert "addi a5, a5, 2" in lst and "ret" in lst
    assert "r0 += 2" in lst and "rule alu64_add_k_imm12" in lst
    assert len(code) > 0 and len(code) % 4 == 0


@pytest.mark.parametrize("data,index,words", [
    (GOOD + b"\x07\x00\x00", 4, "truncated bytecode"),
    (mov64(0, 1) + insn(0x0E) + exit_(), 1, "unknown opcode 0x0e"),
    (mov64(0, 1) + insn(LD_IMM64, 0, imm=5), 1, "missing its second half"),
    (ld_imm64(0, 5)[:8] + insn(0x07, 0, 0, 0, 1) + exit_(), 1, "second half of LD_IMM64"),
    (insn(ALU64 | ADD, 0, 3, 0, 5) + exit_(), 0, "reserved field src"),
    (insn(ALU64 | ADD | X, 0, 3, 0, 5) + exit_(), 0, "reserved field imm"),
    (insn(ALU64 | LSH, 0, 0, 2, 5) + exit_(), 0, "reserved field off"),
    (insn(ALU64 | DIV | X, 0, 1, 2) + exit_(), 0, "off must be 0 (unsigned) or 1 (signed)"),
    (insn(ALU64 | MOV | X, 0, 1, 4) + exit_(), 0, "MOVSX"),
    (insn(ALU64 | NEG | X, 0, 1) + exit_(), 0, "NEG has no X form"),
    (end(0, 17) + exit_(), 0, "END width"),
    (mov64(10, 1) + exit_(), 0, "r10, which is read-only"),
    (insn(ALU64 | MOV | X, 0, 11) + exit_(), 0, "register out of range"),
    (mov64(0, 1) + mov64(1, 2), 1, "last instruction must be EXIT"),
    # Calls, maps, tail calls, contexts (docs/abi.md): only what has no meaning off the host,
    # or that Linux refuses too.
    (mov64(0, 1) + call(0) + exit_(), 1, "call to helper id 0: no Linux helper has this id"),
    (mov64(0, 1) + call(212) + exit_(), 1, "call to helper id 212: no Linux helper has this id"),
    (mov64(0, 1) + call(-7) + exit_(), 1, "no Linux helper has this id"),
    (mov64(0, 1) + insn(0x85, 0, 2, 0, 77) + exit_(), 1, "kfunc call (CALL src=2, BTF id 77)"),
    (mov64(0, 1) + insn(0x85, 0, 3, 0, 1) + exit_(), 1, "CALL with src=3: unknown"),
    (mov64(0, 1) + insn(0x85, 1, 0, 0, 1) + exit_(), 1, "reserved fields of CALL"),
    (mov64(0, 1) + insn(LD_IMM64, 1, 3, 0, 9) + insn(0) + exit_(), 1, "ksym or kconfig extern"),
    (mov64(0, 1) + insn(LD_IMM64, 1, 7, 0, 9) + insn(0) + exit_(), 1, "LD_IMM64 with src=7: unknown"),
    (mov64(0, 1) + ld_map(1, 64) + exit_(), 1, "map reference to map index 64"),
    (mov64(0, 1) + insn(0x28, 0, 0, 0, 12) + exit_(), 1, "LD_ABS (opcode 0x28) is a legacy packet load"),
    (mov64(0, 1) + insn(0x40, 0, 1, 0, 0) + exit_(), 1, "LD_IND (opcode 0x40)"),
    (mov64(0, 1) + call_local(5) + exit_(), 1, "call target 7 is past the end"),
    (mov64(0, 1) + call_local(-2) + exit_(), 1, "call to the main function"),
    (mov64(0, 1) + call_local(1) + exit_() + call_local(-1) + exit_(), 3,
     "makes the call chain insn 0 -> insn 3 -> insn 3 a cycle"),
    (mov64(0, 1) + call_local(1) + exit_() + insn(0x05, 0, 0, -3) + exit_(), 3,
     "jump from the function at insn 3 into another function"),
    (mov64(0, 1) + call_local(1) + mov64(0, 3) + exit_(), 2,
     "the function at insn 0 ends with r0 = 3: control would run into the next function"),
    (chain(9), 14, "makes a call chain of 9 frames"),
    (mov64(2, 0) + tail_call() + exit_(), 1, "R2 is not a map reference on every path"),
    (call_local(1) + exit_() + ld_map(2, 0) + tail_call() + exit_(), 4,
     "tail call from the subprogram at insn 2"),
    (insn(0x69, 0, 1, 0) + exit_(), 0, "a 2-byte load of the xdp context's pointer field data"),
    (insn(0x79, 0, 1, 4) + exit_(), 0, "8-byte load of the xdp context's pointer field data_end"),
    (insn(0x63, 1, 0, 8) + exit_(), 0, "a 4-byte store of the xdp context's pointer field data_meta"),
    (insn(0x61, 0, 1, 24) + exit_(), 0, "load outside the xdp context"),
    (insn(0x15, 0, 0, 1) + alu64(MOV, 1, 2) + insn(0x61, 0, 1, 4) + exit_(), 2,
     "r1 is the context on some paths and not on others"),
    (mov64(0, 1) + insn(0xDB, 10, 0, -8, 0x02) + exit_(), 1, "unknown atomic operation imm=0x2"),
    (mov64(0, 1) + insn(0xD3, 10, 0, -8, 0x01) + exit_(), 1, "has no B form"),
    (mov64(0, 1) + insn(0xDB, 10, 10, -8, 0x01) + exit_(), 1, "writes r10"),
    (mov64(0, 1) + insn(0x05, 0, 0, 5) + exit_(), 1, "jump target 7 is past the end"),
    (mov64(0, 1) + insn(0x15, 0, 0, -3) + exit_(), 1, "jump target -1 is before the start"),
    (ld_imm64(0, 1) + insn(0x05, 0, 0, -2) + exit_(), 2, "into the middle of an LD_IMM64"),
    (mov64(0, 1) + insn(0x15, 0, 0, -2), 1, "last instruction must be EXIT or an unconditional jump"),
    (mov64(0, 1) + insn(0x9D, 0, 0, 0) + exit_(), 1, "unknown opcode 0x9d"),
    (mov64(0, 1) + insn(0x61, 10, 1, 0) + exit_(), 1, "LDX writes r10"),
    (mov64(0, 1) + insn(0x99, 0, 1, 0) + exit_(), 1, "MEMSX has no DW size"),
    (mov64(0, 1) + insn(0x62, 10, 1, -8, 5) + exit_(), 1, "reserved field src of ST"),
    (insn(0x95, 1) , 0, "reserved fields of EXIT"),
])
def test_bad_input_names_the_instruction(tmp_path, data, index, words):
    r = rvjit("compile", prog(tmp_path, data), "-f", "hex")
    err = r.stderr.decode()
    assert r.returncode == 1, (r.returncode, err)
    assert f"insn {index} (byte {index * 8})" in err and words in err, err
    assert "Traceback" not in err and r.stdout == b""


def test_empty_and_missing(tmp_path):
    r = rvjit("compile", prog(tmp_path, b""))
    assert r.returncode == 1 and b"empty program" in r.stderr
    r = rvjit("compile", tmp_path / "nope.bin")
    assert r.returncode == 1 and b"No such file" in r.stderr
    r = rvjit("compile", prog(tmp_path, b"\x7fELF" + bytes(60)))
    assert r.returncode == 1 and b"not a valid ELF file" in r.stderr
    r = rvjit("compile", prog(tmp_path, GOOD), "--isa", "zbx")
    assert r.returncode == 1 and b"unknown ISA extension" in r.stderr


def test_isa_extensions_change_code(tmp_path):
    p = prog(tmp_path, mov64(0, 0x1234) + end(0, 64, be=True) + alu32(MOV, 1, 0) + exit_())
    base = rvjit("compile", p, "-f", "bin").stdout
    ext = rvjit("compile", p, "-f", "bin", "--isa", "zba,zbb").stdout
    assert len(ext) < len(base)
    assert "rev8" in rvjit("compile", p, "-f", "listing", "--isa", "zbb").stdout.decode()


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_prove_refuses_a_corrupted_rule(tmp_path):
    """End to end, as a researcher meets it: edit a rule, run `make prove`, read the
    counterexample.  In a copy of the repository (tracked files), with the certificate."""
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    if not files:
        pytest.fail("git ls-files listed nothing")
    for f in files + ["proofs/certificate.json"]:
        src = ROOT / f
        if src.exists():
            (tmp_path / f).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, tmp_path / f)
    alu = tmp_path / "rvjit/rules/alu.py"
    text = alu.read_text()
    needle = 'r.append(rule("alu64_neg", Pattern(c(NEG, K)), [asm.sub(D, ZERO, D)]))'
    assert needle in text
    alu.write_text(text.replace(needle, needle.replace("asm.sub(D, ZERO, D)", "asm.sub(D, D, ZERO)")))
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    r = subprocess.run(["make", "-s", "prove", f"PY={sys.executable}"], cwd=tmp_path, capture_output=True, text=True,
                       env=env, timeout=600)
    out = r.stdout + r.stderr
    assert r.returncode != 0, out
    assert "FAILED" in out and "alu64_neg" in out and "eBPF gives" in out and "<-- differs" in out, out
    assert "1 failed" in out
    # ... and the generator refuses to emit the unproven table.
    g = subprocess.run(["make", "-s", "gen", f"PY={sys.executable}"], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert g.returncode != 0 and "alu64_neg" in g.stderr, g.stdout + g.stderr
