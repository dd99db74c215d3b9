"""Loads and stores: LDX (MEM zero-extends, MEMSX sign-extends), ST (immediate) and STX, for
B/H/W/DW and any 16-bit offset.  Offsets that do not fit a 12-bit displacement go through t1."""
from __future__ import annotations

from semantics.ebpf import LDX, MEM, MEMSX, SIZE_B, SIZE_DW, SIZE_H, SIZE_W, ST, STX
from rvjit import ir
from rvjit.ir import eq, fits_signed, ne, sext
from rvjit.rules.base import D, S, T1, T2, ZERO, Pattern, asm, rule
from rvjit.rules.imm import load32

OFF = sext(64, ir.off)
V = sext(64, ir.imm)
SIZES = {SIZE_B: "b", SIZE_H: "h", SIZE_W: "w", SIZE_DW: "d"}
ZEXT_LOAD = {SIZE_B: "lbu", SIZE_H: "lhu", SIZE_W: "lwu", SIZE_DW: "ld"}
SEXT_LOAD = {SIZE_B: "lb", SIZE_H: "lh", SIZE_W: "lw"}


def addressing(base):
    """Ways to address base + off: (name, guard, prefix, base register, displacement, temps)."""
    ways = [("off12", fits_signed(OFF, 12), [], base, OFF, ())]
    for way, g, load, _ in load32(T1, OFF)[1:]:        # 16-bit offsets: lui (+ addiw)
        ways.append((f"off_{way}", ir.all_of(ir.not_(fits_signed(OFF, 12)), g),
                     load + [asm.add(T1, T1, base)], T1, ir.Const(0, 64), (6,)))
    return ways


def rules():
    r = []
    for size, sz in SIZES.items():
        for mode, table in ((MEM, ZEXT_LOAD), (MEMSX, SEXT_LOAD)):
            if size not in table:
                continue
            code = LDX | mode | size
            for way, g, pre, base, disp, temps in addressing(S):
                r.append(rule(f"ldx{'sx' if mode == MEMSX else ''}_{sz}_{way}", Pattern(code, off=None),
                              pre + [asm[table[size]](D, base, disp)], g, temps=temps))
        code = STX | MEM | size
        for way, g, pre, base, disp, temps in addressing(D):
            r.append(rule(f"stx_{sz}_{way}", Pattern(code, off=None),
                          pre + [asm["s" + sz](base, S, disp)], g, temps=temps))
        code = ST | MEM | size
        values = [("imm0", eq(ir.imm, 0), [], ZERO, ())]
        values += [(f"imm_{w}", ir.all_of(ne(ir.imm, 0), vg), load, T2, (7,))
                   for w, vg, load, _ in load32(T2, V)]
        for vway, vg, vload, vreg, vtemps in values:
            for way, g, pre, base, disp, temps in addressing(D):
                r.append(rule(f"st_{sz}_{vway}_{way}", Pattern(code, off=None),
                              vload + pre + [asm["s" + sz](base, vreg, disp)], ir.all_of(vg, g),
                              temps=set(temps) | set(vtemps)))
    return r
