"""The eBPF semantics against values worked out by hand from RFC 9669's text (the expected
values here come from the RFC's rules, not from running the code under test)."""
from __future__ import annotations

import pytest

from semantics import ebpf
from semantics.ebpf import (ADD, ALU, ALU64, ARSH, DIV, END, LSH, MOD, MOV, MUL, NEG, RSH, SUB,
                            TO_BE, TO_LE, K, X)

M64 = (1 << 64) - 1
INT64_MIN = 1 << 63


def alu(code, dst_val, src_val=0, imm=0, off=0):
    regs = [0] * 11
    regs[1], regs[2] = dst_val & M64, src_val & M64
    insn = ebpf.Insn(code, 1, 2, off, imm)
    return ebpf.run_concrete([insn], regs)[1]


@pytest.mark.parametrize("code,d,s,imm,off,want", [
    # 32-bit results are zero-extended (section 4.1).
    (ALU | ADD | X, 0xFFFFFFFF, 1, 0, 0, 0),
    (ALU | SUB | X, 0, 1, 0, 0, 0xFFFFFFFF),
    (ALU | MOV | K, 0x1234_5678_9ABC, 0, -1, 0, 0xFFFFFFFF),
    (ALU64 | MOV | K, 0, 0, -1, 0, M64),                       # ALU64 K sign-extends imm
    (ALU64 | ADD | K, 1, 0, -2, 0, M64),
    # Division and modulo by zero: dst = 0, dst unchanged (zero-extended for ALU).
    (ALU64 | DIV | X, 1234, 0, 0, 0, 0),
    (ALU64 | MOD | X, 1234, 0, 0, 0, 1234),
    (ALU | MOD | X, 0xAAAA_BBBB_CCCC_DDDD, 0, 0, 0, 0xCCCC_DDDD),
    (ALU | DIV | X, 0xAAAA_BBBB_CCCC_DDDD, 0, 0, 0, 0),
    (ALU64 | DIV | X, 7, 2, 0, 1, 3),                          # SDIV
    (ALU64 | DIV | X, -7, 2, 0, 1, -3 & M64),                  # truncates toward zero
    (ALU64 | MOD | X, -7, 2, 0, 1, -1 & M64),                  # SMOD takes the dividend's sign
    (ALU64 | MOD | X, 7, -2, 0, 1, 1),
    (ALU64 | DIV | X, INT64_MIN, -1, 0, 1, INT64_MIN),         # signed overflow
    (ALU64 | MOD | X, INT64_MIN, -1, 0, 1, 0),
    (ALU | DIV | X, 0x8000_0000, 0xFFFF_FFFF, 0, 1, 0x8000_0000),
    (ALU64 | DIV | K, 10, 0, -1, 0, 0),                        # 10 / 0xffff...ffff (unsigned)
    (ALU | DIV | K, 10, 0, -1, 0, 0),                          # 10 / 0xffffffff
    (ALU64 | DIV | K, 10, 0, -1, 1, -10 & M64),                # SDIV by -1
    # Shift amounts are masked: 0x3f for ALU64, 0x1f for ALU.
    (ALU64 | LSH | X, 1, 65, 0, 0, 2),
    (ALU | LSH | X, 1, 33, 0, 0, 2),
    (ALU | RSH | K, 0xFFFF_FFFF_8000_0000, 0, 31, 0, 1),
    (ALU | ARSH | K, 0x8000_0000, 0, 4, 0, 0xF800_0000),
    (ALU64 | ARSH | K, INT64_MIN, 0, 63, 0, M64),
    (ALU64 | NEG | K, 1, 0, 0, 0, M64),
    (ALU | NEG | K, 1, 0, 0, 0, 0xFFFF_FFFF),
    (ALU64 | MUL | K, 3, 0, -1, 0, -3 & M64),
    # MOVSX (section 4.1): sign-extend the low 8/16/32 bits of src.
    (ALU64 | MOV | X, 0, 0x80, 0, 8, 0xFFFF_FFFF_FFFF_FF80),
    (ALU64 | MOV | X, 0, 0x7FFF, 0, 16, 0x7FFF),
    (ALU64 | MOV | X, 0, 0x8000_0000, 0, 32, 0xFFFF_FFFF_8000_0000),
    (ALU | MOV | X, 0, 0x80, 0, 8, 0xFFFF_FF80),               # ALU MOVSX zero-extends after
])
def test_alu_against_rfc(code, d, s, imm, off, want):
    assert alu(code, d, s, imm, off) == want


@pytest.mark.parametrize("code,bits,want", [
    (ALU | END | TO_LE, 16, 0xDDEE),
    (ALU | END | TO_LE, 32, 0xAABB_DDEE),
    (ALU | END | TO_LE, 64, 0x1122_3344_AABB_DDEE),
    (ALU | END | TO_BE, 16, 0xEEDD),
    (ALU | END | TO_BE, 32, 0xEEDD_BBAA),
    (ALU | END | TO_BE, 64, 0xEEDD_BBAA_4433_2211),
    (ALU64 | END | TO_LE, 16, 0xEEDD),                         # ALU64 END: unconditional bswap
    (ALU64 | END | TO_LE, 64, 0xEEDD_BBAA_4433_2211),
])
def test_byteswap(code, bits, want):
    assert alu(code, 0x1122_3344_AABB_DDEE, imm=bits) == want


def test_ld_imm64_and_exit():
    insns = [ebpf.Insn(ebpf.LD_IMM64, 0, 0, 0, 0, 0xDEAD_BEEF_0BAD_F00D),
             ebpf.Insn(ebpf.JMP | ebpf.EXIT, 0, 0, 0, 0),
             ebpf.Insn(ALU64 | MOV | K, 0, 0, 0, 1)]           # after EXIT: not executed
    assert ebpf.run_concrete(insns)[0] == 0xDEAD_BEEF_0BAD_F00D
