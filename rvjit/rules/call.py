"""Calls (docs/abi.md sections 6 and 7): helpers through the runtime table, bpf-to-bpf calls
pc-relative.  Both end with R0 = a0, the callee's return value; R1-R5 are already a0-a4.

A helper id's address is the table slot RT + 8*id: `ld t1, 8*id(s6)` for ids below 256, else
`lui t1` + `add t1, t1, s6` + `ld t1, lo(t1)`; then `jalr ra, 0(t1)`.  A bpf-to-bpf call is
`jal ra` to the callee's prologue (`dist` bytes away), or `auipc t1` + `jalr ra` beyond jal's
reach.  The callee is whatever the psABI allows (semantics/rv64.py, call_out): the rules
declare the caller-saved registers it clobbers, and the calling function's frame saves ra.
"""
from __future__ import annotations

from semantics.ebpf import CALL, HELPER_CALL, JMP, PSEUDO_CALL
from rvjit import abi, ir
from rvjit.ir import extract, fits_signed, sext, slt, zext
from rvjit.regmap import CALL_CLOBBERS, RT, RV_OF_BPF, X
from rvjit.rules.base import T1, Pattern, asm, rule
from rvjit.rules.imm import hi20, lo12
from rvjit.rules.jmp import far_range

R0, A0, RA, S6 = (ir.Const(r, 5) for r in (RV_OF_BPF[0], X["a0"], X["ra"], RT))
SLOT = zext(64, ir.imm) << 3                    # 8 * id
RETURN = asm.addi(R0, A0, 0)                    # R0 = the return value


def helper_rules():
    p = Pattern(JMP | CALL, src=HELPER_CALL)
    call = [asm.jalr(RA, T1, 0), RETURN]
    return [
        rule("call_helper", p, [asm.ld(T1, S6, SLOT)] + call, fits_signed(SLOT, 12),
             temps=[6], clobbers=CALL_CLOBBERS),
        # lui takes hi20(8*id), the ld's displacement the rest (below 2^31 - 2^11: no carry).
        rule("call_helper_lui", p, [asm.lui(T1, hi20(SLOT)), asm.add(T1, T1, S6),
                                    asm.ld(T1, T1, lo12(SLOT))] + call,
             ir.all_of(ir.not_(fits_signed(SLOT, 12)), slt(SLOT, (1 << 31) - (1 << 11))),
             temps=[6], clobbers=CALL_CLOBBERS),
    ]


def local_rules():
    p = Pattern(JMP | CALL, src=PSEUDO_CALL)
    d = ir.dist
    return [
        rule("call_local_jal", p, [asm.jal(RA, d), RETURN], fits_signed(d, 21),
             clobbers=CALL_CLOBBERS),
        rule("call_local_far", p, [asm.auipc(T1, zext(64, extract(31, 12, d + 0x800))),
                                   asm.jalr(RA, T1, sext(64, extract(11, 0, d))), RETURN],
             far_range(d), temps=[6], clobbers=CALL_CLOBBERS),
    ]


def rules():
    assert abi.HELPER_ID_LIMIT * 8 <= (1 << 31) - (1 << 11)      # call_helper_lui's reach
    return helper_rules() + local_rules()
