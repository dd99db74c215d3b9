"""The JIT driver: eBPF program -> RV64 image, using the generated (proven) emitter.

Layout is the kernel's: passes until every fragment's size is stable (jump rules pick their
form by distance), then a final pass whose fragments must sit exactly where the converged
layout put them, with the size it predicted.  Each instruction is emitted by the first rule of
its pattern whose ISA is enabled and whose guard holds.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rvjit import bpf, upper
from rvjit.generated.emit import FRAMES, RULES
from rvjit.rules.frame import frame_for
from proofs.obligations import IMAGE_LIMIT

MAX_PASSES = 32
ISA_NAMES = ("zba", "zbb", "c", "zacas")


class JitError(bpf.BpfError):
    pass


def parse_isa(text: str | None) -> frozenset:
    """'zba,zbb,c' -> frozenset; '' or None -> base RV64IM."""
    isa = frozenset(x.strip().lower() for x in (text or "").split(",") if x.strip())
    bad = isa - set(ISA_NAMES)
    if bad:
        raise ValueError(f"unknown ISA extension(s): {', '.join(sorted(bad))} "
                         f"(known: {', '.join(ISA_NAMES)})")
    return isa


def select(insn: bpf.Insn, dist: int, isa: frozenset, hi_dead: bool = False):
    """The rule that translates `insn` when its target is `dist` bytes away (hi_dead: no
    later instruction reads dst's upper half, rvjit/upper.py)."""
    rules = (RULES.get((insn.code, insn.off, insn.imm)) or RULES.get((insn.code, insn.off, None))
             or RULES.get((insn.code, None, insn.imm)) or RULES.get((insn.code, None, None)))
    if not rules:
        raise JitError(insn.index, f"no rule translates opcode {insn.code:#04x} with off={insn.off}")
    args = (insn.dst, insn.src, insn.off & 0xFFFF, insn.imm & 0xFFFFFFFF, insn.imm64,
            dist & 0xFFFFFFFFFFFFFFFF, "c" in isa, hi_dead)
    for r in rules:
        if set(r.isa) <= isa and r.guard(*args):
            return r, args
    raise JitError(insn.index, f"no rule's guard holds for {bpf.disasm(insn)} (dist={dist})")


@dataclass
class Fragment:
    insn: bpf.Insn
    rule: str
    offset: int
    code: bytes


@dataclass
class Image:
    code: bytes
    fragments: list
    prologue: bytes
    epilogue_offset: int
    isa: frozenset
    passes: int
    meta: dict = field(default_factory=dict)


# --- prologue and epilogue: proven frame templates (rvjit/rules/frame.py) ------------------

def _used_bpf_regs(insns) -> set:
    """Registers named by any instruction (a superset of those used: K forms name src=r0)."""
    return {r for i in insns for r in (i.dst, i.src)}


def frame(insns, rvc=False):
    """(prologue, epilogue) bytes: the proven frame that saves what the program uses."""
    f = frame_for(_used_bpf_regs(insns))
    pro, epi = FRAMES[(f.saved, f.stack)]
    pack = lambda words: b"".join(w.to_bytes(n, "little") for w, n in words)
    return pack(pro(rvc)), pack(epi(rvc))


def compile_program(program, isa=frozenset()) -> Image:
    """Compile raw bytecode (bytes) or decoded instructions into an RV64 image."""
    insns = bpf.decode(program) if isinstance(program, (bytes, bytearray)) else list(program)
    if not isinstance(program, (bytes, bytearray)):
        bpf.check_targets(insns)
    pos = {i.index: k for k, i in enumerate(insns)}           # slot index -> position
    rvc = "c" in isa
    pro, epi = frame(insns, rvc)
    # Start from the shortest form of every jump and grow: sizes only grow, and growing a
    # size only lengthens distances, so the passes converge on the least fixed point (the
    # last EXIT falls through to the epilogue instead of jumping over nothing).
    # Fragments of instructions that do not jump do not depend on the layout: emit them once.
    dead = upper.hi_dead(insns)
    fixed = {k: _emit(i, 0, isa, dead[k]) for k, i in enumerate(insns) if not _jumps(i)}
    sizes = [len(fixed[k][1]) if k in fixed else _size(i, 0, isa, dead[k])
             for k, i in enumerate(insns)]
    for passes in range(1, MAX_PASSES + 1):
        offsets, at = [], len(pro)
        for s in sizes:
            offsets.append(at)
            at += s
        epi_at = at
        new = [_size(i, _dist(i, o, offsets, epi_at, pos), isa, d) if _jumps(i) else s
               for i, o, s, d in zip(insns, offsets, sizes, dead)]
        if new == sizes:
            break
        sizes = new
    else:
        raise JitError(None, f"layout did not converge in {MAX_PASSES} passes")
    if epi_at > IMAGE_LIMIT:
        raise JitError(None, f"image of {epi_at} bytes exceeds the {IMAGE_LIMIT}-byte limit "
                             "under which jump rules are proven exhaustive")

    frags, code = [], bytearray(pro)
    for i, o in zip(insns, offsets):
        if len(code) != o:
            raise JitError(i.index, f"layout check: fragment at {len(code)}, expected {o}")
        r, b = fixed.get(len(frags)) or _emit(i, _dist(i, o, offsets, epi_at, pos), isa,
                                              dead[len(frags)])
        if len(b) != sizes[len(frags)]:
            raise JitError(i.index, f"layout check: rule {r.name} emitted {len(b)} bytes, "
                                    f"not the {sizes[len(frags)]} the layout converged on")
        frags.append(Fragment(i, r.name, o, b))
        code += b
    if len(code) != epi_at:
        raise JitError(None, f"layout check: body ends at {len(code)}, expected {epi_at}")
    code += epi
    return Image(bytes(code), frags, pro, epi_at, isa, passes)


def _emit(insn, dist, isa, hi_dead):
    r, args = select(insn, dist, isa, hi_dead)
    return r, b"".join(w.to_bytes(n, "little") for w, n in r.emit(*args))


def _size(insn, dist, isa, hi_dead) -> int:
    return len(_emit(insn, dist, isa, hi_dead)[1])


def _jumps(insn) -> bool:
    return insn.code == bpf.JMP | bpf.EXIT or bpf.jump_target(insn) is not None


def _dist(insn, at, offsets, epilogue, pos) -> int:
    """Bytes from this instruction's code to its target's (EXIT: the epilogue's; 0 for
    instructions that do not jump)."""
    if insn.code == bpf.JMP | bpf.EXIT:
        return epilogue - at
    target = bpf.jump_target(insn)
    return 0 if target is None else offsets[pos[target]] - at
