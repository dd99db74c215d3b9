"""Generate the Python emitter (rvjit/generated/emit.py) from the proven rule table.

Each rule becomes a guard function and an emit function; RULES maps a pattern key
(code, off, imm) to the rules in table order.  Rules without a valid certificate are refused.
"""
from __future__ import annotations

from rvjit.encode import FORMS

OPERANDS = "dst, src, off, imm, imm64, dist"


def encoder_name(mnemonic: str) -> str:
    return FORMS[mnemonic].encoder.__name__


def render(table, header: str) -> str:
    out = [header, "from collections import namedtuple", "", "from rvjit.encode import (" + ", ".join(
        sorted({encoder_name(i.mnemonic) for r in table.rules for i in r.template})) + ")",
        "from rvjit.ir import _ctz, _sx  # noqa: F401", "from rvjit.regmap import RV_OF_BPF", "",
        "Rule = namedtuple(\"Rule\", \"name isa guard emit length jumps\")", "", ""]
    entries = {}
    for r in table.rules:
        out.append(f"def guard_{r.name}({OPERANDS}):")
        out.append(f"    return {r.guard.py()}")
        out.append("")
        out.append("")
        out.append(f"def emit_{r.name}({OPERANDS}):")
        if r.template:
            out.append("    return [")
            for ins in r.template:
                args = ", ".join(e.py() for _, e in ins.fields)
                out.append(f"        ({encoder_name(ins.mnemonic)}({args}), {ins.length}),  # {ins.mnemonic}")
            out.append("    ]")
        else:
            out.append("    return []")
        out.append("")
        out.append("")
        p = r.pattern
        entries.setdefault((p.code, p.off, p.imm), []).append(
            f"    Rule({r.name!r}, {tuple(sorted(r.isa))!r}, guard_{r.name}, emit_{r.name}, "
            f"{r.length}, {r.jumps}),")
    out.append("# (code, off, imm) -> rules in priority order: (name, isa, guard, emit, length, jumps)")
    out.append("RULES = {")
    for key, rows in entries.items():
        out.append(f"  {key!r}: (")
        out.extend("  " + row for row in rows)
        out.append("  ),")
    out.append("}")
    return "\n".join(out) + "\n"
