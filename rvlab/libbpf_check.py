"""rvjit's ELF loader against libbpf itself, without a kernel: `bpftool gen skeleton -L OBJ`
(Debian's bpftool, libbpf 1.1) runs libbpf's whole open/relocate pipeline in its loader
generator mode (gen_loader), where a map reference stays `LD_IMM64` src 5
(BPF_PSEUDO_MAP_IDX) or src 6 (_IDX_VALUE) with imm = the map's index in libbpf's map list,
and writes every program's relocated instructions into the light skeleton's data blob.

For each program of the object, rvjit's linked program (elf.load) must appear in that blob
instruction for instruction, map references compared by the map they name (rvjit numbers
maps in used-maps order, libbpf in its object order; the skeleton lists the latter): the
subprograms appended in the same order, every call and function reference relative to the
same place, every global-data offset the same.

    python3 -m rvlab.libbpf_check OBJ...

The gen_loader refuses two things that do not change instructions, so objects are checked
on a copy without them: maps pinned by name (the pinning member's value set to 0; it would
try to reach bpffs) and initial values of PROG_ARRAYs and map-in-maps (`.rel.maps` made an
ordinary section, so libbpf sees no `.values` relocations; rvjit's own reading of them is
checked in tests/rvjit/test_elf_input.py).
"""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from rvjit import elf
from rvjit.program import PSEUDO_MAP_IDX, PSEUDO_MAP_IDX_VALUE

LD_IMM64 = 0x18


class CheckError(RuntimeError):
    pass


def bpftool() -> str:
    for p in (shutil.which("bpftool"), "/usr/sbin/bpftool", "/sbin/bpftool"):
        if p and Path(p).exists():
            return p
    raise CheckError("bpftool is not installed: apt-get install bpftool")


def _c_string(body: str) -> bytes:
    """The bytes of a C string literal as bpftool writes them ("\\0", "\\xNN", line
    continuations)."""
    body = body.replace("\\\n", "")
    out, i = bytearray(), 0
    while i < len(body):
        if body.startswith("\\x", i):
            out.append(int(body[i + 2:i + 4], 16))
            i += 4
        elif body.startswith("\\0", i):
            out.append(0)
            i += 2
        elif body[i] == "\\":
            out += {"n": b"\n", "t": b"\t", "\\": b"\\", '"': b'"'}[body[i + 1]]
            i += 2
        else:
            out += body[i].encode()
            i += 1
    return bytes(out)


@dataclass
class Skeleton:
    maps: list            # libbpf's map idents, in its object order
    programs: list        # program names
    data: bytes           # opts.data: the loader's data blob, programs' instructions inside


def skeleton(path) -> Skeleton:
    """Run `bpftool gen skeleton -L` on the object (on an unpinned copy if it pins maps)."""
    with tempfile.TemporaryDirectory() as tmp:
        name = re.sub(r"\W", "_", Path(path).name.split(".")[0]) + ".o"
        copy = Path(tmp) / name
        copy.write_bytes(_unpinned(Path(path)))
        r = subprocess.run([bpftool(), "gen", "skeleton", "-L", str(copy)], capture_output=True,
                           text=True, timeout=120)
    if r.returncode:
        raise CheckError(f"bpftool gen skeleton -L {path} failed:\n{r.stderr.strip()}")
    text = r.stdout
    m = re.search(r"\n\tstruct \{\n((?:\t\tstruct bpf_map_desc \w+;\n)*)\t\} maps;", text)
    maps = re.findall(r"bpf_map_desc (\w+);", m[1]) if m else []
    m = re.search(r"\n\tstruct \{\n((?:\t\tstruct bpf_prog_desc \w+;\n)*)\t\} progs;", text)
    progs = re.findall(r"bpf_prog_desc (\w+);", m[1]) if m else []
    m = re.search(r'opts\.data = \(void \*\)"\\\n(.*?)";', text, re.S)
    if not m:
        raise CheckError(f"no data blob in the light skeleton of {path}")
    return Skeleton(maps, progs, _c_string(m[1]))


