"""LD_IMM64 with src 0: dst = imm64, for every 64-bit value.  (The pseudo-instructions with
other src values, map and function references, are rvjit/rules/ldmap.py's.)"""
from __future__ import annotations

from semantics.ebpf import LD_IMM64
from rvjit import ir
from rvjit.rules.base import D, Pattern, rule
from rvjit.rules.imm import load64


def rules():
    return [rule(f"ld_imm64_{way}", Pattern(LD_IMM64, src=0), load, guard, isa=isa)
            for way, guard, load, isa in load64(D, ir.imm64)]
