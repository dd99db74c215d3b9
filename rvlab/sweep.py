"""Sweep real BPF objects through rvjit: every program either compiles or stops at a named
unsupported feature; anything else (an exception other than BpfError/ElfError) is a bug.

    python3 -m rvlab.sweep [--isa zba,zbb,c] [paths...]

Without paths: the BPF objects Debian's xdp-tools and libxdp1 install (`dpkg -L`).

One line per program: the object, the program (its section), then
`compiled N insns -> B bytes` (N counts 8-byte slots, LD_IMM64 is two, as insn indices do),
`unsupported: FEATURE at insn K` (the first stop of the pipeline elf.load -> compile_program,
FEATURE as the error names it), or `error: ...` (with a traceback: a bug).  An unsupported
program's line goes on with `contains:`, every distinct unsupported feature found by checking
each instruction on its own (the first stop hides later ones), with instruction counts.
A summary ends the output; the exit status is 1 if there were errors.
"""
from __future__ import annotations

import argparse
import re
import struct
import subprocess
import sys
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rvjit import bpf, elf
from semantics.ebpf import CALL, JMP, LD_IMM64, cls_of, op_of

PACKAGES = ("xdp-tools", "libxdp1")

# --- naming features ---------------------------------------------------------------------------

# (pattern on BpfError.msg, feature name): the name is the error's own wording, variable parts
# (symbols, immediates, opcodes' operands) removed, so that equal features count together.
_FEATURES = [
    (r"refers to .* through a relocation \((.*)\), which is not supported yet",
     lambda m: f"relocation ({m[1]})"),
    (r"(helper calls|calls to subprograms \(bpf2bpf\)|kfunc calls|calls with src=\d+) are not "
     r"supported yet", lambda m: m[1]),
    (r"LD_IMM64 with src=(\d+) \((.*)\) is not supported",
     lambda m: f"LD_IMM64 with src={m[1]} ({m[2]})"),
    (r"no rule translates opcode (0x[0-9a-f]+)", lambda m: f"no rule translates opcode {m[1]}"),
    (r"no rule's guard holds", lambda m: "no rule's guard holds"),
    (r"image of \d+ bytes exceeds the (\d+)-byte limit",
     lambda m: f"image exceeds the {m[1]}-byte limit"),
]


def feature_of(msg: str) -> str | None:
    """The unsupported feature a BpfError message names, or None (bad input, not a feature)."""
    for pat, name in _FEATURES:
        m = re.match(pat, msg)
        if m:
            return name(m)
    return None


# Finer kinds for the per-instruction scan (a relocation is a map reference, a global-data
# reference, a function reference or a call, depending on the instruction and the symbol).
MAP_REF = "map references (relocated LD_IMM64 of a .maps symbol)"
DATA_REF = "global data references (relocated LD_IMM64 of .data/.rodata/.bss: map values)"
FUNC_REF = "function references (relocated LD_IMM64 of a function)"
EXTERN_REF = "extern references (relocated LD_IMM64 of an undefined symbol: ksym/kconfig)"


def _helper_names() -> dict:
    """Helper id -> name, from the installed linux/bpf.h (__BPF_FUNC_MAPPER); {} if absent."""
    try:
        text = Path("/usr/include/linux/bpf.h").read_text()
    except OSError:
        return {}
    m = re.search(r"#define __BPF_FUNC_MAPPER\(FN(?:, ctx\.\.\.)?\)(.*?)\n\s*\n", text, re.S)
    if not m:
        return {}
    names = {}
    for k, fm in enumerate(re.finditer(r"FN\((\w+)(?:,\s*(\d+))?", m[1])):
        names[int(fm[2]) if fm[2] else k] = fm[1]
    return names


_HELPERS = None


def helper_name(imm: int) -> str:
    global _HELPERS
    if _HELPERS is None:
        _HELPERS = _helper_names()
    name = _HELPERS.get(imm)
    return f"{name}#{imm}" if name else f"#{imm}"


# --- the per-instruction scan ------------------------------------------------------------------

def _symbols(path) -> dict:
    """Symbol (or section, for section symbols) name -> (kind, section name) of an ELF object,
    kind one of FUNC, OBJECT, SECTION, UNDEF, ...  A damaged symbol table gives what was read
    (relocations are then classified without it)."""
    from elftools.common.exceptions import ELFError
    from elftools.elf.elffile import ELFFile
    from elftools.elf.sections import SymbolTableSection
    out = {}
    try:
        with open(path, "rb") as f:
            e = ELFFile(f)
            secs = [s.name for s in e.iter_sections()]
            for st in e.iter_sections():
                if not isinstance(st, SymbolTableSection):
                    continue
                for sym in st.iter_symbols():
                    shndx = sym["st_shndx"]
                    sec = secs[shndx] if isinstance(shndx, int) and shndx < len(secs) else None
                    typ = sym["st_info"]["type"]          # "STT_FUNC", or an int if unknown
                    kind = ("UNDEF" if shndx == "SHN_UNDEF"
                            else typ[4:] if isinstance(typ, str) else str(typ))
                    name = sym.name or (sec if kind == "SECTION" else "")
                    if name:
                        out.setdefault(name, (kind, sec))
    except (ELFError, struct.error):
        pass
    return out


