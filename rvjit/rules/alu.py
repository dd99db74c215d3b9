"""Rules for ALU (32-bit) and ALU64 instructions, K and X forms, including SDIV/SMOD,
MOVSX and NEG.  No rule relies on the Linux verifier: divisors may be zero, and every 32-bit
result is zero-extended by the rule itself, unless the driver says no later instruction reads
dst's upper half (the flag hi_dead, rvjit/upper.py): the `_hd` rules, first in each group,
then leave it as the 32-bit instruction does."""
from __future__ import annotations

from semantics.ebpf import (ADD, ALU, ALU64, AND, ARSH, DIV, LSH, MOD, MOV, MUL, NEG, OR,
                            RSH, SUB, XOR, K, X)
from rvjit import ir
from rvjit.ir import eq, extract, fits_signed, ne, sext, ult, zext
from rvjit.rules.base import D, S, T1, ZERO, Pattern, asm, rule
from rvjit.rules.imm import load32, zext32_of

V = sext(64, ir.imm)                # the K operand as ALU64 sees it (ALU uses its low 32 bits)
SH32 = zext(64, extract(4, 0, ir.imm))
SH64 = zext(64, extract(5, 0, ir.imm))
Z = zext32_of(D)                    # dst := (u32)dst


def hd(name, code, body, guard=ir.TRUE, temps=(), isa=(), **kw):
    """`body` alone when dst's upper half is dead (its low half is the 32-bit result)."""
    return rule(name + "_hd", Pattern(code, **kw), body, ir.all_of(ir.hi_dead, guard),
                temps=temps, isa=isa)


def zext_ways(body, name, code, guard=ir.TRUE, temps=(), **kw):
    """The rules `body + zext(dst)`: with Zba one add.uw, else slli/srli; `body` alone when
    dst's upper half is dead."""
    return [hd(name, code, body, guard, temps, **kw),
            rule(name + "_zba", Pattern(code, **kw), body + [asm["add.uw"](D, D, ZERO)], guard,
                 temps=temps, isa=("zba",)),
            rule(name, Pattern(code, **kw), body + Z, guard, temps=temps)]


def with_t1(name, code, op_body, zext32=False, extra_guard=ir.TRUE, small=True, **kw):
    """Rules that materialise the K operand in t1 and then run `op_body` (a list using T1).
    small=False leaves out the 12-bit way, for ops whose own immediate form covers it."""
    out = []
    for way, guard, load, isa in load32(T1, V)[0 if small else 1:]:
        body = load + op_body
        g = ir.all_of(extra_guard, guard)
        if zext32:
            out += [hd(f"{name}_{way}", code, body, g, temps=[6], isa=isa, **kw),
                    rule(f"{name}_{way}_zba", Pattern(code, **kw), body + [asm["add.uw"](D, D, ZERO)],
                         g, temps=[6], isa=set(isa) | {"zba"}),
                    rule(f"{name}_{way}", Pattern(code, **kw), body + Z, g, temps=[6], isa=isa)]
        else:
            out.append(rule(f"{name}_{way}", Pattern(code, **kw), body, g, temps=[6], isa=isa))
    return out


