"""Prologue and epilogue templates (RISC-V psABI).

Frame, from sp upwards: the 512-byte BPF stack (if R10 is used), then the callee-saved
registers the program uses (s1..s4 for R6..R9, s5 for R10), rounded up to 16 bytes.  R10
points at the top of the BPF stack.  The epilogue returns R0 in a0 and restores everything.
One variant per (saved registers, stack) pair; each is proven (proofs/obligations.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from rvjit import ir
from rvjit.regmap import RV_OF_BPF, X
from rvjit.rules.base import asm

BPF_STACK = 512
SP, RA, A0 = (ir.Const(X[n], 5) for n in ("sp", "ra", "a0"))
R0, FP = ir.Const(RV_OF_BPF[0], 5), ir.Const(RV_OF_BPF[10], 5)
CALLEE = tuple(RV_OF_BPF[6:10])           # s1..s4 hold R6..R9


@dataclass(frozen=True)
class Frame:
    saved: tuple            # RV registers saved and restored (s5 included when R10 is used)
    stack: bool

    @property
    def name(self) -> str:
        from rvjit.regmap import ABI_NAMES
        return "frame_" + ("_".join(ABI_NAMES[r] for r in self.saved) or "none") \
            + ("_stack" if self.stack else "")

    @property
    def size(self) -> int:
        return (BPF_STACK * self.stack + 8 * len(self.saved) + 15) // 16 * 16

    def slot(self, k: int) -> int:
        """Offset from the new sp of the k-th saved register."""
        return BPF_STACK * self.stack + 8 * k

    def prologue(self) -> list:
        out = [asm.addi(SP, SP, -self.size)] if self.size else []
        out += [asm.sd(SP, ir.Const(r, 5), self.slot(k)) for k, r in enumerate(self.saved)]
        if self.stack:
            out.append(asm.addi(FP, SP, BPF_STACK))
        return out

    def epilogue(self) -> list:
        out = [asm.addi(A0, R0, 0)]                        # return R0 in a0
        out += [asm.ld(ir.Const(r, 5), SP, self.slot(k)) for k, r in enumerate(self.saved)]
        if self.size:
            out.append(asm.addi(SP, SP, self.size))
        out.append(asm.jalr(ir.Const(0, 5), RA, 0))
        return out

    def key(self) -> str:
        return "\n".join([self.name, *(i.key() for i in self.prologue()), "--",
                          *(i.key() for i in self.epilogue())])


def frames() -> list:
    out = []
    for n in range(len(CALLEE) + 1):
        for regs in combinations(CALLEE, n):
            for stack in (False, True):
                out.append(Frame(tuple(regs) + ((RV_OF_BPF[10],) if stack else ()), stack))
    return out


def frame_for(used_bpf_regs: set) -> Frame:
    """The frame of a program that names these eBPF registers."""
    stack = 10 in used_bpf_regs
    regs = tuple(RV_OF_BPF[r] for r in range(6, 10) if r in used_bpf_regs)
    return Frame(regs + ((RV_OF_BPF[10],) if stack else ()), stack)


FRAMES = frames()
