"""Generate the Python emitter (rvjit/generated/emit.py) from the proven rule table.

Each rule becomes a guard function and an emit function; RULES maps a pattern key
(code, off, imm) to the rules in table order.  Proven compressions become enc_<mnemonic>
functions that emit the C form when the C extension is on and the fields allow it.
`length` in RULES is the uncompressed length: the driver measures what was emitted.
"""
from __future__ import annotations

from rvjit.encode import FORMS

OPERANDS = "dst, src, off, imm, imm64, dist"
FLAGS = "rvc, hi_dead"        # the driver's flags (ir.FLAGS)


def encoder_name(mnemonic: str) -> str:
    return FORMS[mnemonic].encoder.__name__


def _params(form) -> list:
    return ["i" if n == "imm" else n for n in form.fields]


def render_compressions(compressions) -> list:
    """enc_<base>(fields, rvc): the C form of the first compression whose condition holds,
    else the base instruction; returns (word, length)."""
    out = []
    groups = {}
    for c in compressions:
        groups.setdefault(c.base, []).append(c)
    for base, cs in groups.items():
        ps = _params(FORMS[base])
        out.append(f"def enc_{base.replace('.', '_')}({', '.join(ps)}, rvc):")
        out.append("    if rvc:")
        for c in cs:
            out.append(f"        if {c.cond.py()}:  # {c.cform}")
            out.append(f"            return ({encoder_name(c.cform)}({', '.join(e.py() for e in c.fields)}), 2)")
        out.append(f"    return ({encoder_name(base)}({', '.join(ps)}), 4)")
        out.append("")
        out.append("")
    return out


def _instr_lines(instrs, compressible) -> list:
    """Each instruction's (word, length): compressible ones through enc_<base>, which picks
    the C form when rvc is on and a compression's condition holds (compress.size says the
    same); `fixed` ones as written."""
    out = []
    for k, ins in enumerate(instrs):
        args = ", ".join(e.py() for _, e in ins.fields)
        if ins.mnemonic in compressible and not ins.fixed:
            out.append(f"        enc_{ins.mnemonic.replace('.', '_')}({args}, rvc),")
        else:
            out.append(f"        ({encoder_name(ins.mnemonic)}({args}), {ins.length}),  # {ins.mnemonic}")
    return out


def render_frames(frames, compressible) -> list:
    """prologue_<frame>(rvc) / epilogue_<frame>(rvc) / tail_stub_<frame>(rvc), and FRAMES:
    (saved, stack) -> (prologue, epilogue, tail stub or None)."""
    out = []
    for f in frames:
        parts = [("prologue", f.prologue()), ("epilogue", f.epilogue())]
        parts += [("tail_stub", f.tail_stub())] if f.tail_calls else []
        for part, instrs in parts:
            out.append(f"def {part}_{f.name}(rvc):")
            out.append("    return [")
            out += _instr_lines(instrs, compressible)
            out += ["    ]", "", ""]
    out.append("# (saved RV registers, uses the BPF stack) -> (prologue, epilogue, tail stub)")
    out.append("FRAMES = {")
    out += [f"    ({f.saved!r}, {f.stack}): (prologue_{f.name}, epilogue_{f.name}, "
            + (f"tail_stub_{f.name}" if f.tail_calls else "None") + ")," for f in frames]
    out += ["}", "", ""]
    return out


def render(table, compressions, header: str, frames=()) -> str:
    compressible = {c.base for c in compressions}
    encoders = {encoder_name(i.mnemonic) for r in table.rules for i in r.template}
    encoders |= {encoder_name(i.mnemonic) for f in frames
                 for i in f.prologue() + f.epilogue() + f.tail_stub()}
    encoders |= {encoder_name(c.cform) for c in compressions}
    out = [header, "from collections import namedtuple", "", "from rvjit.encode import (" + ", ".join(
        sorted(encoders)) + ")",
        "from rvjit.ir import _ctz, _sx  # noqa: F401", "from rvjit.regmap import RV_OF_BPF", "",
        "Rule = namedtuple(\"Rule\", \"name isa guard emit length jumps\")", "", ""]
    out += render_compressions(compressions)
    out += render_frames(frames, compressible)
    entries = {}
    for r in table.rules:
        out.append(f"def guard_{r.name}({OPERANDS}, {FLAGS}):")
        out.append(f"    return {r.guard.py()}")
        out.append("")
        out.append("")
        out.append(f"def emit_{r.name}({OPERANDS}, {FLAGS}):")
        if r.template:
            out.append("    return [")
            out += _instr_lines(r.template, compressible)
            out.append("    ]")
        else:
            out.append("    return []")
        out.append("")
        out.append("")
        p = r.pattern
        entries.setdefault(p.lookup_key(), []).append(
            f"    Rule({r.name!r}, {tuple(sorted(r.isa))!r}, guard_{r.name}, emit_{r.name}, "
            f"{r.length}, {r.jumps}),")
    out.append("# (code, off, imm, src, ctx) -> rules in priority order: (name, isa, guard, emit, "
               "length, jumps)")
    out.append("RULES = {")
    for key, rows in entries.items():
        out.append(f"  {key!r}: (")
        out.extend("  " + row for row in rows)
        out.append("  ),")
    out.append("}")
    return "\n".join(out) + "\n"
