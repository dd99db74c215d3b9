"""eBPF bytecode: decoding, validation (RFC 9669 reserved fields), and a disassembler for
listings.  Every error names the instruction index and byte offset."""
from __future__ import annotations

import struct
from dataclasses import dataclass

from semantics.ebpf import (ALU, ALU64, ALU_OP_NAMES, ARSH, ATOMIC, ATOMIC_RMW, CALL, CMPXCHG,
                            DIV, END, EXIT, FETCH, FP, HELPER_CALL, JA, JMP, JMP32, JMP_OP_NAMES,
                            KFUNC_CALL, LD, LD_IMM64, LDX, LOAD_ACQ, MEMSX, MOD, MOV, NEG,
                            PSEUDO_BTF_ID, PSEUDO_CALL, PSEUDO_FUNC, PSEUDO_MAP_FD, PSEUDO_MAP_IDX,
                            PSEUDO_MAP_IDX_VALUE, PSEUDO_MAP_VALUE, ST, STORE_REL, STX, TO_BE, X,
                            XCHG, cls_of, op_of)
from rvjit import abi

CLASS_NAMES = ("LD", "LDX", "ST", "STX", "ALU", "JMP", "JMP32", "ALU64")


class BpfError(Exception):
    """Bad or unsupported input, located at an instruction."""

    def __init__(self, index: int | None, msg: str):
        self.index, self.msg = index, msg
        where = f"insn {index} (byte {index * 8}): " if index is not None else ""
        super().__init__(where + msg)


@dataclass(frozen=True)
class Insn:
    index: int      # slot index in the program (LD_IMM64 takes two slots)
    code: int
    dst: int
    src: int
    off: int        # signed 16-bit
    imm: int        # signed 32-bit, as in the encoding
    imm64: int = 0  # LD_IMM64: the unsigned 64-bit immediate
    raw: bytes = b""

    @property
    def slots(self) -> int:
        return 2 if self.code == LD_IMM64 else 1