def _reloc_kind(sym: str, symbols: dict) -> str:
    kind, sec = symbols.get(sym, (None, None))
    sec = sec or ""
    if kind == "UNDEF":
        return EXTERN_REF
    if kind == "FUNC" or sec == ".text" or (kind == "SECTION" and sym == ".text"):
        return FUNC_REF
    if sec in (".maps", "maps") or sec.startswith("maps/"):
        return MAP_REF
    if re.match(r"\.(data|rodata|bss)(\.|$)", sec) or re.match(r"\.(data|rodata|bss)(\.|$)", sym):
        return DATA_REF
    return f"relocated LD_IMM64 (symbol in section {sec or '?'})"


def scan(code: bytes, relocations=(), symbols=None) -> dict:
    """Every distinct unsupported feature in `code`: {feature: {slot index: detail}}.  Each
    instruction is validated on its own (bpf.validate), so nothing hides behind the first.
    Relocated slots are classified by their instruction and symbol.  Messages that name no
    feature (bad input) are collected under 'invalid: ...'."""
    symbols = symbols or {}
    relocs = {}
    for slot, sym, _typ in relocations:
        relocs.setdefault(slot, sym)
    found = defaultdict(dict)
    nslots = len(code) // 8
    if len(code) % 8:
        found["invalid: truncated bytecode"][nslots] = f"{len(code) % 8} trailing bytes"
    i = 0
    while i < nslots:
        c, regs, off, imm = struct.unpack_from("<BBhi", code, 8 * i)
        dst, src = regs & 0xF, regs >> 4
        imm64, n = 0, 1
        if c == LD_IMM64:
            n = 2
            if i + 1 < nslots:
                imm64 = (imm & 0xFFFFFFFF) | (struct.unpack_from("<i", code, 8 * i + 12)[0]
                                              & 0xFFFFFFFF) << 32
        insn = bpf.Insn(i, c, dst, src, off, imm, imm64, code[8 * i:8 * i + 8 * n])
        sym = relocs.get(i)
        is_call = cls_of(c) == JMP and op_of(c) == CALL
        try:
            bpf.validate(insn)
            if sym is not None:
                if c == LD_IMM64:
                    found[_reloc_kind(sym, symbols)][i] = sym
                else:
                    found[f"relocated instruction ({bpf.disasm(insn)})"][i] = sym
        except bpf.BpfError as e:
            feat = feature_of(e.msg)
            if feat is None:
                found[f"invalid: {e.msg}"][i] = ""
            else:
                if is_call and sym is not None and symbols.get(sym, (None,))[0] == "UNDEF":
                    feat = "kfunc calls"               # an extern function: libbpf's kfunc call
                detail = (sym if sym is not None
                          else helper_name(imm) if feat == "helper calls" else "")
                found[feat][i] = detail
        i += n
    return {k: dict(v) for k, v in found.items()}


# --- the sweep ---------------------------------------------------------------------------------

@dataclass
class Result:
    object: str
    program: str                     # "-" for an object-level failure
    section: str = "-"
    status: str = "error"            # compiled | unsupported | unusable | error
    slots: int = 0
    size: int = 0
    feature: str | None = None       # first stop, as the error names it (None: not a feature)
    index: int | None = None
    message: str = ""
    features: dict = field(default_factory=dict)   # scan(): {feature: {slot: detail}}
    image: bytes | None = None
    traceback: str | None = None

    def line(self) -> str:
        head = f"{Path(self.object).name}  {self.program}" + (
            f" ({self.section})" if self.program != "-" else "")
        if self.status == "compiled":
            return f"{head}  compiled {self.slots} insns -> {self.size} bytes"
        if self.status == "unsupported":
            what = self.feature or self.message
            at = f" at insn {self.index}" if self.index is not None else ""
            contains = ", ".join(f"{f} x{len(s)}" for f, s in sorted(self.features.items()))
            return f"{head}  unsupported: {what}{at}; contains: {contains or 'nothing else'}"
        if self.status == "unusable":
            return f"{head}  unusable object: {self.message}"
        return f"{head}  error: {self.message}"


