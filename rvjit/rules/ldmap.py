"""LD_IMM64 pseudo-instructions (docs/abi.md sections 6 and 10): map references through the
runtime table, and function references pc-relative.

  src 5 (BPF_PSEUDO_MAP_IDX), imm = i:    dst = map i's handle, `ld dst, -16*(i+1)(s6)`
  src 6 (BPF_PSEUDO_MAP_IDX_VALUE):       dst = map i's value base + o (o: the second slot's
                                          imm, unsigned), `ld dst, -16*(i+1)+8(s6)` then o
                                          added: addi, lui(+addiw) + add, or zero-extended
  src 4 (BPF_PSEUDO_FUNC):                dst = the function's address, `auipc` + `addi`
Map fds (src 1, 2) are numbered into indices before translation (rvjit.program).
"""
from __future__ import annotations

from semantics.ebpf import LD_IMM64, PSEUDO_FUNC, PSEUDO_MAP_IDX, PSEUDO_MAP_IDX_VALUE
from rvjit import abi, ir
from rvjit.ir import eq, extract, fits_signed, ne, sext, zext
from rvjit.regmap import RT
from rvjit.rules.base import D, T1, Pattern, asm, rule
from rvjit.rules.imm import load32, zext32_of
from rvjit.rules.jmp import far_range

S6 = ir.Const(RT, 5)
INDEX = zext(64, ir.imm)
HANDLE = ir.Const(0, 64) - ((INDEX + 1) << 4)                        # -16 * (i + 1)
VALUE = HANDLE + abi.SLOT
OFF = zext(64, extract(63, 32, ir.imm64))                             # the value offset, u32


def map_rules():
    assert abi.map_handle_slot(abi.MAX_USED_MAPS - 1) >= -2048     # one ld reaches every slot
    out = [rule("ld_map", Pattern(LD_IMM64, src=PSEUDO_MAP_IDX), [asm.ld(D, S6, HANDLE)],
                fits_signed(HANDLE, 12))]
    p = Pattern(LD_IMM64, src=PSEUDO_MAP_IDX_VALUE)
    base = asm.ld(D, S6, VALUE)
    near = fits_signed(VALUE, 12)
    out.append(rule("ld_map_value", p, [base], ir.all_of(near, eq(OFF, 0))))
    out.append(rule("ld_map_value_addi", p, [base, asm.addi(D, D, OFF)],
                    ir.all_of(near, ne(OFF, 0), fits_signed(OFF, 12))))
    for way, g, load, _ in load32(T1, OFF)[1:]:                # below 2^31: lui (+ addiw)
        out.append(rule(f"ld_map_value_{way}", p, [base, *load, asm.add(D, D, T1)],
                        ir.all_of(near, ir.not_(fits_signed(OFF, 12)), g), temps=[6]))
    # 2^31 and above: the sign-extended 32-bit value, zero-extended.
    _, _, load, _ = load32(T1, sext(64, extract(31, 0, OFF)))[2]
    out.append(rule("ld_map_value_uw_zba", p, [base, *load, asm["add.uw"](D, T1, D)], near,
                    temps=[6], isa=("zba",)))
    out.append(rule("ld_map_value_uw", p, [base, *load, *zext32_of(T1), asm.add(D, D, T1)], near,
                    temps=[6]))
    return out


def func_rules():
    d = ir.dist
    return [rule("ld_func", Pattern(LD_IMM64, src=PSEUDO_FUNC),
                 [asm.auipc(D, zext(64, extract(31, 12, d + 0x800))),
                  asm.addi(D, D, sext(64, extract(11, 0, d)))], far_range(d))]


def rules():
    return map_rules() + func_rules()

