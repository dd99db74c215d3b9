"""EXIT: transfer control to the epilogue, `dist` bytes away (0 when it follows directly)."""
from __future__ import annotations

from semantics.ebpf import EXIT, JMP
from rvjit import ir
from rvjit.ir import eq, extract, fits_signed, ne, sext, sge, slt, zext
from rvjit.rules.base import T1, ZERO, Pattern, asm, rule


def far_range(d):
    """auipc+jalr reach: [-2^31 - 2^11, 2^31 - 2^11) (the upper end is not 2^31: the low part
    is sign-extended, so hi must absorb a carry; Linux fix 489553dd13a8)."""
    return ir.all_of(sge(d, -(1 << 31) - (1 << 11)), slt(d, (1 << 31) - (1 << 11)))


def far_jump(d):
    return [asm.auipc(T1, zext(64, extract(31, 12, d + 0x800))),
            asm.jalr(ZERO, T1, sext(64, extract(11, 0, d)))]


def exit_rules():
    p = Pattern(JMP | EXIT)
    d = ir.dist
    return [
        rule("exit_fallthrough", p, [], eq(d, 0), jumps=True, exits=True),
        rule("exit_cj", p, [asm["c.j"](d)], ir.all_of(ne(d, 0), fits_signed(d, 12)),
             isa=("c",), jumps=True, exits=True),
        rule("exit_jal", p, [asm.jal(ZERO, d)], ir.all_of(ne(d, 0), fits_signed(d, 21)),
             jumps=True, exits=True),
        rule("exit_far", p, far_jump(d), far_range(d), temps=[6], jumps=True, exits=True),
    ]


def rules():
    return exit_rules()
