"""Immediate materialisation: ways to put a 64-bit value `v` (an IR expression) in register rd.

Each way is (name, guard, instructions, isa).  The ways for sign-extended 32-bit values cover
every such value; `load64` adds shorter forms for shifted constants and a general 8-instruction
form that covers every 64-bit value.  Every rule built from these is proven like any other.
"""
from __future__ import annotations

from rvjit import ir
from rvjit.ir import ashr, ctz, eq, extract, fits_signed, lshr, ne, sext, zext  # noqa: F401
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


def chain(v, depth):
    """Linux's emit_imm recursion, unrolled `depth` times: v = (upper' << shift) + lower,
    with lower = lo12(v), upper = (v - lower) >> 12.  The innermost level shifts by
    12 + ctz(upper) as the kernel does (constants with trailing zeros stay short); outer levels
    shift by 12, because nested ctz chains make the proofs minutes long instead of seconds.
    Returns the innermost value (loaded by a 32-bit way) and the levels, outermost first, as
    (shift, lower, guard)."""
    levels, cur = [], v
    for j in range(depth):
        lower = lo12(cur)
        upper = ashr(cur - lower, 12)
        if j == depth - 1:
            s = ctz(upper)
            levels.append((s + 12, lower, ne(upper, 0)))
            cur = ashr(upper, s)
        else:
            levels.append((ir.Const(12, 64), lower, ir.TRUE))
            cur = upper
    return cur, levels


def load64(rd, v):
    """Ways to load any 64-bit v, shortest first.  Depth 3 covers every value: each level
    peels at least 12 bits (64 -> 52 -> 40 -> 28, and 28 bits load with lui + addiw)."""
    ways = [(name, g, ins, isa, 0) for name, g, ins, isa in load32(rd, v)]
    for depth in (1, 2, 3):
        inner, levels = chain(v, depth)
        for base, bguard, bins, bisa in load32(rd, inner):
            for mask in range(1 << depth):          # bit j set: level j adds its lower part
                guards, body = [bguard], list(bins)
                for j in reversed(range(depth)):
                    shift, lower, guard = levels[j]
                    guards.append(guard)
                    body.append(asm.slli(rd, rd, shift))
                    if mask >> j & 1:
                        body.append(asm.addi(rd, rd, lower))
                    else:
                        guards.append(eq(lower, 0))
                name = f"d{depth}_{base}_" + "".join("a" if mask >> j & 1 else "s"
                                                     for j in range(depth))
                ways.append((name, ir.all_of(*guards), body, bisa, depth))
    ways += [
        ("uw_zba", eq(extract(63, 32, v), 0),
         [asm.lui(rd, hi20(v)), asm.addiw(rd, rd, lo12(v)), asm["add.uw"](rd, rd, ZERO)],
         ("zba",), 0),
        ("uw", eq(extract(63, 32, v), 0),
         [asm.lui(rd, hi20(v)), asm.addiw(rd, rd, lo12(v)), *zext32_of(rd)], (), 0),
    ]
    # Shortest first; among equals, the simpler (shallower) form.
    ways.sort(key=lambda w: (len(w[2]), w[4]))
    return [w[:4] for w in ways]


__all__ = ["load32", "load64", "lo12", "hi20", "zext32_of", "lshr"]
