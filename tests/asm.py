"""A tiny eBPF assembler for tests: instruction constructors returning raw 8-byte slots."""
from __future__ import annotations

import struct

from semantics.ebpf import (ADD, ALU, ALU64, END, EXIT, JMP, LD_IMM64, MOV, NEG, TO_BE, TO_LE,
                            K, X)


def insn(code, dst=0, src=0, off=0, imm=0) -> bytes:
    return struct.pack("<BBhi", code, (dst & 0xF) | (src & 0xF) << 4, off, imm)


def alu64(op, dst, src=None, imm=0, off=0) -> bytes:
    return insn(ALU64 | op | (X if src is not None else K), dst, src or 0, off, imm)


def alu32(op, dst, src=None, imm=0, off=0) -> bytes:
    return insn(ALU | op | (X if src is not None else K), dst, src or 0, off, imm)


def mov64(dst, imm) -> bytes:
    return alu64(MOV, dst, imm=imm)


def ld_imm64(dst, value) -> bytes:
    value &= (1 << 64) - 1
    lo, hi = value & 0xFFFFFFFF, value >> 32
    s = lambda v: v - (1 << 32) if v >> 31 else v
    return insn(LD_IMM64, dst, 0, 0, s(lo)) + insn(0, 0, 0, 0, s(hi))


def neg(dst, is64=True) -> bytes:
    return insn((ALU64 if is64 else ALU) | NEG, dst)


def end(dst, bits, be=False, bswap=False) -> bytes:
    if bswap:
        return insn(ALU64 | END | TO_LE, dst, imm=bits)
    return insn(ALU | END | (TO_BE if be else TO_LE), dst, imm=bits)


def exit_() -> bytes:
    return insn(JMP | EXIT)


def call(helper_id) -> bytes:
    """A helper call by id."""
    return insn(JMP | 0x80, imm=helper_id)


def call_local(delta) -> bytes:
    """A bpf-to-bpf call of the function at slot index + 1 + delta."""
    return insn(JMP | 0x80, src=1, imm=delta)


def tail_call() -> bytes:
    return call(12)


def ld_map(dst, index) -> bytes:
    return insn(LD_IMM64, dst, 5, 0, index) + insn(0)


def ld_map_value(dst, index, off=0) -> bytes:
    return insn(LD_IMM64, dst, 6, 0, index) + insn(0, imm=off - (1 << 32) if off >> 31 else off)


def ld_func(dst, delta) -> bytes:
    return insn(LD_IMM64, dst, 4, 0, delta) + insn(0)


__all__ = ["insn", "alu64", "alu32", "mov64", "ld_imm64", "neg", "end", "exit_", "call",
           "call_local", "tail_call", "ld_map", "ld_map_value", "ld_func", "ADD"]
