"""Random eBPF programs that Linux 6.1's verifier accepts, and the kernel program around them.

The generator of the eBPF semantics check (rvlab.validate_ebpf, which compares what these
programs do in our semantics and in the Linux interpreter, run by rvlab.linux_interp); make
vm-test (rvlab.vmtest) offloads some of them too.  A program is a body (instruction tuples)
and its inputs; `Program.full()` is what the kernel loads, `Program.data()` its packet.

Program kinds (`generate(..., kind=K)`; "mixed", the default, draws each program's kind from
the others):

    alu      straight-line ALU / ALU64 / END / LD_IMM64 (the original check)
    branch   + forward conditional jumps (JMP and JMP32, all 11 conditions, K and X) over
             random sub-blocks, if/else diamonds with JA, early exits to the end
    loop     + bounded loops: R8 (reserved inside loops) counts 1..4 iterations of a block,
             from a constant or from a body register ((rX & 3) + 1: the trip count is data
             the verifier does not know), closed by a backward JNE/JGT/JSGT/JGE/JSGE/JLT/JSLT
             (JMP or JMP32) or with a forward JEQ/JLE/JSLE exit test and a backward JA
             (LOOP_SHAPES: 18 shapes)
    stack    + LDX / ST / STX MEM of every size (B H W DW) at aligned R10-relative offsets
             in the region [R10-64, R10)
    full     all of the above in one program

What the kernel loads (the body is exactly what the semantics sees):

    prologue   bounds-check the 136-byte packet, R9 = packet data (kept: the body never
               touches R9 or copies R10), copy packet[72..136) to the stack region
               [R10-64, R10) with 8-byte spills, then R0..R8 = packet[8r..8r+8) or, for about
               one register in five, LD_IMM64 of the same value (then the verifier knows it
               and decides branches on it at load time; packet values are unknown to it, so
               it explores both sides of their branches and the interpreter evaluates them)
    body       the random program; jumps to just past its end go to the epilogue
    epilogue   R0..R8 -> packet[0..72), stack region -> packet[72..136), r0 = XDP_PASS, exit

With a checkpoint (`Program.full((s, j))`, for localising a difference) the program stops
when control arrives for the j-th time at body instruction s: a countdown kept in a stack
slot below the region, R9 spilled around it; a checkpoint that fires returns 3 (STOPPED)
instead of XDP_PASS, so a kernel that never gets there shows.

The semantics runs the body (`trace`) from R0..R8 = the inputs, R9 = 0, R10 = FP (a fixed
address), and a ConcreteMemory holding the region's 64 bytes below FP; every store must land
there.  The generator runs the semantics on each program as it builds it, to choose some K
immediates and X sources of conditional jumps that sit on their conditions' boundaries
(equal values, one above or below, a set or clear JSET bit), so both outcomes occur.

Limits (the 6.1 verifier's, not ours):
  * K divisors are non-zero ("div by zero" is refused); X divisors may be zero, so the
    verifier's run-time guard (x/0 = 0, x%0 = x, zero-extended for ALU) is what runs;
  * K shift amounts are below the width ("invalid shift"); X shift amounts are anything;
  * stack accesses are aligned to their size (the verifier's strict stack alignment) and
    read only initialised bytes; JA only where the code it skips is reachable another way
    (if/else diamonds, while loops: the verifier refuses unreachable instructions); loops
    only with a counter the verifier can follow: a constant, or a range their test narrows
    (6.1 learns nothing from JNE/JEQ, so a data-dependent counter under those runs into
    its 1M-instruction limit);
  * ISA v4 (SDIV/SMOD, MOVSX, ALU64 BSWAP, MEMSX loads, gotol) only in kind "v4", and
    atomics (ADD/OR/AND/XOR with and without FETCH, XCHG, CMPXCHG, W and DW, on the stack
    region) only in kind "atomic": Linux 6.1 refuses v4, so these run on 6.12 (make
    validate KERNEL=6.12).  LOAD_ACQ/STORE_REL need 6.15, which Debian 12 lacks.  Not
    covered: loads and stores through other pointers than R10 (packet, context), calls, EXIT
    inside the body.
"""
from __future__ import annotations

import random
import struct
from dataclasses import dataclass, field

import z3

from rvjit import bpf as B
from semantics import ebpf as E
from semantics.memory import ConcreteMemory

MASK64 = (1 << 64) - 1
NBODY = 9                       # R0..R8 are the body's and are compared; R9 holds the packet
COUNTER = 8                     # the loop counter, reserved inside loops
REGS_LEN = 8 * NBODY            # packet[0..72): R0..R8
STACK_LEN = 64                  # the body's stack region [R10-64, R10)
DATA_LEN = REGS_LEN + STACK_LEN  # the packet: registers, then the stack region
SAVE_OFF = -STACK_LEN - 8       # checkpoints: R9 (the packet pointer) spilled here
COUNT_OFF = -STACK_LEN - 16     # checkpoints: the arrival countdown
FP = 0xFFFF_C900_0004_0000      # R10 in the semantics (any address; it is never copied)
XDP_PASS = 2
STOPPED = 3                     # the return value of a checkpoint that fired (XDP_TX)
MAX_STEPS = 20_000

