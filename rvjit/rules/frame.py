"""Prologue, epilogue and tail stub templates (RISC-V psABI; docs/abi.md sections 3, 7, 8).

Every function of a program (the main one and each bpf-to-bpf subprogram) is a psABI function
with its own frame, from sp upwards: the 512-byte BPF stack (if the function uses R10), then
the registers it saves, rounded up to 16 bytes: ra (if it calls), the callee-saved s1..s4 it
names for R6..R9, s5 (R10, with the stack), and in the main function s6 (RT, if the program
needs the runtime table) and s7 (TCC, if it tail calls).  R10 points at the top of the BPF
stack.  The prologue of a frame that saves s6 moves the entry's a1 (the runtime table) there,
one that saves s7 the entry's a2 (tail calls left): subprogram frames save neither and so move
nothing.  The epilogue returns R0 in a0 and restores everything; the tail stub (main function
of a program that tail calls) restores everything and jumps to t3 with a0-a2 untouched.
One variant per (saved registers, stack); each is proven (proofs/contracts.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from rvjit import ir
from rvjit.abi import BPF_STACK, ENTRY_RT, ENTRY_TCC, TAIL_TARGET
from rvjit.regmap import ABI_NAMES, RT, RV_OF_BPF, TCC, X
from rvjit.rules.base import asm

SP, RA, A0 = (ir.Const(X[n], 5) for n in ("sp", "ra", "a0"))
R0, FP = ir.Const(RV_OF_BPF[0], 5), ir.Const(RV_OF_BPF[10], 5)
CALLEE = tuple(RV_OF_BPF[6:10])           # s1..s4 hold R6..R9
# Slot order: ra, s1..s4, s5 (R10), s6 (RT), s7 (TCC).
ORDER = (X["ra"],) + CALLEE + (RV_OF_BPF[10], RT, TCC)
MOVES = ((RT, ENTRY_RT), (TCC, ENTRY_TCC))  # (register, the entry register moved into it)


def _r(n):
    return ir.Const(n, 5)


@dataclass(frozen=True)
class Frame:
    saved: tuple            # RV registers saved and restored, in ORDER (s5 iff `stack`)
    stack: bool

    def __post_init__(self):
        assert tuple(sorted(self.saved, key=ORDER.index)) == self.saved, self.saved
        assert (RV_OF_BPF[10] in self.saved) == self.stack, self.saved

    @property
    def name(self) -> str:
        return "frame_" + ("_".join(ABI_NAMES[r] for r in self.saved) or "none") \
            + ("_stack" if self.stack else "")

    @property
    def size(self) -> int:
        return (BPF_STACK * self.stack + 8 * len(self.saved) + 15) // 16 * 16

    @property
    def tail_calls(self) -> bool:
        """The main frame of a program that tail calls: it has a tail stub."""
        return TCC in self.saved

    def slot(self, k: int) -> int:
        """Offset from the new sp of the k-th saved register."""
        return BPF_STACK * self.stack + 8 * k

    def moves(self) -> list:
        """(register, entry register) the prologue moves, after saving."""
        return [(r, e) for r, e in MOVES if r in self.saved]

    def prologue(self) -> list:
        out = [asm.addi(SP, SP, -self.size)] if self.size else []
        out += [asm.sd(SP, _r(r), self.slot(k)) for k, r in enumerate(self.saved)]
        out += [asm.addi(_r(r), _r(e), 0) for r, e in self.moves()]
        if self.stack:
            out.append(asm.addi(FP, SP, BPF_STACK))
        return out

    def _restore(self) -> list:
        out = [asm.ld(_r(r), SP, self.slot(k)) for k, r in enumerate(self.saved)]
        if self.size:
            out.append(asm.addi(SP, SP, self.size))
        return out

    def epilogue(self) -> list:
        return [asm.addi(A0, R0, 0)] + self._restore() + [asm.jalr(_r(0), RA, 0)]

    def tail_stub(self) -> list:
        """Tear the frame down and enter the tail call's target (t3) as the runtime would:
        a0 (the context), a1 (its runtime table) and a2 (tail calls left) as they are."""
        return self._restore() + [asm.jalr(_r(0), _r(TAIL_TARGET), 0)] if self.tail_calls else []

    def key(self) -> str:
        stub = ["-- tail", *(i.key() for i in self.tail_stub())] if self.tail_calls else []
        return "\n".join([self.name, *(i.key() for i in self.prologue()), "--",
                          *(i.key() for i in self.epilogue()), *stub])


def frame_for(used_bpf_regs: set, calls: bool = False, rt: bool = False,
              tail_calls: bool = False) -> Frame:
    """The frame of a function that names these eBPF registers; `calls`: it calls (saves ra);
    `rt`, `tail_calls`: the main function of a program that needs the runtime table, that
    tail calls (saves and sets s6, s7)."""
    stack = 10 in used_bpf_regs
    regs = {RV_OF_BPF[r] for r in range(6, 10) if r in used_bpf_regs}
    regs |= {X["ra"]} if calls else set()
    regs |= {RV_OF_BPF[10]} if stack else set()
    regs |= ({RT} if rt else set()) | ({TCC} if tail_calls else set())
    return Frame(tuple(r for r in ORDER if r in regs), stack)


def frames() -> list:
    out = []
    for ra in (False, True):
        for n in range(len(CALLEE) + 1):
            for regs in combinations(CALLEE, n):
                for stack in (False, True):
                    for rt in (False, True):
                        for tcc in (False, True):
                            used = {6 + CALLEE.index(r) for r in regs} | ({10} if stack else set())
                            out.append(frame_for(used, ra, rt, tcc))
    return out


FRAMES = frames()
