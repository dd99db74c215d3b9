"""Immediate materialisation: ways to put a 64-bit value `v` (an IR expression) in register rd.

Each way is (name, guard, instructions, isa).  The ways for sign-extended 32-bit values cover
every such value; `load64` adds shorter forms for shifted constants and a general 8-instruction
form that covers every 64-bit value.  Every rule built from these is proven like any other.
"""
from __future__ import annotations

from rvjit import ir
from rvjit.ir import ashr, ctz, eq, extract, fits_signed, lshr, ne, sext, zext
from rvjit.rules.base import ZERO, asm


def lo12(v):
    """The sign-extended low 12 bits: what addi/addiw add."""
    return sext(64, extract(11, 0, v))


def hi20(v):
    """The lui field that, followed by addi(w) of lo12(v), rebuilds a 32-bit v."""
    return zext(64, extract(31, 12, v + 0x800))


def load32(rd, v):
    """Ways to load v when v is a sign-extended 32-bit value (all of them covered)."""
    return [
        ("imm12", fits_signed(v, 12), [asm.addi(rd, ZERO, v)], ()),
        ("lui", ir.all_of(fits_signed(v, 32), eq(extract(11, 0, v), 0)),
         [asm.lui(rd, hi20(v))], ()),
        ("lui_addiw", fits_signed(v, 32), [asm.lui(rd, hi20(v)), asm.addiw(rd, rd, lo12(v))], ()),
    ]


def zext32_of(rd):
    """rd := rd with its upper 32 bits cleared."""
    return [asm.slli(rd, rd, 32), asm.srli(rd, rd, 32)]


def load64(rd, v):
    """Ways to load any 64-bit v, shortest first."""
    ways = load32(rd, v)
    shift = ctz(v)
    base = ashr(v, shift)           # v = base << shift, base odd
    ways += [
        ("shifted12", ir.all_of(ne(v, 0), fits_signed(base, 12)),
         [asm.addi(rd, ZERO, base), asm.slli(rd, rd, shift)], ()),
        ("shifted32", ir.all_of(ne(v, 0), fits_signed(base, 32)),
         [asm.lui(rd, hi20(base)), asm.addiw(rd, rd, lo12(base)), asm.slli(rd, rd, shift)], ()),
        ("uw_zba", eq(extract(63, 32, v), 0),
         [asm.lui(rd, hi20(v)), asm.addiw(rd, rd, lo12(v)), asm["add.uw"](rd, rd, ZERO)],
         ("zba",)),
        ("uw", eq(extract(63, 32, v), 0),
         [asm.lui(rd, hi20(v)), asm.addiw(rd, rd, lo12(v)), *zext32_of(rd)], ()),
    ]
    # General form: v = ((((h << 12) + a) << 12) + b) << 12) + c with a, b, c 12-bit signed
    # and h a 28-bit signed value (lui + addiw).  Each step peels off a sign-extended chunk.
    c = lo12(v)
    r1 = ashr(v - c, 12)
    b = lo12(r1)
    r2 = ashr(r1 - b, 12)
    a = lo12(r2)
    h = ashr(r2 - a, 12)
    ways.append(("general", ir.TRUE,
                 [asm.lui(rd, hi20(h)), asm.addiw(rd, rd, lo12(h)),
                  asm.slli(rd, rd, 12), asm.addi(rd, rd, a),
                  asm.slli(rd, rd, 12), asm.addi(rd, rd, b),
                  asm.slli(rd, rd, 12), asm.addi(rd, rd, c)], ()))
    return ways


__all__ = ["load32", "load64", "lo12", "hi20", "zext32_of", "lshr"]