INT32_MIN, INT32_MAX = -(1 << 31), (1 << 31) - 1
INT64_MIN, INT64_MAX = -(1 << 63), (1 << 63) - 1
EDGE64 = tuple(dict.fromkeys(v & MASK64 for v in (
    0, 1, -1, INT32_MIN, INT32_MAX, 0x80000000, 0xFFFFFFFF, INT64_MIN, INT64_MAX,
    2, -2, 7, -7, 16, 31, 32, 33, 63, 64, 65, 0xFF, 0x80, 0xFFFF, 0x8000, 0x7FFF,
    0x100000000, 0xFFFFFFFF00000000, 0x7FFFFFFF00000000, 0x8000000080000000,
    0x00000001FFFFFFFF, 0x0123456789ABCDEF, 0xFEDCBA9876543210)))
EDGE_IMM = (0, 1, -1, INT32_MIN, INT32_MAX, 2, -2, 7, -7, 16, 31, 32, 63, 64,
            0xFF, 0x80, 0x7FFF, 0x8000, -0x8000, 0xFFFF, 0x10000, 0x7FFFFF00)

KINDS = ("alu", "branch", "loop", "stack", "full")            # what Linux 6.1 takes; mixed
NEW_KINDS = ("v4", "atomic")        # ISA v4 needs Linux 6.6+ (make validate runs it on 6.12)
ALL_KINDS = KINDS + NEW_KINDS
FEATURES = {"v4": frozenset({"v4", "jump", "stack"}), "atomic": frozenset({"atomic", "stack", "jump"}),
            "alu": frozenset(), "branch": frozenset({"jump"}), "loop": frozenset({"loop"}),
            "stack": frozenset({"stack"}), "full": frozenset({"jump", "loop", "stack"})}
MIXED_WEIGHTS = {"alu": 0.15, "branch": 0.2, "loop": 0.15, "stack": 0.15, "full": 0.35}

# --- instruction encoding ------------------------------------------------------------------------

MEM_SIZES = ((E.SIZE_B, "b", 1), (E.SIZE_H, "h", 2), (E.SIZE_W, "w", 4), (E.SIZE_DW, "dw", 8))
LDX_DW, LDX_W = E.LDX | E.MEM | E.SIZE_DW, E.LDX | E.MEM | E.SIZE_W
STX_DW, ST_DW = E.STX | E.MEM | E.SIZE_DW, E.ST | E.MEM | E.SIZE_DW
JGT_X = E.JMP | E.JGT | E.X     # if dst > src (unsigned) goto +off
JA = E.JMP | E.JA
HARNESS_COND_JUMPS = 1          # the prologue's bounds check
EXIT = E.JMP | E.EXIT
CONDS = (E.JEQ, E.JGT, E.JGE, E.JSET, E.JNE, E.JSGT, E.JSGE, E.JLT, E.JLE, E.JSLT, E.JSLE)


def raw(code, dst=0, src=0, off=0, imm=0) -> bytes:
    return struct.pack("<BBhi", code, (src << 4) | dst, off, imm)


def s32(x):
    x &= 0xFFFFFFFF
    return x - (1 << 32) if x >> 31 else x


def ld_imm64(dst, v) -> bytes:
    v &= MASK64
    return raw(E.LD_IMM64, dst, 0, 0, s32(v)) + raw(0, 0, 0, 0, s32(v >> 32))


def I(code, dst=0, src=0, off=0, imm=0, imm64=0):          # noqa: E743 -- an instruction tuple
    return (code, dst, src, off, imm, imm64)


def tuple_bytes(t) -> bytes:
    code, dst, src, off, imm, imm64 = t
    return ld_imm64(dst, imm64) if code == E.LD_IMM64 else raw(code, dst, src, off, imm)


def slots_of(t) -> int:
    return 2 if t[0] == E.LD_IMM64 else 1


def is_jump(code) -> bool:
    return E.cls_of(code) in (E.JMP, E.JMP32) and E.op_of(code) not in (E.EXIT, E.CALL)


def disasm_tuple(t) -> str:
    """LLVM-style text of one instruction, by rvjit.bpf."""
    code, dst, src, off, imm, imm64 = t
    try:
        return B.disasm(B.Insn(0, code, dst, src, off, imm, imm64, tuple_bytes(t)))
    except Exception:                   # noqa: BLE001
        return f"<code {code:#04x} dst r{dst} src r{src} off {off} imm {imm} imm64 {imm64:#x}>"


def hex64(v):
    return f"{v:#018x}"


# --- the instruction forms the 6.1 verifier accepts ----------------------------------------------

@dataclass(frozen=True)
class Form:
    name: str
    code: int
    width: int = 0          # END: 16/32/64
    off: int = 0            # ISA v4: SDIV/SMOD 1, MOVSX 8/16/32


def forms() -> list[Form]:
    out = []
    for cls, cname in ((E.ALU64, "alu64"), (E.ALU, "alu")):
        for op in (E.ADD, E.SUB, E.MUL, E.DIV, E.MOD, E.OR, E.AND, E.LSH, E.RSH, E.ARSH, E.XOR,
                   E.MOV):
            for srcbit, sname in ((E.K, "k"), (E.X, "x")):
                out.append(Form(f"{cname}_{E.ALU_OP_NAMES[op]}_{sname}", cls | op | srcbit))
        out.append(Form(f"{cname}_neg", cls | E.NEG))
    for direction, dname in ((E.TO_LE, "le"), (E.TO_BE, "be")):
        for w in (16, 32, 64):
            out.append(Form(f"{dname}{w}", E.ALU | E.END | direction, w))
    return out


ALU_FORMS = forms()


