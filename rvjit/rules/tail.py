"""The tail call, `call 12` (bpf_tail_call(ctx, prog_array, index); docs/abi.md section 8),
inline as in Linux's JITs, against a PROG_ARRAY laid out as struct rvoff_prog_array:

    t1 = (u32)index                    slli/srli, or add.uw with Zba
    t2 = array->max_entries            lwu
    index >= max_entries: out          bgeu
    TCC == 0: out                      beq s7
    TCC -= 1
    t1 = &array->slot[index] - 8       slli 4, add
    t3 = slot.entry; NULL: out         ld, beq
    a1 = slot.rt; a2 = TCC             ld, mv
    jump to the tail stub              jal, or auipc + jalr (`dist` bytes away)
  out:

a0 is R1, the context, already.  The stub (rvjit/rules/frame.py) tears the frame down and
enters t3.  Without a tail call, execution goes on after the template with R0-R5 undefined.
"""
from __future__ import annotations

from semantics.ebpf import CALL, JMP
from rvjit import abi, ir
from rvjit.ir import fits_signed
from rvjit.regmap import RV_OF_BPF, TCC, X
from rvjit.rules.base import T1, T2, T3, ZERO, Pattern, asm, rule
from rvjit.rules.jmp import far_jump, far_range

A1, A2 = ir.Const(X["a1"], 5), ir.Const(X["a2"], 5)     # R2 (the array), R3 (the index)
S7 = ir.Const(TCC, 5)
assert (RV_OF_BPF[2], RV_OF_BPF[3]) == (X["a1"], X["a2"])


def length(instrs) -> int:
    return sum(i.length for i in instrs)


def template(index32, jump):
    """The code around the jump to the stub; the three exits branch past its end.  Every
    instruction is `fixed` (never compressed): the exits' offsets count 4-byte instructions."""
    return [i.as_fixed() for i in _template(index32, jump)]


def _template(index32, jump):
    head = index32 + [asm.lwu(T2, A1, abi.PROG_ARRAY_MAX_ENTRIES)]
    checks = [None, None]                       # bgeu, beq s7: targets filled in below
    mid = [asm.addi(S7, S7, -1), asm.slli(T1, T1, 4), asm.add(T1, T1, A1),
           asm.ld(T3, T1, abi.PROG_ARRAY_SLOTS + abi.PROG_ARRAY_ENTRY)]
    tail = [asm.ld(A1, T1, abi.PROG_ARRAY_SLOTS + abi.PROG_ARRAY_RT), asm.addi(A2, S7, 0)]
    end = length(head) + 8 + length(mid) + 4 + length(tail) + length(jump(ir.dist))
    at = length(head)
    checks[0] = asm.bgeu(T1, T2, end - at)
    checks[1] = asm.beq(S7, ZERO, end - at - 4)
    at += 8 + length(mid)
    null = asm.beq(T3, ZERO, end - at)
    at += 4 + length(tail)
    return head + checks + mid + [null] + tail + jump(ir.dist - at)


def rules():
    p = Pattern(JMP | CALL, imm=abi.BPF_FUNC_tail_call, src=0)
    ways = [("zba", [asm["add.uw"](T1, A2, ZERO)], ("zba",)),
            ("", [asm.slli(T1, A2, 32), asm.srli(T1, T1, 32)], ())]
    forms = [("jal", lambda d: [asm.jal(ZERO, d)], lambda d: fits_signed(d, 21)),
             ("far", lambda d: far_jump(d), far_range)]
    out = []
    for way, index32, isa in ways:
        for form, jump, fits in forms:
            tpl = template(index32, jump)
            at = length(tpl) - length(jump(ir.dist))
            name = "tail_call" + (f"_{way}" if way else "") + f"_{form}"
            out.append(rule(name, p, tpl, fits(ir.dist - at), temps=[6, 7, 28], isa=isa,
                            jumps=True))
    return out