def _load(path, prog, progs):
    """elf.load by the program's name, or its section when the name is ambiguous; a program
    neither names uniquely is checked here the way elf.load checks it."""
    if sum(p.name == prog.name or p.section == prog.name for p in progs) == 1:
        return elf.load(path, prog.name)
    if sum(p.name == prog.section or p.section == prog.section for p in progs) == 1:
        return elf.load(path, prog.section)
    if prog.relocations:
        slot, sym, _ = prog.relocations[0]
        raise bpf.BpfError(slot, f"refers to {sym!r} through a relocation (a map reference or "
                                 "a call to another function), which is not supported yet")
    return prog


def sweep_object(path, isa=frozenset()) -> list:
    from rvjit.jit import compile_program
    path = str(path)
    try:
        progs = elf.programs(path)
        symbols = _symbols(path)
    except elf.ElfError as e:
        return [Result(path, "-", status="unusable", message=str(e))]
    except Exception as e:                                   # a bug
        return [Result(path, "-", message=f"{type(e).__name__}: {e}",
                       traceback=traceback.format_exc())]
    out = []
    for p in progs:
        r = Result(path, p.name, p.section, slots=len(p.code) // 8)
        try:
            r.features = scan(p.code, p.relocations, symbols)
            code = _load(path, p, progs).code
            img = compile_program(code, isa)
            r.status, r.size, r.image = "compiled", len(img.code), img.code
        except elf.ElfError as e:
            r.status, r.message = "unusable", str(e)
        except bpf.BpfError as e:
            r.status, r.index, r.message = "unsupported", e.index, str(e)
            r.feature = feature_of(e.msg)
        except Exception as e:                               # a bug
            r.status, r.message = "error", f"{type(e).__name__}: {e}"
            r.traceback = traceback.format_exc()
        out.append(r)
    return out


def default_objects() -> list:
    """The *.o files the Debian packages xdp-tools and libxdp1 install."""
    r = subprocess.run(["dpkg", "-L", *PACKAGES], capture_output=True, text=True)
    if r.returncode:
        raise RuntimeError(f"dpkg -L {' '.join(PACKAGES)} failed ({r.stderr.strip()}); "
                           f"install them: apt-get install {' '.join(PACKAGES)}")
    objs = sorted({l.strip() for l in r.stdout.splitlines()
                   if l.strip().endswith(".o") and Path(l.strip()).is_file()})
    if not objs:
        raise RuntimeError(f"{' '.join(PACKAGES)} install no *.o files")
    return objs


def sweep(paths=None, isa=frozenset()) -> list:
    return [r for p in (paths or default_objects()) for r in sweep_object(p, isa)]


def summary(results) -> str:
    progs = [r for r in results if r.program != "-"]
    objs = {r.object for r in results}
    count = Counter(r.status for r in results)
    lines = [f"summary: {len(progs)} programs in {len(objs)} objects: {count['compiled']} compiled, "
             f"{count['unsupported']} unsupported, {count['error']} errors"
             + (f", {count['unusable']} unusable" if count["unusable"] else "")]
    first = Counter(r.feature or f"(no named feature) {r.message}"
                    for r in results if r.status == "unsupported")
    if first:
        lines.append("unsupported, by the first feature the pipeline stops at (programs):")
        lines += [f"  {n:4}  {f}" for f, n in sorted(first.items(), key=lambda x: (-x[1], x[0]))]
    contained = defaultdict(lambda: [0, 0, set()])        # feature -> [programs, insns, details]
    for r in results:
        for f, slots in r.features.items():
            c = contained[f]
            c[0] += 1
            c[1] += len(slots)
            c[2].update(d for d in slots.values() if d)
    if contained:
        lines.append("features contained, every instruction checked (programs, instructions):")
        for f, (np, ni, det) in sorted(contained.items(), key=lambda x: (-x[1][0], x[0])):
            lines.append(f"  {np:4} {ni:5}  {f}")
            if det:
                lines.append(f"              [{', '.join(sorted(det))}]")
    for r in results:
        if r.traceback:
            lines.append(f"BUG in {r.object} {r.program}:\n{r.traceback}")
    return "\n".join(lines)


def main(argv=None) -> int:
    from rvjit.jit import parse_isa
    ap = argparse.ArgumentParser(prog="python3 -m rvlab.sweep", description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="BPF ELF objects (default: those of "
                                             + " and ".join(PACKAGES) + ")")
    ap.add_argument("--isa", default="", help="ISA extensions beyond RV64IM: zba,zbb,c")
    args = ap.parse_args(argv)
    try:
        isa = parse_isa(args.isa)
        results = sweep(args.paths, isa)
    except (ValueError, RuntimeError) as e:
        print(f"sweep: error: {e}", file=sys.stderr)
        return 2
    for r in results:
        print(r.line())
    print(summary(results))
    return 1 if any(r.status == "error" for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