def _unpinned(path: Path) -> bytes:
    """The object with every `.maps` definition's __uint(pinning, ...) set to 0 (the array
    length in its BTF type, the value libbpf reads, rewritten in place) and `.rel.maps`
    turned into a PROGBITS section libbpf skips."""
    data = bytearray(path.read_bytes())
    obj = elf.Object(path)
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    for s in obj.sections:
        if s.name == ".rel.maps":
            struct.pack_into("<I", data, shoff + 64 * s.index + 4, elf.SHT_PROGBITS)
    sec = obj.by_name.get(".BTF")
    if obj.btf is None or sec is None or ".maps" not in obj.by_name:
        return bytes(data)
    hdr_len, type_off = struct.unpack_from("<II", sec.data, 4)[0], struct.unpack_from("<I", sec.data, 8)[0]
    # byte offset of each type record in the type section, to find ARRAY records
    offsets, at, types = {}, 0, obj.btf.types
    tsec = sec.data[hdr_len + type_off:]
    for t in types[1:]:
        offsets[t.id] = at
        at += 12 + _extra(t)
    for t in types[1:]:
        if t.kind != "STRUCT":
            continue
        for name, mtype, _bits, _size in t.members:
            if name != "pinning":
                continue
            ptr = obj.btf[mtype]
            if ptr.kind == "PTR" and obj.btf[ptr.type].kind == "ARRAY":
                arr = obj.btf[ptr.type]
                nelems_at = sec.offset + hdr_len + type_off + offsets[arr.id] + 12 + 8
                assert struct.unpack_from("<I", tsec, offsets[arr.id] + 20)[0] == arr.array[2]
                struct.pack_into("<I", data, nelems_at, 0)
    return bytes(data)


def _extra(t) -> int:
    """Bytes after the 12-byte common header of a BTF type record."""
    per = {"INT": 4, "ARRAY": 12, "VAR": 4, "DECL_TAG": 4}
    if t.kind in per:
        return per[t.kind]
    if t.kind in ("STRUCT", "UNION", "DATASEC", "ENUM64"):
        return 12 * t.vlen
    if t.kind in ("ENUM", "FUNC_PROTO"):
        return 8 * t.vlen
    return 0


def map_ident(spec) -> str:
    """The name a light skeleton gives a map (bpftool's get_map_ident): a global-data map by
    its section, without the leading dot, other characters than [A-Za-z0-9_] as '_'."""
    if spec.section.startswith((".data", ".rodata", ".bss")):
        return re.sub(r"\W", "_", spec.section[1:])
    return spec.name


def _canonical(code: bytes, names) -> list:
    """Slots with each map reference's imm replaced by the map's name."""
    out, i, slots = [], 0, [list(struct.unpack_from("<BBhi", code, 8 * k))
                            for k in range(len(code) // 8)]
    while i < len(slots):
        c, regs, off, imm = slots[i]
        if c == LD_IMM64 and regs >> 4 in (PSEUDO_MAP_IDX, PSEUDO_MAP_IDX_VALUE):
            slots[i][3] = names[imm] if 0 <= imm < len(names) else f"?{imm}"
        i += 2 if c == LD_IMM64 else 1
    return [tuple(s) for s in slots]


@dataclass
class Finding:
    program: str
    ok: bool
    insns: int
    detail: str = ""


def check_object(path) -> list:
    """One Finding per program of the object."""
    obj = elf.Object(path)
    sk = skeleton(path)
    blob = sk.data
    out = []
    for fn in obj.programs():
        prog = elf.link(obj, fn)
        mine = _canonical(prog.code, [map_ident(m) for m in prog.maps])
        n = len(mine) * 8
        best = (-1, None, None)
        for at in range(0, len(blob) - n + 1, 8):
            theirs = _canonical(blob[at:at + n], sk.maps)
            if theirs == mine:
                best = (len(mine), at, None)
                break
            same = next((k for k, (a, b) in enumerate(zip(mine, theirs)) if a != b), len(mine))
            if same > best[0]:
                best = (same, at, theirs)
        same, at, theirs = best
        if theirs is None and at is not None:
            out.append(Finding(fn.name, True, len(mine)))
        else:
            detail = (f"no libbpf program matches; the closest (blob byte {at}) first differs at "
                      f"insn {same}: rvjit {mine[same] if same < len(mine) else '-'}, libbpf "
                      f"{theirs[same] if theirs and same < len(theirs) else '-'}")
            out.append(Finding(fn.name, False, len(mine), detail))
    return out


def main(argv=None) -> int:
    paths = sys.argv[1:] if argv is None else argv
    bad = 0
    for p in paths:
        for f in check_object(p):
            print(f"{Path(p).name}  {f.program}: {'same as libbpf' if f.ok else f.detail} "
                  f"({f.insns} insns)")
            bad += not f.ok
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
