"""The sweep over real BPF objects: those Debian's xdp-tools and libxdp1 install (.ci/run
apt-installs them).  Every program compiles into valid RV64 code or stops at a named
unsupported feature; no other exception."""
from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest

from rvjit import bpf
from rvjit.jit import compile_program
from rvlab import sweep

ROOT = Path(__file__).resolve().parents[2]
ISAS = [frozenset(), frozenset({"c"})]       # capstone 5 cannot decode Zba/Zbb


@pytest.fixture(scope="module")
def objects():
    try:
        return sweep.default_objects()
    except RuntimeError as e:
        pytest.fail(f"{e} (.ci/run installs them)")


@pytest.fixture(scope="module", params=ISAS, ids=lambda isa: "rv64im" + "".join(sorted(isa)))
def swept(request, objects):
    return request.param, sweep.sweep(objects, request.param)


def test_no_errors(swept):
    _, results = swept
    bugs = [f"{r.object} {r.program}:\n{r.traceback or r.message}"
            for r in results if r.status == "error"]
    assert not bugs, "\n".join(bugs)
    assert not [r for r in results if r.status == "unusable"]
    assert any(r.program != "-" for r in results)


def _decodes(code: bytes, isa) -> list:
    import capstone
    mode = capstone.CS_MODE_RISCV64 | (capstone.CS_MODE_RISCVC if "c" in isa else 0)
    md, out, at = capstone.Cs(capstone.CS_ARCH_RISCV, mode), [], 0
    for ins in md.disasm(code, 0):
        assert ins.address == at
        out.append(ins)
        at += ins.size
    assert at == len(code), f"capstone stops at byte {at} of {len(code)}: {code[at:at + 4].hex()}"
    return out


def test_each_program_compiles_or_names_its_feature(swept):
    isa, results = swept
    compiled = 0
    for r in results:
        where = f"{Path(r.object).name} {r.program} ({r.section})"
        if r.status == "compiled":
            compiled += 1
            assert r.image and r.size == len(r.image) > 0, where
            ins = _decodes(r.image, isa)
            assert ins[-1].mnemonic in ("ret", "jalr", "c.jr", "jr"), (where, ins[-1].mnemonic)
            assert not r.features, (where, r.features)        # nothing unsupported inside
        else:
            assert r.status == "unsupported", (where, r.status, r.message)
            assert r.feature is not None, f"{where}: not a named feature: {r.message}"
            # what has no meaning off the host, or what a verifier refuses too
            assert r.feature.endswith("(refused)") or r.feature in (
                "context or not on different paths",
                "context accesses the device context does not have"), (where, r.feature)
            assert r.index is not None and 0 <= r.index < r.slots, (where, r.index)
            # The full scan sees the instruction the pipeline stopped at, and no bad input.
            assert any(r.index in slots for slots in r.features.values()), (where, r.features)
            assert not [f for f in r.features if f.startswith("invalid")], (where, r.features)
    assert compiled > 0


def test_line_per_program(swept):
    _, results = swept
    for r in results:
        line = r.line()
        assert "\n" not in line
        if r.status == "compiled":
            assert f"compiled {r.slots} insns -> {r.size} bytes" in line
        else:
            assert f"unsupported: {r.feature} at insn {r.index} [" in line and "; contains: " in line


def _slot(code, dst=0, src=0, off=0, imm=0):
    return struct.pack("<BBhi", code, dst | src << 4, off, imm)


def test_scan_sees_past_the_first_stop():
    code = b"".join([
        _slot(0xB7, 0, imm=1),                       # r0 = 1
        _slot(0x85, imm=1),                          # call map_lookup_elem (helper): supported
        _slot(0x30, imm=12),                         # LD_ABS B [12] (legacy packet load)
        _slot(0xDB, 10, 1, -8, 0x01),                # r1 = atomic_fetch_add(..): supported
        _slot(0x18, 1, 3, imm=77), _slot(0),         # r1 = ksym/kconfig extern (LD_IMM64 src=3)
        _slot(0x85, src=1, imm=4),                   # bpf2bpf call (to slot 11): supported
        _slot(0x85, src=2, imm=77),                  # kfunc call
        _slot(0x85, imm=12),                         # tail call (helper 12): supported
        _slot(0x85, imm=100000),                     # no helper has this id: bad input
        _slot(0x95),                                 # exit
        _slot(0xB7, 0, imm=0), _slot(0x95),          # the subprogram
    ])
    with pytest.raises(bpf.BpfError) as e:
        compile_program(code)
    assert e.value.index == 2 and sweep.feature_of(e.value.msg) == "LD_ABS (refused)"
    found = sweep.scan(code)
    invalid = [f for f in found if f.startswith("invalid: call to helper id 100000")]
    assert {f: sorted(s) for f, s in found.items()} == {
        "LD_ABS (refused)": [2], "ksym/kconfig externs (refused)": [4],
        "kfunc calls (refused)": [7], invalid[0]: [9]}


def test_relocations_are_resolved(objects):
    """A relocated LD_IMM64 has src=0 in the object: only the relocation says it is no
    constant.  In the linked program every one is a map, global-data or function reference
    (src 5, 6, 4), and every relocated call a bpf-to-bpf call to the start of a function."""
    from rvjit import elf
    for path in objects:
        obj = elf.Object(path)
        for fn in obj.programs():
            prog = elf.link(obj, fn)
            starts = {start for _, start in prog.functions}
            for slot, sym, _typ in fn.relocations:
                code, regs, _off, imm = struct.unpack_from("<BBhi", prog.code, 8 * slot)
                if code == 0x18:
                    assert regs >> 4 in (4, 5, 6), (path, fn.name, slot, sym)
                else:
                    assert code == 0x85 and regs >> 4 == 1 and slot + 1 + imm in starts, (
                        path, fn.name, slot, sym)


def test_unusable_objects_are_not_errors(tmp_path):
    junk = tmp_path / "junk.o"
    junk.write_bytes(b"not an ELF object")
    results = sweep.sweep([junk, sys.executable, tmp_path / "missing.o"])
    assert [r.status for r in results] == ["unusable"] * 3


def test_command_line(objects):
    p = subprocess.run([sys.executable, "-m", "rvlab.sweep"], cwd=ROOT, capture_output=True,
                       text=True, timeout=600)
    assert p.returncode == 0, p.stdout + p.stderr
    lines = p.stdout.splitlines()
    summary = next(l for l in lines if l.startswith("summary: "))
    assert ", 0 errors" in summary
    n = int(summary.split()[1])
    assert len([l for l in lines if " compiled " in l or " unsupported: " in l]) == n
