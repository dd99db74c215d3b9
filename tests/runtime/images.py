"""Hand-written RISC-V images for rvoff-run's tests: assembled by GNU as
(riscv64-linux-gnu-as), wrapped with their description by rvjit.elfimage, so the runtime's
helper, map and tail-call paths are exercised by code that follows docs/abi.md to the letter
and owes nothing to the compiler.

`probe_asm(steps, ret)` is an XDP program whose map 0 is OUT (an array of one 256-byte value):
s2 = ctx, s6 = RT, s7 = tail calls left; each step is ("call", helper_id, [instructions
setting a0..a4][, text run after the call]), after which a0 is stored at OUT + 8*k, or
("asm", text).  It returns `ret`
(None: the last helper's value).  In argument text `s1` is the packet's data, re-read from the
context after every call (helpers may move it).
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from rvjit import elfimage
from rvjit.program import MapSpec

AS = "riscv64-linux-gnu-as"
OBJCOPY = "riscv64-linux-gnu-objcopy"


def have_binutils() -> bool:
    return bool(shutil.which(AS) and shutil.which(OBJCOPY))


def assemble(text: str, march: str = "rv64imac") -> bytes:
    with tempfile.TemporaryDirectory() as d:
        s, o, b = Path(d) / "a.s", Path(d) / "a.o", Path(d) / "a.bin"
        s.write_text(".option norelax\n.text\n" + text + "\n")
        r = subprocess.run([AS, f"-march={march}", "-o", str(o), str(s)], capture_output=True,
                           text=True)
        if r.returncode:
            raise AssertionError(f"as failed: {r.stderr}\n{text}")
        subprocess.run([OBJCOPY, "-O", "binary", "--only-section=.text", str(o), str(b)],
                       check=True)
        return b.read_bytes()


PROLOGUE = """
    addi sp, sp, -64
    sd ra, 56(sp)
    sd s1, 48(sp)
    sd s2, 40(sp)
    sd s6, 32(sp)
    sd s7, 24(sp)
    mv s2, a0
    mv s6, a1
    mv s7, a2
    ld s1, 24(s2)
"""

EPILOGUE = """
    ld ra, 56(sp)
    ld s1, 48(sp)
    ld s2, 40(sp)
    ld s6, 32(sp)
    ld s7, 24(sp)
    addi sp, sp, 64
    ret
"""


def call(helper_id: int) -> str:
    return f"    li t1, {8 * helper_id}\n    add t1, t1, s6\n    ld t1, 0(t1)\n    jalr ra, 0(t1)\n"


def probe_asm(steps, ret: int = 3) -> str:
    out, k = [PROLOGUE], 0
    for step in steps:
        if step[0] == "asm":
            out.append(step[1])
            continue
        _, hid, args, *post = step
        out += [f"    {a}\n" for a in args]
        out.append(call(hid))
        out += post
        out.append(f"    ld s1, 24(s2)\n    ld t2, -8(s6)\n    sd a0, {8 * k}(t2)\n")
        k += 1
    out.append(("" if ret is None else f"    li a0, {ret}\n") + EPILOGUE)
    return "".join(out)


def tail_call_asm(map_index: int, index: int) -> str:
    """bpf_tail_call(ctx, map, index) inline, as docs/abi.md section 8 says; falls through
    when no tail call happens."""
    return f"""
    li a2, {index}
    ld t1, {-16 * (map_index + 1)}(s6)
    lwu t2, 0(t1)
    bgeu a2, t2, 1f
    beqz s7, 1f
    addi s7, s7, -1
    slli t2, a2, 4
    add t2, t2, t1
    ld t3, 8(t2)
    beqz t3, 1f
    ld a1, 16(t2)
    mv a0, s2
    mv a2, s7
    ld ra, 56(sp)
    ld s1, 48(sp)
    ld s2, 40(sp)
    ld s6, 32(sp)
    ld s7, 24(sp)
    addi sp, sp, 64
    jr t3
1:
"""


def image(name: str, code: bytes, maps=(), helpers=(), prog_type="xdp", tail_calls=False):
    return elfimage.ProgramImage(name, code, prog_type, list(maps), sorted(set(helpers)), 64,
                                 tail_calls)


def obj(*programs, isa=("c",)) -> bytes:
    return elfimage.write(list(programs), frozenset(isa))


def hash_map(name="h", key=4, value=8, entries=4, type_=1):
    return MapSpec(name, type_, key, value, entries)


OUT = MapSpec("out", 2, 4, 256, 1)          # BPF_MAP_TYPE_ARRAY


def results(report) -> list:
    """The u64s the probe stored in OUT, signed."""
    e = report["maps"]["out"]["entries"]
    raw = bytes.fromhex(e[0]["value"]) if e else bytes(256)
    vals = [int.from_bytes(raw[i:i + 8], "little") for i in range(0, 256, 8)]
    return [v - (1 << 64) if v >> 63 else v for v in vals]
