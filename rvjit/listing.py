"""Listings: each eBPF instruction with the RV64 code it became, disassembled by capstone.

capstone 5 does not know Zba/Zbb; instructions it cannot decode are shown as GNU objdump
(binutils-riscv64-linux-gnu) prints them, marked with `*`."""
from __future__ import annotations

import shutil
import subprocess
import tempfile

from rvjit import bpf


def _capstone():
    import capstone
    return capstone.Cs(capstone.CS_ARCH_RISCV, capstone.CS_MODE_RISCV64 | capstone.CS_MODE_RISCVC)


def disassemble(code: bytes, base: int = 0) -> list:
    """[(offset, bytes, text)] for `code`; capstone first, objdump for what capstone rejects."""
    md, out, at = _capstone(), [], 0
    while at < len(code):
        ins = next(md.disasm(code[at:], base + at, 1), None)
        if ins is not None:
            out.append((at, bytes(ins.bytes), f"{ins.mnemonic} {ins.op_str}".strip()))
            at += ins.size
            continue
        n = 2 if code[at] & 3 != 3 else 4
        out.append((at, code[at:at + n], "* " + _objdump(code[at:at + n])))
        at += n
    return out


def _objdump(word: bytes) -> str:
    """GNU binutils' text for one instruction.  objdump has no option to enable Zba/Zbb on a
    raw binary, so the word goes through `as -march=...` (as `.insn`), whose ELF attributes
    tell objdump the architecture."""
    fallback = f".insn 0x{int.from_bytes(word, 'little'):x}"
    as_, objdump = shutil.which("riscv64-linux-gnu-as"), shutil.which("riscv64-linux-gnu-objdump")
    if not (as_ and objdump):
        return fallback
    with tempfile.TemporaryDirectory() as d:
        src, obj = f"{d}/w.s", f"{d}/w.o"
        with open(src, "w") as f:
            f.write(f"{fallback}\n")
        if subprocess.run([as_, "-march=rv64gc_zba_zbb", src, "-o", obj],
                          capture_output=True).returncode:
            return fallback
        r = subprocess.run([objdump, "-d", obj], capture_output=True, text=True)
    for line in r.stdout.splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and parts[0].strip() == "0:":
            return " ".join(p.strip() for p in parts[2:]).strip().replace(",", ", ")
    return fallback


def render(image) -> str:
    lines = [f"; rvjit image: {len(image.code)} bytes, ISA rv64ima"
             + "".join("_" + x for x in sorted(image.isa)) + f", layout passes {image.passes}"]
    d = image.description()
    facts = [f"program type {d['prog_type']}", f"stack {d['stack_bytes']} bytes"]
    if d["maps"]:
        facts.append("maps " + ", ".join(f"{k}: {m or '?'}" for k, m in enumerate(d["maps"])))
    if d["helpers"]:
        facts.append("helpers " + ", ".join(map(str, d["helpers"])))
    if d["tail_calls"]:
        facts.append("tail calls through map " + ", ".join(map(str, d["prog_arrays"])))
    lines.append("; " + "; ".join(facts))

    def block(code, base):
        for off, b, text in disassemble(code, base):
            lines.append(f"    {base + off:6x}:  {b[::-1].hex():>8}  {text}")

    starts = [f.start for f in image.functions] + [1 << 62]
    for k, f in enumerate(image.functions):
        what = "main function" if k == 0 else ("callback" if f.callback else "subprogram") \
            + f" at insn {f.start}"
        lines.append(f"{what} (entry {f.entry:#x}, {f.frame}):")
        lines.append("prologue:")
        block(f.prologue, f.entry)
        for frag in image.fragments:
            if starts[k] <= frag.insn.index < starts[k + 1]:
                lines.append(f"{frag.insn.index:4}: {frag.insn.raw[:8].hex(' ')}  "
                             f"{bpf.disasm(frag.insn)}    ; rule {frag.rule}")
                block(frag.code, frag.offset)
        lines.append("epilogue:")
        stop = f.stub_offset if f.stub_offset is not None else f.end
        block(image.code[f.epilogue_offset:stop], f.epilogue_offset)
        if f.stub_offset is not None:
            lines.append("tail stub:")
            block(image.code[f.stub_offset:f.end], f.stub_offset)
    return "\n".join(lines) + "\n"