def decode(data: bytes) -> list[Insn]:
    """Split raw bytecode (8-byte little-endian slots) into instructions and validate them."""
    if len(data) % 8:
        n = len(data) // 8
        raise BpfError(n, f"truncated bytecode: {len(data)} bytes is not a multiple of 8 "
                          f"({len(data) % 8} trailing bytes)")
    if not data:
        raise BpfError(None, "empty program")
    slots = [struct.unpack_from("<BBhi", data, 8 * i) for i in range(len(data) // 8)]
    out, i = [], 0
    while i < len(slots):
        code, regs, off, imm = slots[i]
        dst, src = regs & 0xF, regs >> 4
        if code == LD_IMM64:
            if i + 1 >= len(slots):
                raise BpfError(i, "LD_IMM64 is missing its second half (program ends)")
            c2, r2, o2, imm2 = slots[i + 1]
            if c2 or r2 or o2:
                raise BpfError(i + 1, "second half of LD_IMM64 must have code, registers and "
                                      f"offset zero (code={c2:#04x} regs={r2:#04x} off={o2})")
            imm64 = (imm & 0xFFFFFFFF) | ((imm2 & 0xFFFFFFFF) << 32)
            insn = Insn(i, code, dst, src, off, imm, imm64, data[8 * i:8 * i + 16])
        else:
            insn = Insn(i, code, dst, src, off, imm, raw=data[8 * i:8 * i + 8])
        validate(insn)
        out.append(insn)
        i += insn.slots
    check_targets(out)
    return out


def _need(cond, insn, msg):
    if not cond:
        raise BpfError(insn.index, msg)


def validate(insn: Insn) -> None:
    """Reject unknown opcodes and reserved fields; name unsupported features."""
    code, cls, op = insn.code, cls_of(insn.code), op_of(insn.code)
    _need(insn.dst <= 10 and insn.src <= 10, insn,
          f"register out of range (dst=r{insn.dst}, src=r{insn.src}; eBPF has r0..r10)")
    if cls in (ALU, ALU64):
        name = f"{'ALU64' if cls == ALU64 else 'ALU'} {ALU_OP_NAMES.get(op, '?').upper()}"
        _need(op in ALU_OP_NAMES, insn, f"unknown opcode {code:#04x} (ALU operation {op >> 4:#x})")
        _need(insn.dst != FP, insn, f"{name} writes r10, which is read-only")
        if op == END:
            _need(not (cls == ALU64 and code & TO_BE), insn,
                  f"unknown opcode {code:#04x} (ALU64 END must use source 0)")
            _need(insn.imm in (16, 32, 64), insn, f"END width must be 16, 32 or 64 (imm={insn.imm})")
            _need(insn.src == 0 and insn.off == 0, insn, "reserved fields of END must be zero (src, off)")
            return
        if op == NEG:
            _need(not code & X, insn, f"unknown opcode {code:#04x} (NEG has no X form)")
            _need(insn.src == 0 and insn.off == 0 and insn.imm == 0, insn,
                  "reserved fields of NEG must be zero (src, off, imm)")
            return
        if code & X:
            _need(insn.imm == 0, insn, f"reserved field imm of {name} X must be zero (imm={insn.imm})")
        else:
            _need(insn.src == 0, insn, f"reserved field src of {name} K must be zero (src=r{insn.src})")
        if op in (DIV, MOD):
            _need(insn.off in (0, 1), insn, f"{name}: off must be 0 (unsigned) or 1 (signed), got {insn.off}")
        elif op == MOV and code & X:
            allowed = (0, 8, 16, 32) if cls == ALU64 else (0, 8, 16)
            _need(insn.off in allowed, insn, f"{name}: off must be one of {allowed} (MOVSX), got {insn.off}")
        else:
            _need(insn.off == 0, insn, f"reserved field off of {name} must be zero (off={insn.off})")
        return
    if code == LD_IMM64:
        _need(insn.dst != FP, insn, "LD_IMM64 writes r10, which is read-only")
        _need(insn.off == 0, insn, f"reserved field off of LD_IMM64 must be zero (off={insn.off})")
        _validate_ld_imm64(insn)
        return
    if cls == LD and code & 0xE0 in (0x20, 0x40):
        mode = "LD_ABS" if code & 0xE0 == 0x20 else "LD_IND"
        raise BpfError(insn.index, f"{mode} (opcode {code:#04x}) is a legacy packet load through "
                                   "the host kernel's sk_buff (Linux turns it into calls of host "
                                   "functions); it has no meaning off the host: load packet data "
                                   "through the context's data pointer instead")
    if code == JMP | EXIT:
        _need(insn.dst == 0 and insn.src == 0 and insn.off == 0 and insn.imm == 0, insn,
              "reserved fields of EXIT must be zero")
        return
    if cls in (JMP, JMP32) and _valid_jump(code):
        op = op_of(code)
        if op == CALL:
            _validate_call(insn)
            return
        if op == JA:
            if cls == JMP:
                _need(insn.imm == 0, insn, f"reserved field imm of JA must be zero (imm={insn.imm})")
            else:
                _need(insn.off == 0, insn, f"reserved field off of JMP32 JA (gotol) must be zero (off={insn.off})")
            _need(insn.dst == 0 and insn.src == 0, insn, "reserved fields of JA must be zero (dst, src)")
            return
        if code & X:
            _need(insn.imm == 0, insn, f"reserved field imm of a jump with X source must be zero (imm={insn.imm})")
        else:
            _need(insn.src == 0, insn, f"reserved field src of a jump with K source must be zero (src=r{insn.src})")
        return
    if cls in (LDX, ST, STX) and _valid_memory(code):
        mode = code & 0xE0
        if cls == STX and mode == ATOMIC:
            validate_atomic(insn)
            return
        if mode == MEMSX:
            _need(code & 0x18 != 0x18, insn, f"unknown opcode {code:#04x} (MEMSX has no DW size)")
        if cls == LDX:
            _need(insn.dst != FP, insn, "LDX writes r10, which is read-only")
            _need(insn.imm == 0, insn, f"reserved field imm of LDX must be zero (imm={insn.imm})")
        elif cls == ST:
            _need(insn.src == 0, insn, f"reserved field src of ST must be zero (src=r{insn.src})")
        else:
            _need(insn.imm == 0, insn, f"reserved field imm of STX must be zero (imm={insn.imm})")
        return
    raise BpfError(insn.index, f"unknown opcode {code:#04x}")


def _validate_call(insn: Insn) -> None:
    _need(insn.dst == 0 and insn.off == 0, insn,
          f"reserved fields of CALL must be zero (dst=r{insn.dst}, off={insn.off})")
    if insn.src == KFUNC_CALL:
        raise BpfError(insn.index, f"kfunc call (CALL src=2, BTF id {insn.imm}): a kfunc is a "
                                   "function of the host kernel found by its BTF id; an image "
                                   "runs where there is no kernel to call into")
    if insn.src == PSEUDO_CALL:
        return                                      # the target is checked with the functions
    _need(insn.src == HELPER_CALL, insn, f"CALL with src={insn.src}: unknown (0: helper, "
                                         "1: bpf-to-bpf call, 2: kfunc)")
    _need(abi.HELPER_ID_FIRST <= insn.imm <= abi.HELPER_ID_LAST, insn,
          f"call to helper id {insn.imm}: no Linux helper has this id (enum bpf_func_id: "
          f"{abi.HELPER_ID_FIRST}..{abi.HELPER_ID_LAST} in Linux 6.12, a list no longer growing)")


def _validate_ld_imm64(insn: Insn) -> None:
    hi = insn.imm64 >> 32
    if insn.src == 0:
        return
    if insn.src in (PSEUDO_MAP_FD, PSEUDO_MAP_VALUE):
        raise BpfError(insn.index, f"LD_IMM64 with src={insn.src} refers to map fd {insn.imm}: "
                                   "fds are numbered into map indices before translation "
                                   "(rvjit.program.normalise_map_fds)")
    if insn.src == PSEUDO_BTF_ID:
        raise BpfError(insn.index, f"ksym or kconfig extern (LD_IMM64 src=3, BTF id {insn.imm}): "
                                   "the address of a host kernel symbol, which an image running "
                                   "off the host cannot have")
    if insn.src in (PSEUDO_MAP_IDX, PSEUDO_MAP_IDX_VALUE):
        _need(0 <= insn.imm < abi.MAX_USED_MAPS, insn,
              f"map reference to map index {insn.imm}: a program uses at most "
              f"{abi.MAX_USED_MAPS} maps (MAX_USED_MAPS)")
        _need(insn.src == PSEUDO_MAP_IDX_VALUE or hi == 0, insn,
              f"reserved second half of a map reference must be zero (imm={hi})")
        return
    if insn.src == PSEUDO_FUNC:
        _need(hi == 0, insn, f"reserved second half of a function reference must be zero (imm={hi})")
        return
    raise BpfError(insn.index, f"LD_IMM64 with src={insn.src}: unknown pseudo-instruction")


# BPF_ATOMIC operations (imm) and the sizes Linux accepts them for.
ATOMIC_OPS = {**{op: ("W", "DW") for op in ATOMIC_RMW}, **{op | FETCH: ("W", "DW") for op in ATOMIC_RMW},
              XCHG: ("W", "DW"), CMPXCHG: ("W", "DW"),
              LOAD_ACQ: ("B", "H", "W", "DW"), STORE_REL: ("B", "H", "W", "DW")}
SIZE_NAMES = {0x00: "W", 0x08: "H", 0x10: "B", 0x18: "DW"}


def validate_atomic(insn: Insn) -> None:
    size = SIZE_NAMES[insn.code & 0x18]
    _need(insn.imm in ATOMIC_OPS, insn, f"unknown atomic operation imm={insn.imm:#x} "
                                        f"(opcode {insn.code:#04x})")
    _need(size in ATOMIC_OPS[insn.imm], insn, f"atomic operation imm={insn.imm:#x} has no "
                                              f"{size} form (only {'/'.join(ATOMIC_OPS[insn.imm])})")
    if insn.imm == LOAD_ACQ:
        _need(insn.dst != FP, insn, "load-acquire writes r10, which is read-only")
    elif insn.imm & FETCH and insn.imm != CMPXCHG:
        _need(insn.src != FP, insn, "a fetching atomic operation writes r10, which is read-only")


def jump_target(insn: Insn):
    """The slot index a jump goes to, or None for instructions that do not jump."""
    cls, op = cls_of(insn.code), op_of(insn.code)
    if cls not in (JMP, JMP32) or op in (CALL, EXIT):
        return None
    delta = insn.imm if (cls == JMP32 and op == JA) else insn.off
    return insn.index + 1 + delta


def call_target(insn: Insn):
    """The slot a bpf-to-bpf call (CALL src 1) or function reference (LD_IMM64 src 4) names,
    or None."""
    if insn.code == JMP | CALL and insn.src == PSEUDO_CALL or \
            insn.code == LD_IMM64 and insn.src == PSEUDO_FUNC:
        return insn.index + 1 + insn.imm
    return None


def is_tail_call(insn: Insn) -> bool:
    return insn.code == JMP | CALL and insn.src == HELPER_CALL and insn.imm == abi.BPF_FUNC_tail_call


def is_call(insn: Insn) -> bool:
    """A call that returns here: a helper (not the tail call) or a bpf-to-bpf call."""
    return insn.code == JMP | CALL and not is_tail_call(insn)


@dataclass
class Function:
    """One function of a program: the main one (first) or a subprogram, slots [start, end)."""
    start: int
    end: int
    insns: list
    callback: bool = False      # its address is taken (LD_IMM64 src 4): a helper may call it


def functions(insns: list) -> list:
    """The program's functions, as the kernel's check_subprogs() finds them: one starts at 0
    and at every target of a bpf-to-bpf call or function reference; each runs to the next.
    Each must end with EXIT or an unconditional jump, and jumps stay inside their function."""
    starts = {i.index: i for i in insns}
    targets, callbacks = {0}, set()
    for i in insns:
        t = call_target(i)
        if t is None:
            continue
        what = "call" if i.code == JMP | CALL else "function reference"
        if t not in starts:
            where = ("past the end" if t > insns[-1].index else "before the start" if t < 0
                     else "into the middle of an LD_IMM64")
            raise BpfError(i.index, f"{what} target {t} is {where} ({disasm(i)})")
        if t == 0 and i.code == JMP | CALL:
            raise BpfError(i.index, f"bpf-to-bpf call to the main function ({disasm(i)}): "
                                    "recursion is not allowed")
        targets.add(t)
        if i.code == LD_IMM64:
            callbacks.add(t)
    order = sorted(targets)
    end = insns[-1].index + insns[-1].slots
    out = []
    for k, start in enumerate(order):
        stop = order[k + 1] if k + 1 < len(order) else end
        body = [i for i in insns if start <= i.index < stop]
        out.append(Function(start, stop, body, start in callbacks))
    for f in out:
        last = f.insns[-1]
        if not (last.code == JMP | EXIT or (op_of(last.code) == JA and cls_of(last.code) in (JMP, JMP32))):
            raise BpfError(last.index, f"the function at insn {f.start} ends with {disasm(last)}: "
                                       "control would run into the next function (the last "
                                       "instruction must be EXIT or an unconditional jump)")
        for i in f.insns:
            t = jump_target(i)
            if t is not None and not f.start <= t < f.end:
                raise BpfError(i.index, f"jump from the function at insn {f.start} into another "
                                        f"function (target {t}: {disasm(i)})")
    return out


def check_targets(insns: list) -> None:
    """Every jump lands on the start of an instruction; control never runs off the end."""
    starts = {i.index for i in insns}
    for i in insns:
        t = jump_target(i)
        if t is not None and t not in starts:
            where = ("past the end" if t > insns[-1].index else "before the start" if t < 0
                     else "into the middle of an LD_IMM64")
            raise BpfError(i.index, f"jump target {t} is {where} ({disasm(i)})")
    last = insns[-1]
    if not (last.code == JMP | EXIT or (op_of(last.code) == JA and cls_of(last.code) in (JMP, JMP32))):
        raise BpfError(last.index, "the last instruction must be EXIT or an unconditional jump "
                                   f"(got {disasm(last)}): control would run off the program's end")


# RFC 9669 section 4.3: conditional jump codes; JA, CALL and EXIT only where listed.
_CONDS = (0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0xA0, 0xB0, 0xC0, 0xD0)


def _valid_jump(code: int) -> bool:
    op, cls, x = op_of(code), cls_of(code), code & X
    if op in _CONDS:
        return True
    if op == 0x00:                           # JA (JMP) and gotol (JMP32), K only
        return not x
    return cls == JMP and not x and op in (0x80, EXIT)   # CALL, EXIT


def _valid_memory(code: int) -> bool:
    mode, cls = code & 0xE0, cls_of(code)
    if cls == LDX:
        return mode in (0x60, 0x80)          # MEM, MEMSX
    if cls == ST:
        return mode == 0x60
    return mode in (0x60, 0xC0)              # STX: MEM, ATOMIC


# --- disassembly (LLVM's BPF assembly syntax) --------------------------------------------------

_ALU_SYM = {"add": "+=", "sub": "-=", "mul": "*=", "div": "/=", "or": "|=", "and": "&=",
            "lsh": "<<=", "rsh": ">>=", "mod": "%=", "xor": "^=", "mov": "=", "arsh": "s>>="}


def disasm(insn: Insn) -> str:
    code, cls, op = insn.code, cls_of(insn.code), op_of(insn.code)
    if cls in (ALU, ALU64):
        r = "r" if cls == ALU64 else "w"
        d = f"{r}{insn.dst}"
        if op == END:
            if cls == ALU64:
                return f"r{insn.dst} = bswap{insn.imm} r{insn.dst}"
            return f"r{insn.dst} = {'be' if code & TO_BE else 'le'}{insn.imm} r{insn.dst}"
        if op == NEG:
            return f"{d} = -{d}"
        sym = _ALU_SYM[ALU_OP_NAMES[op]]
        if op in (DIV, MOD) and insn.off == 1:
            sym = "s" + sym
        s = f"{r}{insn.src}" if code & X else str(insn.imm)
        if op == MOV and code & X and insn.off:
            s = f"(s{insn.off}){r}{insn.src}"
        return f"{d} {sym} {s}"
    if code == LD_IMM64:
        if insn.src == PSEUDO_MAP_IDX:
            return f"r{insn.dst} = map[{insn.imm}] ll"
        if insn.src == PSEUDO_MAP_IDX_VALUE:
            return f"r{insn.dst} = map_value[{insn.imm}] + {insn.imm64 >> 32} ll"
        if insn.src == PSEUDO_FUNC:
            return f"r{insn.dst} = func[{insn.imm:+d}] ll"
        if insn.src:
            return f"r{insn.dst} = {insn.imm64:#x} ll (src={insn.src})"
        return f"r{insn.dst} = {insn.imm64:#x} ll"
    if code == JMP | EXIT:
        return "exit"
    if cls in (JMP, JMP32):
        if op == JA:
            return f"goto {insn.off:+d}" if cls == JMP else f"gotol {insn.imm:+d}"
        if op == CALL:
            if insn.src == PSEUDO_CALL:
                return f"call pc{insn.imm:+d}"
            name = abi.HELPERS.get(insn.imm) or ("tail_call" if insn.imm == abi.BPF_FUNC_tail_call else "")
            return f"call {insn.imm}" + (f" ({name})" if name else "") if insn.src == 0 \
                else f"call {insn.imm} (src={insn.src})"
        r = "r" if cls == JMP else "w"
        s = f"{r}{insn.src}" if code & X else str(insn.imm)
        return f"if {r}{insn.dst} {_JMP_SYM[op]} {s} goto {insn.off:+d}"
    if cls == STX and code & 0xE0 == ATOMIC:
        return _disasm_atomic(insn)
    if cls in (LDX, ST, STX):
        size = {0x00: "u32", 0x08: "u16", 0x10: "u8", 0x18: "u64"}[code & 0x18]
        if cls == LDX:
            if code & 0xE0 == MEMSX:
                size = size.replace("u", "s")
            return f"r{insn.dst} = *({size} *)(r{insn.src} {insn.off:+d})"
        v = f"r{insn.src}" if cls == STX else str(insn.imm)
        return f"*({size} *)(r{insn.dst} {insn.off:+d}) = {v}"
    return f"<opcode {code:#04x}>"


def _disasm_atomic(insn: Insn) -> str:
    """LLVM's BPF assembly syntax for atomics."""
    size = {0x00: "u32", 0x08: "u16", 0x10: "u8", 0x18: "u64"}[insn.code & 0x18]
    w = "w" if size != "u64" else "r"
    at = f"(r{insn.dst} {insn.off:+d})"
    op = insn.imm
    if op == LOAD_ACQ:
        return f"{w}{insn.dst} = load_acquire(({size} *)(r{insn.src} {insn.off:+d}))"
    if op == STORE_REL:
        return f"store_release(({size} *){at}, {w}{insn.src})"
    if op == CMPXCHG:
        return f"{w}0 = cmpxchg{'32_32' if w == 'w' else '_64'}(r{insn.dst} {insn.off:+d}, {w}0, {w}{insn.src})"
    if op == XCHG:
        return f"{w}{insn.src} = xchg{'32_32' if w == 'w' else '_64'}(r{insn.dst} {insn.off:+d}, {w}{insn.src})"
    name = ATOMIC_RMW.get(op & ~FETCH)
    if name is None:
        return f"<atomic imm={op:#x}>"
    if op & FETCH:
        return f"{w}{insn.src} = atomic_fetch_{name}(({size} *){at}, {w}{insn.src})"
    return f"lock *({size} *){at} {_ALU_SYM[name]} {w}{insn.src}"


_JMP_SYM = {0x10: "==", 0x20: ">", 0x30: ">=", 0x40: "&", 0x50: "!=", 0x60: "s>", 0x70: "s>=",
            0xA0: "<", 0xB0: "<=", 0xC0: "s<", 0xD0: "s<="}


__all__ = ["BpfError", "Insn", "Function", "decode", "validate", "disasm", "jump_target",
           "call_target", "functions", "is_call", "is_tail_call", "ARSH", "JMP_OP_NAMES"]
