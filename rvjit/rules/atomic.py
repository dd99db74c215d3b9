"""Atomics (BPF_ATOMIC, class STX, mode ATOMIC, the operation in imm): ADD, OR, AND, XOR with
and without FETCH, XCHG and CMPXCHG for W and DW; LOAD_ACQ and STORE_REL (Linux 6.15) for
B/H/W/DW; any 16-bit offset.

Orderings follow Linux (semantics/ebpf.py says which): a read-modify-write without FETCH is a
relaxed AMO; with FETCH, XCHG and CMPXCHG are fully ordered: AMOs with aq and rl, and for
CMPXCHG without Zacas the LR/SC loop of the RISC-V spec's Linux mapping (lr.aq ... sc.aqrl).
Load-acquire is load + fence r,rw, store-release fence rw,w + store (Linux 6.16's JIT).  No
rule relies on the verifier: 32-bit fetched values and CMPXCHG's R0 are zero-extended here
(Linux's lr/sc CMPXCHG leaves R0 sign-extended for the verifier's zext, which offload lacks).
"""
from __future__ import annotations

from semantics.ebpf import (ADD, AND, ATOMIC, CMPXCHG, FETCH, LOAD_ACQ, OR, SIZE_DW, SIZE_W,
                            STORE_REL, STX, XCHG, XOR)
from rvjit import ir
from rvjit.ir import eq, fits_signed, ne, sext
from rvjit.rules.base import D, S, T1, T2, T3, ZERO, Pattern, asm, rule
from rvjit.rules.imm import load32, zext32_of
from rvjit.rules.mem import SIZES, ZEXT_LOAD, addressing

OFF = sext(64, ir.off)
R0 = ir.Const(15, 5)                # a5: eBPF R0, CMPXCHG's comparand and result
RMW = {ADD: "add", OR: "or", AND: "and", XOR: "xor"}
FENCE_R_RW = asm.fence(0b0010, 0b0011)
FENCE_RW_W = asm.fence(0b0011, 0b0001)


def amo_addresses(base_ok=ir.TRUE):
    """Ways to put dst + off in a register for an AMO (which has no displacement):
    (name, guard, prefix, base register, temps).  `base_ok`: when dst itself may serve."""
    ways = [("off0", ir.all_of(eq(ir.off, 0), base_ok), [], D, ()),
            ("off12", fits_signed(OFF, 12), [asm.addi(T1, D, OFF)], T1, (6,))]
    for way, g, load, _ in load32(T1, OFF)[1:]:
        ways.append((f"off_{way}", ir.all_of(ir.not_(fits_signed(OFF, 12)), g),
                     load + [asm.add(T1, T1, D)], T1, (6,)))
    return ways


def zext_forms(name, pattern, body, guard, temps, reg, isa=()):
    """body + zero-extension of `reg`: with Zba one add.uw, else slli/srli."""
    return [rule(name + "_zba", pattern, body + [asm["add.uw"](reg, reg, ZERO)], guard,
                 temps=temps, isa=set(isa) | {"zba"}),
            rule(name, pattern, body + zext32_of(reg), guard, temps=temps, isa=isa)]


def rmw_rules(size, w):
    code = STX | ATOMIC | size
    out = []
    for op, name in {**RMW, XCHG: "xchg"}.items():
        mn = f"amo{'swap' if op == XCHG else name}.{w}"
        for fetch in ((True,) if op == XCHG else (False, True)):
            imm = op | FETCH if fetch and op != XCHG else op
            tag = f"atomic_{w}_{'fetch_' if fetch and op != XCHG else ''}{name}"
            p = Pattern(code, off=None, imm=imm)
            for way, g, pre, base, temps in amo_addresses():
                if not fetch:          # relaxed, the old value discarded
                    out.append(rule(f"{tag}_{way}", p, pre + [asm[mn](ZERO, S, base, 0, 0)], g, temps=temps))
                elif w == "d":
                    out.append(rule(f"{tag}_{way}", p, pre + [asm[mn](S, S, base, 1, 1)], g, temps=temps))
                else:
                    out += zext_forms(f"{tag}_{way}", p, pre + [asm[mn](S, S, base, 1, 1)], g, temps, S)
    return out


def cmpxchg_rules(size, w):
    """R0 = cmpxchg(dst + off, R0, src).  Zacas: amocas.aqrl.  Otherwise the constrained LR/SC
    loop: t2 := R0 as lr will return it (sign-extended for W), then
        loop: lr.aq a5, (base); bne a5, t2, done; sc.aqrl t3, src, (base); bnez t3, loop
        done: (W) zero-extend a5
    The loop's obligation (proofs/obligations.py): every path that leaves it has one CMPXCHG
    event; a path that goes round again (a failed sc) changes nothing observable."""
    code = STX | ATOMIC | size
    p = Pattern(code, off=None, imm=CMPXCHG)
    out = []
    for way, g, pre, base, temps in amo_addresses():
        body = pre + [asm[f"amocas.{w}"](R0, S, base, 1, 1)]
        name = f"atomic_{w}_cmpxchg_{way}_zacas"
        if w == "d":
            out.append(rule(name, p, body, g, temps=temps, isa=("zacas",)))
        else:
            out += zext_forms(name, p, body, g, temps, R0, isa=("zacas",))
    # lr overwrites a5 on every try: the address must not live there.
    for way, g, pre, base, temps in amo_addresses(base_ok=ne(ir.dst, 0)):
        expected = asm.addiw(T2, R0, 0) if w == "w" else asm.addi(T2, R0, 0)
        body = pre + [expected,
                      asm[f"lr.{w}"](R0, base, 1, 0),
                      asm.bne(R0, T2, 12),
                      asm[f"sc.{w}"](T3, S, base, 1, 1),
                      asm.bne(T3, ZERO, -12)]
        name = f"atomic_{w}_cmpxchg_{way}"
        t = set(temps) | {7, 28}
        if w == "d":
            out.append(rule(name, p, body, g, temps=t))
        else:
            out += zext_forms(name, p, body, g, t, R0)
    return out


def acquire_release_rules():
    out = []
    for size, sz in SIZES.items():
        code = STX | ATOMIC | size
        for way, g, pre, base, disp, temps in addressing(S):
            out.append(rule(f"load_acquire_{sz}_{way}", Pattern(code, off=None, imm=LOAD_ACQ),
                            pre + [asm[ZEXT_LOAD[size]](D, base, disp), FENCE_R_RW], g, temps=temps))
        for way, g, pre, base, disp, temps in addressing(D):
            out.append(rule(f"store_release_{sz}_{way}", Pattern(code, off=None, imm=STORE_REL),
                            [FENCE_RW_W] + pre + [asm["s" + sz](base, S, disp)], g, temps=temps))
    return out


def rules():
    out = []
    for size, w in ((SIZE_W, "w"), (SIZE_DW, "d")):
        out += rmw_rules(size, w) + cmpxchg_rules(size, w)
    return out + acquire_release_rules()
