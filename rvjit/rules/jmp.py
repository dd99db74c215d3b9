"""Jumps: JA, gotol, conditional JMP/JMP32 (K and X), and EXIT.

`dist` is the byte distance from the start of this instruction's code to the start of the
target's code (for EXIT: the epilogue).  Each conditional jump comes in three forms, chosen by
distance as in the Linux JIT: a B-type branch (+-4 KiB), an inverted branch over a jal
(+-1 MiB), an inverted branch over auipc+jalr (the auipc range, +-2 GiB less 2 KiB).
"""
from __future__ import annotations

from semantics.ebpf import (EXIT, JA, JEQ, JGE, JGT, JLE, JLT, JMP, JMP32, JNE, JSET, JSGE,
                            JSGT, JSLE, JSLT, K, X)
from rvjit import ir
from rvjit.ir import eq, extract, fits_signed, ne, sext, sge, slt, zext
from rvjit.rules.base import D, S, T1, T2, ZERO, Pattern, asm, rule
from rvjit.rules.compress import size_of
from rvjit.rules.imm import load32

V = sext(64, ir.imm)

# eBPF condition -> (RV branch, operands swapped?).  a > b is b < a, a <= b is b >= a.
BRANCH = {JEQ: ("beq", False), JNE: ("bne", False), JGT: ("bltu", True), JGE: ("bgeu", False),
          JLT: ("bltu", False), JLE: ("bgeu", True), JSGT: ("blt", True), JSGE: ("bge", False),
          JSLT: ("blt", False), JSLE: ("bge", True)}
INVERSE = {"beq": "bne", "bne": "beq", "blt": "bge", "bge": "blt", "bltu": "bgeu", "bgeu": "bltu"}
SIGNED = (JSGT, JSGE, JSLT, JSLE)
NAMES = {JEQ: "jeq", JNE: "jne", JGT: "jgt", JGE: "jge", JLT: "jlt", JLE: "jle", JSGT: "jsgt",
         JSGE: "jsge", JSLT: "jslt", JSLE: "jsle", JSET: "jset"}


def far_range(d):
    """auipc+jalr reach: [-2^31 - 2^11, 2^31 - 2^11) (the upper end is not 2^31: the low part
    is sign-extended, so hi must absorb a carry; Linux fix 489553dd13a8)."""
    return ir.all_of(sge(d, -(1 << 31) - (1 << 11)), slt(d, (1 << 31) - (1 << 11)))


def far_jump(d):
    return [asm.auipc(T1, zext(64, extract(31, 12, d + 0x800))),
            asm.jalr(ZERO, T1, sext(64, extract(11, 0, d)))]


def branch_forms(mn, a, b, prefix):
    """(form, guard, template) for `if a <mn> b goto dist` after `prefix` (straight-line).
    The prefix is compressible, so where the branch sits is an expression (size_of); the
    near branch may be compressed too (c.beqz/c.bnez); the inverted branch over a jump must
    keep its 4 bytes, and so must the jump it skips (the skip distance is a constant)."""
    d = ir.dist - size_of(prefix)        # distance from the branch instruction
    inv = INVERSE[mn]
    return [
        ("near", fits_signed(d, 13), prefix + [asm[mn](a, b, d)]),
        ("jal", fits_signed(d - 4, 21), prefix + [asm[inv](a, b, 8).as_fixed(),
                                                  asm.jal(ZERO, d - 4).as_fixed()]),
        ("far", far_range(d - 4), prefix + [asm[inv](a, b, 12).as_fixed(),
                                            *(i.as_fixed() for i in far_jump(d - 4))]),
    ]