def v4_forms() -> list[Form]:
    """ISA v4 (Linux 6.6+): SDIV/SMOD, MOVSX, ALU64 BSWAP."""
    out = []
    for cls, cname in ((E.ALU64, "alu64"), (E.ALU, "alu")):
        for op, oname in ((E.DIV, "sdiv"), (E.MOD, "smod")):
            for srcbit, sname in ((E.K, "k"), (E.X, "x")):
                out.append(Form(f"{cname}_{oname}_{sname}", cls | op | srcbit, 0, 1))
        for bits in ((8, 16, 32) if cls == E.ALU64 else (8, 16)):
            out.append(Form(f"{cname}_movsx{bits}", cls | E.MOV | E.X, 0, bits))
    for w in (16, 32, 64):
        out.append(Form(f"bswap{w}", E.ALU64 | E.END, w))
    return out


V4_FORMS = v4_forms()
V4_NAMES = {f.name for f in V4_FORMS} | {"gotol", "ldxsx_b", "ldxsx_h", "ldxsx_w"}
GOTOL = E.JMP32 | E.JA
# Atomic read-modify-writes Linux 6.1+ takes (W and DW): imm -> name.
ATOMIC_OPS = {0x00: "add", 0x01: "fetch_add", 0x40: "or", 0x41: "fetch_or", 0x50: "and",
              0x51: "fetch_and", 0xA0: "xor", 0xA1: "fetch_xor", 0xE1: "xchg", 0xF1: "cmpxchg"}
ATOMIC_NAMES = {f"atomic_{w}_{n}" for w in ("w", "dw") for n in ATOMIC_OPS.values()}
JUMP_FORMS = [Form("ja", JA)] + [
    Form(f"{cname}_{E.JMP_OP_NAMES[op]}_{sname}", cls | op | srcbit)
    for cls, cname in ((E.JMP, "jmp"), (E.JMP32, "jmp32")) for op in CONDS
    for srcbit, sname in ((E.K, "k"), (E.X, "x"))]
MEM_FORMS = [Form(f"{cname}_{sname}", cls | E.MEM | size)
             for cls, cname in ((E.LDX, "ldx"), (E.ST, "st"), (E.STX, "stx"))
             for size, sname, _ in MEM_SIZES]
MEMSX_FORMS = [Form(f"ldxsx_{sname}", E.LDX | E.MEMSX | size) for size, sname, _ in MEM_SIZES[:3]]
FORMS = ALU_FORMS + JUMP_FORMS + MEM_FORMS                      # the 6.1 forms
NEW_FORMS = V4_FORMS + MEMSX_FORMS + [Form("gotol", GOTOL)]     # kind v4 only
FORM_BY_CODE = {(f.code, f.width, f.off): f.name for f in FORMS + NEW_FORMS}
SHIFTS = (E.LSH, E.RSH, E.ARSH)


def form_name(t) -> str:
    code, off, imm = t[0], t[3], t[4]
    if code == E.LD_IMM64:
        return "ld_imm64"
    cls, op = E.cls_of(code), E.op_of(code)
    if cls == E.STX and E.mode_of(code) == E.ATOMIC:
        return f"atomic_{'dw' if code & 0x18 == 0x18 else 'w'}_{ATOMIC_OPS.get(imm, hex(imm))}"
    alu = cls in (E.ALU, E.ALU64)
    width = imm if alu and op == E.END else 0
    off = off if alu and op in (E.DIV, E.MOD, E.MOV) else 0
    return FORM_BY_CODE.get((code, width, off), f"code_{code:#04x}")


def jump_off(t) -> int:
    """A jump tuple's offset: gotol keeps it in imm."""
    return t[4] if t[0] == GOTOL else t[3]


# --- programs with labels ------------------------------------------------------------------------

@dataclass(frozen=True)
class Jmp:
    """A jump to a label (resolved by `assemble`); `tune`: if not empty, the generator may
    move its K immediate / X source (one of the registers in `tune`) onto its condition's
    boundary."""
    code: int
    dst: int
    src: int
    imm: int
    target: object
    tune: tuple = ()


@dataclass(frozen=True)
class Lbl:
    name: object


END = "END"


def assemble(items) -> tuple[list, list]:
    """Items (instruction tuples, Jmp, Lbl) -> (instruction tuples with slot offsets resolved,
    per instruction the registers its tuning may pick as source: () if not a tunable jump)."""
    pos, slot = {}, 0
    for it in items:
        if isinstance(it, Lbl):
            pos[it.name] = slot
        else:
            slot += 1 if isinstance(it, Jmp) else slots_of(it)
    out, tune, slot = [], [], 0
    for it in items:
        if isinstance(it, Lbl):
            continue
        if isinstance(it, Jmp):
            off = pos[it.target] - (slot + 1)
            if not -(1 << 15) <= off < (1 << 15):
                raise ValueError(f"jump offset {off} out of range")
            out.append(I(it.code, 0, 0, 0, off) if it.code == GOTOL
                       else I(it.code, it.dst, it.src, off, it.imm))
            tune.append(it.tune)
            slot += 1
        else:
            out.append(it)
            tune.append(())
            slot += slots_of(it)
    return out, tune


def slot_table(body):
    """(slot of each instruction, {slot: index} with the end as len(body), total slots)."""
    slots, s = [], 0
    for t in body:
        slots.append(s)
        s += slots_of(t)
    at = {sl: i for i, sl in enumerate(slots)}
    at[s] = len(body)
    return slots, at, s


