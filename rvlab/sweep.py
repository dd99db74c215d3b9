"""Sweep real BPF objects through rvjit: every program either compiles or stops at a named
feature rvjit refuses or does not support yet; anything else (an exception other than
BpfError/ElfError) is a bug.

    python3 -m rvlab.sweep [--isa zba,zbb,c] [paths...]

Without paths: the BPF objects Debian's xdp-tools and libxdp1 install (`dpkg -L`).

Programs are what libbpf loads: every function in an executable section other than .text;
.text functions are subprograms, linked (as libbpf appends them) into the programs that call
them.  One line per program: the object, the program (its section, its program type), then
`compiled N insns -> B bytes` (N counts 8-byte slots of the linked program, LD_IMM64 is
two), or `unsupported: FEATURE at insn K` (the first stop of the pipeline elf.load ->
compile_program, FEATURE as the error names it), or `error: ...` (with a traceback: a bug).
Every line says what the program uses (maps, functions; a compiled one the helpers its image
calls, which a device runtime must provide).  An unsupported program's line goes
on with `contains:`, every distinct unsupported feature found by checking each instruction on
its own (the first stop hides later ones), with instruction counts.  A summary ends the
output; the exit status is 1 if there were errors.
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

# (pattern searched in BpfError.msg, feature name): the name is the error's own wording,
# variable parts (symbols, immediates, opcodes' operands) removed, so that equal features
# count together.  The first group are the ELF loader's refusals (things with no meaning off
# the host), then what the translator does not support yet.
_FEATURES = [
    (r"kfunc calls have no meaning off the host", lambda m: "kfunc calls (refused)"),
    (r"^kfunc call \(CALL src=2", lambda m: "kfunc calls (refused)"),
    (r"refers to the (ksym|kconfig) extern", lambda m: f"{m[1]} externs (refused)"),
    (r"^ksym or kconfig extern \(LD_IMM64 src=3", lambda m: "ksym/kconfig externs (refused)"),
    (r"^(LD_ABS|LD_IND) \(opcode 0x[0-9a-f]+\) is a legacy packet load",
     lambda m: f"{m[1]} (refused)"),
    (r"tail call from the subprogram", lambda m: "tail calls from subprograms (refused)"),
    (r"R2 is not a map reference on every path|R2 is map .* \(type \d+\), ",
     lambda m: "tail calls not through a PROG_ARRAY (refused)"),
    (r"makes the call chain .* a cycle|recursion", lambda m: "recursion (refused)"),
    (r"makes a call chain of", lambda m: "call chains deeper than 8 frames (refused)"),
    (r"an atomic operation on the \w+ context", lambda m: "atomics on the context (refused)"),
    (r"is the context on some paths and not", lambda m: "context or not on different paths"),
    (r"(outside the|a \d+-byte \w+ of the) \w+ context|the \w+ context's \w+ ",
     lambda m: "context accesses the device context does not have"),
    (r"an extern no section of the object defines", lambda m: "undefined externs (refused)"),
    (r"holds a pointer at byte .* \((R_BPF_\w+)", lambda m: f"pointers in global data ({m[1]})"),
    (r"^(helper calls|calls to subprograms \(bpf2bpf\)|kfunc calls|calls with src=\d+) are not "
     r"supported yet", lambda m: m[1]),
    (r"^LD_IMM64 with src=(\d+) \((.*)\) is not supported",
     lambda m: f"LD_IMM64 with src={m[1]} ({_PSEUDO.get(int(m[1]), m[2])})"),
    (r"^no rule translates opcode (0x[0-9a-f]+)", lambda m: f"no rule translates opcode {m[1]}"),
    (r"^no rule's guard holds", lambda m: "no rule's guard holds"),
    (r"^image of \d+ bytes exceeds the (\d+)-byte limit",
     lambda m: f"image exceeds the {m[1]}-byte limit"),
]
# What the LD_IMM64 pseudo sources are after linking (include/uapi/linux/bpf.h)
_PSEUDO = {1: "map fd", 2: "map value by fd", 3: "BTF id", 4: "function address",
           5: "map reference", 6: "map value (global data)"}


def feature_of(msg: str) -> str | None:
    """The feature a BpfError message names, or None (bad input, not a feature)."""
    for pat, name in _FEATURES:
        m = re.search(pat, msg)
        if m:
            return name(m)
    return None


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

def scan(code: bytes) -> dict:
    """Every distinct unsupported feature in `code` (a linked program): {feature: {slot index:
    detail}}.  Each instruction is validated on its own (bpf.validate), so nothing hides behind
    the first.  Messages that name no feature (bad input) are collected under 'invalid: ...'."""
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
        try:
            bpf.validate(insn)
        except bpf.BpfError as e:
            feat = feature_of(e.msg)
            if feat is None:
                found[f"invalid: {e.msg}"][i] = ""
            else:
                found[feat][i] = ""
        i += n
    return {k: dict(v) for k, v in found.items()}


# --- the sweep ---------------------------------------------------------------------------------

@dataclass
class Result:
    object: str
    program: str                     # "-" for an object-level failure
    section: str = "-"
    prog_type: str = "-"
    status: str = "error"            # compiled | unsupported | unusable | error
    slots: int = 0
    size: int = 0
    maps: int = 0                    # maps the linked program uses
    functions: tuple = ()            # its functions: the program, then its subprograms
    helpers: tuple = ()              # helper ids its image calls (a compiled program)
    feature: str | None = None       # first stop, as the error names it (None: not a feature)
    index: int | None = None
    message: str = ""
    features: dict = field(default_factory=dict)   # scan(): {feature: {slot: detail}}
    image: bytes | None = None
    traceback: str | None = None

    def line(self) -> str:
        head = f"{Path(self.object).name}  {self.program}" + (
            f" ({self.section}, {self.prog_type})" if self.program != "-" else "")
        uses = (f" [{self.maps} maps, {len(self.functions)} functions]"
                if self.program != "-" and self.functions else "")
        if self.status == "compiled":
            calls = (f"; helpers: {', '.join(helper_name(h) for h in self.helpers)}"
                     if self.helpers else "")
            return f"{head}  compiled {self.slots} insns -> {self.size} bytes{uses}{calls}"
        if self.status == "unsupported":
            what = self.feature or self.message
            at = f" at insn {self.index}" if self.index is not None else ""
            contains = ", ".join(f"{f} x{len(s)}" for f, s in sorted(self.features.items()))
            return (f"{head}  unsupported: {what}{at}{uses}; contains: "
                    f"{contains or 'nothing else'}")
        if self.status == "unusable":
            return f"{head}  unusable object: {self.message}"
        return f"{head}  error: {self.message}"


def sweep_object(path, isa=frozenset()) -> list:
    from rvjit.jit import compile_program
    path = str(path)
    try:
        obj = elf.Object(path)
        progs = obj.programs()
    except elf.ElfError as e:
        return [Result(path, "-", status="unusable", message=str(e))]
    except Exception as e:                                   # a bug
        return [Result(path, "-", message=f"{type(e).__name__}: {e}",
                       traceback=traceback.format_exc())]
    out = []
    for fn in progs:
        r = Result(path, fn.name, fn.section, elf.prog_type_of(fn.section) or "unknown",
                   slots=len(fn.code) // 8)
        try:
            try:
                prog = elf.link(obj, fn)
            except elf.ElfError as e:
                # the loader's refusal: scan the function as it stands in the object
                r.features = scan(fn.code)
                feat = feature_of(e.msg)
                r.features.setdefault(feat or f"invalid: {e.msg}", {})[e.index] = ""
                raise
            r.slots, r.maps = len(prog.code) // 8, len(prog.maps)
            r.functions = tuple(name for name, _ in prog.functions)
            r.features = scan(prog.code)
            img = compile_program(prog, isa)      # its maps and program type (the context)
            r.status, r.size, r.image = "compiled", len(img.code), img.code
            r.helpers = img.helpers
        except bpf.BpfError as e:
            r.feature = feature_of(e.msg)
            r.status = "unsupported" if r.feature else "unusable"
            r.index, r.message = e.index, str(e)
        except Exception as e:                               # a bug
            r.status, r.message = "error", f"{type(e).__name__}: {e}"
            r.traceback = traceback.format_exc()
        out.append(r)
    return out


def functions_of(path) -> int:
    """How many functions the object has (entry programs and subprograms)."""
    try:
        return len(elf.Object(path).functions)
    except elf.ElfError:
        return 0


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
    objs = sorted({r.object for r in results})
    funcs = sum(functions_of(o) for o in objs)
    linked = {(r.object, f) for r in progs for f in r.functions[1:]}
    count = Counter(r.status for r in results)
    lines = [f"summary: {len(progs)} programs in {len(objs)} objects ({funcs} functions; "
             f"{len(linked)} subprograms linked into the programs that call them): "
             f"{count['compiled']} compiled, {count['unsupported']} unsupported, "
             f"{count['error']} errors"
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
    called = Counter(h for r in results for h in r.helpers)
    if called:
        lines.append("helpers called by the images (programs): " + ", ".join(
            f"{helper_name(h)} {n}" for h, n in sorted(called.items())))
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