def operand_ways(code, op):
    """How to get the two comparands (a, b) into registers: [(name, guard, prefix, a, b, temps)].
    JMP compares 64 bits; JMP32 the low 32 bits.  X: signed via addiw (sign-extend), unsigned
    and (in)equality by shifting the low halves to the top (order and equality are kept).  K:
    dst sign-extended by addiw against the sign-extended immediate, for every condition: the
    sign extension of 32-bit values keeps their unsigned order as well as their signed one
    (below 2^31 the values stay, from 2^31 up they move together above 2^64 - 2^31), so the
    immediate needs no shifting.  (In)equality with a 12-bit immediate: dst - imm against 0."""
    is32 = code & 0x07 == JMP32
    signed = op in SIGNED
    out = []
    if code & X:
        if not is32:
            out.append(("x", ir.TRUE, [], D, S, ()))
        elif signed:
            out.append(("x", ir.TRUE, [asm.addiw(T1, D, 0), asm.addiw(T2, S, 0)], T1, T2, (6, 7)))
        else:
            out.append(("x", ir.TRUE, [asm.slli(T1, D, 32), asm.slli(T2, S, 32)], T1, T2, (6, 7)))
        return out
    zero = eq(ir.imm, 0)
    if not is32:
        out.append(("k0", zero, [], D, ZERO, ()))
        for way, g, load, _ in load32(T2, V):
            out.append((f"k_{way}", ir.all_of(ne(ir.imm, 0), g), load, D, T2, (7,)))
        return out
    lo = [asm.addiw(T1, D, 0)] if signed else [asm.slli(T1, D, 32)]
    out.append(("k0", zero, lo, T1, ZERO, (6,)))
    if op in (JEQ, JNE):
        out.append(("k_sub12", ir.all_of(ne(ir.imm, 0), fits_signed(-V, 12)),
                    [asm.addiw(T1, D, -V)], T1, ZERO, (6,)))
    for way, g, load, _ in load32(T2, V):
        out.append((f"k_{way}", ir.all_of(ne(ir.imm, 0), g), [asm.addiw(T1, D, 0)] + load,
                    T1, T2, (6, 7)))
    return out


def jset_ways(code):
    """JSET: a & b != 0, as t1 := a & b (low half moved to the top for JMP32), then bne.
    A non-negative 12-bit mask clears the top half itself."""
    is32 = code & 0x07 == JMP32
    top = [asm.slli(T1, T1, 32)] if is32 else []
    if code & X:
        return [("x", ir.TRUE, [asm["and"](T1, D, S)] + top, (6,))]
    out = [("k_uimm11", ir.ult(ir.imm, 2048), [asm.andi(T1, D, V)], (6,))] if is32 else []
    out += [("k_imm12", fits_signed(V, 12), [asm.andi(T1, D, V)] + top, (6,))]
    for way, g, load, _ in load32(T1, V)[1:]:
        out.append((f"k_{way}", g, load + [asm["and"](T1, D, T1)] + top, (6,)))
    return out


def conditional_rules():
    r = []
    for cls, cname in ((JMP, "jmp"), (JMP32, "jmp32")):
        for op, name in NAMES.items():
            for src in (K, X):
                code = cls | op | src
                tag = f"{cname}_{name}"
                if op == JSET:
                    for way, g, prefix, temps in jset_ways(code):
                        for form, fg, tpl in branch_forms("bne", T1, ZERO, prefix):
                            r.append(rule(f"{tag}_{way}_{form}", Pattern(code, off=None), tpl, ir.all_of(g, fg),
                                          temps=set(temps) | ({6} if form == "far" else set()),
                                          jumps=True))
                    continue
                mn, swap = BRANCH[op]
                for way, g, prefix, a, b, temps in operand_ways(code, op):
                    if swap:
                        a, b = b, a
                    for form, fg, tpl in branch_forms(mn, a, b, prefix):
                        r.append(rule(f"{tag}_{way}_{form}", Pattern(code, off=None), tpl, ir.all_of(g, fg),
                                      temps=set(temps) | ({6} if form == "far" else set()),
                                      jumps=True))
    return r


def goto_rules(code, name):
    """Unconditional: nothing when the target is next, else jal (c.j), else auipc+jalr."""
    p = Pattern(code, off=None if code == JMP | JA else 0)
    d = ir.dist
    exits = code == JMP | EXIT
    return [
        rule(f"{name}_fallthrough", p, [], eq(d, 0), jumps=True, exits=exits),
        rule(f"{name}_cj", p, [asm["c.j"](d)], ir.all_of(ne(d, 0), fits_signed(d, 12)),
             isa=("c",), jumps=True, exits=exits),
        rule(f"{name}_jal", p, [asm.jal(ZERO, d)], ir.all_of(ne(d, 0), fits_signed(d, 21)),
             jumps=True, exits=exits),
        rule(f"{name}_far", p, far_jump(d), far_range(d), temps=[6], jumps=True, exits=exits),
    ]


def rules():
    return (goto_rules(JMP | EXIT, "exit") + goto_rules(JMP | JA, "ja")
            + goto_rules(JMP32 | JA, "gotol") + conditional_rules())