def jump_target(body, i, slots=None, at=None) -> int:
    """The body index body[i] (a jump) goes to when taken (len(body): the end)."""
    if slots is None:
        slots, at, _ = slot_table(body)
    t = body[i]
    return at[slots[i] + 1 + jump_off(t)]


def relabel(body, checkpoint=None) -> list:
    """Body tuples -> items with label ("b", i) before instruction i and ("b", len) at the end,
    so code can be inserted; `checkpoint` = (s, items) inserts items right after label s (jumps
    to instruction s then run them first)."""
    slots, at, _ = slot_table(body)
    items = []
    for i, t in enumerate(body + [None]):
        items.append(Lbl(("b", i)))
        if checkpoint and checkpoint[0] == i:
            items += checkpoint[1]
        if t is None:
            break
        items.append(Jmp(t[0], t[1], t[2], 0 if t[0] == GOTOL else t[4],
                         ("b", at[slots[i] + 1 + jump_off(t)]))
                     if is_jump(t[0]) else t)
    return items


# --- the kernel's program around a body ----------------------------------------------------------

def _prologue(p, checkpoint_count=None) -> list:
    items = [I(LDX_W, 2, 1, 0), I(LDX_W, 3, 1, 4),                       # data, data_end
             I(E.ALU64 | E.MOV | E.X, 4, 2), I(E.ALU64 | E.ADD | E.K, 4, 0, 0, DATA_LEN),
             Jmp(JGT_X, 4, 3, 0, "ABORT"), I(E.ALU64 | E.MOV | E.X, 9, 2)]
    for k in range(STACK_LEN // 8):                                      # the stack region
        items += [I(LDX_DW, 0, 9, REGS_LEN + 8 * k), I(STX_DW, 10, 0, -STACK_LEN + 8 * k)]
    if checkpoint_count is not None:
        items += [I(STX_DW, 10, 9, SAVE_OFF), I(ST_DW, 10, 0, COUNT_OFF, checkpoint_count)]
    for r in range(NBODY):                                               # the inputs
        items.append(I(E.LD_IMM64, r, imm64=p.inputs[r]) if p.consts[r]
                     else I(LDX_DW, r, 9, 8 * r))
    return items


def _epilogue(checkpoint: bool) -> list:
    """END: the results into the packet, return XDP_PASS; with a checkpoint also STOP: R9
    restored, the same, return STOPPED."""
    items = []
    for label, ret in ((END, XDP_PASS), ("STOP", STOPPED)) if checkpoint else ((END, XDP_PASS),):
        items += [Lbl(label)] + ([I(LDX_DW, 9, 10, SAVE_OFF)] if checkpoint else [])
        items += [I(STX_DW, 9, r, 8 * r) for r in range(NBODY)]
        for k in range(STACK_LEN // 8):
            items += [I(LDX_DW, 0, 10, -STACK_LEN + 8 * k), I(STX_DW, 9, 0, REGS_LEN + 8 * k)]
        items += [I(E.ALU64 | E.MOV | E.K, 0, 0, 0, ret), I(EXIT)]
    return items + [Lbl("ABORT"), I(E.ALU64 | E.MOV | E.K, 0), I(EXIT)]


def checkpoint_items() -> list:
    """Stop (go to the epilogue) when the countdown in the stack reaches 0; R9 is borrowed
    and restored from its spill slot."""
    return [I(LDX_DW, 9, 10, COUNT_OFF), I(E.ALU64 | E.ADD | E.K, 9, 0, 0, -1),
            I(STX_DW, 10, 9, COUNT_OFF), Jmp(E.JMP | E.JEQ | E.K, 9, 0, 0, "STOP"),
            I(LDX_DW, 9, 10, SAVE_OFF)]


def kernel_program(p, checkpoint=None) -> bytes:
    """The bytecode the kernel loads for program p; checkpoint = (s, j): stop at the j-th
    arrival at body instruction s."""
    cp = (checkpoint[0], checkpoint_items()) if checkpoint else None
    body = relabel(p.body, cp)
    # the body's end label ("b", len(body)) and the epilogue's END are the same place
    code, _ = assemble(_prologue(p, checkpoint[1] if checkpoint else None) + body
                       + _epilogue(bool(checkpoint)))
    return b"".join(tuple_bytes(t) for t in code)


# --- programs ------------------------------------------------------------------------------------

@dataclass
class Program:
    """A body (instruction tuples (code, dst, src, off, imm, imm64), jump offsets in slots; a
    jump to len(body) goes to the epilogue) and its inputs: R0..R8 (`consts[r]`: set by
    LD_IMM64, known to the verifier, rather than loaded from the packet) and the stack
    region's 64 bytes (stack[i] is at R10-64+i).  `loops` names the loop shapes used;
    `outcomes` counts, per jump form, [not taken, taken] executions (by the semantics)."""
    inputs: list
    consts: list
    stack: bytes
    body: list
    kind: str = "alu"
    loops: list = field(default_factory=list)
    outcomes: dict = field(default_factory=dict)
    steps: int = 0

    @property
    def forms(self):
        return [form_name(t) for t in self.body]

    def insns(self):
        return self.body

    def bytecode(self) -> bytes:
        """The body (what the semantics sees)."""
        return b"".join(tuple_bytes(t) for t in self.body)

    def full(self, checkpoint=None) -> bytes:
        """What the kernel loads: prologue, body, epilogue."""
        return kernel_program(self, checkpoint)

    def data(self) -> bytes:
        """The input packet: R0..R8, then the stack region."""
        return struct.pack(f"<{NBODY}Q", *self.inputs) + bytes(self.stack)

    def listing(self, mark=None) -> str:
        slots, at, _ = slot_table(self.body)
        lines = [f"  kind {self.kind}; prologue: R9 = packet, stack region and R0..R8 from the "
                 "packet (* = LD_IMM64 constant)"]
        for i, t in enumerate(self.body):
            text = disasm_tuple(t)
            if is_jump(t[0]):
                tgt = at[slots[i] + 1 + jump_off(t)]
                text += f"    -> {'end' if tgt == len(self.body) else tgt}"
            arrow = "  <-- first difference" if mark is not None and i == mark else ""
            lines.append(f"  {i:3d} {text}{arrow}")
        lines.append("      (epilogue: r0..r8 and the stack region copied into the packet)")
        return "\n".join(lines)

    def inputs_text(self) -> str:
        regs = ", ".join(f"r{r}={hex64(v)}{'*' if self.consts[r] else ''}"
                         for r, v in enumerate(self.inputs))
        return f"  inputs: {regs}\n  stack [r10-64, r10): {bytes(self.stack).hex()}"


# --- random programs -----------------------------------------------------------------------------

def rand64(rng: random.Random) -> int:
    k = rng.random()
    if k < 0.45:
        return rng.choice(EDGE64)
    if k < 0.55:
        return rng.randint(-300, 300) & MASK64
    if k < 0.70:                                     # sign-extended 32-bit
        return s32(rng.getrandbits(32)) & MASK64
    if k < 0.75:                                     # zero-extended 32-bit
        return rng.getrandbits(32)
    if k < 0.80:                                     # a single bit or its complement
        v = 1 << rng.randrange(64)
        return v if rng.random() < 0.5 else ~v & MASK64
    return rng.getrandbits(64)


def rand_imm(rng: random.Random) -> int:
    k = rng.random()
    if k < 0.45:
        return rng.choice(EDGE_IMM)
    if k < 0.65:
        return rng.randint(-300, 300)
    return rng.randint(INT32_MIN, INT32_MAX)


SHIFT_EDGE = (1, 0x1F, 0x20, 0x21, 0x3F, 0x40, 0x41, 0xFF, 0x100000000, 0x100000001,
              0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0x8000000000000000, 0x800000000000001F)
DIVISOR_EDGE = (0, 1, 2, 0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0x100000000, 0xFFFFFFFF00000000,
                0x80000000, 0x8000000000000000, 7, 0xFFFFFFF9, 0xFFFFFFFFFFFFFFF9)
ALL_REGS = tuple(range(NBODY))
LOOP_REGS = tuple(r for r in ALL_REGS if r != COUNTER)


def random_insn(rng: random.Random, form: Form, dsts=ALL_REGS):
    """One body instruction of ALU `form` writing one of `dsts` (possibly preceded by an
    LD_IMM64 setting up its source): a list of instruction tuples."""
    code, op, cls = form.code, E.op_of(form.code), E.cls_of(form.code)
    width = 64 if cls == E.ALU64 else 32
    dst = rng.choice(dsts)
    out = []
    if op == E.END:
        return [I(code, dst, 0, 0, form.width)]
    if op == E.NEG:
        return [I(code, dst)]
    if code & E.X:
        if op in SHIFTS + (E.DIV, E.MOD) and rng.random() < 0.3:
            src = rng.choice(dsts)
            pool = SHIFT_EDGE if op in SHIFTS else DIVISOR_EDGE
            out.append(I(E.LD_IMM64, src, imm64=rng.choice(pool) if rng.random() < 0.7
                         else rand64(rng)))
        else:
            src = dst if rng.random() < 0.15 else rng.randrange(NBODY)
        return out + [I(code, dst, src, form.off)]
    if op in SHIFTS:
        imm = rng.choice((0, 1, width // 2, width - 1, width - 1, rng.randrange(width)))
    elif op in (E.DIV, E.MOD):
        imm = 0
        while imm == 0:
            imm = rand_imm(rng)
    else:
        imm = rand_imm(rng)
    return [I(code, dst, 0, form.off, imm)]


# Loop shapes: (counter start, class of the counter's ALU ops, the loop test (JMP/JMP32 | op,
# K), style).  Counter start "const": r8 = n (1..4), the verifier simulates each iteration;
# "zero": r8 = 0 counting up to K = n; "var": r8 = (rX & 3) + 1 from a body register, so the
# trip count is data: the verifier follows the range the test narrows (6.1 does not narrow
# on != / ==, so JNE-closed and JEQ-exit loops need constant counters).  Style "dec": block,
# r8 -= 1, backward test; "up": block, r8 += 1, backward test; "while": forward exit test,
# block, r8 -= 1, backward JA.
LOOP_SHAPES = {
    "dec_jne": ("const", E.ALU64, E.JMP | E.JNE, 0, "dec"),
    "dec_jgt": ("const", E.ALU64, E.JMP | E.JGT, 0, "dec"),
    "dec32_jne32": ("const", E.ALU, E.JMP32 | E.JNE, 0, "dec"),
    "dec_jsgt": ("const", E.ALU64, E.JMP | E.JSGT, 0, "dec"),
    "dec_jge1": ("const", E.ALU64, E.JMP | E.JGE, 1, "dec"),
    "up_jlt": ("zero", E.ALU64, E.JMP | E.JLT, None, "up"),
    "up32_jslt32": ("zero", E.ALU, E.JMP32 | E.JSLT, None, "up"),
    "while_jeq": ("const", E.ALU64, E.JMP | E.JEQ, 0, "while"),
    "while32_jsle32": ("const", E.ALU, E.JMP32 | E.JSLE, 0, "while"),
    "var_dec_jgt": ("var", E.ALU64, E.JMP | E.JGT, 0, "dec"),
    "var_dec_jsgt": ("var", E.ALU64, E.JMP | E.JSGT, 0, "dec"),
    "var_dec_jge1": ("var", E.ALU64, E.JMP | E.JGE, 1, "dec"),
    "var_dec_jsge1": ("var", E.ALU64, E.JMP | E.JSGE, 1, "dec"),
    "var_dec32_jgt32": ("var", E.ALU, E.JMP32 | E.JGT, 0, "dec"),
    "var_dec32_jsgt32": ("var", E.ALU, E.JMP32 | E.JSGT, 0, "dec"),
    "var_while_jle": ("var", E.ALU64, E.JMP | E.JLE, 0, "while"),
    "var_while_jsle": ("var", E.ALU64, E.JMP | E.JSLE, 0, "while"),
    "var_while32_jsle32": ("var", E.ALU, E.JMP32 | E.JSLE, 0, "while"),
}


class _Gen:
    def __init__(self, rng: random.Random, feats):
        self.rng, self.feats, self.labels, self.loops = rng, feats, 0, []

    def label(self):
        self.labels += 1
        return self.labels

    def cond(self, target, regs=ALL_REGS):
        """A random conditional jump on `regs`."""
        rng = self.rng
        cls, op = rng.choice((E.JMP, E.JMP32)), rng.choice(CONDS)
        dst = rng.choice(regs)
        if rng.random() < 0.5:
            src = dst if rng.random() < 0.08 else rng.choice(regs)
            return Jmp(cls | op | E.X, dst, src, 0, target, regs)
        return Jmp(cls | op | E.K, dst, 0, rand_imm(rng), target, regs)

    def mem(self, dsts):
        rng = self.rng
        if "atomic" in self.feats and rng.random() < 0.6:
            return self.atomic(dsts)
        size, _, n = rng.choice(MEM_SIZES)
        off = -STACK_LEN + n * rng.randrange(STACK_LEN // n)
        if "v4" in self.feats and n < 8 and rng.random() < 0.3:
            return [I(E.LDX | E.MEMSX | size, rng.choice(dsts), 10, off)]
        k = rng.random()
        if k < 0.45:
            return [I(E.LDX | E.MEM | size, rng.choice(dsts), 10, off)]
        if k < 0.7:
            return [I(E.ST | E.MEM | size, 10, 0, off, rand_imm(rng))]
        return [I(E.STX | E.MEM | size, 10, rng.randrange(NBODY), off)]

    def atomic(self, dsts):
        """An atomic read-modify-write of the stack region (aligned; the fetching forms write
        src, CMPXCHG writes R0, so their written register must be one of `dsts`)."""
        rng = self.rng
        size, n = rng.choice(((E.SIZE_W, 4), (E.SIZE_DW, 8)))
        off = -STACK_LEN + n * rng.randrange(STACK_LEN // n)
        op = rng.choice(list(ATOMIC_OPS))
        if op == E.CMPXCHG and 0 not in dsts:
            op = E.ADD
        src = rng.choice(dsts) if op & E.FETCH and op != E.CMPXCHG else rng.randrange(NBODY)
        return [I(E.STX | E.ATOMIC | size, 10, src, off, op)]

    def block(self, budget, depth=0, in_loop=None) -> list:
        """in_loop: None, or the loop's counter start ("const", "zero", "var").  Inside loops
        nothing writes the counter R8; inside "var" loops no conditional jump reads it
        either: on a branch that cannot be taken given R8's range, the 6.1 verifier goes on
        with a wrong constant R8 (no impossible-state check yet), which in a loop the data
        bounds never ends ("BPF program is too large")."""
        rng, f = self.rng, self.feats
        dsts = LOOP_REGS if in_loop else ALL_REGS
        ops = LOOP_REGS if in_loop == "var" else ALL_REGS
        out = []
        while budget > 0:
            choices = [("alu", 1.0), ("ld", 0.06)]
            if "stack" in f:
                choices.append(("mem", 0.7))
            if "jump" in f and depth < 3:
                choices += [("if", 0.22), ("ifelse", 0.12 if budget >= 3 else 0),
                            ("exit", 0.04)]
            if "loop" in f and not in_loop and len(self.loops) < 2 and budget >= 3:
                choices.append(("loop", 0.3 if not self.loops else 0.1))
            what = rng.choices([c for c, _ in choices], [w for _, w in choices])[0]
            if what == "alu":
                pool = ALU_FORMS + V4_FORMS if "v4" in f and rng.random() < 0.5 else ALU_FORMS
                items = random_insn(rng, rng.choice(pool), dsts)
            elif what == "ld":
                items = [I(E.LD_IMM64, rng.choice(dsts), imm64=rand64(rng))]
            elif what == "mem":
                items = self.mem(dsts)
            elif what == "if":                  # if cond goto L; A; L:
                lab = self.label()
                inner = self.block(rng.randint(0, min(5, budget - 1)), depth + 1, in_loop)
                items = [self.cond(lab, ops)] + inner + [Lbl(lab)]
            elif what == "ifelse":              # if cond goto L1; A; goto L2|END; L1: B; L2:
                l1, l2 = self.label(), self.label()
                a = self.block(rng.randint(0, min(4, budget - 2)), depth + 1, in_loop)
                b = self.block(rng.randint(0, min(4, max(0, budget - 2 - len(a)))), depth + 1,
                               in_loop)
                to = END if rng.random() < 0.15 else l2
                ja = GOTOL if "v4" in f and rng.random() < 0.5 else JA
                items = [self.cond(l1, ops)] + a + [Jmp(ja, 0, 0, 0, to), Lbl(l1)] + b + \
                    [Lbl(l2)]
            elif what == "exit":                # if cond goto END
                items = [self.cond(END, ops)]
            else:
                items = self.loop(rng.randint(1, min(8, budget - 2)), depth)
            out += items
            budget -= max(1, sum(1 for it in items if not isinstance(it, Lbl)))
        return out

    def loop(self, budget, depth) -> list:
        rng, c = self.rng, COUNTER
        shape = rng.choice(list(LOOP_SHAPES))
        start, cls, test, k, style = LOOP_SHAPES[shape]
        n = rng.randint(1, 4)
        self.loops.append(shape)
        head, end = self.label(), self.label()
        inner = self.block(budget, depth + 1, in_loop=start)
        if start == "const":
            pre = [I(cls | E.MOV | E.K, c, 0, 0, n)]
        elif start == "zero":
            pre, k = [I(cls | E.MOV | E.K, c, 0, 0, 0)], n
        else:
            pre = [I(cls | E.MOV | E.X, c, rng.randrange(NBODY)), I(cls | E.AND | E.K, c, 0, 0, 3),
                   I(cls | E.ADD | E.K, c, 0, 0, 1)]
        if style == "up":
            update = I(cls | E.ADD | E.K, c, 0, 0, 1)
        else:
            update = rng.choice((I(cls | E.ADD | E.K, c, 0, 0, -1),
                                 I(cls | E.SUB | E.K, c, 0, 0, 1)))
        if style == "while":
            return pre + [Lbl(head), Jmp(test | E.K, c, 0, k, end)] + inner + \
                [update, Jmp(JA, 0, 0, 0, head), Lbl(end)]
        return pre + [Lbl(head)] + inner + [update, Jmp(test | E.K, c, 0, k, head)]


def _has(kind, body, loops) -> bool:
    codes = [E.cls_of(t[0]) for t in body]
    if kind == "branch":
        return any(c in (E.JMP, E.JMP32) for c in codes)
    if kind == "loop":
        return bool(loops)
    if kind == "stack":
        return any(c in (E.LDX, E.ST, E.STX) for c in codes)
    if kind == "full":
        return bool(loops) and any(c in (E.LDX, E.ST, E.STX) for c in codes)
    if kind == "v4":
        return any(form_name(t) in V4_NAMES for t in body)
    if kind == "atomic":
        return any(form_name(t).startswith("atomic_") for t in body)
    return True


def _taken(code, a, b, imm) -> bool:
    return z3.is_true(z3.simplify(E.jump_taken(code, z3.BitVecVal(a, 64), z3.BitVecVal(b, 64),
                                               imm)))


def _tune(rng, t, regs, srcs=ALL_REGS):
    """A conditional jump about to run for the first time: usually pick an outcome and move
    its X source (one of `srcs`) or K immediate so that it happens, preferring operands on
    the condition's boundary (equal, one apart, a set or clear JSET bit).  regs: R0..R8
    (ints)."""
    code, dst, src, off, imm, _ = t
    if rng.random() < 0.25:
        return None
    want = rng.random() < 0.5
    wide = E.cls_of(code) == E.JMP
    mask = MASK64 if wide else 0xFFFFFFFF
    a = regs[dst] & mask
    if code & E.X:
        good = [r for r in srcs if _taken(code, regs[dst], regs[r], 0) == want]
        edge = [r for r in good if abs((regs[r] & mask) - a) <= 1]
        pool = edge if edge and rng.random() < 0.6 else good
        return I(code, dst, rng.choice(pool), off, imm) if pool else None
    if E.op_of(code) == E.JSET:
        cands = [s32(1 << b) for b in range(32)] + [s32(a), s32(~a), imm, -1]
        edge = cands[:32]
    else:
        edge = []
        for d in (0, -1, 1):
            c = (a + d) & mask
            v = (c - (1 << 64) if c >> 63 else c) if wide else s32(c)
            if INT32_MIN <= v <= INT32_MAX:     # JMP: the immediate is sign-extended
                edge.append(v)
        cands = edge + [imm] + list(EDGE_IMM)
    good = [v for v in cands if _taken(code, regs[dst], 0, v) == want]
    best = [v for v in good if v in edge]
    pool = best if best and rng.random() < 0.7 else good
    return I(code, dst, src, off, rng.choice(pool)) if pool else None


def random_program(rng: random.Random, max_len: int = 24, kind: str = "alu") -> Program:
    inputs = [rand64(rng) for _ in range(NBODY)]
    consts = [rng.random() < 0.2 for _ in range(NBODY)]
    stack = b"".join(struct.pack("<Q", rand64(rng)) for _ in range(STACK_LEN // 8))
    feats = FEATURES[kind]
    for _ in range(50):
        g = _Gen(rng, feats)
        if kind == "alu":                          # the original generator's shape
            items = []
            for _ in range(rng.randint(1, max_len)):
                if rng.random() < 0.06:
                    items.append(I(E.LD_IMM64, rng.randrange(NBODY), imm64=rand64(rng)))
                else:
                    items += random_insn(rng, rng.choice(ALU_FORMS))
        else:
            items = g.block(rng.randint(1, max_len))
        body, tune = assemble(items + [Lbl(END)])
        if _has(kind, body, g.loops):
            break
    p = Program(inputs, consts, stack, body, kind, g.loops)
    if any(tune):
        seen = set()

        def hook(pc, t, regs):
            if not tune[pc] or pc in seen:
                return None
            seen.add(pc)
            return _tune(rng, t, [r.as_long() for r in regs[:NBODY]], tune[pc])
    else:
        hook = None
    steps, _, _ = trace(p, hook=hook)          # tunes p.body in place
    p.steps = len(steps)
    for st in steps:
        if st.taken is not None:
            n = p.outcomes.setdefault(form_name(p.body[st.pc]), [0, 0])
            n[st.taken] += 1
    return p


def _program_rng(seed, i):
    return random.Random(f"rvjit-ebpf/{seed}/{i}")


def _kind_of(seed, i, kind):
    if kind != "mixed":
        return kind
    r = random.Random(f"rvjit-ebpf-kind/{seed}/{i}")
    return r.choices(list(MIXED_WEIGHTS), list(MIXED_WEIGHTS.values()))[0]


def _generate_range(args):
    seed, lo, hi, max_len, kind = args
    return [random_program(_program_rng(seed, i), max_len, _kind_of(seed, i, kind))
            for i in range(lo, hi)]


def pool_map(fn, chunks, jobs):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        return list(pool.map(fn, chunks))


def generate(n: int, seed, max_len: int = 24, kind: str = "mixed", jobs: int = 1) -> list:
    """n programs of `kind` (one of KINDS, or "mixed"); program i depends only on (seed, i,
    kind, max_len), so jobs > 1 gives the same programs."""
    if kind != "mixed" and kind not in ALL_KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    if jobs <= 1 or n < 200:
        return _generate_range((seed, 0, n, max_len, kind))
    size = max(50, n // (jobs * 8))
    chunks = [(seed, lo, min(n, lo + size), max_len, kind) for lo in range(0, n, size)]
    return [p for part in pool_map(_generate_range, chunks, jobs) for p in part]


# --- running a body on the semantics (the generator tunes with it) --------------------------------

def sem_insn(t):
    code, dst, src, off, imm, imm64 = t
    return E.Insn(code, dst, src, off, imm, imm64 if code == E.LD_IMM64 else None)


def initial_regs(p) -> list:
    return list(p.inputs) + [0, FP]


def initial_memory(p) -> ConcreteMemory:
    base = FP - STACK_LEN
    return ConcreteMemory({base + i: b for i, b in enumerate(p.stack)})


class StrayStore(ValueError):
    """The semantics stored outside the stack region (the kernel stores only inside it)."""


def stack_of(mem: ConcreteMemory) -> bytes:
    base = FP - STACK_LEN
    stray = sorted(a - FP for a in mem.bytes if not base <= a < FP)
    if stray:
        raise StrayStore(f"the semantics stored outside [r10-{STACK_LEN}, r10): at r10"
                         + ", r10".join(f"{a:+d}" for a in stray[:8]))
    return bytes(mem.bytes[base + i] for i in range(STACK_LEN))


@dataclass
class Step:
    pc: int                 # the body instruction executed
    taken: bool | None      # for a conditional jump
    regs: list | None = None    # R0..R8 after it (snapshots only)
    stack: bytes | None = None  # the region after it (snapshots only)


def trace(p, hook=None, snapshots=False, max_steps=MAX_STEPS):
    """Step p's body with semantics.ebpf.step, as run_concrete does: (steps, R0..R8, stack).
    hook(pc, insn, regs) may return a replacement for an instruction about to run (stored in
    p.body)."""
    body = p.body
    insns = [sem_insn(t) for t in body]
    slots, at, _ = slot_table(body)
    regs = [z3.BitVecVal(v, 64) for v in initial_regs(p)]
    mem = initial_memory(p)
    steps, pc = [], 0
    while pc < len(body):
        if len(steps) >= max_steps:
            raise ValueError(f"no end within {max_steps} steps")
        if hook is not None:
            new = hook(pc, body[pc], regs)
            if new is not None:
                body[pc] = new
                insns[pc] = sem_insn(new)
        e = E.step(insns[pc], regs, (), mem)
        regs = [x if z3.is_bv_value(x) else z3.simplify(x) for x in e.regs]
        nxt, taken = slots[pc] + slots_of(body[pc]), None
        if isinstance(e.control, tuple):
            taken = z3.is_true(z3.simplify(e.control[1]))
            if taken:
                nxt += e.control[2]
        elif e.control == "exit":
            raise ValueError("EXIT in a body")
        if nxt not in at:
            raise ValueError(f"control leaves the body at slot {nxt}")
        steps.append(Step(pc, taken, [x.as_long() for x in regs[:NBODY]] if snapshots else None,
                          stack_of(mem) if snapshots else None))
        pc = at[nxt]
    return steps, [x.as_long() for x in regs[:NBODY]], stack_of(mem)

