"""ELF input: real objects from clang -target bpf -O2, compiled at test time."""
from __future__ import annotations

import random
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from rvjit import bpf, elf, emulator
from rvjit.jit import compile_program
from semantics import ebpf
from semantics.memory import ConcreteMemory

ROOT = Path(__file__).resolve().parents[2]
M64 = (1 << 64) - 1


@pytest.fixture(scope="module")
def obj(tmp_path_factory):
    if not shutil.which("clang"):
        pytest.fail("clang is needed (Debian package clang; .ci/run installs it)")
    out = tmp_path_factory.mktemp("elf") / "progs.o"
    subprocess.run(["clang", "-target", "bpf", "-O2", "-c", str(ROOT / "tests/data/progs.c"),
                    "-o", str(out)], check=True)
    return out


def sum_words(words):                     # the C function in tests/data/progs.c, in Python
    acc = 0
    for w in words[:8]:
        acc = (acc * 31 + (w ^ (w >> 7))) & M64
    return acc, acc % 1000003


def checksum(data):
    s = 0
    for i in range(0, 64, 2):
        s = (s + (data[i] << 8 | data[i + 1])) & 0xFFFFFFFF
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def semantics_r0(code: bytes, mem: bytes, base=0x10000) -> int:
    insns = [ebpf.Insn(i.code, i.dst, i.src, i.off, i.imm, i.imm64) for i in bpf.decode(code)]
    m = ConcreteMemory({base + k: b for k, b in enumerate(mem)})
    return ebpf.run_concrete(insns, [0, base] + [0] * 8 + [0x7FFF0000], m)[0]


def test_lists_programs_by_symbol_and_section(obj):
    progs = {p.name: p.section for p in elf.programs(obj)}
    assert progs == {"sum_words": "xdp", "checksum": "tc", "uses_map": "xdp/maps"}
    assert elf.load(obj, "tc").name == "checksum"       # by section name


@pytest.mark.parametrize("isa", [frozenset(), frozenset({"zba", "zbb", "c"})])
def test_runs_real_programs(obj, isa):
    rng = random.Random(7)
    for _ in range(20):
        words = [rng.getrandbits(64) for _ in range(9)]
        mem = struct.pack("<9Q", *words)
        code = elf.load(obj, "sum_words").code
        res = emulator.call(compile_program(code, isa).code, mem=mem, isa=isa)
        acc, ret = sum_words(words)
        assert res.a0 & 0xFFFFFFFF == ret
        assert struct.unpack_from("<Q", res.mem, 64)[0] == acc          # ctx[8] = acc
        assert semantics_r0(code, mem) & 0xFFFFFFFF == ret
        data = bytes(rng.getrandbits(8) for _ in range(64))
        code = elf.load(obj, "checksum").code
        res = emulator.call(compile_program(code, isa).code, mem=data, isa=isa)
        assert res.a0 & 0xFFFFFFFF == checksum(data) == semantics_r0(code, data) & 0xFFFFFFFF


def cli(*args):
    return subprocess.run([sys.executable, "-m", "rvjit.cli", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_cli_errors_name_the_problem(obj, tmp_path):
    r = cli("compile", obj)
    assert r.returncode == 1 and "the object has 3 programs: sum_words (section xdp)" in r.stderr
    r = cli("compile", obj, "-p", "uses_map")
    assert r.returncode == 1 and ("section 'xdp/maps' byte 0x0 (function 'uses_map' insn 0): "
                                  "refers to map 'counters'") in r.stderr
    r = cli("compile", obj, "-p", "nope")
    assert r.returncode == 1 and "no program named 'nope'" in r.stderr
    broken = tmp_path / "broken.o"
    broken.write_bytes(obj.read_bytes()[:100])
    r = cli("compile", broken)
    assert r.returncode == 1 and "malformed ELF" in r.stderr and "Traceback" not in r.stderr
    r = cli("compile", "/bin/true")
    assert r.returncode == 1 and "not a BPF object" in r.stderr
    mem = tmp_path / "ctx.bin"
    mem.write_bytes(bytes(range(64)))
    # The section says tc: R1 would be the device's TC context; this program reads a plain
    # buffer, which --prog-type raw gives it.
    r = cli("run", obj, "-p", "checksum", "--mem", mem, "--prog-type", "raw")
    assert r.returncode == 0 and f"({checksum(bytes(range(64)))})" in r.stdout, r.stdout + r.stderr


def _corrupt(data: bytes, pick, field_off: int, fmt: str, value) -> bytes:
    """Overwrite one field of the first section header `pick(sh_type, sh_flags, sh_size)`
    selects (ELF64 little endian: e_shoff at 0x28, e_shentsize 0x3a, e_shnum 0x3c)."""
    b = bytearray(data)
    shoff, = struct.unpack_from("<Q", b, 0x28)
    entsize, num = struct.unpack_from("<HH", b, 0x3A)
    for k in range(num):
        at = shoff + k * entsize
        typ, flags = struct.unpack_from("<IQ", b, at + 4)
        size, = struct.unpack_from("<Q", b, at + 32)
        if pick(typ, flags, size):
            struct.pack_into(fmt, b, at + field_off, value)
            return bytes(b)
    raise AssertionError("no such section")


def test_regression_damaged_objects_get_an_error_not_a_traceback(obj, tmp_path):
    """Found by the xdp-tools sweep's fuzzing: dangling section links and sizes past the end
    of the file raised KeyError / AttributeError / MemoryError from pyelftools."""
    data = obj.read_bytes()
    cases = {
        "dangling sh_link": _corrupt(data, lambda t, f, s: t == 9, 40, "<I", 999),     # SHT_REL
        "size past the end": _corrupt(data, lambda t, f, s: f & 4 and s, 32, "<Q", 1 << 40),
    }
    for what, bad in cases.items():
        p = tmp_path / "bad.o"
        p.write_bytes(bad)
        r = cli("compile", p)
        assert r.returncode == 1 and "malformed ELF" in r.stderr, (what, r.stderr)
        assert "Traceback" not in r.stderr
