"""Rules for END (byte swaps): ALU TO_LE / TO_BE and ALU64 BSWAP, 16/32/64 bits."""
from __future__ import annotations

from semantics.ebpf import ALU, ALU64, END, TO_BE, TO_LE
from rvjit.rules.base import D, T1, T2, ZERO, Pattern, asm, rule
from rvjit import ir
from rvjit.rules.imm import zext32_of


def bswap_bytes(n):
    """Byte-reverse the low n bytes of dst into dst, zero-extended, without Zbb.
    t1 accumulates; t2 holds the byte in flight."""
    seq = [asm.andi(T2, D, 255), asm.slli(T1, T2, 8 * (n - 1))]
    for i in range(1, n):
        seq.append(asm.srli(T2, D, 8 * i))
        if i < 7:                               # the top byte of 64 needs no mask
            seq.append(asm.andi(T2, T2, 255))
        if n - 1 - i:
            seq.append(asm.slli(T2, T2, 8 * (n - 1 - i)))
        seq.append(asm["or"](D if i == n - 1 else T1, T1, T2))
    return seq


def bswap_rules(code, name):
    r = []
    for bits in (16, 32, 64):
        p = Pattern(code, imm=bits)
        zbb = [asm.rev8(D, D)] + ([asm.srli(D, D, 64 - bits)] if bits < 64 else [])
        r.append(rule(f"{name}{bits}_zbb", p, zbb, isa=("zbb",)))
        r.append(rule(f"{name}{bits}", p, bswap_bytes(bits // 8), temps=[6, 7]))
    return r


def rules():
    le = ALU | END | TO_LE
    return [
        rule("le16_zbb", Pattern(le, imm=16), [asm["zext.h"](D, D)], isa=("zbb",)),
        rule("le16", Pattern(le, imm=16), [asm.slli(D, D, 48), asm.srli(D, D, 48)]),
        rule("le32_hd", Pattern(le, imm=32), [], ir.hi_dead),     # dst's upper half is dead
        rule("le32_zba", Pattern(le, imm=32), [asm["add.uw"](D, D, ZERO)], isa=("zba",)),
        rule("le32", Pattern(le, imm=32), zext32_of(D)),
        rule("le64", Pattern(le, imm=64), []),
        *bswap_rules(ALU | END | TO_BE, "be"),
        *bswap_rules(ALU64 | END | TO_LE, "bswap"),
    ]