def alu64_rules():
    c = lambda op, src: ALU64 | op | src
    r = []
    # X forms: one instruction where RISC-V agrees with eBPF.
    for op, mn in ((ADD, "add"), (SUB, "sub"), (MUL, "mul"), (OR, "or"), (AND, "and"),
                   (XOR, "xor"), (LSH, "sll"), (RSH, "srl"), (ARSH, "sra")):
        r.append(rule(f"alu64_{mn}_x", Pattern(c(op, X)), [asm[mn](D, D, S)]))
    # Division by zero: RISC-V gives all ones, eBPF 0.  Mask the quotient with -(src != 0),
    # computed before dst is overwritten (dst may be src).
    for off, mn in ((0, "divu"), (1, "div")):
        r.append(rule(f"alu64_{mn}_x", Pattern(c(DIV, X), off=off),
                      [asm.sltu(T1, ZERO, S), asm.sub(T1, ZERO, T1), asm[mn](D, D, S),
                       asm["and"](D, D, T1)], temps=[6]))
    # x % 0 = x on both sides; the signed overflow case gives 0 on both sides.
    for off, mn in ((0, "remu"), (1, "rem")):
        r.append(rule(f"alu64_{mn}_x", Pattern(c(MOD, X), off=off), [asm[mn](D, D, S)]))
    r.append(rule("alu64_mov_x", Pattern(c(MOV, X)), [asm.addi(D, S, 0)]))
    r.append(rule("alu64_movsx8_zbb", Pattern(c(MOV, X), off=8), [asm["sext.b"](D, S)], isa=("zbb",)))
    r.append(rule("alu64_movsx8", Pattern(c(MOV, X), off=8), [asm.slli(D, S, 56), asm.srai(D, D, 56)]))
    r.append(rule("alu64_movsx16_zbb", Pattern(c(MOV, X), off=16), [asm["sext.h"](D, S)], isa=("zbb",)))
    r.append(rule("alu64_movsx16", Pattern(c(MOV, X), off=16), [asm.slli(D, S, 48), asm.srai(D, D, 48)]))
    r.append(rule("alu64_movsx32", Pattern(c(MOV, X), off=32), [asm.addiw(D, S, 0)]))
    r.append(rule("alu64_neg", Pattern(c(NEG, K)), [asm.sub(D, ZERO, D)]))

    # K forms.
    for op, mni, mn in ((ADD, "addi", "add"), (AND, "andi", "and"), (OR, "ori", "or"),
                        (XOR, "xori", "xor")):
        r.append(rule(f"alu64_{mn}_k_imm12", Pattern(c(op, K)), [asm[mni](D, D, V)], fits_signed(V, 12)))
        r += with_t1(f"alu64_{mn}_k", c(op, K), [asm[mn](D, D, T1)], small=False)
    r.append(rule("alu64_sub_k_imm12", Pattern(c(SUB, K)), [asm.addi(D, D, -V)], fits_signed(-V, 12)))
    r += with_t1("alu64_sub_k", c(SUB, K), [asm.sub(D, D, T1)], small=False)
    r += with_t1("alu64_mul_k", c(MUL, K), [asm.mul(D, D, T1)])
    for off, div, mod in ((0, "divu", "remu"), (1, "div", "rem")):
        r.append(rule(f"alu64_{div}_k_zero", Pattern(c(DIV, K), off=off), [asm.addi(D, ZERO, 0)],
                      eq(ir.imm, 0)))
        r += with_t1(f"alu64_{div}_k", c(DIV, K), [asm[div](D, D, T1)], extra_guard=ne(ir.imm, 0), off=off)
        r.append(rule(f"alu64_{mod}_k_zero", Pattern(c(MOD, K), off=off), [], eq(ir.imm, 0)))
        r += with_t1(f"alu64_{mod}_k", c(MOD, K), [asm[mod](D, D, T1)], extra_guard=ne(ir.imm, 0), off=off)
    for op, mn in ((LSH, "slli"), (RSH, "srli"), (ARSH, "srai")):
        r.append(rule(f"alu64_{mn}_k", Pattern(c(op, K)), [asm[mn](D, D, SH64)]))
    for way, guard, load, isa in load32(D, V):
        r.append(rule(f"alu64_mov_k_{way}", Pattern(c(MOV, K)), load, guard, isa=isa))
    return r


def alu32_rules():
    c = lambda op, src: ALU | op | src
    r = []
    # ADD/AND/OR/XOR: the 64-bit instruction, whose low half is right and whose upper half the
    # zero-extension clears anyway (c.add compresses for any registers; c.addw does not).
    for op, mn in ((ADD, "add"), (SUB, "subw"), (MUL, "mulw"), (OR, "or"), (AND, "and"),
                   (XOR, "xor"), (LSH, "sllw"), (RSH, "srlw"), (ARSH, "sraw")):
        r += zext_ways([asm[mn](D, D, S)], f"alu32_{mn}_x", c(op, X))
    # Division by zero: mask the (sign-extended) 32-bit quotient with 0xffffffff if the low
    # 32 bits of src are non-zero, else 0.  The mask also zero-extends the result.
    for off, mn in ((0, "divuw"), (1, "divw")):
        r.append(rule(f"alu32_{mn}_x", Pattern(c(DIV, X), off=off),
                      [asm.slli(T1, S, 32), asm.sltu(T1, ZERO, T1), asm.sub(T1, ZERO, T1),
                       asm.srli(T1, T1, 32), asm[mn](D, D, S), asm["and"](D, D, T1)], temps=[6]))
    for off, mn in ((0, "remuw"), (1, "remw")):
        r += zext_ways([asm[mn](D, D, S)], f"alu32_{mn}_x", c(MOD, X), off=off)
    r.append(hd("alu32_mov_x", c(MOV, X), [asm.addi(D, S, 0)]))
    r.append(rule("alu32_mov_x_zba", Pattern(c(MOV, X)), [asm["add.uw"](D, S, ZERO)], isa=("zba",)))
    r.append(rule("alu32_mov_x", Pattern(c(MOV, X)), [asm.slli(D, S, 32), asm.srli(D, D, 32)]))
    # MOVSX: shift the byte/half to the top, arithmetic-shift it down to bits 32+, and the
    # final logical shift leaves the sign-extended 32-bit value, zero-extended.
    r.append(hd("alu32_movsx8_zbb", c(MOV, X), [asm["sext.b"](D, S)], isa=("zbb",), off=8))
    r.append(hd("alu32_movsx8", c(MOV, X), [asm.slli(D, S, 56), asm.srai(D, D, 56)], off=8))
    r.append(hd("alu32_movsx16_zbb", c(MOV, X), [asm["sext.h"](D, S)], isa=("zbb",), off=16))
    r.append(hd("alu32_movsx16", c(MOV, X), [asm.slli(D, S, 48), asm.srai(D, D, 48)], off=16))
    r.append(rule("alu32_movsx8", Pattern(c(MOV, X), off=8),
                  [asm.slli(D, S, 56), asm.srai(D, D, 24), asm.srli(D, D, 32)]))
    r.append(rule("alu32_movsx16", Pattern(c(MOV, X), off=16),
                  [asm.slli(D, S, 48), asm.srai(D, D, 16), asm.srli(D, D, 32)]))
    r += zext_ways([asm.subw(D, ZERO, D)], "alu32_neg", c(NEG, K))

    # K forms.
    r.append(rule("alu32_and_k_uimm11", Pattern(c(AND, K)), [asm.andi(D, D, V)], ult(ir.imm, 2048)))
    for op, mni, mn in ((ADD, "addi", "add"), (AND, "andi", "and"), (OR, "ori", "or"),
                        (XOR, "xori", "xor")):
        r += zext_ways([asm[mni](D, D, V)], f"alu32_{mn}_k_imm12", c(op, K), fits_signed(V, 12))
        r += with_t1(f"alu32_{mn}_k", c(op, K), [asm[mn](D, D, T1)], zext32=True, small=False)
    r += zext_ways([asm.addiw(D, D, -V)], "alu32_subw_k_imm12", c(SUB, K), fits_signed(-V, 12))
    r += with_t1("alu32_subw_k", c(SUB, K), [asm.subw(D, D, T1)], zext32=True, small=False)
    r += with_t1("alu32_mulw_k", c(MUL, K), [asm.mulw(D, D, T1)], zext32=True)
    for off, div, mod in ((0, "divuw", "remuw"), (1, "divw", "remw")):
        r.append(rule(f"alu32_{div}_k_zero", Pattern(c(DIV, K), off=off), [asm.addi(D, ZERO, 0)],
                      eq(ir.imm, 0)))
        r += with_t1(f"alu32_{div}_k", c(DIV, K), [asm[div](D, D, T1)], zext32=True,
                     extra_guard=ne(ir.imm, 0), off=off)
        r += zext_ways([], f"alu32_{mod}_k_zero", c(MOD, K), eq(ir.imm, 0), off=off)
        r += with_t1(f"alu32_{mod}_k", c(MOD, K), [asm[mod](D, D, T1)], zext32=True,
                     extra_guard=ne(ir.imm, 0), off=off)
    # Shifts: shifting through the top half of the register zero-extends for free.
    r.append(hd("alu32_lsh_k", c(LSH, K), [asm.slliw(D, D, SH32)]))
    r.append(rule("alu32_lsh_k", Pattern(c(LSH, K)), [asm.slli(D, D, SH32 + 32), asm.srli(D, D, 32)]))
    r.append(hd("alu32_rsh_k", c(RSH, K), [asm.srliw(D, D, SH32)]))
    r.append(rule("alu32_rsh_k", Pattern(c(RSH, K)), [asm.slli(D, D, 32), asm.srli(D, D, SH32 + 32)]))
    r += zext_ways([asm.sraiw(D, D, SH32)], "alu32_arsh_k", c(ARSH, K))
    # MOV K: (u32)imm.  Non-negative immediates load as they are; negative ones need a zext
    # (unless dst's upper half is dead).
    for way, guard, load, isa in load32(D, V):
        r.append(hd(f"alu32_mov_k_{way}", c(MOV, K), load, ir.all_of(ir.slt(V, 0), guard), isa=isa))
    for way, guard, load, isa in load32(D, V):
        r.append(rule(f"alu32_mov_k_{way}", Pattern(c(MOV, K)), load,
                      ir.all_of(ir.sge(V, 0), guard), isa=isa))
    for way, guard, load, isa in load32(D, V):
        r.append(rule(f"alu32_mov_k_{way}_zba", Pattern(c(MOV, K)), load + [asm["add.uw"](D, D, ZERO)],
                      guard, isa=set(isa) | {"zba"}))
        r.append(rule(f"alu32_mov_k_{way}_zext", Pattern(c(MOV, K)), load + Z, guard, isa=isa))
    return r


def rules():
    return alu64_rules() + alu32_rules()
