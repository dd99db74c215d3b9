# GENERATED FILE - DO NOT EDIT.  Regenerate with `make gen` (python -m rvjit.gen).
# Generated from the proven rule table: table 0491dbca33a272df, semantics ac6c13afc65943ca, 791 rules.

from collections import namedtuple

from rvjit.encode import (rv_add, rv_add_uw, rv_addi, rv_addiw, rv_amoadd_d, rv_amoadd_w, rv_amoand_d, rv_amoand_w, rv_amocas_d, rv_amocas_w, rv_amoor_d, rv_amoor_w, rv_amoswap_d, rv_amoswap_w, rv_amoxor_d, rv_amoxor_w, rv_and, rv_andi, rv_auipc, rv_beq, rv_bge, rv_bgeu, rv_blt, rv_bltu, rv_bne, rv_div, rv_divu, rv_divuw, rv_divw, rv_fence, rv_jal, rv_jalr, rv_lb, rv_lbu, rv_ld, rv_lh, rv_lhu, rv_lr_d, rv_lr_w, rv_lui, rv_lw, rv_lwu, rv_mul, rv_mulw, rv_or, rv_ori, rv_rem, rv_remu, rv_remuw, rv_remw, rv_rev8, rv_sb, rv_sc_d, rv_sc_w, rv_sd, rv_sext_b, rv_sext_h, rv_sh, rv_sll, rv_slli, rv_sllw, rv_sltu, rv_sra, rv_srai, rv_sraiw, rv_sraw, rv_srl, rv_srli, rv_srlw, rv_sub, rv_subw, rv_sw, rv_xor, rv_xori, rv_zext_h, rvc_add, rvc_addi, rvc_addiw, rvc_addw, rvc_and, rvc_andi, rvc_j, rvc_jr, rvc_li, rvc_lui, rvc_mv, rvc_or, rvc_slli, rvc_srai, rvc_srli, rvc_sub, rvc_subw, rvc_xor)
from rvjit.ir import _ctz, _sx  # noqa: F401
from rvjit.regmap import RV_OF_BPF

Rule = namedtuple("Rule", "name isa guard emit length jumps")


def enc_addi(rd, rs1, i, rvc):
    if rvc:
        if ((rs1 == 0) and (rd != 0) and ((_sx(((i >> 0) & 0x3f), 6) & 0xffffffffffffffff) == i)):  # c.li
            return (rvc_li(rd, i), 2)
        if ((i == 0) and (rd != 0) and (rs1 != 0)):  # c.mv
            return (rvc_mv(rd, rs1), 2)
        if ((rd == rs1) and (rd != 0) and (((_sx(((i >> 0) & 0x3f), 6) & 0xffffffffffffffff) == i) and (i != 0))):  # c.addi
            return (rvc_addi(rd, i), 2)
    return (rv_addi(rd, rs1, i), 4)


def enc_addiw(rd, rs1, i, rvc):
    if rvc:
        if ((rd == rs1) and (rd != 0) and ((_sx(((i >> 0) & 0x3f), 6) & 0xffffffffffffffff) == i)):  # c.addiw
            return (rvc_addiw(rd, i), 2)
    return (rv_addiw(rd, rs1, i), 4)


def enc_lui(rd, i, rvc):
    if rvc:
        if ((rd != 0) and (rd != 2) and (i != 0) and ((i < 0x20) or ((i >= 0xfffe0) and (i <= 0xfffff)))):  # c.lui
            return (rvc_lui(rd, i), 2)
    return (rv_lui(rd, i), 4)


def enc_slli(rd, rs1, i, rvc):
    if rvc:
        if ((rd == rs1) and (rd != 0) and (i != 0)):  # c.slli
            return (rvc_slli(rd, i), 2)
    return (rv_slli(rd, rs1, i), 4)


def enc_srli(rd, rs1, i, rvc):
    if rvc:
        if ((rd == rs1) and ((rd >= 8) and (rd <= 0xf)) and (i != 0)):  # c.srli
            return (rvc_srli(rd, i), 2)
    return (rv_srli(rd, rs1, i), 4)


def enc_srai(rd, rs1, i, rvc):
    if rvc:
        if ((rd == rs1) and ((rd >= 8) and (rd <= 0xf)) and (i != 0)):  # c.srai
            return (rvc_srai(rd, i), 2)
    return (rv_srai(rd, rs1, i), 4)


def enc_andi(rd, rs1, i, rvc):
    if rvc:
        if ((rd == rs1) and ((rd >= 8) and (rd <= 0xf)) and ((_sx(((i >> 0) & 0x3f), 6) & 0xffffffffffffffff) == i)):  # c.andi
            return (rvc_andi(rd, i), 2)
    return (rv_andi(rd, rs1, i), 4)


def enc_add(rd, rs1, rs2, rvc):
    if rvc:
        if ((rd == rs1) and (rd != 0) and (rs2 != 0)):  # c.add
            return (rvc_add(rd, rs2), 2)
        if ((rs1 == 0) and (rd != 0) and (rs2 != 0)):  # c.mv
            return (rvc_mv(rd, rs2), 2)
    return (rv_add(rd, rs1, rs2), 4)


def enc_sub(rd, rs1, rs2, rvc):
    if rvc:
        if ((rd == rs1) and ((rd >= 8) and (rd <= 0xf)) and ((rs2 >= 8) and (rs2 <= 0xf))):  # c.sub
            return (rvc_sub(rd, rs2), 2)
    return (rv_sub(rd, rs1, rs2), 4)


def enc_xor(rd, rs1, rs2, rvc):
    if rvc:
        if ((rd == rs1) and ((rd >= 8) and (rd <= 0xf)) and ((rs2 >= 8) and (rs2 <= 0xf))):  # c.xor
            return (rvc_xor(rd, rs2), 2)
    return (rv_xor(rd, rs1, rs2), 4)


def enc_or(rd, rs1, rs2, rvc):
    if rvc:
        if ((rd == rs1) and ((rd >= 8) and (rd <= 0xf)) and ((rs2 >= 8) and (rs2 <= 0xf))):  # c.or
            return (rvc_or(rd, rs2), 2)
    return (rv_or(rd, rs1, rs2), 4)


def enc_and(rd, rs1, rs2, rvc):
    if rvc:
        if ((rd == rs1) and ((rd >= 8) and (rd <= 0xf)) and ((rs2 >= 8) and (rs2 <= 0xf))):  # c.and
            return (rvc_and(rd, rs2), 2)
    return (rv_and(rd, rs1, rs2), 4)


def enc_subw(rd, rs1, rs2, rvc):
    if rvc:
        if ((rd == rs1) and ((rd >= 8) and (rd <= 0xf)) and ((rs2 >= 8) and (rs2 <= 0xf))):  # c.subw
            return (rvc_subw(rd, rs2), 2)
    return (rv_subw(rd, rs1, rs2), 4)


def enc_addw(rd, rs1, rs2, rvc):
    if rvc:
        if ((rd == rs1) and ((rd >= 8) and (rd <= 0xf)) and ((rs2 >= 8) and (rs2 <= 0xf))):  # c.addw
            return (rvc_addw(rd, rs2), 2)
    return (rv_addw(rd, rs1, rs2), 4)


def enc_jalr(rd, rs1, i, rvc):
    if rvc:
        if ((rd == 0) and (i == 0) and (rs1 != 0)):  # c.jr
            return (rvc_jr(rs1), 2)
    return (rv_jalr(rd, rs1, i), 4)


def prologue_frame_none(rvc):
    return [
    ]


def epilogue_frame_none(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s5_stack(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffdf0, rvc),
        (rv_sd(2, 0x15, 0x200), 4),  # sd
        enc_addi(0x15, 2, 0x200, rvc),
    ]


def epilogue_frame_s5_stack(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(0x15, 2, 0x200), 4),  # ld
        enc_addi(2, 2, 0x210, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s1(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffff0, rvc),
        (rv_sd(2, 9, 0), 4),  # sd
    ]


def epilogue_frame_s1(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(9, 2, 0), 4),  # ld
        enc_addi(2, 2, 0x10, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s1_s5_stack(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffdf0, rvc),
        (rv_sd(2, 9, 0x200), 4),  # sd
        (rv_sd(2, 0x15, 0x208), 4),  # sd
        enc_addi(0x15, 2, 0x200, rvc),
    ]


def epilogue_frame_s1_s5_stack(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(9, 2, 0x200), 4),  # ld
        (rv_ld(0x15, 2, 0x208), 4),  # ld
        enc_addi(2, 2, 0x210, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s2(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffff0, rvc),
        (rv_sd(2, 0x12, 0), 4),  # sd
    ]


def epilogue_frame_s2(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(0x12, 2, 0), 4),  # ld
        enc_addi(2, 2, 0x10, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s2_s5_stack(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffdf0, rvc),
        (rv_sd(2, 0x12, 0x200), 4),  # sd
        (rv_sd(2, 0x15, 0x208), 4),  # sd
        enc_addi(0x15, 2, 0x200, rvc),
    ]


def epilogue_frame_s2_s5_stack(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(0x12, 2, 0x200), 4),  # ld
        (rv_ld(0x15, 2, 0x208), 4),  # ld
        enc_addi(2, 2, 0x210, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s3(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffff0, rvc),
        (rv_sd(2, 0x13, 0), 4),  # sd
    ]


def epilogue_frame_s3(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(0x13, 2, 0), 4),  # ld
        enc_addi(2, 2, 0x10, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s3_s5_stack(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffdf0, rvc),
        (rv_sd(2, 0x13, 0x200), 4),  # sd
        (rv_sd(2, 0x15, 0x208), 4),  # sd
        enc_addi(0x15, 2, 0x200, rvc),
    ]


def epilogue_frame_s3_s5_stack(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(0x13, 2, 0x200), 4),  # ld
        (rv_ld(0x15, 2, 0x208), 4),  # ld
        enc_addi(2, 2, 0x210, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s4(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffff0, rvc),
        (rv_sd(2, 0x14, 0), 4),  # sd
    ]


def epilogue_frame_s4(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(0x14, 2, 0), 4),  # ld
        enc_addi(2, 2, 0x10, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s4_s5_stack(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffdf0, rvc),
        (rv_sd(2, 0x14, 0x200), 4),  # sd
        (rv_sd(2, 0x15, 0x208), 4),  # sd
        enc_addi(0x15, 2, 0x200, rvc),
    ]


def epilogue_frame_s4_s5_stack(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(0x14, 2, 0x200), 4),  # ld
        (rv_ld(0x15, 2, 0x208), 4),  # ld
        enc_addi(2, 2, 0x210, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s1_s2(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffff0, rvc),
        (rv_sd(2, 9, 0), 4),  # sd
        (rv_sd(2, 0x12, 8), 4),  # sd
    ]


def epilogue_frame_s1_s2(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(9, 2, 0), 4),  # ld
        (rv_ld(0x12, 2, 8), 4),  # ld
        enc_addi(2, 2, 0x10, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s1_s2_s5_stack(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffde0, rvc),
        (rv_sd(2, 9, 0x200), 4),  # sd
        (rv_sd(2, 0x12, 0x208), 4),  # sd
        (rv_sd(2, 0x15, 0x210), 4),  # sd
        enc_addi(0x15, 2, 0x200, rvc),
    ]


def epilogue_frame_s1_s2_s5_stack(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(9, 2, 0x200), 4),  # ld
        (rv_ld(0x12, 2, 0x208), 4),  # ld
        (rv_ld(0x15, 2, 0x210), 4),  # ld
        enc_addi(2, 2, 0x220, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s1_s3(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffff0, rvc),
        (rv_sd(2, 9, 0), 4),  # sd
        (rv_sd(2, 0x13, 8), 4),  # sd
    ]


def epilogue_frame_s1_s3(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(9, 2, 0), 4),  # ld
        (rv_ld(0x13, 2, 8), 4),  # ld
        enc_addi(2, 2, 0x10, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s1_s3_s5_stack(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffde0, rvc),
        (rv_sd(2, 9, 0x200), 4),  # sd
        (rv_sd(2, 0x13, 0x208), 4),  # sd
        (rv_sd(2, 0x15, 0x210), 4),  # sd
        enc_addi(0x15, 2, 0x200, rvc),
    ]


def epilogue_frame_s1_s3_s5_stack(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(9, 2, 0x200), 4),  # ld
        (rv_ld(0x13, 2, 0x208), 4),  # ld
        (rv_ld(0x15, 2, 0x210), 4),  # ld
        enc_addi(2, 2, 0x220, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s1_s4(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffff0, rvc),
        (rv_sd(2, 9, 0), 4),  # sd
        (rv_sd(2, 0x14, 8), 4),  # sd
    ]


def epilogue_frame_s1_s4(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(9, 2, 0), 4),  # ld
        (rv_ld(0x14, 2, 8), 4),  # ld
        enc_addi(2, 2, 0x10, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s1_s4_s5_stack(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffde0, rvc),
        (rv_sd(2, 9, 0x200), 4),  # sd
        (rv_sd(2, 0x14, 0x208), 4),  # sd
        (rv_sd(2, 0x15, 0x210), 4),  # sd
        enc_addi(0x15, 2, 0x200, rvc),
    ]


def epilogue_frame_s1_s4_s5_stack(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(9, 2, 0x200), 4),  # ld
        (rv_ld(0x14, 2, 0x208), 4),  # ld
        (rv_ld(0x15, 2, 0x210), 4),  # ld
        enc_addi(2, 2, 0x220, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s2_s3(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffff0, rvc),
        (rv_sd(2, 0x12, 0), 4),  # sd
        (rv_sd(2, 0x13, 8), 4),  # sd
    ]


def epilogue_frame_s2_s3(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(0x12, 2, 0), 4),  # ld
        (rv_ld(0x13, 2, 8), 4),  # ld
        enc_addi(2, 2, 0x10, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s2_s3_s5_stack(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffde0, rvc),
        (rv_sd(2, 0x12, 0x200), 4),  # sd
        (rv_sd(2, 0x13, 0x208), 4),  # sd
        (rv_sd(2, 0x15, 0x210), 4),  # sd
        enc_addi(0x15, 2, 0x200, rvc),
    ]


def epilogue_frame_s2_s3_s5_stack(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(0x12, 2, 0x200), 4),  # ld
        (rv_ld(0x13, 2, 0x208), 4),  # ld
        (rv_ld(0x15, 2, 0x210), 4),  # ld
        enc_addi(2, 2, 0x220, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s2_s4(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffff0, rvc),
        (rv_sd(2, 0x12, 0), 4),  # sd
        (rv_sd(2, 0x14, 8), 4),  # sd
    ]


def epilogue_frame_s2_s4(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(0x12, 2, 0), 4),  # ld
        (rv_ld(0x14, 2, 8), 4),  # ld
        enc_addi(2, 2, 0x10, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s2_s4_s5_stack(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffde0, rvc),
        (rv_sd(2, 0x12, 0x200), 4),  # sd
        (rv_sd(2, 0x14, 0x208), 4),  # sd
        (rv_sd(2, 0x15, 0x210), 4),  # sd
        enc_addi(0x15, 2, 0x200, rvc),
    ]


def epilogue_frame_s2_s4_s5_stack(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(0x12, 2, 0x200), 4),  # ld
        (rv_ld(0x14, 2, 0x208), 4),  # ld
        (rv_ld(0x15, 2, 0x210), 4),  # ld
        enc_addi(2, 2, 0x220, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s3_s4(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffff0, rvc),
        (rv_sd(2, 0x13, 0), 4),  # sd
        (rv_sd(2, 0x14, 8), 4),  # sd
    ]


def epilogue_frame_s3_s4(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(0x13, 2, 0), 4),  # ld
        (rv_ld(0x14, 2, 8), 4),  # ld
        enc_addi(2, 2, 0x10, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s3_s4_s5_stack(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffde0, rvc),
        (rv_sd(2, 0x13, 0x200), 4),  # sd
        (rv_sd(2, 0x14, 0x208), 4),  # sd
        (rv_sd(2, 0x15, 0x210), 4),  # sd
        enc_addi(0x15, 2, 0x200, rvc),
    ]


def epilogue_frame_s3_s4_s5_stack(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(0x13, 2, 0x200), 4),  # ld
        (rv_ld(0x14, 2, 0x208), 4),  # ld
        (rv_ld(0x15, 2, 0x210), 4),  # ld
        enc_addi(2, 2, 0x220, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s1_s2_s3(rvc):
    return [
        enc_addi(2, 2, 0xffffffffffffffe0, rvc),
        (rv_sd(2, 9, 0), 4),  # sd
        (rv_sd(2, 0x12, 8), 4),  # sd
        (rv_sd(2, 0x13, 0x10), 4),  # sd
    ]


def epilogue_frame_s1_s2_s3(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(9, 2, 0), 4),  # ld
        (rv_ld(0x12, 2, 8), 4),  # ld
        (rv_ld(0x13, 2, 0x10), 4),  # ld
        enc_addi(2, 2, 0x20, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s1_s2_s3_s5_stack(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffde0, rvc),
        (rv_sd(2, 9, 0x200), 4),  # sd
        (rv_sd(2, 0x12, 0x208), 4),  # sd
        (rv_sd(2, 0x13, 0x210), 4),  # sd
        (rv_sd(2, 0x15, 0x218), 4),  # sd
        enc_addi(0x15, 2, 0x200, rvc),
    ]


def epilogue_frame_s1_s2_s3_s5_stack(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(9, 2, 0x200), 4),  # ld
        (rv_ld(0x12, 2, 0x208), 4),  # ld
        (rv_ld(0x13, 2, 0x210), 4),  # ld
        (rv_ld(0x15, 2, 0x218), 4),  # ld
        enc_addi(2, 2, 0x220, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s1_s2_s4(rvc):
    return [
        enc_addi(2, 2, 0xffffffffffffffe0, rvc),
        (rv_sd(2, 9, 0), 4),  # sd
        (rv_sd(2, 0x12, 8), 4),  # sd
        (rv_sd(2, 0x14, 0x10), 4),  # sd
    ]


def epilogue_frame_s1_s2_s4(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(9, 2, 0), 4),  # ld
        (rv_ld(0x12, 2, 8), 4),  # ld
        (rv_ld(0x14, 2, 0x10), 4),  # ld
        enc_addi(2, 2, 0x20, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s1_s2_s4_s5_stack(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffde0, rvc),
        (rv_sd(2, 9, 0x200), 4),  # sd
        (rv_sd(2, 0x12, 0x208), 4),  # sd
        (rv_sd(2, 0x14, 0x210), 4),  # sd
        (rv_sd(2, 0x15, 0x218), 4),  # sd
        enc_addi(0x15, 2, 0x200, rvc),
    ]


def epilogue_frame_s1_s2_s4_s5_stack(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(9, 2, 0x200), 4),  # ld
        (rv_ld(0x12, 2, 0x208), 4),  # ld
        (rv_ld(0x14, 2, 0x210), 4),  # ld
        (rv_ld(0x15, 2, 0x218), 4),  # ld
        enc_addi(2, 2, 0x220, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s1_s3_s4(rvc):
    return [
        enc_addi(2, 2, 0xffffffffffffffe0, rvc),
        (rv_sd(2, 9, 0), 4),  # sd
        (rv_sd(2, 0x13, 8), 4),  # sd
        (rv_sd(2, 0x14, 0x10), 4),  # sd
    ]


def epilogue_frame_s1_s3_s4(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(9, 2, 0), 4),  # ld
        (rv_ld(0x13, 2, 8), 4),  # ld
        (rv_ld(0x14, 2, 0x10), 4),  # ld
        enc_addi(2, 2, 0x20, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s1_s3_s4_s5_stack(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffde0, rvc),
        (rv_sd(2, 9, 0x200), 4),  # sd
        (rv_sd(2, 0x13, 0x208), 4),  # sd
        (rv_sd(2, 0x14, 0x210), 4),  # sd
        (rv_sd(2, 0x15, 0x218), 4),  # sd
        enc_addi(0x15, 2, 0x200, rvc),
    ]


def epilogue_frame_s1_s3_s4_s5_stack(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(9, 2, 0x200), 4),  # ld
        (rv_ld(0x13, 2, 0x208), 4),  # ld
        (rv_ld(0x14, 2, 0x210), 4),  # ld
        (rv_ld(0x15, 2, 0x218), 4),  # ld
        enc_addi(2, 2, 0x220, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s2_s3_s4(rvc):
    return [
        enc_addi(2, 2, 0xffffffffffffffe0, rvc),
        (rv_sd(2, 0x12, 0), 4),  # sd
        (rv_sd(2, 0x13, 8), 4),  # sd
        (rv_sd(2, 0x14, 0x10), 4),  # sd
    ]


def epilogue_frame_s2_s3_s4(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(0x12, 2, 0), 4),  # ld
        (rv_ld(0x13, 2, 8), 4),  # ld
        (rv_ld(0x14, 2, 0x10), 4),  # ld
        enc_addi(2, 2, 0x20, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s2_s3_s4_s5_stack(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffde0, rvc),
        (rv_sd(2, 0x12, 0x200), 4),  # sd
        (rv_sd(2, 0x13, 0x208), 4),  # sd
        (rv_sd(2, 0x14, 0x210), 4),  # sd
        (rv_sd(2, 0x15, 0x218), 4),  # sd
        enc_addi(0x15, 2, 0x200, rvc),
    ]


def epilogue_frame_s2_s3_s4_s5_stack(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(0x12, 2, 0x200), 4),  # ld
        (rv_ld(0x13, 2, 0x208), 4),  # ld
        (rv_ld(0x14, 2, 0x210), 4),  # ld
        (rv_ld(0x15, 2, 0x218), 4),  # ld
        enc_addi(2, 2, 0x220, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s1_s2_s3_s4(rvc):
    return [
        enc_addi(2, 2, 0xffffffffffffffe0, rvc),
        (rv_sd(2, 9, 0), 4),  # sd
        (rv_sd(2, 0x12, 8), 4),  # sd
        (rv_sd(2, 0x13, 0x10), 4),  # sd
        (rv_sd(2, 0x14, 0x18), 4),  # sd
    ]


def epilogue_frame_s1_s2_s3_s4(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(9, 2, 0), 4),  # ld
        (rv_ld(0x12, 2, 8), 4),  # ld
        (rv_ld(0x13, 2, 0x10), 4),  # ld
        (rv_ld(0x14, 2, 0x18), 4),  # ld
        enc_addi(2, 2, 0x20, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


def prologue_frame_s1_s2_s3_s4_s5_stack(rvc):
    return [
        enc_addi(2, 2, 0xfffffffffffffdd0, rvc),
        (rv_sd(2, 9, 0x200), 4),  # sd
        (rv_sd(2, 0x12, 0x208), 4),  # sd
        (rv_sd(2, 0x13, 0x210), 4),  # sd
        (rv_sd(2, 0x14, 0x218), 4),  # sd
        (rv_sd(2, 0x15, 0x220), 4),  # sd
        enc_addi(0x15, 2, 0x200, rvc),
    ]


def epilogue_frame_s1_s2_s3_s4_s5_stack(rvc):
    return [
        enc_addi(0xa, 0xf, 0, rvc),
        (rv_ld(9, 2, 0x200), 4),  # ld
        (rv_ld(0x12, 2, 0x208), 4),  # ld
        (rv_ld(0x13, 2, 0x210), 4),  # ld
        (rv_ld(0x14, 2, 0x218), 4),  # ld
        (rv_ld(0x15, 2, 0x220), 4),  # ld
        enc_addi(2, 2, 0x230, rvc),
        enc_jalr(0, 1, 0, rvc),
    ]


# (saved RV registers, uses the BPF stack) -> (prologue, epilogue)
FRAMES = {
    ((), False): (prologue_frame_none, epilogue_frame_none),
    ((21,), True): (prologue_frame_s5_stack, epilogue_frame_s5_stack),
    ((9,), False): (prologue_frame_s1, epilogue_frame_s1),
    ((9, 21), True): (prologue_frame_s1_s5_stack, epilogue_frame_s1_s5_stack),
    ((18,), False): (prologue_frame_s2, epilogue_frame_s2),
    ((18, 21), True): (prologue_frame_s2_s5_stack, epilogue_frame_s2_s5_stack),
    ((19,), False): (prologue_frame_s3, epilogue_frame_s3),
    ((19, 21), True): (prologue_frame_s3_s5_stack, epilogue_frame_s3_s5_stack),
    ((20,), False): (prologue_frame_s4, epilogue_frame_s4),
    ((20, 21), True): (prologue_frame_s4_s5_stack, epilogue_frame_s4_s5_stack),
    ((9, 18), False): (prologue_frame_s1_s2, epilogue_frame_s1_s2),
    ((9, 18, 21), True): (prologue_frame_s1_s2_s5_stack, epilogue_frame_s1_s2_s5_stack),
    ((9, 19), False): (prologue_frame_s1_s3, epilogue_frame_s1_s3),
    ((9, 19, 21), True): (prologue_frame_s1_s3_s5_stack, epilogue_frame_s1_s3_s5_stack),
    ((9, 20), False): (prologue_frame_s1_s4, epilogue_frame_s1_s4),
    ((9, 20, 21), True): (prologue_frame_s1_s4_s5_stack, epilogue_frame_s1_s4_s5_stack),
    ((18, 19), False): (prologue_frame_s2_s3, epilogue_frame_s2_s3),
    ((18, 19, 21), True): (prologue_frame_s2_s3_s5_stack, epilogue_frame_s2_s3_s5_stack),
    ((18, 20), False): (prologue_frame_s2_s4, epilogue_frame_s2_s4),
    ((18, 20, 21), True): (prologue_frame_s2_s4_s5_stack, epilogue_frame_s2_s4_s5_stack),
    ((19, 20), False): (prologue_frame_s3_s4, epilogue_frame_s3_s4),
    ((19, 20, 21), True): (prologue_frame_s3_s4_s5_stack, epilogue_frame_s3_s4_s5_stack),
    ((9, 18, 19), False): (prologue_frame_s1_s2_s3, epilogue_frame_s1_s2_s3),
    ((9, 18, 19, 21), True): (prologue_frame_s1_s2_s3_s5_stack, epilogue_frame_s1_s2_s3_s5_stack),
    ((9, 18, 20), False): (prologue_frame_s1_s2_s4, epilogue_frame_s1_s2_s4),
    ((9, 18, 20, 21), True): (prologue_frame_s1_s2_s4_s5_stack, epilogue_frame_s1_s2_s4_s5_stack),
    ((9, 19, 20), False): (prologue_frame_s1_s3_s4, epilogue_frame_s1_s3_s4),
    ((9, 19, 20, 21), True): (prologue_frame_s1_s3_s4_s5_stack, epilogue_frame_s1_s3_s4_s5_stack),
    ((18, 19, 20), False): (prologue_frame_s2_s3_s4, epilogue_frame_s2_s3_s4),
    ((18, 19, 20, 21), True): (prologue_frame_s2_s3_s4_s5_stack, epilogue_frame_s2_s3_s4_s5_stack),
    ((9, 18, 19, 20), False): (prologue_frame_s1_s2_s3_s4, epilogue_frame_s1_s2_s3_s4),
    ((9, 18, 19, 20, 21), True): (prologue_frame_s1_s2_s3_s4_s5_stack, epilogue_frame_s1_s2_s3_s4_s5_stack),
}


def guard_alu64_add_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_add_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_add(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src], rvc),
    ]


def guard_alu64_sub_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_sub_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_sub(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src], rvc),
    ]


def guard_alu64_mul_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_mul_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_mul(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # mul
    ]


def guard_alu64_or_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_or_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_or(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src], rvc),
    ]


def guard_alu64_and_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_and_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_and(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src], rvc),
    ]


def guard_alu64_xor_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_xor_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_xor(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src], rvc),
    ]


def guard_alu64_sll_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_sll_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_sll(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # sll
    ]


def guard_alu64_srl_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_srl_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_srl(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # srl
    ]


def guard_alu64_sra_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_sra_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_sra(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # sra
    ]


def guard_alu64_divu_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_divu_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_sltu(6, 0, RV_OF_BPF[src]), 4),  # sltu
        enc_sub(6, 0, 6, rvc),
        (rv_divu(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # divu
        enc_and(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
    ]


def guard_alu64_div_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_div_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_sltu(6, 0, RV_OF_BPF[src]), 4),  # sltu
        enc_sub(6, 0, 6, rvc),
        (rv_div(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # div
        enc_and(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
    ]


def guard_alu64_remu_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_remu_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_remu(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # remu
    ]


def guard_alu64_rem_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_rem_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_rem(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # rem
    ]


def guard_alu64_mov_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_mov_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[src], 0, rvc),
    ]


def guard_alu64_movsx8_zbb(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_movsx8_zbb(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_sext_b(RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # sext.b
    ]


def guard_alu64_movsx8(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_movsx8(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[src], 0x38, rvc),
        enc_srai(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x38, rvc),
    ]


def guard_alu64_movsx16_zbb(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_movsx16_zbb(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_sext_h(RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # sext.h
    ]


def guard_alu64_movsx16(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_movsx16(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[src], 0x30, rvc),
        enc_srai(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x30, rvc),
    ]


def guard_alu64_movsx32(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_movsx32(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[src], 0, rvc),
    ]


def guard_alu64_neg(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_neg(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_sub(RV_OF_BPF[dst], 0, RV_OF_BPF[dst], rvc),
    ]


def guard_alu64_add_k_imm12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))


def emit_alu64_add_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(imm, 32) & 0xffffffffffffffff), rvc),
    ]


def guard_alu64_add_k_lui(dst, src, off, imm, imm64, dist):
    return (True and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu64_add_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
    ]


def guard_alu64_add_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu64_add_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
    ]


def guard_alu64_and_k_imm12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))


def emit_alu64_and_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_andi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(imm, 32) & 0xffffffffffffffff), rvc),
    ]


def guard_alu64_and_k_lui(dst, src, off, imm, imm64, dist):
    return (True and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu64_and_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_and(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
    ]


def guard_alu64_and_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu64_and_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_and(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
    ]


def guard_alu64_or_k_imm12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))


def emit_alu64_or_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_ori(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # ori
    ]


def guard_alu64_or_k_lui(dst, src, off, imm, imm64, dist):
    return (True and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu64_or_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_or(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
    ]


def guard_alu64_or_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu64_or_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_or(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
    ]


def guard_alu64_xor_k_imm12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))


def emit_alu64_xor_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_xori(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # xori
    ]


def guard_alu64_xor_k_lui(dst, src, off, imm, imm64, dist):
    return (True and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu64_xor_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_xor(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
    ]


def guard_alu64_xor_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu64_xor_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_xor(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
    ]


def guard_alu64_sub_k_imm12(dst, src, off, imm, imm64, dist):
    return ((_sx(((((0 - (_sx(imm, 32) & 0xffffffffffffffff)) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == ((0 - (_sx(imm, 32) & 0xffffffffffffffff)) & 0xffffffffffffffff))


def emit_alu64_sub_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], ((0 - (_sx(imm, 32) & 0xffffffffffffffff)) & 0xffffffffffffffff), rvc),
    ]


def guard_alu64_sub_k_lui(dst, src, off, imm, imm64, dist):
    return (True and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu64_sub_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_sub(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
    ]


def guard_alu64_sub_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu64_sub_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_sub(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
    ]


def guard_alu64_mul_k_imm12(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu64_mul_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_mul(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # mul
    ]


def guard_alu64_mul_k_lui(dst, src, off, imm, imm64, dist):
    return (True and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu64_mul_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        (rv_mul(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # mul
    ]


def guard_alu64_mul_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu64_mul_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_mul(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # mul
    ]


def guard_alu64_divu_k_zero(dst, src, off, imm, imm64, dist):
    return (imm == 0)


def emit_alu64_divu_k_zero(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, 0, rvc),
    ]


def guard_alu64_divu_k_imm12(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu64_divu_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_divu(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # divu
    ]


def guard_alu64_divu_k_lui(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu64_divu_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        (rv_divu(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # divu
    ]


def guard_alu64_divu_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu64_divu_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_divu(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # divu
    ]


def guard_alu64_remu_k_zero(dst, src, off, imm, imm64, dist):
    return (imm == 0)


def emit_alu64_remu_k_zero(dst, src, off, imm, imm64, dist, rvc):
    return []


def guard_alu64_remu_k_imm12(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu64_remu_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_remu(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # remu
    ]


def guard_alu64_remu_k_lui(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu64_remu_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        (rv_remu(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # remu
    ]


def guard_alu64_remu_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu64_remu_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_remu(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # remu
    ]


def guard_alu64_div_k_zero(dst, src, off, imm, imm64, dist):
    return (imm == 0)


def emit_alu64_div_k_zero(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, 0, rvc),
    ]


def guard_alu64_div_k_imm12(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu64_div_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_div(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # div
    ]


def guard_alu64_div_k_lui(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu64_div_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        (rv_div(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # div
    ]


def guard_alu64_div_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu64_div_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_div(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # div
    ]


def guard_alu64_rem_k_zero(dst, src, off, imm, imm64, dist):
    return (imm == 0)


def emit_alu64_rem_k_zero(dst, src, off, imm, imm64, dist, rvc):
    return []


def guard_alu64_rem_k_imm12(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu64_rem_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_rem(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # rem
    ]


def guard_alu64_rem_k_lui(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu64_rem_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        (rv_rem(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # rem
    ]


def guard_alu64_rem_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu64_rem_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_rem(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # rem
    ]


def guard_alu64_slli_k(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_slli_k(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((imm >> 0) & 0x3f), rvc),
    ]


def guard_alu64_srli_k(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_srli_k(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((imm >> 0) & 0x3f), rvc),
    ]


def guard_alu64_srai_k(dst, src, off, imm, imm64, dist):
    return True


def emit_alu64_srai_k(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_srai(RV_OF_BPF[dst], RV_OF_BPF[dst], ((imm >> 0) & 0x3f), rvc),
    ]


def guard_alu64_mov_k_imm12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))


def emit_alu64_mov_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
    ]


def guard_alu64_mov_k_lui(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))


def emit_alu64_mov_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
    ]


def guard_alu64_mov_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))


def emit_alu64_mov_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_alu32_add_x_zba(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_add_x_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_add(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src], rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_add_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_add_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_add(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src], rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_subw_x_zba(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_subw_x_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_subw(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src], rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_subw_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_subw_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_subw(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src], rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_mulw_x_zba(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_mulw_x_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_mulw(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # mulw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_mulw_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_mulw_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_mulw(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # mulw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_or_x_zba(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_or_x_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_or(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src], rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_or_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_or_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_or(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src], rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_and_x_zba(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_and_x_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_and(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src], rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_and_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_and_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_and(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src], rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_xor_x_zba(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_xor_x_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_xor(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src], rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_xor_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_xor_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_xor(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src], rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_sllw_x_zba(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_sllw_x_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_sllw(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # sllw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_sllw_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_sllw_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_sllw(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # sllw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_srlw_x_zba(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_srlw_x_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_srlw(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # srlw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_srlw_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_srlw_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_srlw(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # srlw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_sraw_x_zba(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_sraw_x_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_sraw(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # sraw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_sraw_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_sraw_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_sraw(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # sraw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_divuw_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_divuw_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_slli(6, RV_OF_BPF[src], 0x20, rvc),
        (rv_sltu(6, 0, 6), 4),  # sltu
        enc_sub(6, 0, 6, rvc),
        enc_srli(6, 6, 0x20, rvc),
        (rv_divuw(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # divuw
        enc_and(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
    ]


def guard_alu32_divw_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_divw_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_slli(6, RV_OF_BPF[src], 0x20, rvc),
        (rv_sltu(6, 0, 6), 4),  # sltu
        enc_sub(6, 0, 6, rvc),
        enc_srli(6, 6, 0x20, rvc),
        (rv_divw(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # divw
        enc_and(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
    ]


def guard_alu32_remuw_x_zba(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_remuw_x_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_remuw(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # remuw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_remuw_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_remuw_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_remuw(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # remuw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_remw_x_zba(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_remw_x_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_remw(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # remw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_remw_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_remw_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_remw(RV_OF_BPF[dst], RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # remw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_mov_x_zba(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_mov_x_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_alu32_mov_x(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_mov_x(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_movsx8(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_movsx8(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[src], 0x38, rvc),
        enc_srai(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x18, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_movsx16(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_movsx16(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[src], 0x30, rvc),
        enc_srai(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x10, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_neg_zba(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_neg_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_subw(RV_OF_BPF[dst], 0, RV_OF_BPF[dst], rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_neg(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_neg(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_subw(RV_OF_BPF[dst], 0, RV_OF_BPF[dst], rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_and_k_uimm11(dst, src, off, imm, imm64, dist):
    return (imm < 0x800)


def emit_alu32_and_k_uimm11(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_andi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(imm, 32) & 0xffffffffffffffff), rvc),
    ]


def guard_alu32_add_k_imm12_zba(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))


def emit_alu32_add_k_imm12_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_add_k_imm12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))


def emit_alu32_add_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_add_k_lui_zba(dst, src, off, imm, imm64, dist):
    return (True and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_add_k_lui_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_add_k_lui(dst, src, off, imm, imm64, dist):
    return (True and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_add_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_add_k_lui_addiw_zba(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_add_k_lui_addiw_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_add_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_add_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_and_k_imm12_zba(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))


def emit_alu32_and_k_imm12_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_andi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_and_k_imm12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))


def emit_alu32_and_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_andi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_and_k_lui_zba(dst, src, off, imm, imm64, dist):
    return (True and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_and_k_lui_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_and(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_and_k_lui(dst, src, off, imm, imm64, dist):
    return (True and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_and_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_and(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_and_k_lui_addiw_zba(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_and_k_lui_addiw_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_and(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_and_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_and_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_and(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_or_k_imm12_zba(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))


def emit_alu32_or_k_imm12_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_ori(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # ori
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_or_k_imm12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))


def emit_alu32_or_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_ori(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # ori
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_or_k_lui_zba(dst, src, off, imm, imm64, dist):
    return (True and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_or_k_lui_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_or(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_or_k_lui(dst, src, off, imm, imm64, dist):
    return (True and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_or_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_or(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_or_k_lui_addiw_zba(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_or_k_lui_addiw_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_or(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_or_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_or_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_or(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_xor_k_imm12_zba(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))


def emit_alu32_xor_k_imm12_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_xori(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # xori
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_xor_k_imm12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))


def emit_alu32_xor_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_xori(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # xori
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_xor_k_lui_zba(dst, src, off, imm, imm64, dist):
    return (True and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_xor_k_lui_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_xor(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_xor_k_lui(dst, src, off, imm, imm64, dist):
    return (True and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_xor_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_xor(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_xor_k_lui_addiw_zba(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_xor_k_lui_addiw_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_xor(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_xor_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_xor_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_xor(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_subw_k_imm12_zba(dst, src, off, imm, imm64, dist):
    return ((_sx(((((0 - (_sx(imm, 32) & 0xffffffffffffffff)) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == ((0 - (_sx(imm, 32) & 0xffffffffffffffff)) & 0xffffffffffffffff))


def emit_alu32_subw_k_imm12_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], ((0 - (_sx(imm, 32) & 0xffffffffffffffff)) & 0xffffffffffffffff), rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_subw_k_imm12(dst, src, off, imm, imm64, dist):
    return ((_sx(((((0 - (_sx(imm, 32) & 0xffffffffffffffff)) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == ((0 - (_sx(imm, 32) & 0xffffffffffffffff)) & 0xffffffffffffffff))


def emit_alu32_subw_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], ((0 - (_sx(imm, 32) & 0xffffffffffffffff)) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_subw_k_lui_zba(dst, src, off, imm, imm64, dist):
    return (True and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_subw_k_lui_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_subw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_subw_k_lui(dst, src, off, imm, imm64, dist):
    return (True and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_subw_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_subw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_subw_k_lui_addiw_zba(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_subw_k_lui_addiw_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_subw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_subw_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_subw_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_subw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_mulw_k_imm12_zba(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_mulw_k_imm12_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_mulw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # mulw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_mulw_k_imm12(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_mulw_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_mulw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # mulw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_mulw_k_lui_zba(dst, src, off, imm, imm64, dist):
    return (True and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_mulw_k_lui_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        (rv_mulw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # mulw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_mulw_k_lui(dst, src, off, imm, imm64, dist):
    return (True and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_mulw_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        (rv_mulw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # mulw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_mulw_k_lui_addiw_zba(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_mulw_k_lui_addiw_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_mulw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # mulw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_mulw_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return (True and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_mulw_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_mulw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # mulw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_divuw_k_zero(dst, src, off, imm, imm64, dist):
    return (imm == 0)


def emit_alu32_divuw_k_zero(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, 0, rvc),
    ]


def guard_alu32_divuw_k_imm12_zba(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_divuw_k_imm12_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_divuw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # divuw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_divuw_k_imm12(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_divuw_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_divuw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # divuw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_divuw_k_lui_zba(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_divuw_k_lui_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        (rv_divuw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # divuw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_divuw_k_lui(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_divuw_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        (rv_divuw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # divuw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_divuw_k_lui_addiw_zba(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_divuw_k_lui_addiw_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_divuw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # divuw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_divuw_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_divuw_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_divuw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # divuw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_remuw_k_zero_zba(dst, src, off, imm, imm64, dist):
    return (imm == 0)


def emit_alu32_remuw_k_zero_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_remuw_k_zero(dst, src, off, imm, imm64, dist):
    return (imm == 0)


def emit_alu32_remuw_k_zero(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_remuw_k_imm12_zba(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_remuw_k_imm12_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_remuw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # remuw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_remuw_k_imm12(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_remuw_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_remuw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # remuw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_remuw_k_lui_zba(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_remuw_k_lui_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        (rv_remuw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # remuw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_remuw_k_lui(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_remuw_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        (rv_remuw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # remuw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_remuw_k_lui_addiw_zba(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_remuw_k_lui_addiw_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_remuw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # remuw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_remuw_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_remuw_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_remuw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # remuw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_divw_k_zero(dst, src, off, imm, imm64, dist):
    return (imm == 0)


def emit_alu32_divw_k_zero(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, 0, rvc),
    ]


def guard_alu32_divw_k_imm12_zba(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_divw_k_imm12_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_divw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # divw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_divw_k_imm12(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_divw_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_divw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # divw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_divw_k_lui_zba(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_divw_k_lui_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        (rv_divw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # divw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_divw_k_lui(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_divw_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        (rv_divw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # divw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_divw_k_lui_addiw_zba(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_divw_k_lui_addiw_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_divw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # divw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_divw_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_divw_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_divw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # divw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_remw_k_zero_zba(dst, src, off, imm, imm64, dist):
    return (imm == 0)


def emit_alu32_remw_k_zero_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_remw_k_zero(dst, src, off, imm, imm64, dist):
    return (imm == 0)


def emit_alu32_remw_k_zero(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_remw_k_imm12_zba(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_remw_k_imm12_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_remw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # remw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_remw_k_imm12(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_remw_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_remw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # remw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_remw_k_lui_zba(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_remw_k_lui_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        (rv_remw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # remw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_remw_k_lui(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_remw_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        (rv_remw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # remw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_remw_k_lui_addiw_zba(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_remw_k_lui_addiw_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_remw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # remw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_remw_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_remw_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_remw(RV_OF_BPF[dst], RV_OF_BPF[dst], 6), 4),  # remw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_lsh_k(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_lsh_k(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((((imm >> 0) & 0x1f) + 0x20) & 0xffffffffffffffff), rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_rsh_k(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_rsh_k(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((((imm >> 0) & 0x1f) + 0x20) & 0xffffffffffffffff), rvc),
    ]


def guard_alu32_arsh_k_zba(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_arsh_k_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_sraiw(RV_OF_BPF[dst], RV_OF_BPF[dst], ((imm >> 0) & 0x1f)), 4),  # sraiw
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_arsh_k(dst, src, off, imm, imm64, dist):
    return True


def emit_alu32_arsh_k(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_sraiw(RV_OF_BPF[dst], RV_OF_BPF[dst], ((imm >> 0) & 0x1f)), 4),  # sraiw
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_mov_k_imm12(dst, src, off, imm, imm64, dist):
    return ((_sx((_sx(imm, 32) & 0xffffffffffffffff), 64) >= _sx(0, 64)) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_mov_k_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
    ]


def guard_alu32_mov_k_lui(dst, src, off, imm, imm64, dist):
    return ((_sx((_sx(imm, 32) & 0xffffffffffffffff), 64) >= _sx(0, 64)) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_alu32_mov_k_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
    ]


def guard_alu32_mov_k_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((_sx((_sx(imm, 32) & 0xffffffffffffffff), 64) >= _sx(0, 64)) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)))


def emit_alu32_mov_k_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_alu32_mov_k_imm12_zba(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))


def emit_alu32_mov_k_imm12_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_mov_k_imm12_zext(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))


def emit_alu32_mov_k_imm12_zext(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_mov_k_lui_zba(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))


def emit_alu32_mov_k_lui_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_mov_k_lui_zext(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))


def emit_alu32_mov_k_lui_zext(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_alu32_mov_k_lui_addiw_zba(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))


def emit_alu32_mov_k_lui_addiw_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_alu32_mov_k_lui_addiw_zext(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))


def emit_alu32_mov_k_lui_addiw_zext(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_le16_zbb(dst, src, off, imm, imm64, dist):
    return True


def emit_le16_zbb(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_zext_h(RV_OF_BPF[dst], RV_OF_BPF[dst]), 4),  # zext.h
    ]


def guard_le16(dst, src, off, imm, imm64, dist):
    return True


def emit_le16(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x30, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x30, rvc),
    ]


def guard_le32_zba(dst, src, off, imm, imm64, dist):
    return True


def emit_le32_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_le32(dst, src, off, imm, imm64, dist):
    return True


def emit_le32(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_le64(dst, src, off, imm, imm64, dist):
    return True


def emit_le64(dst, src, off, imm, imm64, dist, rvc):
    return []


def guard_be16_zbb(dst, src, off, imm, imm64, dist):
    return True


def emit_be16_zbb(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_rev8(RV_OF_BPF[dst], RV_OF_BPF[dst]), 4),  # rev8
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x30, rvc),
    ]


def guard_be16(dst, src, off, imm, imm64, dist):
    return True


def emit_be16(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_andi(7, RV_OF_BPF[dst], 0xff, rvc),
        enc_slli(6, 7, 8, rvc),
        enc_srli(7, RV_OF_BPF[dst], 8, rvc),
        enc_andi(7, 7, 0xff, rvc),
        enc_or(RV_OF_BPF[dst], 6, 7, rvc),
    ]


def guard_be32_zbb(dst, src, off, imm, imm64, dist):
    return True


def emit_be32_zbb(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_rev8(RV_OF_BPF[dst], RV_OF_BPF[dst]), 4),  # rev8
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_be32(dst, src, off, imm, imm64, dist):
    return True


def emit_be32(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_andi(7, RV_OF_BPF[dst], 0xff, rvc),
        enc_slli(6, 7, 0x18, rvc),
        enc_srli(7, RV_OF_BPF[dst], 8, rvc),
        enc_andi(7, 7, 0xff, rvc),
        enc_slli(7, 7, 0x10, rvc),
        enc_or(6, 6, 7, rvc),
        enc_srli(7, RV_OF_BPF[dst], 0x10, rvc),
        enc_andi(7, 7, 0xff, rvc),
        enc_slli(7, 7, 8, rvc),
        enc_or(6, 6, 7, rvc),
        enc_srli(7, RV_OF_BPF[dst], 0x18, rvc),
        enc_andi(7, 7, 0xff, rvc),
        enc_or(RV_OF_BPF[dst], 6, 7, rvc),
    ]


def guard_be64_zbb(dst, src, off, imm, imm64, dist):
    return True


def emit_be64_zbb(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_rev8(RV_OF_BPF[dst], RV_OF_BPF[dst]), 4),  # rev8
    ]


def guard_be64(dst, src, off, imm, imm64, dist):
    return True


def emit_be64(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_andi(7, RV_OF_BPF[dst], 0xff, rvc),
        enc_slli(6, 7, 0x38, rvc),
        enc_srli(7, RV_OF_BPF[dst], 8, rvc),
        enc_andi(7, 7, 0xff, rvc),
        enc_slli(7, 7, 0x30, rvc),
        enc_or(6, 6, 7, rvc),
        enc_srli(7, RV_OF_BPF[dst], 0x10, rvc),
        enc_andi(7, 7, 0xff, rvc),
        enc_slli(7, 7, 0x28, rvc),
        enc_or(6, 6, 7, rvc),
        enc_srli(7, RV_OF_BPF[dst], 0x18, rvc),
        enc_andi(7, 7, 0xff, rvc),
        enc_slli(7, 7, 0x20, rvc),
        enc_or(6, 6, 7, rvc),
        enc_srli(7, RV_OF_BPF[dst], 0x20, rvc),
        enc_andi(7, 7, 0xff, rvc),
        enc_slli(7, 7, 0x18, rvc),
        enc_or(6, 6, 7, rvc),
        enc_srli(7, RV_OF_BPF[dst], 0x28, rvc),
        enc_andi(7, 7, 0xff, rvc),
        enc_slli(7, 7, 0x10, rvc),
        enc_or(6, 6, 7, rvc),
        enc_srli(7, RV_OF_BPF[dst], 0x30, rvc),
        enc_andi(7, 7, 0xff, rvc),
        enc_slli(7, 7, 8, rvc),
        enc_or(6, 6, 7, rvc),
        enc_srli(7, RV_OF_BPF[dst], 0x38, rvc),
        enc_or(RV_OF_BPF[dst], 6, 7, rvc),
    ]


def guard_bswap16_zbb(dst, src, off, imm, imm64, dist):
    return True


def emit_bswap16_zbb(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_rev8(RV_OF_BPF[dst], RV_OF_BPF[dst]), 4),  # rev8
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x30, rvc),
    ]


def guard_bswap16(dst, src, off, imm, imm64, dist):
    return True


def emit_bswap16(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_andi(7, RV_OF_BPF[dst], 0xff, rvc),
        enc_slli(6, 7, 8, rvc),
        enc_srli(7, RV_OF_BPF[dst], 8, rvc),
        enc_andi(7, 7, 0xff, rvc),
        enc_or(RV_OF_BPF[dst], 6, 7, rvc),
    ]


def guard_bswap32_zbb(dst, src, off, imm, imm64, dist):
    return True


def emit_bswap32_zbb(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_rev8(RV_OF_BPF[dst], RV_OF_BPF[dst]), 4),  # rev8
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_bswap32(dst, src, off, imm, imm64, dist):
    return True


def emit_bswap32(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_andi(7, RV_OF_BPF[dst], 0xff, rvc),
        enc_slli(6, 7, 0x18, rvc),
        enc_srli(7, RV_OF_BPF[dst], 8, rvc),
        enc_andi(7, 7, 0xff, rvc),
        enc_slli(7, 7, 0x10, rvc),
        enc_or(6, 6, 7, rvc),
        enc_srli(7, RV_OF_BPF[dst], 0x10, rvc),
        enc_andi(7, 7, 0xff, rvc),
        enc_slli(7, 7, 8, rvc),
        enc_or(6, 6, 7, rvc),
        enc_srli(7, RV_OF_BPF[dst], 0x18, rvc),
        enc_andi(7, 7, 0xff, rvc),
        enc_or(RV_OF_BPF[dst], 6, 7, rvc),
    ]


def guard_bswap64_zbb(dst, src, off, imm, imm64, dist):
    return True


def emit_bswap64_zbb(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_rev8(RV_OF_BPF[dst], RV_OF_BPF[dst]), 4),  # rev8
    ]


def guard_bswap64(dst, src, off, imm, imm64, dist):
    return True


def emit_bswap64(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_andi(7, RV_OF_BPF[dst], 0xff, rvc),
        enc_slli(6, 7, 0x38, rvc),
        enc_srli(7, RV_OF_BPF[dst], 8, rvc),
        enc_andi(7, 7, 0xff, rvc),
        enc_slli(7, 7, 0x30, rvc),
        enc_or(6, 6, 7, rvc),
        enc_srli(7, RV_OF_BPF[dst], 0x10, rvc),
        enc_andi(7, 7, 0xff, rvc),
        enc_slli(7, 7, 0x28, rvc),
        enc_or(6, 6, 7, rvc),
        enc_srli(7, RV_OF_BPF[dst], 0x18, rvc),
        enc_andi(7, 7, 0xff, rvc),
        enc_slli(7, 7, 0x20, rvc),
        enc_or(6, 6, 7, rvc),
        enc_srli(7, RV_OF_BPF[dst], 0x20, rvc),
        enc_andi(7, 7, 0xff, rvc),
        enc_slli(7, 7, 0x18, rvc),
        enc_or(6, 6, 7, rvc),
        enc_srli(7, RV_OF_BPF[dst], 0x28, rvc),
        enc_andi(7, 7, 0xff, rvc),
        enc_slli(7, 7, 0x10, rvc),
        enc_or(6, 6, 7, rvc),
        enc_srli(7, RV_OF_BPF[dst], 0x30, rvc),
        enc_andi(7, 7, 0xff, rvc),
        enc_slli(7, 7, 8, rvc),
        enc_or(6, 6, 7, rvc),
        enc_srli(7, RV_OF_BPF[dst], 0x38, rvc),
        enc_or(RV_OF_BPF[dst], 6, 7, rvc),
    ]


def guard_ld_imm64_imm12(dst, src, off, imm, imm64, dist):
    return ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == imm64)


def emit_ld_imm64_imm12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, imm64, rvc),
    ]


def guard_ld_imm64_lui(dst, src, off, imm, imm64, dist):
    return (((_sx(((imm64 >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == imm64) and (((imm64 >> 0) & 0xfff) == 0))


def emit_ld_imm64_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], ((((imm64 + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
    ]


def guard_ld_imm64_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((_sx(((imm64 >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == imm64)


def emit_ld_imm64_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], ((((imm64 + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d1_imm12_s(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d1_imm12_s(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, (_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d1_lui_s(dst, src, off, imm, imm64, dist):
    return ((((_sx((((_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((((_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)) and ((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d1_lui_s(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_uw_zba(dst, src, off, imm, imm64, dist):
    return (((imm64 >> 32) & 0xffffffff) == 0)


def emit_ld_imm64_uw_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], ((((imm64 + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_add_uw(RV_OF_BPF[dst], RV_OF_BPF[dst], 0), 4),  # add.uw
    ]


def guard_ld_imm64_d1_imm12_a(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0))


def emit_ld_imm64_d1_imm12_a(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, (_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d1_lui_a(dst, src, off, imm, imm64, dist):
    return ((((_sx((((_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((((_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)) and ((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0))


def emit_ld_imm64_d1_lui_a(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d1_lui_addiw_s(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d1_lui_addiw_s(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d2_imm12_ss(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d2_imm12_ss(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, (_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
    ]


def guard_ld_imm64_d2_lui_ss(dst, src, off, imm, imm64, dist):
    return ((((_sx((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)) and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d2_lui_ss(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
    ]


def guard_ld_imm64_uw(dst, src, off, imm, imm64, dist):
    return (((imm64 >> 32) & 0xffffffff) == 0)


def emit_ld_imm64_uw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], ((((imm64 + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
        enc_srli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0x20, rvc),
    ]


def guard_ld_imm64_d1_lui_addiw_a(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0))


def emit_ld_imm64_d1_lui_addiw_a(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d2_imm12_as(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True)


def emit_ld_imm64_d2_imm12_as(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, (_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d2_imm12_sa(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and True and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d2_imm12_sa(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, (_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
    ]


def guard_ld_imm64_d2_lui_as(dst, src, off, imm, imm64, dist):
    return ((((_sx((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)) and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True)


def emit_ld_imm64_d2_lui_as(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d2_lui_sa(dst, src, off, imm, imm64, dist):
    return ((((_sx((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)) and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and True and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d2_lui_sa(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
    ]


def guard_ld_imm64_d2_lui_addiw_ss(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d2_lui_addiw_ss(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
    ]


def guard_ld_imm64_d3_imm12_sss(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d3_imm12_sss(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
    ]


def guard_ld_imm64_d3_lui_sss(dst, src, off, imm, imm64, dist):
    return ((((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d3_lui_sss(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
    ]


def guard_ld_imm64_d2_imm12_aa(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and True)


def emit_ld_imm64_d2_imm12_aa(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, (_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d2_lui_aa(dst, src, off, imm, imm64, dist):
    return ((((_sx((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)) and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and True)


def emit_ld_imm64_d2_lui_aa(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d2_lui_addiw_as(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True)


def emit_ld_imm64_d2_lui_addiw_as(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d2_lui_addiw_sa(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and True and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d2_lui_addiw_sa(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
    ]


def guard_ld_imm64_d3_imm12_ass(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True)


def emit_ld_imm64_d3_imm12_ass(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d3_imm12_sas(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and True and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d3_imm12_sas(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
    ]


def guard_ld_imm64_d3_imm12_ssa(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and True and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d3_imm12_ssa(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
    ]


def guard_ld_imm64_d3_lui_ass(dst, src, off, imm, imm64, dist):
    return ((((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True)


def emit_ld_imm64_d3_lui_ass(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d3_lui_sas(dst, src, off, imm, imm64, dist):
    return ((((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and True and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d3_lui_sas(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
    ]


def guard_ld_imm64_d3_lui_ssa(dst, src, off, imm, imm64, dist):
    return ((((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and True and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d3_lui_ssa(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
    ]


def guard_ld_imm64_d3_lui_addiw_sss(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d3_lui_addiw_sss(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
    ]


def guard_ld_imm64_d2_lui_addiw_aa(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and True)


def emit_ld_imm64_d2_lui_addiw_aa(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d3_imm12_aas(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and True)


def emit_ld_imm64_d3_imm12_aas(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d3_imm12_asa(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and True and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True)


def emit_ld_imm64_d3_imm12_asa(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d3_imm12_saa(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and True and True and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d3_imm12_saa(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
    ]


def guard_ld_imm64_d3_lui_aas(dst, src, off, imm, imm64, dist):
    return ((((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and True)


def emit_ld_imm64_d3_lui_aas(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d3_lui_asa(dst, src, off, imm, imm64, dist):
    return ((((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and True and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True)


def emit_ld_imm64_d3_lui_asa(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d3_lui_saa(dst, src, off, imm, imm64, dist):
    return ((((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and True and True and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d3_lui_saa(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
    ]


def guard_ld_imm64_d3_lui_addiw_ass(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True)


def emit_ld_imm64_d3_lui_addiw_ass(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d3_lui_addiw_sas(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and True and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d3_lui_addiw_sas(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
    ]


def guard_ld_imm64_d3_lui_addiw_ssa(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and True and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d3_lui_addiw_ssa(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
    ]


def guard_ld_imm64_d3_imm12_aaa(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and True and True)


def emit_ld_imm64_d3_imm12_aaa(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(RV_OF_BPF[dst], 0, (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d3_lui_aaa(dst, src, off, imm, imm64, dist):
    return ((((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and True and True)


def emit_ld_imm64_d3_lui_aaa(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d3_lui_addiw_aas(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True and True)


def emit_ld_imm64_d3_lui_addiw_aas(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d3_lui_addiw_asa(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and True and ((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0) and True)


def emit_ld_imm64_d3_lui_addiw_asa(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ld_imm64_d3_lui_addiw_saa(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and True and True and ((_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff) == 0))


def emit_ld_imm64_d3_lui_addiw_saa(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
    ]


def guard_ld_imm64_d3_lui_addiw_aaa(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff)) and ((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) != 0) and True and True)


def emit_ld_imm64_d3_lui_addiw_aaa(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(RV_OF_BPF[dst], (((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) >> _ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], ((_ctz((_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff), 64) + 0xc) & 0xffffffffffffffff), rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) - (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx((((_sx(((imm64 - (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff)) & 0xffffffffffffffff), 64) >> 0xc & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_slli(RV_OF_BPF[dst], RV_OF_BPF[dst], 0xc, rvc),
        enc_addi(RV_OF_BPF[dst], RV_OF_BPF[dst], (_sx(((imm64 >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
    ]


def guard_ldx_b_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_ldx_b_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lbu(RV_OF_BPF[dst], RV_OF_BPF[src], (_sx(off, 16) & 0xffffffffffffffff)), 4),  # lbu
    ]


def guard_ldx_b_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_ldx_b_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_lbu(RV_OF_BPF[dst], 6, 0), 4),  # lbu
    ]


def guard_ldx_b_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_ldx_b_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_lbu(RV_OF_BPF[dst], 6, 0), 4),  # lbu
    ]


def guard_ldxsx_b_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_ldxsx_b_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lb(RV_OF_BPF[dst], RV_OF_BPF[src], (_sx(off, 16) & 0xffffffffffffffff)), 4),  # lb
    ]


def guard_ldxsx_b_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_ldxsx_b_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_lb(RV_OF_BPF[dst], 6, 0), 4),  # lb
    ]


def guard_ldxsx_b_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_ldxsx_b_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_lb(RV_OF_BPF[dst], 6, 0), 4),  # lb
    ]


def guard_stx_b_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_stx_b_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_sb(RV_OF_BPF[dst], RV_OF_BPF[src], (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sb
    ]


def guard_stx_b_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_stx_b_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sb(6, RV_OF_BPF[src], 0), 4),  # sb
    ]


def guard_stx_b_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_stx_b_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sb(6, RV_OF_BPF[src], 0), 4),  # sb
    ]


def guard_st_b_imm0_off12(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_st_b_imm0_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_sb(RV_OF_BPF[dst], 0, (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sb
    ]


def guard_st_b_imm0_off_lui(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))))


def emit_st_b_imm0_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sb(6, 0, 0), 4),  # sb
    ]


def guard_st_b_imm0_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))))


def emit_st_b_imm0_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sb(6, 0, 0), 4),  # sb
    ]


def guard_st_b_imm_imm12_off12(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_st_b_imm_imm12_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_sb(RV_OF_BPF[dst], 7, (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sb
    ]


def guard_st_b_imm_imm12_off_lui(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))))


def emit_st_b_imm_imm12_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sb(6, 7, 0), 4),  # sb
    ]


def guard_st_b_imm_imm12_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))))


def emit_st_b_imm_imm12_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sb(6, 7, 0), 4),  # sb
    ]


def guard_st_b_imm_lui_off12(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_st_b_imm_lui_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        (rv_sb(RV_OF_BPF[dst], 7, (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sb
    ]


def guard_st_b_imm_lui_off_lui(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))))


def emit_st_b_imm_lui_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sb(6, 7, 0), 4),  # sb
    ]


def guard_st_b_imm_lui_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))))


def emit_st_b_imm_lui_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sb(6, 7, 0), 4),  # sb
    ]


def guard_st_b_imm_lui_addiw_off12(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_st_b_imm_lui_addiw_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_sb(RV_OF_BPF[dst], 7, (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sb
    ]


def guard_st_b_imm_lui_addiw_off_lui(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))))


def emit_st_b_imm_lui_addiw_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sb(6, 7, 0), 4),  # sb
    ]


def guard_st_b_imm_lui_addiw_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))))


def emit_st_b_imm_lui_addiw_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sb(6, 7, 0), 4),  # sb
    ]


def guard_ldx_h_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_ldx_h_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lhu(RV_OF_BPF[dst], RV_OF_BPF[src], (_sx(off, 16) & 0xffffffffffffffff)), 4),  # lhu
    ]


def guard_ldx_h_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_ldx_h_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_lhu(RV_OF_BPF[dst], 6, 0), 4),  # lhu
    ]


def guard_ldx_h_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_ldx_h_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_lhu(RV_OF_BPF[dst], 6, 0), 4),  # lhu
    ]


def guard_ldxsx_h_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_ldxsx_h_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lh(RV_OF_BPF[dst], RV_OF_BPF[src], (_sx(off, 16) & 0xffffffffffffffff)), 4),  # lh
    ]


def guard_ldxsx_h_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_ldxsx_h_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_lh(RV_OF_BPF[dst], 6, 0), 4),  # lh
    ]


def guard_ldxsx_h_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_ldxsx_h_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_lh(RV_OF_BPF[dst], 6, 0), 4),  # lh
    ]


def guard_stx_h_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_stx_h_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_sh(RV_OF_BPF[dst], RV_OF_BPF[src], (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sh
    ]


def guard_stx_h_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_stx_h_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sh(6, RV_OF_BPF[src], 0), 4),  # sh
    ]


def guard_stx_h_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_stx_h_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sh(6, RV_OF_BPF[src], 0), 4),  # sh
    ]


def guard_st_h_imm0_off12(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_st_h_imm0_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_sh(RV_OF_BPF[dst], 0, (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sh
    ]


def guard_st_h_imm0_off_lui(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))))


def emit_st_h_imm0_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sh(6, 0, 0), 4),  # sh
    ]


def guard_st_h_imm0_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))))


def emit_st_h_imm0_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sh(6, 0, 0), 4),  # sh
    ]


def guard_st_h_imm_imm12_off12(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_st_h_imm_imm12_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_sh(RV_OF_BPF[dst], 7, (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sh
    ]


def guard_st_h_imm_imm12_off_lui(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))))


def emit_st_h_imm_imm12_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sh(6, 7, 0), 4),  # sh
    ]


def guard_st_h_imm_imm12_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))))


def emit_st_h_imm_imm12_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sh(6, 7, 0), 4),  # sh
    ]


def guard_st_h_imm_lui_off12(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_st_h_imm_lui_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        (rv_sh(RV_OF_BPF[dst], 7, (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sh
    ]


def guard_st_h_imm_lui_off_lui(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))))


def emit_st_h_imm_lui_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sh(6, 7, 0), 4),  # sh
    ]


def guard_st_h_imm_lui_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))))


def emit_st_h_imm_lui_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sh(6, 7, 0), 4),  # sh
    ]


def guard_st_h_imm_lui_addiw_off12(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_st_h_imm_lui_addiw_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_sh(RV_OF_BPF[dst], 7, (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sh
    ]


def guard_st_h_imm_lui_addiw_off_lui(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))))


def emit_st_h_imm_lui_addiw_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sh(6, 7, 0), 4),  # sh
    ]


def guard_st_h_imm_lui_addiw_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))))


def emit_st_h_imm_lui_addiw_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sh(6, 7, 0), 4),  # sh
    ]


def guard_ldx_w_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_ldx_w_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lwu(RV_OF_BPF[dst], RV_OF_BPF[src], (_sx(off, 16) & 0xffffffffffffffff)), 4),  # lwu
    ]


def guard_ldx_w_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_ldx_w_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_lwu(RV_OF_BPF[dst], 6, 0), 4),  # lwu
    ]


def guard_ldx_w_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_ldx_w_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_lwu(RV_OF_BPF[dst], 6, 0), 4),  # lwu
    ]


def guard_ldxsx_w_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_ldxsx_w_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lw(RV_OF_BPF[dst], RV_OF_BPF[src], (_sx(off, 16) & 0xffffffffffffffff)), 4),  # lw
    ]


def guard_ldxsx_w_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_ldxsx_w_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_lw(RV_OF_BPF[dst], 6, 0), 4),  # lw
    ]


def guard_ldxsx_w_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_ldxsx_w_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_lw(RV_OF_BPF[dst], 6, 0), 4),  # lw
    ]


def guard_stx_w_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_stx_w_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_sw(RV_OF_BPF[dst], RV_OF_BPF[src], (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sw
    ]


def guard_stx_w_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_stx_w_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sw(6, RV_OF_BPF[src], 0), 4),  # sw
    ]


def guard_stx_w_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_stx_w_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sw(6, RV_OF_BPF[src], 0), 4),  # sw
    ]


def guard_st_w_imm0_off12(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_st_w_imm0_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_sw(RV_OF_BPF[dst], 0, (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sw
    ]


def guard_st_w_imm0_off_lui(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))))


def emit_st_w_imm0_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sw(6, 0, 0), 4),  # sw
    ]


def guard_st_w_imm0_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))))


def emit_st_w_imm0_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sw(6, 0, 0), 4),  # sw
    ]


def guard_st_w_imm_imm12_off12(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_st_w_imm_imm12_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_sw(RV_OF_BPF[dst], 7, (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sw
    ]


def guard_st_w_imm_imm12_off_lui(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))))


def emit_st_w_imm_imm12_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sw(6, 7, 0), 4),  # sw
    ]


def guard_st_w_imm_imm12_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))))


def emit_st_w_imm_imm12_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sw(6, 7, 0), 4),  # sw
    ]


def guard_st_w_imm_lui_off12(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_st_w_imm_lui_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        (rv_sw(RV_OF_BPF[dst], 7, (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sw
    ]


def guard_st_w_imm_lui_off_lui(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))))


def emit_st_w_imm_lui_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sw(6, 7, 0), 4),  # sw
    ]


def guard_st_w_imm_lui_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))))


def emit_st_w_imm_lui_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sw(6, 7, 0), 4),  # sw
    ]


def guard_st_w_imm_lui_addiw_off12(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_st_w_imm_lui_addiw_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_sw(RV_OF_BPF[dst], 7, (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sw
    ]


def guard_st_w_imm_lui_addiw_off_lui(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))))


def emit_st_w_imm_lui_addiw_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sw(6, 7, 0), 4),  # sw
    ]


def guard_st_w_imm_lui_addiw_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))))


def emit_st_w_imm_lui_addiw_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sw(6, 7, 0), 4),  # sw
    ]


def guard_ldx_d_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_ldx_d_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_ld(RV_OF_BPF[dst], RV_OF_BPF[src], (_sx(off, 16) & 0xffffffffffffffff)), 4),  # ld
    ]


def guard_ldx_d_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_ldx_d_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_ld(RV_OF_BPF[dst], 6, 0), 4),  # ld
    ]


def guard_ldx_d_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_ldx_d_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_ld(RV_OF_BPF[dst], 6, 0), 4),  # ld
    ]


def guard_stx_d_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_stx_d_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_sd(RV_OF_BPF[dst], RV_OF_BPF[src], (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sd
    ]


def guard_stx_d_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_stx_d_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sd(6, RV_OF_BPF[src], 0), 4),  # sd
    ]


def guard_stx_d_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_stx_d_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sd(6, RV_OF_BPF[src], 0), 4),  # sd
    ]


def guard_st_d_imm0_off12(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_st_d_imm0_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_sd(RV_OF_BPF[dst], 0, (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sd
    ]


def guard_st_d_imm0_off_lui(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))))


def emit_st_d_imm0_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sd(6, 0, 0), 4),  # sd
    ]


def guard_st_d_imm0_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))))


def emit_st_d_imm0_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sd(6, 0, 0), 4),  # sd
    ]


def guard_st_d_imm_imm12_off12(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_st_d_imm_imm12_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        (rv_sd(RV_OF_BPF[dst], 7, (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sd
    ]


def guard_st_d_imm_imm12_off_lui(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))))


def emit_st_d_imm_imm12_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sd(6, 7, 0), 4),  # sd
    ]


def guard_st_d_imm_imm12_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))))


def emit_st_d_imm_imm12_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sd(6, 7, 0), 4),  # sd
    ]


def guard_st_d_imm_lui_off12(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_st_d_imm_lui_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        (rv_sd(RV_OF_BPF[dst], 7, (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sd
    ]


def guard_st_d_imm_lui_off_lui(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))))


def emit_st_d_imm_lui_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sd(6, 7, 0), 4),  # sd
    ]


def guard_st_d_imm_lui_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))))


def emit_st_d_imm_lui_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sd(6, 7, 0), 4),  # sd
    ]


def guard_st_d_imm_lui_addiw_off12(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_st_d_imm_lui_addiw_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        (rv_sd(RV_OF_BPF[dst], 7, (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sd
    ]


def guard_st_d_imm_lui_addiw_off_lui(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))))


def emit_st_d_imm_lui_addiw_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sd(6, 7, 0), 4),  # sd
    ]


def guard_st_d_imm_lui_addiw_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))))


def emit_st_d_imm_lui_addiw_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sd(6, 7, 0), 4),  # sd
    ]


def guard_atomic_w_add_off0(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_w_add_off0(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoadd_w(0, RV_OF_BPF[src], RV_OF_BPF[dst], 0, 0), 4),  # amoadd.w
    ]


def guard_atomic_w_add_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_w_add_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoadd_w(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoadd.w
    ]


def guard_atomic_w_add_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_w_add_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoadd_w(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoadd.w
    ]


def guard_atomic_w_add_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_w_add_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoadd_w(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoadd.w
    ]


def guard_atomic_w_fetch_add_off0_zba(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_w_fetch_add_off0_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoadd_w(RV_OF_BPF[src], RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # amoadd.w
        (rv_add_uw(RV_OF_BPF[src], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_atomic_w_fetch_add_off0(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_w_fetch_add_off0(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoadd_w(RV_OF_BPF[src], RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # amoadd.w
        enc_slli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
    ]


def guard_atomic_w_fetch_add_off12_zba(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_w_fetch_add_off12_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoadd_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoadd.w
        (rv_add_uw(RV_OF_BPF[src], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_atomic_w_fetch_add_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_w_fetch_add_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoadd_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoadd.w
        enc_slli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
    ]


def guard_atomic_w_fetch_add_off_lui_zba(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_w_fetch_add_off_lui_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoadd_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoadd.w
        (rv_add_uw(RV_OF_BPF[src], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_atomic_w_fetch_add_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_w_fetch_add_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoadd_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoadd.w
        enc_slli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
    ]


def guard_atomic_w_fetch_add_off_lui_addiw_zba(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_w_fetch_add_off_lui_addiw_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoadd_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoadd.w
        (rv_add_uw(RV_OF_BPF[src], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_atomic_w_fetch_add_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_w_fetch_add_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoadd_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoadd.w
        enc_slli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
    ]


def guard_atomic_w_or_off0(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_w_or_off0(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoor_w(0, RV_OF_BPF[src], RV_OF_BPF[dst], 0, 0), 4),  # amoor.w
    ]


def guard_atomic_w_or_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_w_or_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoor_w(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoor.w
    ]


def guard_atomic_w_or_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_w_or_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoor_w(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoor.w
    ]


def guard_atomic_w_or_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_w_or_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoor_w(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoor.w
    ]


def guard_atomic_w_fetch_or_off0_zba(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_w_fetch_or_off0_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoor_w(RV_OF_BPF[src], RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # amoor.w
        (rv_add_uw(RV_OF_BPF[src], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_atomic_w_fetch_or_off0(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_w_fetch_or_off0(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoor_w(RV_OF_BPF[src], RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # amoor.w
        enc_slli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
    ]


def guard_atomic_w_fetch_or_off12_zba(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_w_fetch_or_off12_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoor_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoor.w
        (rv_add_uw(RV_OF_BPF[src], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_atomic_w_fetch_or_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_w_fetch_or_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoor_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoor.w
        enc_slli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
    ]


def guard_atomic_w_fetch_or_off_lui_zba(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_w_fetch_or_off_lui_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoor_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoor.w
        (rv_add_uw(RV_OF_BPF[src], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_atomic_w_fetch_or_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_w_fetch_or_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoor_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoor.w
        enc_slli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
    ]


def guard_atomic_w_fetch_or_off_lui_addiw_zba(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_w_fetch_or_off_lui_addiw_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoor_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoor.w
        (rv_add_uw(RV_OF_BPF[src], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_atomic_w_fetch_or_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_w_fetch_or_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoor_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoor.w
        enc_slli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
    ]


def guard_atomic_w_and_off0(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_w_and_off0(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoand_w(0, RV_OF_BPF[src], RV_OF_BPF[dst], 0, 0), 4),  # amoand.w
    ]


def guard_atomic_w_and_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_w_and_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoand_w(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoand.w
    ]


def guard_atomic_w_and_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_w_and_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoand_w(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoand.w
    ]


def guard_atomic_w_and_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_w_and_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoand_w(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoand.w
    ]


def guard_atomic_w_fetch_and_off0_zba(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_w_fetch_and_off0_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoand_w(RV_OF_BPF[src], RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # amoand.w
        (rv_add_uw(RV_OF_BPF[src], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_atomic_w_fetch_and_off0(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_w_fetch_and_off0(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoand_w(RV_OF_BPF[src], RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # amoand.w
        enc_slli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
    ]


def guard_atomic_w_fetch_and_off12_zba(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_w_fetch_and_off12_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoand_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoand.w
        (rv_add_uw(RV_OF_BPF[src], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_atomic_w_fetch_and_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_w_fetch_and_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoand_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoand.w
        enc_slli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
    ]


def guard_atomic_w_fetch_and_off_lui_zba(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_w_fetch_and_off_lui_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoand_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoand.w
        (rv_add_uw(RV_OF_BPF[src], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_atomic_w_fetch_and_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_w_fetch_and_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoand_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoand.w
        enc_slli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
    ]


def guard_atomic_w_fetch_and_off_lui_addiw_zba(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_w_fetch_and_off_lui_addiw_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoand_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoand.w
        (rv_add_uw(RV_OF_BPF[src], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_atomic_w_fetch_and_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_w_fetch_and_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoand_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoand.w
        enc_slli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
    ]


def guard_atomic_w_xor_off0(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_w_xor_off0(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoxor_w(0, RV_OF_BPF[src], RV_OF_BPF[dst], 0, 0), 4),  # amoxor.w
    ]


def guard_atomic_w_xor_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_w_xor_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoxor_w(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoxor.w
    ]


def guard_atomic_w_xor_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_w_xor_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoxor_w(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoxor.w
    ]


def guard_atomic_w_xor_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_w_xor_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoxor_w(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoxor.w
    ]


def guard_atomic_w_fetch_xor_off0_zba(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_w_fetch_xor_off0_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoxor_w(RV_OF_BPF[src], RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # amoxor.w
        (rv_add_uw(RV_OF_BPF[src], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_atomic_w_fetch_xor_off0(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_w_fetch_xor_off0(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoxor_w(RV_OF_BPF[src], RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # amoxor.w
        enc_slli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
    ]


def guard_atomic_w_fetch_xor_off12_zba(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_w_fetch_xor_off12_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoxor_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoxor.w
        (rv_add_uw(RV_OF_BPF[src], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_atomic_w_fetch_xor_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_w_fetch_xor_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoxor_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoxor.w
        enc_slli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
    ]


def guard_atomic_w_fetch_xor_off_lui_zba(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_w_fetch_xor_off_lui_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoxor_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoxor.w
        (rv_add_uw(RV_OF_BPF[src], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_atomic_w_fetch_xor_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_w_fetch_xor_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoxor_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoxor.w
        enc_slli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
    ]


def guard_atomic_w_fetch_xor_off_lui_addiw_zba(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_w_fetch_xor_off_lui_addiw_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoxor_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoxor.w
        (rv_add_uw(RV_OF_BPF[src], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_atomic_w_fetch_xor_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_w_fetch_xor_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoxor_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoxor.w
        enc_slli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
    ]


def guard_atomic_w_xchg_off0_zba(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_w_xchg_off0_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoswap_w(RV_OF_BPF[src], RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # amoswap.w
        (rv_add_uw(RV_OF_BPF[src], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_atomic_w_xchg_off0(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_w_xchg_off0(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoswap_w(RV_OF_BPF[src], RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # amoswap.w
        enc_slli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
    ]


def guard_atomic_w_xchg_off12_zba(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_w_xchg_off12_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoswap_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoswap.w
        (rv_add_uw(RV_OF_BPF[src], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_atomic_w_xchg_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_w_xchg_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoswap_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoswap.w
        enc_slli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
    ]


def guard_atomic_w_xchg_off_lui_zba(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_w_xchg_off_lui_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoswap_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoswap.w
        (rv_add_uw(RV_OF_BPF[src], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_atomic_w_xchg_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_w_xchg_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoswap_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoswap.w
        enc_slli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
    ]


def guard_atomic_w_xchg_off_lui_addiw_zba(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_w_xchg_off_lui_addiw_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoswap_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoswap.w
        (rv_add_uw(RV_OF_BPF[src], RV_OF_BPF[src], 0), 4),  # add.uw
    ]


def guard_atomic_w_xchg_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_w_xchg_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoswap_w(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoswap.w
        enc_slli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
        enc_srli(RV_OF_BPF[src], RV_OF_BPF[src], 0x20, rvc),
    ]


def guard_atomic_w_cmpxchg_off0_zacas_zba(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_w_cmpxchg_off0_zacas_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amocas_w(0xf, RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # amocas.w
        (rv_add_uw(0xf, 0xf, 0), 4),  # add.uw
    ]


def guard_atomic_w_cmpxchg_off0_zacas(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_w_cmpxchg_off0_zacas(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amocas_w(0xf, RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # amocas.w
        enc_slli(0xf, 0xf, 0x20, rvc),
        enc_srli(0xf, 0xf, 0x20, rvc),
    ]


def guard_atomic_w_cmpxchg_off12_zacas_zba(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_w_cmpxchg_off12_zacas_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amocas_w(0xf, RV_OF_BPF[src], 6, 1, 1), 4),  # amocas.w
        (rv_add_uw(0xf, 0xf, 0), 4),  # add.uw
    ]


def guard_atomic_w_cmpxchg_off12_zacas(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_w_cmpxchg_off12_zacas(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amocas_w(0xf, RV_OF_BPF[src], 6, 1, 1), 4),  # amocas.w
        enc_slli(0xf, 0xf, 0x20, rvc),
        enc_srli(0xf, 0xf, 0x20, rvc),
    ]


def guard_atomic_w_cmpxchg_off_lui_zacas_zba(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_w_cmpxchg_off_lui_zacas_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amocas_w(0xf, RV_OF_BPF[src], 6, 1, 1), 4),  # amocas.w
        (rv_add_uw(0xf, 0xf, 0), 4),  # add.uw
    ]


def guard_atomic_w_cmpxchg_off_lui_zacas(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_w_cmpxchg_off_lui_zacas(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amocas_w(0xf, RV_OF_BPF[src], 6, 1, 1), 4),  # amocas.w
        enc_slli(0xf, 0xf, 0x20, rvc),
        enc_srli(0xf, 0xf, 0x20, rvc),
    ]


def guard_atomic_w_cmpxchg_off_lui_addiw_zacas_zba(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_w_cmpxchg_off_lui_addiw_zacas_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amocas_w(0xf, RV_OF_BPF[src], 6, 1, 1), 4),  # amocas.w
        (rv_add_uw(0xf, 0xf, 0), 4),  # add.uw
    ]


def guard_atomic_w_cmpxchg_off_lui_addiw_zacas(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_w_cmpxchg_off_lui_addiw_zacas(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amocas_w(0xf, RV_OF_BPF[src], 6, 1, 1), 4),  # amocas.w
        enc_slli(0xf, 0xf, 0x20, rvc),
        enc_srli(0xf, 0xf, 0x20, rvc),
    ]


def guard_atomic_w_cmpxchg_off0_zba(dst, src, off, imm, imm64, dist):
    return ((off == 0) and (dst != 0))


def emit_atomic_w_cmpxchg_off0_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addiw(7, 0xf, 0, rvc),
        (rv_lr_w(0xf, RV_OF_BPF[dst], 1, 0), 4),  # lr.w
        (rv_bne(0xf, 7, 0xc), 4),  # bne
        (rv_sc_w(0x1c, RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # sc.w
        (rv_bne(0x1c, 0, 0xfffffffffffffff4), 4),  # bne
        (rv_add_uw(0xf, 0xf, 0), 4),  # add.uw
    ]


def guard_atomic_w_cmpxchg_off0(dst, src, off, imm, imm64, dist):
    return ((off == 0) and (dst != 0))


def emit_atomic_w_cmpxchg_off0(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addiw(7, 0xf, 0, rvc),
        (rv_lr_w(0xf, RV_OF_BPF[dst], 1, 0), 4),  # lr.w
        (rv_bne(0xf, 7, 0xc), 4),  # bne
        (rv_sc_w(0x1c, RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # sc.w
        (rv_bne(0x1c, 0, 0xfffffffffffffff4), 4),  # bne
        enc_slli(0xf, 0xf, 0x20, rvc),
        enc_srli(0xf, 0xf, 0x20, rvc),
    ]


def guard_atomic_w_cmpxchg_off12_zba(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_w_cmpxchg_off12_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        enc_addiw(7, 0xf, 0, rvc),
        (rv_lr_w(0xf, 6, 1, 0), 4),  # lr.w
        (rv_bne(0xf, 7, 0xc), 4),  # bne
        (rv_sc_w(0x1c, RV_OF_BPF[src], 6, 1, 1), 4),  # sc.w
        (rv_bne(0x1c, 0, 0xfffffffffffffff4), 4),  # bne
        (rv_add_uw(0xf, 0xf, 0), 4),  # add.uw
    ]


def guard_atomic_w_cmpxchg_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_w_cmpxchg_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        enc_addiw(7, 0xf, 0, rvc),
        (rv_lr_w(0xf, 6, 1, 0), 4),  # lr.w
        (rv_bne(0xf, 7, 0xc), 4),  # bne
        (rv_sc_w(0x1c, RV_OF_BPF[src], 6, 1, 1), 4),  # sc.w
        (rv_bne(0x1c, 0, 0xfffffffffffffff4), 4),  # bne
        enc_slli(0xf, 0xf, 0x20, rvc),
        enc_srli(0xf, 0xf, 0x20, rvc),
    ]


def guard_atomic_w_cmpxchg_off_lui_zba(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_w_cmpxchg_off_lui_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        enc_addiw(7, 0xf, 0, rvc),
        (rv_lr_w(0xf, 6, 1, 0), 4),  # lr.w
        (rv_bne(0xf, 7, 0xc), 4),  # bne
        (rv_sc_w(0x1c, RV_OF_BPF[src], 6, 1, 1), 4),  # sc.w
        (rv_bne(0x1c, 0, 0xfffffffffffffff4), 4),  # bne
        (rv_add_uw(0xf, 0xf, 0), 4),  # add.uw
    ]


def guard_atomic_w_cmpxchg_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_w_cmpxchg_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        enc_addiw(7, 0xf, 0, rvc),
        (rv_lr_w(0xf, 6, 1, 0), 4),  # lr.w
        (rv_bne(0xf, 7, 0xc), 4),  # bne
        (rv_sc_w(0x1c, RV_OF_BPF[src], 6, 1, 1), 4),  # sc.w
        (rv_bne(0x1c, 0, 0xfffffffffffffff4), 4),  # bne
        enc_slli(0xf, 0xf, 0x20, rvc),
        enc_srli(0xf, 0xf, 0x20, rvc),
    ]


def guard_atomic_w_cmpxchg_off_lui_addiw_zba(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_w_cmpxchg_off_lui_addiw_zba(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        enc_addiw(7, 0xf, 0, rvc),
        (rv_lr_w(0xf, 6, 1, 0), 4),  # lr.w
        (rv_bne(0xf, 7, 0xc), 4),  # bne
        (rv_sc_w(0x1c, RV_OF_BPF[src], 6, 1, 1), 4),  # sc.w
        (rv_bne(0x1c, 0, 0xfffffffffffffff4), 4),  # bne
        (rv_add_uw(0xf, 0xf, 0), 4),  # add.uw
    ]


def guard_atomic_w_cmpxchg_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_w_cmpxchg_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        enc_addiw(7, 0xf, 0, rvc),
        (rv_lr_w(0xf, 6, 1, 0), 4),  # lr.w
        (rv_bne(0xf, 7, 0xc), 4),  # bne
        (rv_sc_w(0x1c, RV_OF_BPF[src], 6, 1, 1), 4),  # sc.w
        (rv_bne(0x1c, 0, 0xfffffffffffffff4), 4),  # bne
        enc_slli(0xf, 0xf, 0x20, rvc),
        enc_srli(0xf, 0xf, 0x20, rvc),
    ]


def guard_atomic_d_add_off0(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_d_add_off0(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoadd_d(0, RV_OF_BPF[src], RV_OF_BPF[dst], 0, 0), 4),  # amoadd.d
    ]


def guard_atomic_d_add_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_d_add_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoadd_d(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoadd.d
    ]


def guard_atomic_d_add_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_d_add_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoadd_d(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoadd.d
    ]


def guard_atomic_d_add_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_d_add_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoadd_d(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoadd.d
    ]


def guard_atomic_d_fetch_add_off0(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_d_fetch_add_off0(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoadd_d(RV_OF_BPF[src], RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # amoadd.d
    ]


def guard_atomic_d_fetch_add_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_d_fetch_add_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoadd_d(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoadd.d
    ]


def guard_atomic_d_fetch_add_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_d_fetch_add_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoadd_d(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoadd.d
    ]


def guard_atomic_d_fetch_add_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_d_fetch_add_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoadd_d(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoadd.d
    ]


def guard_atomic_d_or_off0(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_d_or_off0(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoor_d(0, RV_OF_BPF[src], RV_OF_BPF[dst], 0, 0), 4),  # amoor.d
    ]


def guard_atomic_d_or_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_d_or_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoor_d(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoor.d
    ]


def guard_atomic_d_or_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_d_or_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoor_d(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoor.d
    ]


def guard_atomic_d_or_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_d_or_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoor_d(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoor.d
    ]


def guard_atomic_d_fetch_or_off0(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_d_fetch_or_off0(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoor_d(RV_OF_BPF[src], RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # amoor.d
    ]


def guard_atomic_d_fetch_or_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_d_fetch_or_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoor_d(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoor.d
    ]


def guard_atomic_d_fetch_or_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_d_fetch_or_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoor_d(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoor.d
    ]


def guard_atomic_d_fetch_or_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_d_fetch_or_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoor_d(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoor.d
    ]


def guard_atomic_d_and_off0(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_d_and_off0(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoand_d(0, RV_OF_BPF[src], RV_OF_BPF[dst], 0, 0), 4),  # amoand.d
    ]


def guard_atomic_d_and_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_d_and_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoand_d(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoand.d
    ]


def guard_atomic_d_and_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_d_and_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoand_d(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoand.d
    ]


def guard_atomic_d_and_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_d_and_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoand_d(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoand.d
    ]


def guard_atomic_d_fetch_and_off0(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_d_fetch_and_off0(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoand_d(RV_OF_BPF[src], RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # amoand.d
    ]


def guard_atomic_d_fetch_and_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_d_fetch_and_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoand_d(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoand.d
    ]


def guard_atomic_d_fetch_and_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_d_fetch_and_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoand_d(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoand.d
    ]


def guard_atomic_d_fetch_and_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_d_fetch_and_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoand_d(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoand.d
    ]


def guard_atomic_d_xor_off0(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_d_xor_off0(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoxor_d(0, RV_OF_BPF[src], RV_OF_BPF[dst], 0, 0), 4),  # amoxor.d
    ]


def guard_atomic_d_xor_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_d_xor_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoxor_d(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoxor.d
    ]


def guard_atomic_d_xor_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_d_xor_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoxor_d(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoxor.d
    ]


def guard_atomic_d_xor_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_d_xor_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoxor_d(0, RV_OF_BPF[src], 6, 0, 0), 4),  # amoxor.d
    ]


def guard_atomic_d_fetch_xor_off0(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_d_fetch_xor_off0(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoxor_d(RV_OF_BPF[src], RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # amoxor.d
    ]


def guard_atomic_d_fetch_xor_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_d_fetch_xor_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoxor_d(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoxor.d
    ]


def guard_atomic_d_fetch_xor_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_d_fetch_xor_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoxor_d(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoxor.d
    ]


def guard_atomic_d_fetch_xor_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_d_fetch_xor_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoxor_d(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoxor.d
    ]


def guard_atomic_d_xchg_off0(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_d_xchg_off0(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amoswap_d(RV_OF_BPF[src], RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # amoswap.d
    ]


def guard_atomic_d_xchg_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_d_xchg_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amoswap_d(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoswap.d
    ]


def guard_atomic_d_xchg_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_d_xchg_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoswap_d(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoswap.d
    ]


def guard_atomic_d_xchg_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_d_xchg_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amoswap_d(RV_OF_BPF[src], RV_OF_BPF[src], 6, 1, 1), 4),  # amoswap.d
    ]


def guard_atomic_d_cmpxchg_off0_zacas(dst, src, off, imm, imm64, dist):
    return ((off == 0) and True)


def emit_atomic_d_cmpxchg_off0_zacas(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_amocas_d(0xf, RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # amocas.d
    ]


def guard_atomic_d_cmpxchg_off12_zacas(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_d_cmpxchg_off12_zacas(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        (rv_amocas_d(0xf, RV_OF_BPF[src], 6, 1, 1), 4),  # amocas.d
    ]


def guard_atomic_d_cmpxchg_off_lui_zacas(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_d_cmpxchg_off_lui_zacas(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amocas_d(0xf, RV_OF_BPF[src], 6, 1, 1), 4),  # amocas.d
    ]


def guard_atomic_d_cmpxchg_off_lui_addiw_zacas(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_d_cmpxchg_off_lui_addiw_zacas(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_amocas_d(0xf, RV_OF_BPF[src], 6, 1, 1), 4),  # amocas.d
    ]


def guard_atomic_d_cmpxchg_off0(dst, src, off, imm, imm64, dist):
    return ((off == 0) and (dst != 0))


def emit_atomic_d_cmpxchg_off0(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(7, 0xf, 0, rvc),
        (rv_lr_d(0xf, RV_OF_BPF[dst], 1, 0), 4),  # lr.d
        (rv_bne(0xf, 7, 0xc), 4),  # bne
        (rv_sc_d(0x1c, RV_OF_BPF[src], RV_OF_BPF[dst], 1, 1), 4),  # sc.d
        (rv_bne(0x1c, 0, 0xfffffffffffffff4), 4),  # bne
    ]


def guard_atomic_d_cmpxchg_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_atomic_d_cmpxchg_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_addi(6, RV_OF_BPF[dst], (_sx(off, 16) & 0xffffffffffffffff), rvc),
        enc_addi(7, 0xf, 0, rvc),
        (rv_lr_d(0xf, 6, 1, 0), 4),  # lr.d
        (rv_bne(0xf, 7, 0xc), 4),  # bne
        (rv_sc_d(0x1c, RV_OF_BPF[src], 6, 1, 1), 4),  # sc.d
        (rv_bne(0x1c, 0, 0xfffffffffffffff4), 4),  # bne
    ]


def guard_atomic_d_cmpxchg_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_atomic_d_cmpxchg_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        enc_addi(7, 0xf, 0, rvc),
        (rv_lr_d(0xf, 6, 1, 0), 4),  # lr.d
        (rv_bne(0xf, 7, 0xc), 4),  # bne
        (rv_sc_d(0x1c, RV_OF_BPF[src], 6, 1, 1), 4),  # sc.d
        (rv_bne(0x1c, 0, 0xfffffffffffffff4), 4),  # bne
    ]


def guard_atomic_d_cmpxchg_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_atomic_d_cmpxchg_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        enc_addi(7, 0xf, 0, rvc),
        (rv_lr_d(0xf, 6, 1, 0), 4),  # lr.d
        (rv_bne(0xf, 7, 0xc), 4),  # bne
        (rv_sc_d(0x1c, RV_OF_BPF[src], 6, 1, 1), 4),  # sc.d
        (rv_bne(0x1c, 0, 0xfffffffffffffff4), 4),  # bne
    ]


def guard_load_acquire_b_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_load_acquire_b_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lbu(RV_OF_BPF[dst], RV_OF_BPF[src], (_sx(off, 16) & 0xffffffffffffffff)), 4),  # lbu
        (rv_fence(2, 3), 4),  # fence
    ]


def guard_load_acquire_b_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_load_acquire_b_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_lbu(RV_OF_BPF[dst], 6, 0), 4),  # lbu
        (rv_fence(2, 3), 4),  # fence
    ]


def guard_load_acquire_b_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_load_acquire_b_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_lbu(RV_OF_BPF[dst], 6, 0), 4),  # lbu
        (rv_fence(2, 3), 4),  # fence
    ]


def guard_store_release_b_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_store_release_b_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_fence(3, 1), 4),  # fence
        (rv_sb(RV_OF_BPF[dst], RV_OF_BPF[src], (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sb
    ]


def guard_store_release_b_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_store_release_b_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_fence(3, 1), 4),  # fence
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sb(6, RV_OF_BPF[src], 0), 4),  # sb
    ]


def guard_store_release_b_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_store_release_b_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_fence(3, 1), 4),  # fence
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sb(6, RV_OF_BPF[src], 0), 4),  # sb
    ]


def guard_load_acquire_h_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_load_acquire_h_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lhu(RV_OF_BPF[dst], RV_OF_BPF[src], (_sx(off, 16) & 0xffffffffffffffff)), 4),  # lhu
        (rv_fence(2, 3), 4),  # fence
    ]


def guard_load_acquire_h_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_load_acquire_h_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_lhu(RV_OF_BPF[dst], 6, 0), 4),  # lhu
        (rv_fence(2, 3), 4),  # fence
    ]


def guard_load_acquire_h_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_load_acquire_h_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_lhu(RV_OF_BPF[dst], 6, 0), 4),  # lhu
        (rv_fence(2, 3), 4),  # fence
    ]


def guard_store_release_h_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_store_release_h_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_fence(3, 1), 4),  # fence
        (rv_sh(RV_OF_BPF[dst], RV_OF_BPF[src], (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sh
    ]


def guard_store_release_h_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_store_release_h_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_fence(3, 1), 4),  # fence
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sh(6, RV_OF_BPF[src], 0), 4),  # sh
    ]


def guard_store_release_h_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_store_release_h_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_fence(3, 1), 4),  # fence
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sh(6, RV_OF_BPF[src], 0), 4),  # sh
    ]


def guard_load_acquire_w_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_load_acquire_w_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lwu(RV_OF_BPF[dst], RV_OF_BPF[src], (_sx(off, 16) & 0xffffffffffffffff)), 4),  # lwu
        (rv_fence(2, 3), 4),  # fence
    ]


def guard_load_acquire_w_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_load_acquire_w_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_lwu(RV_OF_BPF[dst], 6, 0), 4),  # lwu
        (rv_fence(2, 3), 4),  # fence
    ]


def guard_load_acquire_w_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_load_acquire_w_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_lwu(RV_OF_BPF[dst], 6, 0), 4),  # lwu
        (rv_fence(2, 3), 4),  # fence
    ]


def guard_store_release_w_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_store_release_w_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_fence(3, 1), 4),  # fence
        (rv_sw(RV_OF_BPF[dst], RV_OF_BPF[src], (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sw
    ]


def guard_store_release_w_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_store_release_w_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_fence(3, 1), 4),  # fence
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sw(6, RV_OF_BPF[src], 0), 4),  # sw
    ]


def guard_store_release_w_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_store_release_w_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_fence(3, 1), 4),  # fence
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sw(6, RV_OF_BPF[src], 0), 4),  # sw
    ]


def guard_load_acquire_d_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_load_acquire_d_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_ld(RV_OF_BPF[dst], RV_OF_BPF[src], (_sx(off, 16) & 0xffffffffffffffff)), 4),  # ld
        (rv_fence(2, 3), 4),  # fence
    ]


def guard_load_acquire_d_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_load_acquire_d_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_ld(RV_OF_BPF[dst], 6, 0), 4),  # ld
        (rv_fence(2, 3), 4),  # fence
    ]


def guard_load_acquire_d_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_load_acquire_d_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[src], rvc),
        (rv_ld(RV_OF_BPF[dst], 6, 0), 4),  # ld
        (rv_fence(2, 3), 4),  # fence
    ]


def guard_store_release_d_off12(dst, src, off, imm, imm64, dist):
    return ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))


def emit_store_release_d_off12(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_fence(3, 1), 4),  # fence
        (rv_sd(RV_OF_BPF[dst], RV_OF_BPF[src], (_sx(off, 16) & 0xffffffffffffffff)), 4),  # sd
    ]


def guard_store_release_d_off_lui(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and (((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)) and ((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)))


def emit_store_release_d_off_lui(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_fence(3, 1), 4),  # fence
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sd(6, RV_OF_BPF[src], 0), 4),  # sd
    ]


def guard_store_release_d_off_lui_addiw(dst, src, off, imm, imm64, dist):
    return ((not ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff))) and ((_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(off, 16) & 0xffffffffffffffff)))


def emit_store_release_d_off_lui_addiw(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_fence(3, 1), 4),  # fence
        enc_lui(6, (((((_sx(off, 16) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff), rvc),
        enc_addiw(6, 6, (_sx((((_sx(off, 16) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff), rvc),
        enc_add(6, 6, RV_OF_BPF[dst], rvc),
        (rv_sd(6, RV_OF_BPF[src], 0), 4),  # sd
    ]


def guard_exit_fallthrough(dst, src, off, imm, imm64, dist):
    return (dist == 0)


def emit_exit_fallthrough(dst, src, off, imm, imm64, dist, rvc):
    return []


def guard_exit_cj(dst, src, off, imm, imm64, dist):
    return ((dist != 0) and ((_sx(((dist >> 0) & 0xfff), 12) & 0xffffffffffffffff) == dist))


def emit_exit_cj(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rvc_j(dist), 2),  # c.j
    ]


def guard_exit_jal(dst, src, off, imm, imm64, dist):
    return ((dist != 0) and ((_sx(((dist >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == dist))


def emit_exit_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_jal(0, dist), 4),  # jal
    ]


def guard_exit_far(dst, src, off, imm, imm64, dist):
    return ((_sx(dist, 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(dist, 64) < _sx(0x7ffff800, 64)))


def emit_exit_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_auipc(6, ((((dist + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((dist >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_ja_fallthrough(dst, src, off, imm, imm64, dist):
    return (dist == 0)


def emit_ja_fallthrough(dst, src, off, imm, imm64, dist, rvc):
    return []


def guard_ja_cj(dst, src, off, imm, imm64, dist):
    return ((dist != 0) and ((_sx(((dist >> 0) & 0xfff), 12) & 0xffffffffffffffff) == dist))


def emit_ja_cj(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rvc_j(dist), 2),  # c.j
    ]


def guard_ja_jal(dst, src, off, imm, imm64, dist):
    return ((dist != 0) and ((_sx(((dist >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == dist))


def emit_ja_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_jal(0, dist), 4),  # jal
    ]


def guard_ja_far(dst, src, off, imm, imm64, dist):
    return ((_sx(dist, 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(dist, 64) < _sx(0x7ffff800, 64)))


def emit_ja_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_auipc(6, ((((dist + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((dist >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_gotol_fallthrough(dst, src, off, imm, imm64, dist):
    return (dist == 0)


def emit_gotol_fallthrough(dst, src, off, imm, imm64, dist, rvc):
    return []


def guard_gotol_cj(dst, src, off, imm, imm64, dist):
    return ((dist != 0) and ((_sx(((dist >> 0) & 0xfff), 12) & 0xffffffffffffffff) == dist))


def emit_gotol_cj(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rvc_j(dist), 2),  # c.j
    ]


def guard_gotol_jal(dst, src, off, imm, imm64, dist):
    return ((dist != 0) and ((_sx(((dist >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == dist))


def emit_gotol_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_jal(0, dist), 4),  # jal
    ]


def guard_gotol_far(dst, src, off, imm, imm64, dist):
    return ((_sx(dist, 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(dist, 64) < _sx(0x7ffff800, 64)))


def emit_gotol_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_auipc(6, ((((dist + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((dist >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jeq_k0_near(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 0) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0) & 0xffffffffffffffff)))


def emit_jmp_jeq_k0_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_beq(RV_OF_BPF[dst], 0, ((dist - 0) & 0xffffffffffffffff)), 4),  # beq
    ]


def guard_jmp_jeq_k0_jal(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jeq_k0_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bne(RV_OF_BPF[dst], 0, 8), 4),  # bne
        (rv_jal(0, ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jeq_k0_far(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jeq_k0_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bne(RV_OF_BPF[dst], 0, 0xc), 4),  # bne
        (rv_auipc(6, ((((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jeq_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jeq_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_beq(RV_OF_BPF[dst], 7, ((dist - 4) & 0xffffffffffffffff)), 4),  # beq
    ]


def guard_jmp_jeq_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jeq_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bne(RV_OF_BPF[dst], 7, 8), 4),  # bne
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jeq_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jeq_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bne(RV_OF_BPF[dst], 7, 0xc), 4),  # bne
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jeq_k_lui_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jeq_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_beq(RV_OF_BPF[dst], 7, ((dist - 4) & 0xffffffffffffffff)), 4),  # beq
    ]


def guard_jmp_jeq_k_lui_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jeq_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bne(RV_OF_BPF[dst], 7, 8), 4),  # bne
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jeq_k_lui_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jeq_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bne(RV_OF_BPF[dst], 7, 0xc), 4),  # bne
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jeq_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp_jeq_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_beq(RV_OF_BPF[dst], 7, ((dist - 8) & 0xffffffffffffffff)), 4),  # beq
    ]


def guard_jmp_jeq_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jeq_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bne(RV_OF_BPF[dst], 7, 8), 4),  # bne
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jeq_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jeq_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bne(RV_OF_BPF[dst], 7, 0xc), 4),  # bne
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jeq_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 0) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0) & 0xffffffffffffffff)))


def emit_jmp_jeq_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_beq(RV_OF_BPF[dst], RV_OF_BPF[src], ((dist - 0) & 0xffffffffffffffff)), 4),  # beq
    ]


def guard_jmp_jeq_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jeq_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bne(RV_OF_BPF[dst], RV_OF_BPF[src], 8), 4),  # bne
        (rv_jal(0, ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jeq_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jeq_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bne(RV_OF_BPF[dst], RV_OF_BPF[src], 0xc), 4),  # bne
        (rv_auipc(6, ((((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jne_k0_near(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 0) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0) & 0xffffffffffffffff)))


def emit_jmp_jne_k0_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bne(RV_OF_BPF[dst], 0, ((dist - 0) & 0xffffffffffffffff)), 4),  # bne
    ]


def guard_jmp_jne_k0_jal(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jne_k0_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_beq(RV_OF_BPF[dst], 0, 8), 4),  # beq
        (rv_jal(0, ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jne_k0_far(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jne_k0_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_beq(RV_OF_BPF[dst], 0, 0xc), 4),  # beq
        (rv_auipc(6, ((((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jne_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jne_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bne(RV_OF_BPF[dst], 7, ((dist - 4) & 0xffffffffffffffff)), 4),  # bne
    ]


def guard_jmp_jne_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jne_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_beq(RV_OF_BPF[dst], 7, 8), 4),  # beq
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jne_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jne_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_beq(RV_OF_BPF[dst], 7, 0xc), 4),  # beq
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jne_k_lui_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jne_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bne(RV_OF_BPF[dst], 7, ((dist - 4) & 0xffffffffffffffff)), 4),  # bne
    ]


def guard_jmp_jne_k_lui_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jne_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_beq(RV_OF_BPF[dst], 7, 8), 4),  # beq
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jne_k_lui_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jne_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_beq(RV_OF_BPF[dst], 7, 0xc), 4),  # beq
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jne_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp_jne_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bne(RV_OF_BPF[dst], 7, ((dist - 8) & 0xffffffffffffffff)), 4),  # bne
    ]


def guard_jmp_jne_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jne_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_beq(RV_OF_BPF[dst], 7, 8), 4),  # beq
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jne_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jne_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_beq(RV_OF_BPF[dst], 7, 0xc), 4),  # beq
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jne_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 0) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0) & 0xffffffffffffffff)))


def emit_jmp_jne_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bne(RV_OF_BPF[dst], RV_OF_BPF[src], ((dist - 0) & 0xffffffffffffffff)), 4),  # bne
    ]


def guard_jmp_jne_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jne_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_beq(RV_OF_BPF[dst], RV_OF_BPF[src], 8), 4),  # beq
        (rv_jal(0, ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jne_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jne_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_beq(RV_OF_BPF[dst], RV_OF_BPF[src], 0xc), 4),  # beq
        (rv_auipc(6, ((((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jgt_k0_near(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 0) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0) & 0xffffffffffffffff)))


def emit_jmp_jgt_k0_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bltu(0, RV_OF_BPF[dst], ((dist - 0) & 0xffffffffffffffff)), 4),  # bltu
    ]


def guard_jmp_jgt_k0_jal(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jgt_k0_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bgeu(0, RV_OF_BPF[dst], 8), 4),  # bgeu
        (rv_jal(0, ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jgt_k0_far(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jgt_k0_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bgeu(0, RV_OF_BPF[dst], 0xc), 4),  # bgeu
        (rv_auipc(6, ((((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jgt_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jgt_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bltu(7, RV_OF_BPF[dst], ((dist - 4) & 0xffffffffffffffff)), 4),  # bltu
    ]


def guard_jmp_jgt_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jgt_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bgeu(7, RV_OF_BPF[dst], 8), 4),  # bgeu
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jgt_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jgt_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bgeu(7, RV_OF_BPF[dst], 0xc), 4),  # bgeu
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jgt_k_lui_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jgt_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bltu(7, RV_OF_BPF[dst], ((dist - 4) & 0xffffffffffffffff)), 4),  # bltu
    ]


def guard_jmp_jgt_k_lui_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jgt_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bgeu(7, RV_OF_BPF[dst], 8), 4),  # bgeu
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jgt_k_lui_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jgt_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bgeu(7, RV_OF_BPF[dst], 0xc), 4),  # bgeu
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jgt_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp_jgt_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bltu(7, RV_OF_BPF[dst], ((dist - 8) & 0xffffffffffffffff)), 4),  # bltu
    ]


def guard_jmp_jgt_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jgt_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bgeu(7, RV_OF_BPF[dst], 8), 4),  # bgeu
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jgt_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jgt_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bgeu(7, RV_OF_BPF[dst], 0xc), 4),  # bgeu
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jgt_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 0) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0) & 0xffffffffffffffff)))


def emit_jmp_jgt_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bltu(RV_OF_BPF[src], RV_OF_BPF[dst], ((dist - 0) & 0xffffffffffffffff)), 4),  # bltu
    ]


def guard_jmp_jgt_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jgt_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bgeu(RV_OF_BPF[src], RV_OF_BPF[dst], 8), 4),  # bgeu
        (rv_jal(0, ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jgt_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jgt_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bgeu(RV_OF_BPF[src], RV_OF_BPF[dst], 0xc), 4),  # bgeu
        (rv_auipc(6, ((((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jge_k0_near(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 0) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0) & 0xffffffffffffffff)))


def emit_jmp_jge_k0_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bgeu(RV_OF_BPF[dst], 0, ((dist - 0) & 0xffffffffffffffff)), 4),  # bgeu
    ]


def guard_jmp_jge_k0_jal(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jge_k0_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bltu(RV_OF_BPF[dst], 0, 8), 4),  # bltu
        (rv_jal(0, ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jge_k0_far(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jge_k0_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bltu(RV_OF_BPF[dst], 0, 0xc), 4),  # bltu
        (rv_auipc(6, ((((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jge_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jge_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bgeu(RV_OF_BPF[dst], 7, ((dist - 4) & 0xffffffffffffffff)), 4),  # bgeu
    ]


def guard_jmp_jge_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jge_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bltu(RV_OF_BPF[dst], 7, 8), 4),  # bltu
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jge_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jge_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bltu(RV_OF_BPF[dst], 7, 0xc), 4),  # bltu
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jge_k_lui_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jge_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bgeu(RV_OF_BPF[dst], 7, ((dist - 4) & 0xffffffffffffffff)), 4),  # bgeu
    ]


def guard_jmp_jge_k_lui_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jge_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bltu(RV_OF_BPF[dst], 7, 8), 4),  # bltu
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jge_k_lui_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jge_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bltu(RV_OF_BPF[dst], 7, 0xc), 4),  # bltu
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jge_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp_jge_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bgeu(RV_OF_BPF[dst], 7, ((dist - 8) & 0xffffffffffffffff)), 4),  # bgeu
    ]


def guard_jmp_jge_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jge_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bltu(RV_OF_BPF[dst], 7, 8), 4),  # bltu
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jge_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jge_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bltu(RV_OF_BPF[dst], 7, 0xc), 4),  # bltu
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jge_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 0) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0) & 0xffffffffffffffff)))


def emit_jmp_jge_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bgeu(RV_OF_BPF[dst], RV_OF_BPF[src], ((dist - 0) & 0xffffffffffffffff)), 4),  # bgeu
    ]


def guard_jmp_jge_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jge_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bltu(RV_OF_BPF[dst], RV_OF_BPF[src], 8), 4),  # bltu
        (rv_jal(0, ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jge_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jge_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bltu(RV_OF_BPF[dst], RV_OF_BPF[src], 0xc), 4),  # bltu
        (rv_auipc(6, ((((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jlt_k0_near(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 0) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0) & 0xffffffffffffffff)))


def emit_jmp_jlt_k0_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bltu(RV_OF_BPF[dst], 0, ((dist - 0) & 0xffffffffffffffff)), 4),  # bltu
    ]


def guard_jmp_jlt_k0_jal(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jlt_k0_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bgeu(RV_OF_BPF[dst], 0, 8), 4),  # bgeu
        (rv_jal(0, ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jlt_k0_far(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jlt_k0_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bgeu(RV_OF_BPF[dst], 0, 0xc), 4),  # bgeu
        (rv_auipc(6, ((((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jlt_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jlt_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bltu(RV_OF_BPF[dst], 7, ((dist - 4) & 0xffffffffffffffff)), 4),  # bltu
    ]


def guard_jmp_jlt_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jlt_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bgeu(RV_OF_BPF[dst], 7, 8), 4),  # bgeu
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jlt_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jlt_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bgeu(RV_OF_BPF[dst], 7, 0xc), 4),  # bgeu
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jlt_k_lui_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jlt_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bltu(RV_OF_BPF[dst], 7, ((dist - 4) & 0xffffffffffffffff)), 4),  # bltu
    ]


def guard_jmp_jlt_k_lui_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jlt_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bgeu(RV_OF_BPF[dst], 7, 8), 4),  # bgeu
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jlt_k_lui_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jlt_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bgeu(RV_OF_BPF[dst], 7, 0xc), 4),  # bgeu
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jlt_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp_jlt_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bltu(RV_OF_BPF[dst], 7, ((dist - 8) & 0xffffffffffffffff)), 4),  # bltu
    ]


def guard_jmp_jlt_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jlt_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bgeu(RV_OF_BPF[dst], 7, 8), 4),  # bgeu
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jlt_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jlt_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bgeu(RV_OF_BPF[dst], 7, 0xc), 4),  # bgeu
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jlt_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 0) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0) & 0xffffffffffffffff)))


def emit_jmp_jlt_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bltu(RV_OF_BPF[dst], RV_OF_BPF[src], ((dist - 0) & 0xffffffffffffffff)), 4),  # bltu
    ]


def guard_jmp_jlt_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jlt_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bgeu(RV_OF_BPF[dst], RV_OF_BPF[src], 8), 4),  # bgeu
        (rv_jal(0, ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jlt_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jlt_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bgeu(RV_OF_BPF[dst], RV_OF_BPF[src], 0xc), 4),  # bgeu
        (rv_auipc(6, ((((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jle_k0_near(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 0) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0) & 0xffffffffffffffff)))


def emit_jmp_jle_k0_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bgeu(0, RV_OF_BPF[dst], ((dist - 0) & 0xffffffffffffffff)), 4),  # bgeu
    ]


def guard_jmp_jle_k0_jal(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jle_k0_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bltu(0, RV_OF_BPF[dst], 8), 4),  # bltu
        (rv_jal(0, ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jle_k0_far(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jle_k0_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bltu(0, RV_OF_BPF[dst], 0xc), 4),  # bltu
        (rv_auipc(6, ((((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jle_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jle_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bgeu(7, RV_OF_BPF[dst], ((dist - 4) & 0xffffffffffffffff)), 4),  # bgeu
    ]


def guard_jmp_jle_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jle_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bltu(7, RV_OF_BPF[dst], 8), 4),  # bltu
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jle_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jle_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bltu(7, RV_OF_BPF[dst], 0xc), 4),  # bltu
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jle_k_lui_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jle_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bgeu(7, RV_OF_BPF[dst], ((dist - 4) & 0xffffffffffffffff)), 4),  # bgeu
    ]


def guard_jmp_jle_k_lui_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jle_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bltu(7, RV_OF_BPF[dst], 8), 4),  # bltu
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jle_k_lui_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jle_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bltu(7, RV_OF_BPF[dst], 0xc), 4),  # bltu
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jle_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp_jle_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bgeu(7, RV_OF_BPF[dst], ((dist - 8) & 0xffffffffffffffff)), 4),  # bgeu
    ]


def guard_jmp_jle_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jle_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bltu(7, RV_OF_BPF[dst], 8), 4),  # bltu
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jle_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jle_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bltu(7, RV_OF_BPF[dst], 0xc), 4),  # bltu
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jle_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 0) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0) & 0xffffffffffffffff)))


def emit_jmp_jle_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bgeu(RV_OF_BPF[src], RV_OF_BPF[dst], ((dist - 0) & 0xffffffffffffffff)), 4),  # bgeu
    ]


def guard_jmp_jle_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jle_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bltu(RV_OF_BPF[src], RV_OF_BPF[dst], 8), 4),  # bltu
        (rv_jal(0, ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jle_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jle_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bltu(RV_OF_BPF[src], RV_OF_BPF[dst], 0xc), 4),  # bltu
        (rv_auipc(6, ((((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jsgt_k0_near(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 0) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0) & 0xffffffffffffffff)))


def emit_jmp_jsgt_k0_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_blt(0, RV_OF_BPF[dst], ((dist - 0) & 0xffffffffffffffff)), 4),  # blt
    ]


def guard_jmp_jsgt_k0_jal(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jsgt_k0_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bge(0, RV_OF_BPF[dst], 8), 4),  # bge
        (rv_jal(0, ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jsgt_k0_far(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jsgt_k0_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bge(0, RV_OF_BPF[dst], 0xc), 4),  # bge
        (rv_auipc(6, ((((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jsgt_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jsgt_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_blt(7, RV_OF_BPF[dst], ((dist - 4) & 0xffffffffffffffff)), 4),  # blt
    ]


def guard_jmp_jsgt_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jsgt_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bge(7, RV_OF_BPF[dst], 8), 4),  # bge
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jsgt_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jsgt_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bge(7, RV_OF_BPF[dst], 0xc), 4),  # bge
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jsgt_k_lui_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jsgt_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_blt(7, RV_OF_BPF[dst], ((dist - 4) & 0xffffffffffffffff)), 4),  # blt
    ]


def guard_jmp_jsgt_k_lui_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jsgt_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bge(7, RV_OF_BPF[dst], 8), 4),  # bge
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jsgt_k_lui_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jsgt_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bge(7, RV_OF_BPF[dst], 0xc), 4),  # bge
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jsgt_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp_jsgt_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_blt(7, RV_OF_BPF[dst], ((dist - 8) & 0xffffffffffffffff)), 4),  # blt
    ]


def guard_jmp_jsgt_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jsgt_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bge(7, RV_OF_BPF[dst], 8), 4),  # bge
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jsgt_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jsgt_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bge(7, RV_OF_BPF[dst], 0xc), 4),  # bge
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jsgt_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 0) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0) & 0xffffffffffffffff)))


def emit_jmp_jsgt_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_blt(RV_OF_BPF[src], RV_OF_BPF[dst], ((dist - 0) & 0xffffffffffffffff)), 4),  # blt
    ]


def guard_jmp_jsgt_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jsgt_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bge(RV_OF_BPF[src], RV_OF_BPF[dst], 8), 4),  # bge
        (rv_jal(0, ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jsgt_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jsgt_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bge(RV_OF_BPF[src], RV_OF_BPF[dst], 0xc), 4),  # bge
        (rv_auipc(6, ((((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jsge_k0_near(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 0) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0) & 0xffffffffffffffff)))


def emit_jmp_jsge_k0_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bge(RV_OF_BPF[dst], 0, ((dist - 0) & 0xffffffffffffffff)), 4),  # bge
    ]


def guard_jmp_jsge_k0_jal(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jsge_k0_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_blt(RV_OF_BPF[dst], 0, 8), 4),  # blt
        (rv_jal(0, ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jsge_k0_far(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jsge_k0_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_blt(RV_OF_BPF[dst], 0, 0xc), 4),  # blt
        (rv_auipc(6, ((((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jsge_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jsge_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bge(RV_OF_BPF[dst], 7, ((dist - 4) & 0xffffffffffffffff)), 4),  # bge
    ]


def guard_jmp_jsge_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jsge_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_blt(RV_OF_BPF[dst], 7, 8), 4),  # blt
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jsge_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jsge_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_blt(RV_OF_BPF[dst], 7, 0xc), 4),  # blt
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jsge_k_lui_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jsge_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bge(RV_OF_BPF[dst], 7, ((dist - 4) & 0xffffffffffffffff)), 4),  # bge
    ]


def guard_jmp_jsge_k_lui_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jsge_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_blt(RV_OF_BPF[dst], 7, 8), 4),  # blt
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jsge_k_lui_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jsge_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_blt(RV_OF_BPF[dst], 7, 0xc), 4),  # blt
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jsge_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp_jsge_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bge(RV_OF_BPF[dst], 7, ((dist - 8) & 0xffffffffffffffff)), 4),  # bge
    ]


def guard_jmp_jsge_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jsge_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_blt(RV_OF_BPF[dst], 7, 8), 4),  # blt
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jsge_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jsge_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_blt(RV_OF_BPF[dst], 7, 0xc), 4),  # blt
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jsge_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 0) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0) & 0xffffffffffffffff)))


def emit_jmp_jsge_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bge(RV_OF_BPF[dst], RV_OF_BPF[src], ((dist - 0) & 0xffffffffffffffff)), 4),  # bge
    ]


def guard_jmp_jsge_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jsge_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_blt(RV_OF_BPF[dst], RV_OF_BPF[src], 8), 4),  # blt
        (rv_jal(0, ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jsge_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jsge_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_blt(RV_OF_BPF[dst], RV_OF_BPF[src], 0xc), 4),  # blt
        (rv_auipc(6, ((((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jslt_k0_near(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 0) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0) & 0xffffffffffffffff)))


def emit_jmp_jslt_k0_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_blt(RV_OF_BPF[dst], 0, ((dist - 0) & 0xffffffffffffffff)), 4),  # blt
    ]


def guard_jmp_jslt_k0_jal(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jslt_k0_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bge(RV_OF_BPF[dst], 0, 8), 4),  # bge
        (rv_jal(0, ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jslt_k0_far(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jslt_k0_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bge(RV_OF_BPF[dst], 0, 0xc), 4),  # bge
        (rv_auipc(6, ((((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jslt_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jslt_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_blt(RV_OF_BPF[dst], 7, ((dist - 4) & 0xffffffffffffffff)), 4),  # blt
    ]


def guard_jmp_jslt_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jslt_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bge(RV_OF_BPF[dst], 7, 8), 4),  # bge
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jslt_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jslt_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bge(RV_OF_BPF[dst], 7, 0xc), 4),  # bge
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jslt_k_lui_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jslt_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_blt(RV_OF_BPF[dst], 7, ((dist - 4) & 0xffffffffffffffff)), 4),  # blt
    ]


def guard_jmp_jslt_k_lui_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jslt_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bge(RV_OF_BPF[dst], 7, 8), 4),  # bge
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jslt_k_lui_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jslt_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bge(RV_OF_BPF[dst], 7, 0xc), 4),  # bge
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jslt_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp_jslt_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_blt(RV_OF_BPF[dst], 7, ((dist - 8) & 0xffffffffffffffff)), 4),  # blt
    ]


def guard_jmp_jslt_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jslt_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bge(RV_OF_BPF[dst], 7, 8), 4),  # bge
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jslt_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jslt_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bge(RV_OF_BPF[dst], 7, 0xc), 4),  # bge
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jslt_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 0) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0) & 0xffffffffffffffff)))


def emit_jmp_jslt_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_blt(RV_OF_BPF[dst], RV_OF_BPF[src], ((dist - 0) & 0xffffffffffffffff)), 4),  # blt
    ]


def guard_jmp_jslt_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jslt_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bge(RV_OF_BPF[dst], RV_OF_BPF[src], 8), 4),  # bge
        (rv_jal(0, ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jslt_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jslt_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bge(RV_OF_BPF[dst], RV_OF_BPF[src], 0xc), 4),  # bge
        (rv_auipc(6, ((((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jsle_k0_near(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 0) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0) & 0xffffffffffffffff)))


def emit_jmp_jsle_k0_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bge(0, RV_OF_BPF[dst], ((dist - 0) & 0xffffffffffffffff)), 4),  # bge
    ]


def guard_jmp_jsle_k0_jal(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jsle_k0_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_blt(0, RV_OF_BPF[dst], 8), 4),  # blt
        (rv_jal(0, ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jsle_k0_far(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jsle_k0_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_blt(0, RV_OF_BPF[dst], 0xc), 4),  # blt
        (rv_auipc(6, ((((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jsle_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jsle_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bge(7, RV_OF_BPF[dst], ((dist - 4) & 0xffffffffffffffff)), 4),  # bge
    ]


def guard_jmp_jsle_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jsle_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_blt(7, RV_OF_BPF[dst], 8), 4),  # blt
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jsle_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jsle_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_blt(7, RV_OF_BPF[dst], 0xc), 4),  # blt
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jsle_k_lui_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jsle_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bge(7, RV_OF_BPF[dst], ((dist - 4) & 0xffffffffffffffff)), 4),  # bge
    ]


def guard_jmp_jsle_k_lui_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jsle_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_blt(7, RV_OF_BPF[dst], 8), 4),  # blt
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jsle_k_lui_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jsle_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_blt(7, RV_OF_BPF[dst], 0xc), 4),  # blt
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jsle_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp_jsle_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bge(7, RV_OF_BPF[dst], ((dist - 8) & 0xffffffffffffffff)), 4),  # bge
    ]


def guard_jmp_jsle_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jsle_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_blt(7, RV_OF_BPF[dst], 8), 4),  # blt
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jsle_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jsle_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_blt(7, RV_OF_BPF[dst], 0xc), 4),  # blt
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jsle_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 0) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0) & 0xffffffffffffffff)))


def emit_jmp_jsle_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_bge(RV_OF_BPF[src], RV_OF_BPF[dst], ((dist - 0) & 0xffffffffffffffff)), 4),  # bge
    ]


def guard_jmp_jsle_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jsle_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_blt(RV_OF_BPF[src], RV_OF_BPF[dst], 8), 4),  # blt
        (rv_jal(0, ((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jsle_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jsle_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_blt(RV_OF_BPF[src], RV_OF_BPF[dst], 0xc), 4),  # blt
        (rv_auipc(6, ((((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jset_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jset_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_andi(6, RV_OF_BPF[dst], (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # andi
        (rv_bne(6, 0, ((dist - 4) & 0xffffffffffffffff)), 4),  # bne
    ]


def guard_jmp_jset_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jset_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_andi(6, RV_OF_BPF[dst], (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # andi
        (rv_beq(6, 0, 8), 4),  # beq
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jset_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jset_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_andi(6, RV_OF_BPF[dst], (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # andi
        (rv_beq(6, 0, 0xc), 4),  # beq
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jset_k_lui_near(dst, src, off, imm, imm64, dist):
    return ((((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)) and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp_jset_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_and(6, RV_OF_BPF[dst], 6), 4),  # and
        (rv_bne(6, 0, ((dist - 8) & 0xffffffffffffffff)), 4),  # bne
    ]


def guard_jmp_jset_k_lui_jal(dst, src, off, imm, imm64, dist):
    return ((((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)) and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jset_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_and(6, RV_OF_BPF[dst], 6), 4),  # and
        (rv_beq(6, 0, 8), 4),  # beq
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jset_k_lui_far(dst, src, off, imm, imm64, dist):
    return ((((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)) and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jset_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_and(6, RV_OF_BPF[dst], 6), 4),  # and
        (rv_beq(6, 0, 0xc), 4),  # beq
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jset_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0xc) & 0xffffffffffffffff)))


def emit_jmp_jset_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_and(6, RV_OF_BPF[dst], 6), 4),  # and
        (rv_bne(6, 0, ((dist - 0xc) & 0xffffffffffffffff)), 4),  # bne
    ]


def guard_jmp_jset_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jset_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_and(6, RV_OF_BPF[dst], 6), 4),  # and
        (rv_beq(6, 0, 8), 4),  # beq
        (rv_jal(0, ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jset_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jset_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_and(6, RV_OF_BPF[dst], 6), 4),  # and
        (rv_beq(6, 0, 0xc), 4),  # beq
        (rv_auipc(6, ((((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp_jset_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp_jset_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_and(6, RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # and
        (rv_bne(6, 0, ((dist - 4) & 0xffffffffffffffff)), 4),  # bne
    ]


def guard_jmp_jset_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp_jset_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_and(6, RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # and
        (rv_beq(6, 0, 8), 4),  # beq
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp_jset_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp_jset_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_and(6, RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # and
        (rv_beq(6, 0, 0xc), 4),  # beq
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jeq_k0_near(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp32_jeq_k0_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_beq(6, 0, ((dist - 4) & 0xffffffffffffffff)), 4),  # beq
    ]


def guard_jmp32_jeq_k0_jal(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jeq_k0_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_bne(6, 0, 8), 4),  # bne
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jeq_k0_far(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jeq_k0_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_bne(6, 0, 0xc), 4),  # bne
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jeq_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0xc) & 0xffffffffffffffff)))


def emit_jmp32_jeq_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_beq(6, 7, ((dist - 0xc) & 0xffffffffffffffff)), 4),  # beq
    ]


def guard_jmp32_jeq_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jeq_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bne(6, 7, 8), 4),  # bne
        (rv_jal(0, ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jeq_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jeq_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bne(6, 7, 0xc), 4),  # bne
        (rv_auipc(6, ((((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jeq_k_lui_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0xc) & 0xffffffffffffffff)))


def emit_jmp32_jeq_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_beq(6, 7, ((dist - 0xc) & 0xffffffffffffffff)), 4),  # beq
    ]


def guard_jmp32_jeq_k_lui_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jeq_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bne(6, 7, 8), 4),  # bne
        (rv_jal(0, ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jeq_k_lui_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jeq_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bne(6, 7, 0xc), 4),  # bne
        (rv_auipc(6, ((((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jeq_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0x10) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0x10) & 0xffffffffffffffff)))


def emit_jmp32_jeq_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_beq(6, 7, ((dist - 0x10) & 0xffffffffffffffff)), 4),  # beq
    ]


def guard_jmp32_jeq_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jeq_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bne(6, 7, 8), 4),  # bne
        (rv_jal(0, ((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jeq_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jeq_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bne(6, 7, 0xc), 4),  # bne
        (rv_auipc(6, ((((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jeq_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp32_jeq_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_slli(7, RV_OF_BPF[src], 0x20), 4),  # slli
        (rv_beq(6, 7, ((dist - 8) & 0xffffffffffffffff)), 4),  # beq
    ]


def guard_jmp32_jeq_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jeq_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_slli(7, RV_OF_BPF[src], 0x20), 4),  # slli
        (rv_bne(6, 7, 8), 4),  # bne
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jeq_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jeq_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_slli(7, RV_OF_BPF[src], 0x20), 4),  # slli
        (rv_bne(6, 7, 0xc), 4),  # bne
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jne_k0_near(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp32_jne_k0_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_bne(6, 0, ((dist - 4) & 0xffffffffffffffff)), 4),  # bne
    ]


def guard_jmp32_jne_k0_jal(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jne_k0_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_beq(6, 0, 8), 4),  # beq
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jne_k0_far(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jne_k0_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_beq(6, 0, 0xc), 4),  # beq
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jne_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0xc) & 0xffffffffffffffff)))


def emit_jmp32_jne_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bne(6, 7, ((dist - 0xc) & 0xffffffffffffffff)), 4),  # bne
    ]


def guard_jmp32_jne_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jne_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_beq(6, 7, 8), 4),  # beq
        (rv_jal(0, ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jne_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jne_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_beq(6, 7, 0xc), 4),  # beq
        (rv_auipc(6, ((((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jne_k_lui_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0xc) & 0xffffffffffffffff)))


def emit_jmp32_jne_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bne(6, 7, ((dist - 0xc) & 0xffffffffffffffff)), 4),  # bne
    ]


def guard_jmp32_jne_k_lui_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jne_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_beq(6, 7, 8), 4),  # beq
        (rv_jal(0, ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jne_k_lui_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jne_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_beq(6, 7, 0xc), 4),  # beq
        (rv_auipc(6, ((((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jne_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0x10) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0x10) & 0xffffffffffffffff)))


def emit_jmp32_jne_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bne(6, 7, ((dist - 0x10) & 0xffffffffffffffff)), 4),  # bne
    ]


def guard_jmp32_jne_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jne_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_beq(6, 7, 8), 4),  # beq
        (rv_jal(0, ((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jne_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jne_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_beq(6, 7, 0xc), 4),  # beq
        (rv_auipc(6, ((((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jne_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp32_jne_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_slli(7, RV_OF_BPF[src], 0x20), 4),  # slli
        (rv_bne(6, 7, ((dist - 8) & 0xffffffffffffffff)), 4),  # bne
    ]


def guard_jmp32_jne_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jne_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_slli(7, RV_OF_BPF[src], 0x20), 4),  # slli
        (rv_beq(6, 7, 8), 4),  # beq
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jne_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jne_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_slli(7, RV_OF_BPF[src], 0x20), 4),  # slli
        (rv_beq(6, 7, 0xc), 4),  # beq
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jgt_k0_near(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp32_jgt_k0_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_bltu(0, 6, ((dist - 4) & 0xffffffffffffffff)), 4),  # bltu
    ]


def guard_jmp32_jgt_k0_jal(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jgt_k0_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_bgeu(0, 6, 8), 4),  # bgeu
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jgt_k0_far(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jgt_k0_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_bgeu(0, 6, 0xc), 4),  # bgeu
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jgt_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0xc) & 0xffffffffffffffff)))


def emit_jmp32_jgt_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bltu(7, 6, ((dist - 0xc) & 0xffffffffffffffff)), 4),  # bltu
    ]


def guard_jmp32_jgt_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jgt_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bgeu(7, 6, 8), 4),  # bgeu
        (rv_jal(0, ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jgt_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jgt_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bgeu(7, 6, 0xc), 4),  # bgeu
        (rv_auipc(6, ((((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jgt_k_lui_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0xc) & 0xffffffffffffffff)))


def emit_jmp32_jgt_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bltu(7, 6, ((dist - 0xc) & 0xffffffffffffffff)), 4),  # bltu
    ]


def guard_jmp32_jgt_k_lui_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jgt_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bgeu(7, 6, 8), 4),  # bgeu
        (rv_jal(0, ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jgt_k_lui_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jgt_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bgeu(7, 6, 0xc), 4),  # bgeu
        (rv_auipc(6, ((((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jgt_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0x10) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0x10) & 0xffffffffffffffff)))


def emit_jmp32_jgt_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bltu(7, 6, ((dist - 0x10) & 0xffffffffffffffff)), 4),  # bltu
    ]


def guard_jmp32_jgt_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jgt_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bgeu(7, 6, 8), 4),  # bgeu
        (rv_jal(0, ((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jgt_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jgt_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bgeu(7, 6, 0xc), 4),  # bgeu
        (rv_auipc(6, ((((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jgt_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp32_jgt_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_slli(7, RV_OF_BPF[src], 0x20), 4),  # slli
        (rv_bltu(7, 6, ((dist - 8) & 0xffffffffffffffff)), 4),  # bltu
    ]


def guard_jmp32_jgt_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jgt_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_slli(7, RV_OF_BPF[src], 0x20), 4),  # slli
        (rv_bgeu(7, 6, 8), 4),  # bgeu
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jgt_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jgt_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_slli(7, RV_OF_BPF[src], 0x20), 4),  # slli
        (rv_bgeu(7, 6, 0xc), 4),  # bgeu
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jge_k0_near(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp32_jge_k0_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_bgeu(6, 0, ((dist - 4) & 0xffffffffffffffff)), 4),  # bgeu
    ]


def guard_jmp32_jge_k0_jal(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jge_k0_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_bltu(6, 0, 8), 4),  # bltu
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jge_k0_far(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jge_k0_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_bltu(6, 0, 0xc), 4),  # bltu
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jge_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0xc) & 0xffffffffffffffff)))


def emit_jmp32_jge_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bgeu(6, 7, ((dist - 0xc) & 0xffffffffffffffff)), 4),  # bgeu
    ]


def guard_jmp32_jge_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jge_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bltu(6, 7, 8), 4),  # bltu
        (rv_jal(0, ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jge_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jge_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bltu(6, 7, 0xc), 4),  # bltu
        (rv_auipc(6, ((((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jge_k_lui_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0xc) & 0xffffffffffffffff)))


def emit_jmp32_jge_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bgeu(6, 7, ((dist - 0xc) & 0xffffffffffffffff)), 4),  # bgeu
    ]


def guard_jmp32_jge_k_lui_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jge_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bltu(6, 7, 8), 4),  # bltu
        (rv_jal(0, ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jge_k_lui_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jge_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bltu(6, 7, 0xc), 4),  # bltu
        (rv_auipc(6, ((((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jge_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0x10) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0x10) & 0xffffffffffffffff)))


def emit_jmp32_jge_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bgeu(6, 7, ((dist - 0x10) & 0xffffffffffffffff)), 4),  # bgeu
    ]


def guard_jmp32_jge_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jge_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bltu(6, 7, 8), 4),  # bltu
        (rv_jal(0, ((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jge_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jge_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bltu(6, 7, 0xc), 4),  # bltu
        (rv_auipc(6, ((((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jge_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp32_jge_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_slli(7, RV_OF_BPF[src], 0x20), 4),  # slli
        (rv_bgeu(6, 7, ((dist - 8) & 0xffffffffffffffff)), 4),  # bgeu
    ]


def guard_jmp32_jge_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jge_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_slli(7, RV_OF_BPF[src], 0x20), 4),  # slli
        (rv_bltu(6, 7, 8), 4),  # bltu
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jge_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jge_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_slli(7, RV_OF_BPF[src], 0x20), 4),  # slli
        (rv_bltu(6, 7, 0xc), 4),  # bltu
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jlt_k0_near(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp32_jlt_k0_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_bltu(6, 0, ((dist - 4) & 0xffffffffffffffff)), 4),  # bltu
    ]


def guard_jmp32_jlt_k0_jal(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jlt_k0_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_bgeu(6, 0, 8), 4),  # bgeu
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jlt_k0_far(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jlt_k0_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_bgeu(6, 0, 0xc), 4),  # bgeu
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jlt_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0xc) & 0xffffffffffffffff)))


def emit_jmp32_jlt_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bltu(6, 7, ((dist - 0xc) & 0xffffffffffffffff)), 4),  # bltu
    ]


def guard_jmp32_jlt_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jlt_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bgeu(6, 7, 8), 4),  # bgeu
        (rv_jal(0, ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jlt_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jlt_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bgeu(6, 7, 0xc), 4),  # bgeu
        (rv_auipc(6, ((((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jlt_k_lui_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0xc) & 0xffffffffffffffff)))


def emit_jmp32_jlt_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bltu(6, 7, ((dist - 0xc) & 0xffffffffffffffff)), 4),  # bltu
    ]


def guard_jmp32_jlt_k_lui_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jlt_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bgeu(6, 7, 8), 4),  # bgeu
        (rv_jal(0, ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jlt_k_lui_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jlt_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bgeu(6, 7, 0xc), 4),  # bgeu
        (rv_auipc(6, ((((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jlt_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0x10) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0x10) & 0xffffffffffffffff)))


def emit_jmp32_jlt_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bltu(6, 7, ((dist - 0x10) & 0xffffffffffffffff)), 4),  # bltu
    ]


def guard_jmp32_jlt_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jlt_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bgeu(6, 7, 8), 4),  # bgeu
        (rv_jal(0, ((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jlt_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jlt_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bgeu(6, 7, 0xc), 4),  # bgeu
        (rv_auipc(6, ((((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jlt_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp32_jlt_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_slli(7, RV_OF_BPF[src], 0x20), 4),  # slli
        (rv_bltu(6, 7, ((dist - 8) & 0xffffffffffffffff)), 4),  # bltu
    ]


def guard_jmp32_jlt_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jlt_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_slli(7, RV_OF_BPF[src], 0x20), 4),  # slli
        (rv_bgeu(6, 7, 8), 4),  # bgeu
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jlt_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jlt_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_slli(7, RV_OF_BPF[src], 0x20), 4),  # slli
        (rv_bgeu(6, 7, 0xc), 4),  # bgeu
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jle_k0_near(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp32_jle_k0_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_bgeu(0, 6, ((dist - 4) & 0xffffffffffffffff)), 4),  # bgeu
    ]


def guard_jmp32_jle_k0_jal(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jle_k0_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_bltu(0, 6, 8), 4),  # bltu
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jle_k0_far(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jle_k0_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_bltu(0, 6, 0xc), 4),  # bltu
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jle_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0xc) & 0xffffffffffffffff)))


def emit_jmp32_jle_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bgeu(7, 6, ((dist - 0xc) & 0xffffffffffffffff)), 4),  # bgeu
    ]


def guard_jmp32_jle_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jle_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bltu(7, 6, 8), 4),  # bltu
        (rv_jal(0, ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jle_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jle_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bltu(7, 6, 0xc), 4),  # bltu
        (rv_auipc(6, ((((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jle_k_lui_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0xc) & 0xffffffffffffffff)))


def emit_jmp32_jle_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bgeu(7, 6, ((dist - 0xc) & 0xffffffffffffffff)), 4),  # bgeu
    ]


def guard_jmp32_jle_k_lui_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jle_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bltu(7, 6, 8), 4),  # bltu
        (rv_jal(0, ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jle_k_lui_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jle_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bltu(7, 6, 0xc), 4),  # bltu
        (rv_auipc(6, ((((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jle_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0x10) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0x10) & 0xffffffffffffffff)))


def emit_jmp32_jle_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bgeu(7, 6, ((dist - 0x10) & 0xffffffffffffffff)), 4),  # bgeu
    ]


def guard_jmp32_jle_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jle_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bltu(7, 6, 8), 4),  # bltu
        (rv_jal(0, ((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jle_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jle_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_slli(7, 7, 0x20), 4),  # slli
        (rv_bltu(7, 6, 0xc), 4),  # bltu
        (rv_auipc(6, ((((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jle_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp32_jle_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_slli(7, RV_OF_BPF[src], 0x20), 4),  # slli
        (rv_bgeu(7, 6, ((dist - 8) & 0xffffffffffffffff)), 4),  # bgeu
    ]


def guard_jmp32_jle_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jle_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_slli(7, RV_OF_BPF[src], 0x20), 4),  # slli
        (rv_bltu(7, 6, 8), 4),  # bltu
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jle_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jle_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_slli(6, RV_OF_BPF[dst], 0x20), 4),  # slli
        (rv_slli(7, RV_OF_BPF[src], 0x20), 4),  # slli
        (rv_bltu(7, 6, 0xc), 4),  # bltu
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jsgt_k0_near(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp32_jsgt_k0_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_blt(0, 6, ((dist - 4) & 0xffffffffffffffff)), 4),  # blt
    ]


def guard_jmp32_jsgt_k0_jal(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jsgt_k0_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_bge(0, 6, 8), 4),  # bge
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jsgt_k0_far(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jsgt_k0_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_bge(0, 6, 0xc), 4),  # bge
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jsgt_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp32_jsgt_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_blt(7, 6, ((dist - 8) & 0xffffffffffffffff)), 4),  # blt
    ]


def guard_jmp32_jsgt_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jsgt_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bge(7, 6, 8), 4),  # bge
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jsgt_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jsgt_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bge(7, 6, 0xc), 4),  # bge
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jsgt_k_lui_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp32_jsgt_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_blt(7, 6, ((dist - 8) & 0xffffffffffffffff)), 4),  # blt
    ]


def guard_jmp32_jsgt_k_lui_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jsgt_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bge(7, 6, 8), 4),  # bge
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jsgt_k_lui_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jsgt_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bge(7, 6, 0xc), 4),  # bge
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jsgt_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0xc) & 0xffffffffffffffff)))


def emit_jmp32_jsgt_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_blt(7, 6, ((dist - 0xc) & 0xffffffffffffffff)), 4),  # blt
    ]


def guard_jmp32_jsgt_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jsgt_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bge(7, 6, 8), 4),  # bge
        (rv_jal(0, ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jsgt_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jsgt_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bge(7, 6, 0xc), 4),  # bge
        (rv_auipc(6, ((((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jsgt_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp32_jsgt_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addiw(7, RV_OF_BPF[src], 0), 4),  # addiw
        (rv_blt(7, 6, ((dist - 8) & 0xffffffffffffffff)), 4),  # blt
    ]


def guard_jmp32_jsgt_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jsgt_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addiw(7, RV_OF_BPF[src], 0), 4),  # addiw
        (rv_bge(7, 6, 8), 4),  # bge
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jsgt_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jsgt_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addiw(7, RV_OF_BPF[src], 0), 4),  # addiw
        (rv_bge(7, 6, 0xc), 4),  # bge
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jsge_k0_near(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp32_jsge_k0_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_bge(6, 0, ((dist - 4) & 0xffffffffffffffff)), 4),  # bge
    ]


def guard_jmp32_jsge_k0_jal(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jsge_k0_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_blt(6, 0, 8), 4),  # blt
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jsge_k0_far(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jsge_k0_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_blt(6, 0, 0xc), 4),  # blt
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jsge_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp32_jsge_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bge(6, 7, ((dist - 8) & 0xffffffffffffffff)), 4),  # bge
    ]


def guard_jmp32_jsge_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jsge_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_blt(6, 7, 8), 4),  # blt
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jsge_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jsge_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_blt(6, 7, 0xc), 4),  # blt
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jsge_k_lui_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp32_jsge_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bge(6, 7, ((dist - 8) & 0xffffffffffffffff)), 4),  # bge
    ]


def guard_jmp32_jsge_k_lui_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jsge_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_blt(6, 7, 8), 4),  # blt
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jsge_k_lui_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jsge_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_blt(6, 7, 0xc), 4),  # blt
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jsge_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0xc) & 0xffffffffffffffff)))


def emit_jmp32_jsge_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bge(6, 7, ((dist - 0xc) & 0xffffffffffffffff)), 4),  # bge
    ]


def guard_jmp32_jsge_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jsge_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_blt(6, 7, 8), 4),  # blt
        (rv_jal(0, ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jsge_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jsge_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_blt(6, 7, 0xc), 4),  # blt
        (rv_auipc(6, ((((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jsge_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp32_jsge_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addiw(7, RV_OF_BPF[src], 0), 4),  # addiw
        (rv_bge(6, 7, ((dist - 8) & 0xffffffffffffffff)), 4),  # bge
    ]


def guard_jmp32_jsge_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jsge_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addiw(7, RV_OF_BPF[src], 0), 4),  # addiw
        (rv_blt(6, 7, 8), 4),  # blt
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jsge_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jsge_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addiw(7, RV_OF_BPF[src], 0), 4),  # addiw
        (rv_blt(6, 7, 0xc), 4),  # blt
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jslt_k0_near(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp32_jslt_k0_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_blt(6, 0, ((dist - 4) & 0xffffffffffffffff)), 4),  # blt
    ]


def guard_jmp32_jslt_k0_jal(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jslt_k0_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_bge(6, 0, 8), 4),  # bge
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jslt_k0_far(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jslt_k0_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_bge(6, 0, 0xc), 4),  # bge
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jslt_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp32_jslt_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_blt(6, 7, ((dist - 8) & 0xffffffffffffffff)), 4),  # blt
    ]


def guard_jmp32_jslt_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jslt_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bge(6, 7, 8), 4),  # bge
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jslt_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jslt_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bge(6, 7, 0xc), 4),  # bge
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jslt_k_lui_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp32_jslt_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_blt(6, 7, ((dist - 8) & 0xffffffffffffffff)), 4),  # blt
    ]


def guard_jmp32_jslt_k_lui_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jslt_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bge(6, 7, 8), 4),  # bge
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jslt_k_lui_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jslt_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bge(6, 7, 0xc), 4),  # bge
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jslt_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0xc) & 0xffffffffffffffff)))


def emit_jmp32_jslt_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_blt(6, 7, ((dist - 0xc) & 0xffffffffffffffff)), 4),  # blt
    ]


def guard_jmp32_jslt_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jslt_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bge(6, 7, 8), 4),  # bge
        (rv_jal(0, ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jslt_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jslt_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bge(6, 7, 0xc), 4),  # bge
        (rv_auipc(6, ((((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jslt_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp32_jslt_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addiw(7, RV_OF_BPF[src], 0), 4),  # addiw
        (rv_blt(6, 7, ((dist - 8) & 0xffffffffffffffff)), 4),  # blt
    ]


def guard_jmp32_jslt_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jslt_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addiw(7, RV_OF_BPF[src], 0), 4),  # addiw
        (rv_bge(6, 7, 8), 4),  # bge
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jslt_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jslt_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addiw(7, RV_OF_BPF[src], 0), 4),  # addiw
        (rv_bge(6, 7, 0xc), 4),  # bge
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jsle_k0_near(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 4) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 4) & 0xffffffffffffffff)))


def emit_jmp32_jsle_k0_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_bge(0, 6, ((dist - 4) & 0xffffffffffffffff)), 4),  # bge
    ]


def guard_jmp32_jsle_k0_jal(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jsle_k0_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_blt(0, 6, 8), 4),  # blt
        (rv_jal(0, ((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jsle_k0_far(dst, src, off, imm, imm64, dist):
    return ((imm == 0) and ((_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jsle_k0_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_blt(0, 6, 0xc), 4),  # blt
        (rv_auipc(6, ((((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 4) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jsle_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp32_jsle_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_bge(7, 6, ((dist - 8) & 0xffffffffffffffff)), 4),  # bge
    ]


def guard_jmp32_jsle_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jsle_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_blt(7, 6, 8), 4),  # blt
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jsle_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jsle_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addi(7, 0, (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # addi
        (rv_blt(7, 6, 0xc), 4),  # blt
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jsle_k_lui_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp32_jsle_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_bge(7, 6, ((dist - 8) & 0xffffffffffffffff)), 4),  # bge
    ]


def guard_jmp32_jsle_k_lui_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jsle_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_blt(7, 6, 8), 4),  # blt
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jsle_k_lui_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0))) and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jsle_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_blt(7, 6, 0xc), 4),  # blt
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jsle_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0xc) & 0xffffffffffffffff)))


def emit_jmp32_jsle_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_bge(7, 6, ((dist - 0xc) & 0xffffffffffffffff)), 4),  # bge
    ]


def guard_jmp32_jsle_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jsle_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_blt(7, 6, 8), 4),  # blt
        (rv_jal(0, ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jsle_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((imm != 0) and ((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff))) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jsle_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_lui(7, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(7, 7, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_blt(7, 6, 0xc), 4),  # blt
        (rv_auipc(6, ((((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jsle_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp32_jsle_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addiw(7, RV_OF_BPF[src], 0), 4),  # addiw
        (rv_bge(7, 6, ((dist - 8) & 0xffffffffffffffff)), 4),  # bge
    ]


def guard_jmp32_jsle_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jsle_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addiw(7, RV_OF_BPF[src], 0), 4),  # addiw
        (rv_blt(7, 6, 8), 4),  # blt
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jsle_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jsle_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_addiw(6, RV_OF_BPF[dst], 0), 4),  # addiw
        (rv_addiw(7, RV_OF_BPF[src], 0), 4),  # addiw
        (rv_blt(7, 6, 0xc), 4),  # blt
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jset_k_imm12_near(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp32_jset_k_imm12_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_andi(6, RV_OF_BPF[dst], (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # andi
        (rv_slli(6, 6, 0x20), 4),  # slli
        (rv_bne(6, 0, ((dist - 8) & 0xffffffffffffffff)), 4),  # bne
    ]


def guard_jmp32_jset_k_imm12_jal(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jset_k_imm12_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_andi(6, RV_OF_BPF[dst], (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # andi
        (rv_slli(6, 6, 0x20), 4),  # slli
        (rv_beq(6, 0, 8), 4),  # beq
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jset_k_imm12_far(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jset_k_imm12_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_andi(6, RV_OF_BPF[dst], (_sx(imm, 32) & 0xffffffffffffffff)), 4),  # andi
        (rv_slli(6, 6, 0x20), 4),  # slli
        (rv_beq(6, 0, 0xc), 4),  # beq
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jset_k_lui_near(dst, src, off, imm, imm64, dist):
    return ((((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0xc) & 0xffffffffffffffff)))


def emit_jmp32_jset_k_lui_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_and(6, RV_OF_BPF[dst], 6), 4),  # and
        (rv_slli(6, 6, 0x20), 4),  # slli
        (rv_bne(6, 0, ((dist - 0xc) & 0xffffffffffffffff)), 4),  # bne
    ]


def guard_jmp32_jset_k_lui_jal(dst, src, off, imm, imm64, dist):
    return ((((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)) and ((_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jset_k_lui_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_and(6, RV_OF_BPF[dst], 6), 4),  # and
        (rv_slli(6, 6, 0x20), 4),  # slli
        (rv_beq(6, 0, 8), 4),  # beq
        (rv_jal(0, ((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jset_k_lui_far(dst, src, off, imm, imm64, dist):
    return ((((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff) == 0)) and ((_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jset_k_lui_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_and(6, RV_OF_BPF[dst], 6), 4),  # and
        (rv_slli(6, 6, 0x20), 4),  # slli
        (rv_beq(6, 0, 0xc), 4),  # beq
        (rv_auipc(6, ((((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0xc) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jset_k_lui_addiw_near(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((_sx(((((dist - 0x10) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 0x10) & 0xffffffffffffffff)))


def emit_jmp32_jset_k_lui_addiw_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_and(6, RV_OF_BPF[dst], 6), 4),  # and
        (rv_slli(6, 6, 0x20), 4),  # slli
        (rv_bne(6, 0, ((dist - 0x10) & 0xffffffffffffffff)), 4),  # bne
    ]


def guard_jmp32_jset_k_lui_addiw_jal(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((_sx(((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jset_k_lui_addiw_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_and(6, RV_OF_BPF[dst], 6), 4),  # and
        (rv_slli(6, 6, 0x20), 4),  # slli
        (rv_beq(6, 0, 8), 4),  # beq
        (rv_jal(0, ((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jset_k_lui_addiw_far(dst, src, off, imm, imm64, dist):
    return (((_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xffffffff), 32) & 0xffffffffffffffff) == (_sx(imm, 32) & 0xffffffffffffffff)) and ((_sx(((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jset_k_lui_addiw_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_lui(6, (((((_sx(imm, 32) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # lui
        (rv_addiw(6, 6, (_sx((((_sx(imm, 32) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # addiw
        (rv_and(6, RV_OF_BPF[dst], 6), 4),  # and
        (rv_slli(6, 6, 0x20), 4),  # slli
        (rv_beq(6, 0, 0xc), 4),  # beq
        (rv_auipc(6, ((((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 0x10) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


def guard_jmp32_jset_x_near(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) >> 0) & 0x1fff), 13) & 0xffffffffffffffff) == ((dist - 8) & 0xffffffffffffffff)))


def emit_jmp32_jset_x_near(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_and(6, RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # and
        (rv_slli(6, 6, 0x20), 4),  # slli
        (rv_bne(6, 0, ((dist - 8) & 0xffffffffffffffff)), 4),  # bne
    ]


def guard_jmp32_jset_x_jal(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0x1fffff), 21) & 0xffffffffffffffff) == ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)))


def emit_jmp32_jset_x_jal(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_and(6, RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # and
        (rv_slli(6, 6, 0x20), 4),  # slli
        (rv_beq(6, 0, 8), 4),  # beq
        (rv_jal(0, ((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff)), 4),  # jal
    ]


def guard_jmp32_jset_x_far(dst, src, off, imm, imm64, dist):
    return (True and ((_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) >= _sx(0xffffffff7ffff800, 64)) and (_sx(((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff), 64) < _sx(0x7ffff800, 64))))


def emit_jmp32_jset_x_far(dst, src, off, imm, imm64, dist, rvc):
    return [
        (rv_and(6, RV_OF_BPF[dst], RV_OF_BPF[src]), 4),  # and
        (rv_slli(6, 6, 0x20), 4),  # slli
        (rv_beq(6, 0, 0xc), 4),  # beq
        (rv_auipc(6, ((((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) + 0x800) & 0xffffffffffffffff) >> 12) & 0xfffff)), 4),  # auipc
        (rv_jalr(0, 6, (_sx(((((((dist - 8) & 0xffffffffffffffff) - 4) & 0xffffffffffffffff) >> 0) & 0xfff), 12) & 0xffffffffffffffff)), 4),  # jalr
    ]


# (code, off, imm) -> rules in priority order: (name, isa, guard, emit, length, jumps)
RULES = {
  (15, 0, None): (
      Rule('alu64_add_x', (), guard_alu64_add_x, emit_alu64_add_x, 4, False),
  ),
  (31, 0, None): (
      Rule('alu64_sub_x', (), guard_alu64_sub_x, emit_alu64_sub_x, 4, False),
  ),
  (47, 0, None): (
      Rule('alu64_mul_x', (), guard_alu64_mul_x, emit_alu64_mul_x, 4, False),
  ),
  (79, 0, None): (
      Rule('alu64_or_x', (), guard_alu64_or_x, emit_alu64_or_x, 4, False),
  ),
  (95, 0, None): (
      Rule('alu64_and_x', (), guard_alu64_and_x, emit_alu64_and_x, 4, False),
  ),
  (175, 0, None): (
      Rule('alu64_xor_x', (), guard_alu64_xor_x, emit_alu64_xor_x, 4, False),
  ),
  (111, 0, None): (
      Rule('alu64_sll_x', (), guard_alu64_sll_x, emit_alu64_sll_x, 4, False),
  ),
  (127, 0, None): (
      Rule('alu64_srl_x', (), guard_alu64_srl_x, emit_alu64_srl_x, 4, False),
  ),
  (207, 0, None): (
      Rule('alu64_sra_x', (), guard_alu64_sra_x, emit_alu64_sra_x, 4, False),
  ),
  (63, 0, None): (
      Rule('alu64_divu_x', (), guard_alu64_divu_x, emit_alu64_divu_x, 16, False),
  ),
  (63, 1, None): (
      Rule('alu64_div_x', (), guard_alu64_div_x, emit_alu64_div_x, 16, False),
  ),
  (159, 0, None): (
      Rule('alu64_remu_x', (), guard_alu64_remu_x, emit_alu64_remu_x, 4, False),
  ),
  (159, 1, None): (
      Rule('alu64_rem_x', (), guard_alu64_rem_x, emit_alu64_rem_x, 4, False),
  ),
  (191, 0, None): (
      Rule('alu64_mov_x', (), guard_alu64_mov_x, emit_alu64_mov_x, 4, False),
  ),
  (191, 8, None): (
      Rule('alu64_movsx8_zbb', ('zbb',), guard_alu64_movsx8_zbb, emit_alu64_movsx8_zbb, 4, False),
      Rule('alu64_movsx8', (), guard_alu64_movsx8, emit_alu64_movsx8, 8, False),
  ),
  (191, 16, None): (
      Rule('alu64_movsx16_zbb', ('zbb',), guard_alu64_movsx16_zbb, emit_alu64_movsx16_zbb, 4, False),
      Rule('alu64_movsx16', (), guard_alu64_movsx16, emit_alu64_movsx16, 8, False),
  ),
  (191, 32, None): (
      Rule('alu64_movsx32', (), guard_alu64_movsx32, emit_alu64_movsx32, 4, False),
  ),
  (135, 0, None): (
      Rule('alu64_neg', (), guard_alu64_neg, emit_alu64_neg, 4, False),
  ),
  (7, 0, None): (
      Rule('alu64_add_k_imm12', (), guard_alu64_add_k_imm12, emit_alu64_add_k_imm12, 4, False),
      Rule('alu64_add_k_lui', (), guard_alu64_add_k_lui, emit_alu64_add_k_lui, 8, False),
      Rule('alu64_add_k_lui_addiw', (), guard_alu64_add_k_lui_addiw, emit_alu64_add_k_lui_addiw, 12, False),
  ),
  (87, 0, None): (
      Rule('alu64_and_k_imm12', (), guard_alu64_and_k_imm12, emit_alu64_and_k_imm12, 4, False),
      Rule('alu64_and_k_lui', (), guard_alu64_and_k_lui, emit_alu64_and_k_lui, 8, False),
      Rule('alu64_and_k_lui_addiw', (), guard_alu64_and_k_lui_addiw, emit_alu64_and_k_lui_addiw, 12, False),
  ),
  (71, 0, None): (
      Rule('alu64_or_k_imm12', (), guard_alu64_or_k_imm12, emit_alu64_or_k_imm12, 4, False),
      Rule('alu64_or_k_lui', (), guard_alu64_or_k_lui, emit_alu64_or_k_lui, 8, False),
      Rule('alu64_or_k_lui_addiw', (), guard_alu64_or_k_lui_addiw, emit_alu64_or_k_lui_addiw, 12, False),
  ),
  (167, 0, None): (
      Rule('alu64_xor_k_imm12', (), guard_alu64_xor_k_imm12, emit_alu64_xor_k_imm12, 4, False),
      Rule('alu64_xor_k_lui', (), guard_alu64_xor_k_lui, emit_alu64_xor_k_lui, 8, False),
      Rule('alu64_xor_k_lui_addiw', (), guard_alu64_xor_k_lui_addiw, emit_alu64_xor_k_lui_addiw, 12, False),
  ),
  (23, 0, None): (
      Rule('alu64_sub_k_imm12', (), guard_alu64_sub_k_imm12, emit_alu64_sub_k_imm12, 4, False),
      Rule('alu64_sub_k_lui', (), guard_alu64_sub_k_lui, emit_alu64_sub_k_lui, 8, False),
      Rule('alu64_sub_k_lui_addiw', (), guard_alu64_sub_k_lui_addiw, emit_alu64_sub_k_lui_addiw, 12, False),
  ),
  (39, 0, None): (
      Rule('alu64_mul_k_imm12', (), guard_alu64_mul_k_imm12, emit_alu64_mul_k_imm12, 8, False),
      Rule('alu64_mul_k_lui', (), guard_alu64_mul_k_lui, emit_alu64_mul_k_lui, 8, False),
      Rule('alu64_mul_k_lui_addiw', (), guard_alu64_mul_k_lui_addiw, emit_alu64_mul_k_lui_addiw, 12, False),
  ),
  (55, 0, None): (
      Rule('alu64_divu_k_zero', (), guard_alu64_divu_k_zero, emit_alu64_divu_k_zero, 4, False),
      Rule('alu64_divu_k_imm12', (), guard_alu64_divu_k_imm12, emit_alu64_divu_k_imm12, 8, False),
      Rule('alu64_divu_k_lui', (), guard_alu64_divu_k_lui, emit_alu64_divu_k_lui, 8, False),
      Rule('alu64_divu_k_lui_addiw', (), guard_alu64_divu_k_lui_addiw, emit_alu64_divu_k_lui_addiw, 12, False),
  ),
  (151, 0, None): (
      Rule('alu64_remu_k_zero', (), guard_alu64_remu_k_zero, emit_alu64_remu_k_zero, 0, False),
      Rule('alu64_remu_k_imm12', (), guard_alu64_remu_k_imm12, emit_alu64_remu_k_imm12, 8, False),
      Rule('alu64_remu_k_lui', (), guard_alu64_remu_k_lui, emit_alu64_remu_k_lui, 8, False),
      Rule('alu64_remu_k_lui_addiw', (), guard_alu64_remu_k_lui_addiw, emit_alu64_remu_k_lui_addiw, 12, False),
  ),
  (55, 1, None): (
      Rule('alu64_div_k_zero', (), guard_alu64_div_k_zero, emit_alu64_div_k_zero, 4, False),
      Rule('alu64_div_k_imm12', (), guard_alu64_div_k_imm12, emit_alu64_div_k_imm12, 8, False),
      Rule('alu64_div_k_lui', (), guard_alu64_div_k_lui, emit_alu64_div_k_lui, 8, False),
      Rule('alu64_div_k_lui_addiw', (), guard_alu64_div_k_lui_addiw, emit_alu64_div_k_lui_addiw, 12, False),
  ),
  (151, 1, None): (
      Rule('alu64_rem_k_zero', (), guard_alu64_rem_k_zero, emit_alu64_rem_k_zero, 0, False),
      Rule('alu64_rem_k_imm12', (), guard_alu64_rem_k_imm12, emit_alu64_rem_k_imm12, 8, False),
      Rule('alu64_rem_k_lui', (), guard_alu64_rem_k_lui, emit_alu64_rem_k_lui, 8, False),
      Rule('alu64_rem_k_lui_addiw', (), guard_alu64_rem_k_lui_addiw, emit_alu64_rem_k_lui_addiw, 12, False),
  ),
  (103, 0, None): (
      Rule('alu64_slli_k', (), guard_alu64_slli_k, emit_alu64_slli_k, 4, False),
  ),
  (119, 0, None): (
      Rule('alu64_srli_k', (), guard_alu64_srli_k, emit_alu64_srli_k, 4, False),
  ),
  (199, 0, None): (
      Rule('alu64_srai_k', (), guard_alu64_srai_k, emit_alu64_srai_k, 4, False),
  ),
  (183, 0, None): (
      Rule('alu64_mov_k_imm12', (), guard_alu64_mov_k_imm12, emit_alu64_mov_k_imm12, 4, False),
      Rule('alu64_mov_k_lui', (), guard_alu64_mov_k_lui, emit_alu64_mov_k_lui, 4, False),
      Rule('alu64_mov_k_lui_addiw', (), guard_alu64_mov_k_lui_addiw, emit_alu64_mov_k_lui_addiw, 8, False),
  ),
  (12, 0, None): (
      Rule('alu32_add_x_zba', ('zba',), guard_alu32_add_x_zba, emit_alu32_add_x_zba, 8, False),
      Rule('alu32_add_x', (), guard_alu32_add_x, emit_alu32_add_x, 12, False),
  ),
  (28, 0, None): (
      Rule('alu32_subw_x_zba', ('zba',), guard_alu32_subw_x_zba, emit_alu32_subw_x_zba, 8, False),
      Rule('alu32_subw_x', (), guard_alu32_subw_x, emit_alu32_subw_x, 12, False),
  ),
  (44, 0, None): (
      Rule('alu32_mulw_x_zba', ('zba',), guard_alu32_mulw_x_zba, emit_alu32_mulw_x_zba, 8, False),
      Rule('alu32_mulw_x', (), guard_alu32_mulw_x, emit_alu32_mulw_x, 12, False),
  ),
  (76, 0, None): (
      Rule('alu32_or_x_zba', ('zba',), guard_alu32_or_x_zba, emit_alu32_or_x_zba, 8, False),
      Rule('alu32_or_x', (), guard_alu32_or_x, emit_alu32_or_x, 12, False),
  ),
  (92, 0, None): (
      Rule('alu32_and_x_zba', ('zba',), guard_alu32_and_x_zba, emit_alu32_and_x_zba, 8, False),
      Rule('alu32_and_x', (), guard_alu32_and_x, emit_alu32_and_x, 12, False),
  ),
  (172, 0, None): (
      Rule('alu32_xor_x_zba', ('zba',), guard_alu32_xor_x_zba, emit_alu32_xor_x_zba, 8, False),
      Rule('alu32_xor_x', (), guard_alu32_xor_x, emit_alu32_xor_x, 12, False),
  ),
  (108, 0, None): (
      Rule('alu32_sllw_x_zba', ('zba',), guard_alu32_sllw_x_zba, emit_alu32_sllw_x_zba, 8, False),
      Rule('alu32_sllw_x', (), guard_alu32_sllw_x, emit_alu32_sllw_x, 12, False),
  ),
  (124, 0, None): (
      Rule('alu32_srlw_x_zba', ('zba',), guard_alu32_srlw_x_zba, emit_alu32_srlw_x_zba, 8, False),
      Rule('alu32_srlw_x', (), guard_alu32_srlw_x, emit_alu32_srlw_x, 12, False),
  ),
  (204, 0, None): (
      Rule('alu32_sraw_x_zba', ('zba',), guard_alu32_sraw_x_zba, emit_alu32_sraw_x_zba, 8, False),
      Rule('alu32_sraw_x', (), guard_alu32_sraw_x, emit_alu32_sraw_x, 12, False),
  ),
  (60, 0, None): (
      Rule('alu32_divuw_x', (), guard_alu32_divuw_x, emit_alu32_divuw_x, 24, False),
  ),
  (60, 1, None): (
      Rule('alu32_divw_x', (), guard_alu32_divw_x, emit_alu32_divw_x, 24, False),
  ),
  (156, 0, None): (
      Rule('alu32_remuw_x_zba', ('zba',), guard_alu32_remuw_x_zba, emit_alu32_remuw_x_zba, 8, False),
      Rule('alu32_remuw_x', (), guard_alu32_remuw_x, emit_alu32_remuw_x, 12, False),
  ),
  (156, 1, None): (
      Rule('alu32_remw_x_zba', ('zba',), guard_alu32_remw_x_zba, emit_alu32_remw_x_zba, 8, False),
      Rule('alu32_remw_x', (), guard_alu32_remw_x, emit_alu32_remw_x, 12, False),
  ),
  (188, 0, None): (
      Rule('alu32_mov_x_zba', ('zba',), guard_alu32_mov_x_zba, emit_alu32_mov_x_zba, 4, False),
      Rule('alu32_mov_x', (), guard_alu32_mov_x, emit_alu32_mov_x, 8, False),
  ),
  (188, 8, None): (
      Rule('alu32_movsx8', (), guard_alu32_movsx8, emit_alu32_movsx8, 12, False),
  ),
  (188, 16, None): (
      Rule('alu32_movsx16', (), guard_alu32_movsx16, emit_alu32_movsx16, 12, False),
  ),
  (132, 0, None): (
      Rule('alu32_neg_zba', ('zba',), guard_alu32_neg_zba, emit_alu32_neg_zba, 8, False),
      Rule('alu32_neg', (), guard_alu32_neg, emit_alu32_neg, 12, False),
  ),
  (84, 0, None): (
      Rule('alu32_and_k_uimm11', (), guard_alu32_and_k_uimm11, emit_alu32_and_k_uimm11, 4, False),
      Rule('alu32_and_k_imm12_zba', ('zba',), guard_alu32_and_k_imm12_zba, emit_alu32_and_k_imm12_zba, 8, False),
      Rule('alu32_and_k_imm12', (), guard_alu32_and_k_imm12, emit_alu32_and_k_imm12, 12, False),
      Rule('alu32_and_k_lui_zba', ('zba',), guard_alu32_and_k_lui_zba, emit_alu32_and_k_lui_zba, 12, False),
      Rule('alu32_and_k_lui', (), guard_alu32_and_k_lui, emit_alu32_and_k_lui, 16, False),
      Rule('alu32_and_k_lui_addiw_zba', ('zba',), guard_alu32_and_k_lui_addiw_zba, emit_alu32_and_k_lui_addiw_zba, 16, False),
      Rule('alu32_and_k_lui_addiw', (), guard_alu32_and_k_lui_addiw, emit_alu32_and_k_lui_addiw, 20, False),
  ),
  (4, 0, None): (
      Rule('alu32_add_k_imm12_zba', ('zba',), guard_alu32_add_k_imm12_zba, emit_alu32_add_k_imm12_zba, 8, False),
      Rule('alu32_add_k_imm12', (), guard_alu32_add_k_imm12, emit_alu32_add_k_imm12, 12, False),
      Rule('alu32_add_k_lui_zba', ('zba',), guard_alu32_add_k_lui_zba, emit_alu32_add_k_lui_zba, 12, False),
      Rule('alu32_add_k_lui', (), guard_alu32_add_k_lui, emit_alu32_add_k_lui, 16, False),
      Rule('alu32_add_k_lui_addiw_zba', ('zba',), guard_alu32_add_k_lui_addiw_zba, emit_alu32_add_k_lui_addiw_zba, 16, False),
      Rule('alu32_add_k_lui_addiw', (), guard_alu32_add_k_lui_addiw, emit_alu32_add_k_lui_addiw, 20, False),
  ),
  (68, 0, None): (
      Rule('alu32_or_k_imm12_zba', ('zba',), guard_alu32_or_k_imm12_zba, emit_alu32_or_k_imm12_zba, 8, False),
      Rule('alu32_or_k_imm12', (), guard_alu32_or_k_imm12, emit_alu32_or_k_imm12, 12, False),
      Rule('alu32_or_k_lui_zba', ('zba',), guard_alu32_or_k_lui_zba, emit_alu32_or_k_lui_zba, 12, False),
      Rule('alu32_or_k_lui', (), guard_alu32_or_k_lui, emit_alu32_or_k_lui, 16, False),
      Rule('alu32_or_k_lui_addiw_zba', ('zba',), guard_alu32_or_k_lui_addiw_zba, emit_alu32_or_k_lui_addiw_zba, 16, False),
      Rule('alu32_or_k_lui_addiw', (), guard_alu32_or_k_lui_addiw, emit_alu32_or_k_lui_addiw, 20, False),
  ),
  (164, 0, None): (
      Rule('alu32_xor_k_imm12_zba', ('zba',), guard_alu32_xor_k_imm12_zba, emit_alu32_xor_k_imm12_zba, 8, False),
      Rule('alu32_xor_k_imm12', (), guard_alu32_xor_k_imm12, emit_alu32_xor_k_imm12, 12, False),
      Rule('alu32_xor_k_lui_zba', ('zba',), guard_alu32_xor_k_lui_zba, emit_alu32_xor_k_lui_zba, 12, False),
      Rule('alu32_xor_k_lui', (), guard_alu32_xor_k_lui, emit_alu32_xor_k_lui, 16, False),
      Rule('alu32_xor_k_lui_addiw_zba', ('zba',), guard_alu32_xor_k_lui_addiw_zba, emit_alu32_xor_k_lui_addiw_zba, 16, False),
      Rule('alu32_xor_k_lui_addiw', (), guard_alu32_xor_k_lui_addiw, emit_alu32_xor_k_lui_addiw, 20, False),
  ),
  (20, 0, None): (
      Rule('alu32_subw_k_imm12_zba', ('zba',), guard_alu32_subw_k_imm12_zba, emit_alu32_subw_k_imm12_zba, 8, False),
      Rule('alu32_subw_k_imm12', (), guard_alu32_subw_k_imm12, emit_alu32_subw_k_imm12, 12, False),
      Rule('alu32_subw_k_lui_zba', ('zba',), guard_alu32_subw_k_lui_zba, emit_alu32_subw_k_lui_zba, 12, False),
      Rule('alu32_subw_k_lui', (), guard_alu32_subw_k_lui, emit_alu32_subw_k_lui, 16, False),
      Rule('alu32_subw_k_lui_addiw_zba', ('zba',), guard_alu32_subw_k_lui_addiw_zba, emit_alu32_subw_k_lui_addiw_zba, 16, False),
      Rule('alu32_subw_k_lui_addiw', (), guard_alu32_subw_k_lui_addiw, emit_alu32_subw_k_lui_addiw, 20, False),
  ),
  (36, 0, None): (
      Rule('alu32_mulw_k_imm12_zba', ('zba',), guard_alu32_mulw_k_imm12_zba, emit_alu32_mulw_k_imm12_zba, 12, False),
      Rule('alu32_mulw_k_imm12', (), guard_alu32_mulw_k_imm12, emit_alu32_mulw_k_imm12, 16, False),
      Rule('alu32_mulw_k_lui_zba', ('zba',), guard_alu32_mulw_k_lui_zba, emit_alu32_mulw_k_lui_zba, 12, False),
      Rule('alu32_mulw_k_lui', (), guard_alu32_mulw_k_lui, emit_alu32_mulw_k_lui, 16, False),
      Rule('alu32_mulw_k_lui_addiw_zba', ('zba',), guard_alu32_mulw_k_lui_addiw_zba, emit_alu32_mulw_k_lui_addiw_zba, 16, False),
      Rule('alu32_mulw_k_lui_addiw', (), guard_alu32_mulw_k_lui_addiw, emit_alu32_mulw_k_lui_addiw, 20, False),
  ),
  (52, 0, None): (
      Rule('alu32_divuw_k_zero', (), guard_alu32_divuw_k_zero, emit_alu32_divuw_k_zero, 4, False),
      Rule('alu32_divuw_k_imm12_zba', ('zba',), guard_alu32_divuw_k_imm12_zba, emit_alu32_divuw_k_imm12_zba, 12, False),
      Rule('alu32_divuw_k_imm12', (), guard_alu32_divuw_k_imm12, emit_alu32_divuw_k_imm12, 16, False),
      Rule('alu32_divuw_k_lui_zba', ('zba',), guard_alu32_divuw_k_lui_zba, emit_alu32_divuw_k_lui_zba, 12, False),
      Rule('alu32_divuw_k_lui', (), guard_alu32_divuw_k_lui, emit_alu32_divuw_k_lui, 16, False),
      Rule('alu32_divuw_k_lui_addiw_zba', ('zba',), guard_alu32_divuw_k_lui_addiw_zba, emit_alu32_divuw_k_lui_addiw_zba, 16, False),
      Rule('alu32_divuw_k_lui_addiw', (), guard_alu32_divuw_k_lui_addiw, emit_alu32_divuw_k_lui_addiw, 20, False),
  ),
  (148, 0, None): (
      Rule('alu32_remuw_k_zero_zba', ('zba',), guard_alu32_remuw_k_zero_zba, emit_alu32_remuw_k_zero_zba, 4, False),
      Rule('alu32_remuw_k_zero', (), guard_alu32_remuw_k_zero, emit_alu32_remuw_k_zero, 8, False),
      Rule('alu32_remuw_k_imm12_zba', ('zba',), guard_alu32_remuw_k_imm12_zba, emit_alu32_remuw_k_imm12_zba, 12, False),
      Rule('alu32_remuw_k_imm12', (), guard_alu32_remuw_k_imm12, emit_alu32_remuw_k_imm12, 16, False),
      Rule('alu32_remuw_k_lui_zba', ('zba',), guard_alu32_remuw_k_lui_zba, emit_alu32_remuw_k_lui_zba, 12, False),
      Rule('alu32_remuw_k_lui', (), guard_alu32_remuw_k_lui, emit_alu32_remuw_k_lui, 16, False),
      Rule('alu32_remuw_k_lui_addiw_zba', ('zba',), guard_alu32_remuw_k_lui_addiw_zba, emit_alu32_remuw_k_lui_addiw_zba, 16, False),
      Rule('alu32_remuw_k_lui_addiw', (), guard_alu32_remuw_k_lui_addiw, emit_alu32_remuw_k_lui_addiw, 20, False),
  ),
  (52, 1, None): (
      Rule('alu32_divw_k_zero', (), guard_alu32_divw_k_zero, emit_alu32_divw_k_zero, 4, False),
      Rule('alu32_divw_k_imm12_zba', ('zba',), guard_alu32_divw_k_imm12_zba, emit_alu32_divw_k_imm12_zba, 12, False),
      Rule('alu32_divw_k_imm12', (), guard_alu32_divw_k_imm12, emit_alu32_divw_k_imm12, 16, False),
      Rule('alu32_divw_k_lui_zba', ('zba',), guard_alu32_divw_k_lui_zba, emit_alu32_divw_k_lui_zba, 12, False),
      Rule('alu32_divw_k_lui', (), guard_alu32_divw_k_lui, emit_alu32_divw_k_lui, 16, False),
      Rule('alu32_divw_k_lui_addiw_zba', ('zba',), guard_alu32_divw_k_lui_addiw_zba, emit_alu32_divw_k_lui_addiw_zba, 16, False),
      Rule('alu32_divw_k_lui_addiw', (), guard_alu32_divw_k_lui_addiw, emit_alu32_divw_k_lui_addiw, 20, False),
  ),
  (148, 1, None): (
      Rule('alu32_remw_k_zero_zba', ('zba',), guard_alu32_remw_k_zero_zba, emit_alu32_remw_k_zero_zba, 4, False),
      Rule('alu32_remw_k_zero', (), guard_alu32_remw_k_zero, emit_alu32_remw_k_zero, 8, False),
      Rule('alu32_remw_k_imm12_zba', ('zba',), guard_alu32_remw_k_imm12_zba, emit_alu32_remw_k_imm12_zba, 12, False),
      Rule('alu32_remw_k_imm12', (), guard_alu32_remw_k_imm12, emit_alu32_remw_k_imm12, 16, False),
      Rule('alu32_remw_k_lui_zba', ('zba',), guard_alu32_remw_k_lui_zba, emit_alu32_remw_k_lui_zba, 12, False),
      Rule('alu32_remw_k_lui', (), guard_alu32_remw_k_lui, emit_alu32_remw_k_lui, 16, False),
      Rule('alu32_remw_k_lui_addiw_zba', ('zba',), guard_alu32_remw_k_lui_addiw_zba, emit_alu32_remw_k_lui_addiw_zba, 16, False),
      Rule('alu32_remw_k_lui_addiw', (), guard_alu32_remw_k_lui_addiw, emit_alu32_remw_k_lui_addiw, 20, False),
  ),
  (100, 0, None): (
      Rule('alu32_lsh_k', (), guard_alu32_lsh_k, emit_alu32_lsh_k, 8, False),
  ),
  (116, 0, None): (
      Rule('alu32_rsh_k', (), guard_alu32_rsh_k, emit_alu32_rsh_k, 8, False),
  ),
  (196, 0, None): (
      Rule('alu32_arsh_k_zba', ('zba',), guard_alu32_arsh_k_zba, emit_alu32_arsh_k_zba, 8, False),
      Rule('alu32_arsh_k', (), guard_alu32_arsh_k, emit_alu32_arsh_k, 12, False),
  ),
  (180, 0, None): (
      Rule('alu32_mov_k_imm12', (), guard_alu32_mov_k_imm12, emit_alu32_mov_k_imm12, 4, False),
      Rule('alu32_mov_k_lui', (), guard_alu32_mov_k_lui, emit_alu32_mov_k_lui, 4, False),
      Rule('alu32_mov_k_lui_addiw', (), guard_alu32_mov_k_lui_addiw, emit_alu32_mov_k_lui_addiw, 8, False),
      Rule('alu32_mov_k_imm12_zba', ('zba',), guard_alu32_mov_k_imm12_zba, emit_alu32_mov_k_imm12_zba, 8, False),
      Rule('alu32_mov_k_imm12_zext', (), guard_alu32_mov_k_imm12_zext, emit_alu32_mov_k_imm12_zext, 12, False),
      Rule('alu32_mov_k_lui_zba', ('zba',), guard_alu32_mov_k_lui_zba, emit_alu32_mov_k_lui_zba, 8, False),
      Rule('alu32_mov_k_lui_zext', (), guard_alu32_mov_k_lui_zext, emit_alu32_mov_k_lui_zext, 12, False),
      Rule('alu32_mov_k_lui_addiw_zba', ('zba',), guard_alu32_mov_k_lui_addiw_zba, emit_alu32_mov_k_lui_addiw_zba, 12, False),
      Rule('alu32_mov_k_lui_addiw_zext', (), guard_alu32_mov_k_lui_addiw_zext, emit_alu32_mov_k_lui_addiw_zext, 16, False),
  ),
  (212, 0, 16): (
      Rule('le16_zbb', ('zbb',), guard_le16_zbb, emit_le16_zbb, 4, False),
      Rule('le16', (), guard_le16, emit_le16, 8, False),
  ),
  (212, 0, 32): (
      Rule('le32_zba', ('zba',), guard_le32_zba, emit_le32_zba, 4, False),
      Rule('le32', (), guard_le32, emit_le32, 8, False),
  ),
  (212, 0, 64): (
      Rule('le64', (), guard_le64, emit_le64, 0, False),
  ),
  (220, 0, 16): (
      Rule('be16_zbb', ('zbb',), guard_be16_zbb, emit_be16_zbb, 8, False),
      Rule('be16', (), guard_be16, emit_be16, 20, False),
  ),
  (220, 0, 32): (
      Rule('be32_zbb', ('zbb',), guard_be32_zbb, emit_be32_zbb, 8, False),
      Rule('be32', (), guard_be32, emit_be32, 52, False),
  ),
  (220, 0, 64): (
      Rule('be64_zbb', ('zbb',), guard_be64_zbb, emit_be64_zbb, 4, False),
      Rule('be64', (), guard_be64, emit_be64, 112, False),
  ),
  (215, 0, 16): (
      Rule('bswap16_zbb', ('zbb',), guard_bswap16_zbb, emit_bswap16_zbb, 8, False),
      Rule('bswap16', (), guard_bswap16, emit_bswap16, 20, False),
  ),
  (215, 0, 32): (
      Rule('bswap32_zbb', ('zbb',), guard_bswap32_zbb, emit_bswap32_zbb, 8, False),
      Rule('bswap32', (), guard_bswap32, emit_bswap32, 52, False),
  ),
  (215, 0, 64): (
      Rule('bswap64_zbb', ('zbb',), guard_bswap64_zbb, emit_bswap64_zbb, 4, False),
      Rule('bswap64', (), guard_bswap64, emit_bswap64, 112, False),
  ),
  (24, 0, None): (
      Rule('ld_imm64_imm12', (), guard_ld_imm64_imm12, emit_ld_imm64_imm12, 4, False),
      Rule('ld_imm64_lui', (), guard_ld_imm64_lui, emit_ld_imm64_lui, 4, False),
      Rule('ld_imm64_lui_addiw', (), guard_ld_imm64_lui_addiw, emit_ld_imm64_lui_addiw, 8, False),
      Rule('ld_imm64_d1_imm12_s', (), guard_ld_imm64_d1_imm12_s, emit_ld_imm64_d1_imm12_s, 8, False),
      Rule('ld_imm64_d1_lui_s', (), guard_ld_imm64_d1_lui_s, emit_ld_imm64_d1_lui_s, 8, False),
      Rule('ld_imm64_uw_zba', ('zba',), guard_ld_imm64_uw_zba, emit_ld_imm64_uw_zba, 12, False),
      Rule('ld_imm64_d1_imm12_a', (), guard_ld_imm64_d1_imm12_a, emit_ld_imm64_d1_imm12_a, 12, False),
      Rule('ld_imm64_d1_lui_a', (), guard_ld_imm64_d1_lui_a, emit_ld_imm64_d1_lui_a, 12, False),
      Rule('ld_imm64_d1_lui_addiw_s', (), guard_ld_imm64_d1_lui_addiw_s, emit_ld_imm64_d1_lui_addiw_s, 12, False),
      Rule('ld_imm64_d2_imm12_ss', (), guard_ld_imm64_d2_imm12_ss, emit_ld_imm64_d2_imm12_ss, 12, False),
      Rule('ld_imm64_d2_lui_ss', (), guard_ld_imm64_d2_lui_ss, emit_ld_imm64_d2_lui_ss, 12, False),
      Rule('ld_imm64_uw', (), guard_ld_imm64_uw, emit_ld_imm64_uw, 16, False),
      Rule('ld_imm64_d1_lui_addiw_a', (), guard_ld_imm64_d1_lui_addiw_a, emit_ld_imm64_d1_lui_addiw_a, 16, False),
      Rule('ld_imm64_d2_imm12_as', (), guard_ld_imm64_d2_imm12_as, emit_ld_imm64_d2_imm12_as, 16, False),
      Rule('ld_imm64_d2_imm12_sa', (), guard_ld_imm64_d2_imm12_sa, emit_ld_imm64_d2_imm12_sa, 16, False),
      Rule('ld_imm64_d2_lui_as', (), guard_ld_imm64_d2_lui_as, emit_ld_imm64_d2_lui_as, 16, False),
      Rule('ld_imm64_d2_lui_sa', (), guard_ld_imm64_d2_lui_sa, emit_ld_imm64_d2_lui_sa, 16, False),
      Rule('ld_imm64_d2_lui_addiw_ss', (), guard_ld_imm64_d2_lui_addiw_ss, emit_ld_imm64_d2_lui_addiw_ss, 16, False),
      Rule('ld_imm64_d3_imm12_sss', (), guard_ld_imm64_d3_imm12_sss, emit_ld_imm64_d3_imm12_sss, 16, False),
      Rule('ld_imm64_d3_lui_sss', (), guard_ld_imm64_d3_lui_sss, emit_ld_imm64_d3_lui_sss, 16, False),
      Rule('ld_imm64_d2_imm12_aa', (), guard_ld_imm64_d2_imm12_aa, emit_ld_imm64_d2_imm12_aa, 20, False),
      Rule('ld_imm64_d2_lui_aa', (), guard_ld_imm64_d2_lui_aa, emit_ld_imm64_d2_lui_aa, 20, False),
      Rule('ld_imm64_d2_lui_addiw_as', (), guard_ld_imm64_d2_lui_addiw_as, emit_ld_imm64_d2_lui_addiw_as, 20, False),
      Rule('ld_imm64_d2_lui_addiw_sa', (), guard_ld_imm64_d2_lui_addiw_sa, emit_ld_imm64_d2_lui_addiw_sa, 20, False),
      Rule('ld_imm64_d3_imm12_ass', (), guard_ld_imm64_d3_imm12_ass, emit_ld_imm64_d3_imm12_ass, 20, False),
      Rule('ld_imm64_d3_imm12_sas', (), guard_ld_imm64_d3_imm12_sas, emit_ld_imm64_d3_imm12_sas, 20, False),
      Rule('ld_imm64_d3_imm12_ssa', (), guard_ld_imm64_d3_imm12_ssa, emit_ld_imm64_d3_imm12_ssa, 20, False),
      Rule('ld_imm64_d3_lui_ass', (), guard_ld_imm64_d3_lui_ass, emit_ld_imm64_d3_lui_ass, 20, False),
      Rule('ld_imm64_d3_lui_sas', (), guard_ld_imm64_d3_lui_sas, emit_ld_imm64_d3_lui_sas, 20, False),
      Rule('ld_imm64_d3_lui_ssa', (), guard_ld_imm64_d3_lui_ssa, emit_ld_imm64_d3_lui_ssa, 20, False),
      Rule('ld_imm64_d3_lui_addiw_sss', (), guard_ld_imm64_d3_lui_addiw_sss, emit_ld_imm64_d3_lui_addiw_sss, 20, False),
      Rule('ld_imm64_d2_lui_addiw_aa', (), guard_ld_imm64_d2_lui_addiw_aa, emit_ld_imm64_d2_lui_addiw_aa, 24, False),
      Rule('ld_imm64_d3_imm12_aas', (), guard_ld_imm64_d3_imm12_aas, emit_ld_imm64_d3_imm12_aas, 24, False),
      Rule('ld_imm64_d3_imm12_asa', (), guard_ld_imm64_d3_imm12_asa, emit_ld_imm64_d3_imm12_asa, 24, False),
      Rule('ld_imm64_d3_imm12_saa', (), guard_ld_imm64_d3_imm12_saa, emit_ld_imm64_d3_imm12_saa, 24, False),
      Rule('ld_imm64_d3_lui_aas', (), guard_ld_imm64_d3_lui_aas, emit_ld_imm64_d3_lui_aas, 24, False),
      Rule('ld_imm64_d3_lui_asa', (), guard_ld_imm64_d3_lui_asa, emit_ld_imm64_d3_lui_asa, 24, False),
      Rule('ld_imm64_d3_lui_saa', (), guard_ld_imm64_d3_lui_saa, emit_ld_imm64_d3_lui_saa, 24, False),
      Rule('ld_imm64_d3_lui_addiw_ass', (), guard_ld_imm64_d3_lui_addiw_ass, emit_ld_imm64_d3_lui_addiw_ass, 24, False),
      Rule('ld_imm64_d3_lui_addiw_sas', (), guard_ld_imm64_d3_lui_addiw_sas, emit_ld_imm64_d3_lui_addiw_sas, 24, False),
      Rule('ld_imm64_d3_lui_addiw_ssa', (), guard_ld_imm64_d3_lui_addiw_ssa, emit_ld_imm64_d3_lui_addiw_ssa, 24, False),
      Rule('ld_imm64_d3_imm12_aaa', (), guard_ld_imm64_d3_imm12_aaa, emit_ld_imm64_d3_imm12_aaa, 28, False),
      Rule('ld_imm64_d3_lui_aaa', (), guard_ld_imm64_d3_lui_aaa, emit_ld_imm64_d3_lui_aaa, 28, False),
      Rule('ld_imm64_d3_lui_addiw_aas', (), guard_ld_imm64_d3_lui_addiw_aas, emit_ld_imm64_d3_lui_addiw_aas, 28, False),
      Rule('ld_imm64_d3_lui_addiw_asa', (), guard_ld_imm64_d3_lui_addiw_asa, emit_ld_imm64_d3_lui_addiw_asa, 28, False),
      Rule('ld_imm64_d3_lui_addiw_saa', (), guard_ld_imm64_d3_lui_addiw_saa, emit_ld_imm64_d3_lui_addiw_saa, 28, False),
      Rule('ld_imm64_d3_lui_addiw_aaa', (), guard_ld_imm64_d3_lui_addiw_aaa, emit_ld_imm64_d3_lui_addiw_aaa, 32, False),
  ),
  (113, None, None): (
      Rule('ldx_b_off12', (), guard_ldx_b_off12, emit_ldx_b_off12, 4, False),
      Rule('ldx_b_off_lui', (), guard_ldx_b_off_lui, emit_ldx_b_off_lui, 12, False),
      Rule('ldx_b_off_lui_addiw', (), guard_ldx_b_off_lui_addiw, emit_ldx_b_off_lui_addiw, 16, False),
  ),
  (145, None, None): (
      Rule('ldxsx_b_off12', (), guard_ldxsx_b_off12, emit_ldxsx_b_off12, 4, False),
      Rule('ldxsx_b_off_lui', (), guard_ldxsx_b_off_lui, emit_ldxsx_b_off_lui, 12, False),
      Rule('ldxsx_b_off_lui_addiw', (), guard_ldxsx_b_off_lui_addiw, emit_ldxsx_b_off_lui_addiw, 16, False),
  ),
  (115, None, None): (
      Rule('stx_b_off12', (), guard_stx_b_off12, emit_stx_b_off12, 4, False),
      Rule('stx_b_off_lui', (), guard_stx_b_off_lui, emit_stx_b_off_lui, 12, False),
      Rule('stx_b_off_lui_addiw', (), guard_stx_b_off_lui_addiw, emit_stx_b_off_lui_addiw, 16, False),
  ),
  (114, None, None): (
      Rule('st_b_imm0_off12', (), guard_st_b_imm0_off12, emit_st_b_imm0_off12, 4, False),
      Rule('st_b_imm0_off_lui', (), guard_st_b_imm0_off_lui, emit_st_b_imm0_off_lui, 12, False),
      Rule('st_b_imm0_off_lui_addiw', (), guard_st_b_imm0_off_lui_addiw, emit_st_b_imm0_off_lui_addiw, 16, False),
      Rule('st_b_imm_imm12_off12', (), guard_st_b_imm_imm12_off12, emit_st_b_imm_imm12_off12, 8, False),
      Rule('st_b_imm_imm12_off_lui', (), guard_st_b_imm_imm12_off_lui, emit_st_b_imm_imm12_off_lui, 16, False),
      Rule('st_b_imm_imm12_off_lui_addiw', (), guard_st_b_imm_imm12_off_lui_addiw, emit_st_b_imm_imm12_off_lui_addiw, 20, False),
      Rule('st_b_imm_lui_off12', (), guard_st_b_imm_lui_off12, emit_st_b_imm_lui_off12, 8, False),
      Rule('st_b_imm_lui_off_lui', (), guard_st_b_imm_lui_off_lui, emit_st_b_imm_lui_off_lui, 16, False),
      Rule('st_b_imm_lui_off_lui_addiw', (), guard_st_b_imm_lui_off_lui_addiw, emit_st_b_imm_lui_off_lui_addiw, 20, False),
      Rule('st_b_imm_lui_addiw_off12', (), guard_st_b_imm_lui_addiw_off12, emit_st_b_imm_lui_addiw_off12, 12, False),
      Rule('st_b_imm_lui_addiw_off_lui', (), guard_st_b_imm_lui_addiw_off_lui, emit_st_b_imm_lui_addiw_off_lui, 20, False),
      Rule('st_b_imm_lui_addiw_off_lui_addiw', (), guard_st_b_imm_lui_addiw_off_lui_addiw, emit_st_b_imm_lui_addiw_off_lui_addiw, 24, False),
  ),
  (105, None, None): (
      Rule('ldx_h_off12', (), guard_ldx_h_off12, emit_ldx_h_off12, 4, False),
      Rule('ldx_h_off_lui', (), guard_ldx_h_off_lui, emit_ldx_h_off_lui, 12, False),
      Rule('ldx_h_off_lui_addiw', (), guard_ldx_h_off_lui_addiw, emit_ldx_h_off_lui_addiw, 16, False),
  ),
  (137, None, None): (
      Rule('ldxsx_h_off12', (), guard_ldxsx_h_off12, emit_ldxsx_h_off12, 4, False),
      Rule('ldxsx_h_off_lui', (), guard_ldxsx_h_off_lui, emit_ldxsx_h_off_lui, 12, False),
      Rule('ldxsx_h_off_lui_addiw', (), guard_ldxsx_h_off_lui_addiw, emit_ldxsx_h_off_lui_addiw, 16, False),
  ),
  (107, None, None): (
      Rule('stx_h_off12', (), guard_stx_h_off12, emit_stx_h_off12, 4, False),
      Rule('stx_h_off_lui', (), guard_stx_h_off_lui, emit_stx_h_off_lui, 12, False),
      Rule('stx_h_off_lui_addiw', (), guard_stx_h_off_lui_addiw, emit_stx_h_off_lui_addiw, 16, False),
  ),
  (106, None, None): (
      Rule('st_h_imm0_off12', (), guard_st_h_imm0_off12, emit_st_h_imm0_off12, 4, False),
      Rule('st_h_imm0_off_lui', (), guard_st_h_imm0_off_lui, emit_st_h_imm0_off_lui, 12, False),
      Rule('st_h_imm0_off_lui_addiw', (), guard_st_h_imm0_off_lui_addiw, emit_st_h_imm0_off_lui_addiw, 16, False),
      Rule('st_h_imm_imm12_off12', (), guard_st_h_imm_imm12_off12, emit_st_h_imm_imm12_off12, 8, False),
      Rule('st_h_imm_imm12_off_lui', (), guard_st_h_imm_imm12_off_lui, emit_st_h_imm_imm12_off_lui, 16, False),
      Rule('st_h_imm_imm12_off_lui_addiw', (), guard_st_h_imm_imm12_off_lui_addiw, emit_st_h_imm_imm12_off_lui_addiw, 20, False),
      Rule('st_h_imm_lui_off12', (), guard_st_h_imm_lui_off12, emit_st_h_imm_lui_off12, 8, False),
      Rule('st_h_imm_lui_off_lui', (), guard_st_h_imm_lui_off_lui, emit_st_h_imm_lui_off_lui, 16, False),
      Rule('st_h_imm_lui_off_lui_addiw', (), guard_st_h_imm_lui_off_lui_addiw, emit_st_h_imm_lui_off_lui_addiw, 20, False),
      Rule('st_h_imm_lui_addiw_off12', (), guard_st_h_imm_lui_addiw_off12, emit_st_h_imm_lui_addiw_off12, 12, False),
      Rule('st_h_imm_lui_addiw_off_lui', (), guard_st_h_imm_lui_addiw_off_lui, emit_st_h_imm_lui_addiw_off_lui, 20, False),
      Rule('st_h_imm_lui_addiw_off_lui_addiw', (), guard_st_h_imm_lui_addiw_off_lui_addiw, emit_st_h_imm_lui_addiw_off_lui_addiw, 24, False),
  ),
  (97, None, None): (
      Rule('ldx_w_off12', (), guard_ldx_w_off12, emit_ldx_w_off12, 4, False),
      Rule('ldx_w_off_lui', (), guard_ldx_w_off_lui, emit_ldx_w_off_lui, 12, False),
      Rule('ldx_w_off_lui_addiw', (), guard_ldx_w_off_lui_addiw, emit_ldx_w_off_lui_addiw, 16, False),
  ),
  (129, None, None): (
      Rule('ldxsx_w_off12', (), guard_ldxsx_w_off12, emit_ldxsx_w_off12, 4, False),
      Rule('ldxsx_w_off_lui', (), guard_ldxsx_w_off_lui, emit_ldxsx_w_off_lui, 12, False),
      Rule('ldxsx_w_off_lui_addiw', (), guard_ldxsx_w_off_lui_addiw, emit_ldxsx_w_off_lui_addiw, 16, False),
  ),
  (99, None, None): (
      Rule('stx_w_off12', (), guard_stx_w_off12, emit_stx_w_off12, 4, False),
      Rule('stx_w_off_lui', (), guard_stx_w_off_lui, emit_stx_w_off_lui, 12, False),
      Rule('stx_w_off_lui_addiw', (), guard_stx_w_off_lui_addiw, emit_stx_w_off_lui_addiw, 16, False),
  ),
  (98, None, None): (
      Rule('st_w_imm0_off12', (), guard_st_w_imm0_off12, emit_st_w_imm0_off12, 4, False),
      Rule('st_w_imm0_off_lui', (), guard_st_w_imm0_off_lui, emit_st_w_imm0_off_lui, 12, False),
      Rule('st_w_imm0_off_lui_addiw', (), guard_st_w_imm0_off_lui_addiw, emit_st_w_imm0_off_lui_addiw, 16, False),
      Rule('st_w_imm_imm12_off12', (), guard_st_w_imm_imm12_off12, emit_st_w_imm_imm12_off12, 8, False),
      Rule('st_w_imm_imm12_off_lui', (), guard_st_w_imm_imm12_off_lui, emit_st_w_imm_imm12_off_lui, 16, False),
      Rule('st_w_imm_imm12_off_lui_addiw', (), guard_st_w_imm_imm12_off_lui_addiw, emit_st_w_imm_imm12_off_lui_addiw, 20, False),
      Rule('st_w_imm_lui_off12', (), guard_st_w_imm_lui_off12, emit_st_w_imm_lui_off12, 8, False),
      Rule('st_w_imm_lui_off_lui', (), guard_st_w_imm_lui_off_lui, emit_st_w_imm_lui_off_lui, 16, False),
      Rule('st_w_imm_lui_off_lui_addiw', (), guard_st_w_imm_lui_off_lui_addiw, emit_st_w_imm_lui_off_lui_addiw, 20, False),
      Rule('st_w_imm_lui_addiw_off12', (), guard_st_w_imm_lui_addiw_off12, emit_st_w_imm_lui_addiw_off12, 12, False),
      Rule('st_w_imm_lui_addiw_off_lui', (), guard_st_w_imm_lui_addiw_off_lui, emit_st_w_imm_lui_addiw_off_lui, 20, False),
      Rule('st_w_imm_lui_addiw_off_lui_addiw', (), guard_st_w_imm_lui_addiw_off_lui_addiw, emit_st_w_imm_lui_addiw_off_lui_addiw, 24, False),
  ),
  (121, None, None): (
      Rule('ldx_d_off12', (), guard_ldx_d_off12, emit_ldx_d_off12, 4, False),
      Rule('ldx_d_off_lui', (), guard_ldx_d_off_lui, emit_ldx_d_off_lui, 12, False),
      Rule('ldx_d_off_lui_addiw', (), guard_ldx_d_off_lui_addiw, emit_ldx_d_off_lui_addiw, 16, False),
  ),
  (123, None, None): (
      Rule('stx_d_off12', (), guard_stx_d_off12, emit_stx_d_off12, 4, False),
      Rule('stx_d_off_lui', (), guard_stx_d_off_lui, emit_stx_d_off_lui, 12, False),
      Rule('stx_d_off_lui_addiw', (), guard_stx_d_off_lui_addiw, emit_stx_d_off_lui_addiw, 16, False),
  ),
  (122, None, None): (
      Rule('st_d_imm0_off12', (), guard_st_d_imm0_off12, emit_st_d_imm0_off12, 4, False),
      Rule('st_d_imm0_off_lui', (), guard_st_d_imm0_off_lui, emit_st_d_imm0_off_lui, 12, False),
      Rule('st_d_imm0_off_lui_addiw', (), guard_st_d_imm0_off_lui_addiw, emit_st_d_imm0_off_lui_addiw, 16, False),
      Rule('st_d_imm_imm12_off12', (), guard_st_d_imm_imm12_off12, emit_st_d_imm_imm12_off12, 8, False),
      Rule('st_d_imm_imm12_off_lui', (), guard_st_d_imm_imm12_off_lui, emit_st_d_imm_imm12_off_lui, 16, False),
      Rule('st_d_imm_imm12_off_lui_addiw', (), guard_st_d_imm_imm12_off_lui_addiw, emit_st_d_imm_imm12_off_lui_addiw, 20, False),
      Rule('st_d_imm_lui_off12', (), guard_st_d_imm_lui_off12, emit_st_d_imm_lui_off12, 8, False),
      Rule('st_d_imm_lui_off_lui', (), guard_st_d_imm_lui_off_lui, emit_st_d_imm_lui_off_lui, 16, False),
      Rule('st_d_imm_lui_off_lui_addiw', (), guard_st_d_imm_lui_off_lui_addiw, emit_st_d_imm_lui_off_lui_addiw, 20, False),
      Rule('st_d_imm_lui_addiw_off12', (), guard_st_d_imm_lui_addiw_off12, emit_st_d_imm_lui_addiw_off12, 12, False),
      Rule('st_d_imm_lui_addiw_off_lui', (), guard_st_d_imm_lui_addiw_off_lui, emit_st_d_imm_lui_addiw_off_lui, 20, False),
      Rule('st_d_imm_lui_addiw_off_lui_addiw', (), guard_st_d_imm_lui_addiw_off_lui_addiw, emit_st_d_imm_lui_addiw_off_lui_addiw, 24, False),
  ),
  (195, None, 0): (
      Rule('atomic_w_add_off0', (), guard_atomic_w_add_off0, emit_atomic_w_add_off0, 4, False),
      Rule('atomic_w_add_off12', (), guard_atomic_w_add_off12, emit_atomic_w_add_off12, 8, False),
      Rule('atomic_w_add_off_lui', (), guard_atomic_w_add_off_lui, emit_atomic_w_add_off_lui, 12, False),
      Rule('atomic_w_add_off_lui_addiw', (), guard_atomic_w_add_off_lui_addiw, emit_atomic_w_add_off_lui_addiw, 16, False),
  ),
  (195, None, 1): (
      Rule('atomic_w_fetch_add_off0_zba', ('zba',), guard_atomic_w_fetch_add_off0_zba, emit_atomic_w_fetch_add_off0_zba, 8, False),
      Rule('atomic_w_fetch_add_off0', (), guard_atomic_w_fetch_add_off0, emit_atomic_w_fetch_add_off0, 12, False),
      Rule('atomic_w_fetch_add_off12_zba', ('zba',), guard_atomic_w_fetch_add_off12_zba, emit_atomic_w_fetch_add_off12_zba, 12, False),
      Rule('atomic_w_fetch_add_off12', (), guard_atomic_w_fetch_add_off12, emit_atomic_w_fetch_add_off12, 16, False),
      Rule('atomic_w_fetch_add_off_lui_zba', ('zba',), guard_atomic_w_fetch_add_off_lui_zba, emit_atomic_w_fetch_add_off_lui_zba, 16, False),
      Rule('atomic_w_fetch_add_off_lui', (), guard_atomic_w_fetch_add_off_lui, emit_atomic_w_fetch_add_off_lui, 20, False),
      Rule('atomic_w_fetch_add_off_lui_addiw_zba', ('zba',), guard_atomic_w_fetch_add_off_lui_addiw_zba, emit_atomic_w_fetch_add_off_lui_addiw_zba, 20, False),
      Rule('atomic_w_fetch_add_off_lui_addiw', (), guard_atomic_w_fetch_add_off_lui_addiw, emit_atomic_w_fetch_add_off_lui_addiw, 24, False),
  ),
  (195, None, 64): (
      Rule('atomic_w_or_off0', (), guard_atomic_w_or_off0, emit_atomic_w_or_off0, 4, False),
      Rule('atomic_w_or_off12', (), guard_atomic_w_or_off12, emit_atomic_w_or_off12, 8, False),
      Rule('atomic_w_or_off_lui', (), guard_atomic_w_or_off_lui, emit_atomic_w_or_off_lui, 12, False),
      Rule('atomic_w_or_off_lui_addiw', (), guard_atomic_w_or_off_lui_addiw, emit_atomic_w_or_off_lui_addiw, 16, False),
  ),
  (195, None, 65): (
      Rule('atomic_w_fetch_or_off0_zba', ('zba',), guard_atomic_w_fetch_or_off0_zba, emit_atomic_w_fetch_or_off0_zba, 8, False),
      Rule('atomic_w_fetch_or_off0', (), guard_atomic_w_fetch_or_off0, emit_atomic_w_fetch_or_off0, 12, False),
      Rule('atomic_w_fetch_or_off12_zba', ('zba',), guard_atomic_w_fetch_or_off12_zba, emit_atomic_w_fetch_or_off12_zba, 12, False),
      Rule('atomic_w_fetch_or_off12', (), guard_atomic_w_fetch_or_off12, emit_atomic_w_fetch_or_off12, 16, False),
      Rule('atomic_w_fetch_or_off_lui_zba', ('zba',), guard_atomic_w_fetch_or_off_lui_zba, emit_atomic_w_fetch_or_off_lui_zba, 16, False),
      Rule('atomic_w_fetch_or_off_lui', (), guard_atomic_w_fetch_or_off_lui, emit_atomic_w_fetch_or_off_lui, 20, False),
      Rule('atomic_w_fetch_or_off_lui_addiw_zba', ('zba',), guard_atomic_w_fetch_or_off_lui_addiw_zba, emit_atomic_w_fetch_or_off_lui_addiw_zba, 20, False),
      Rule('atomic_w_fetch_or_off_lui_addiw', (), guard_atomic_w_fetch_or_off_lui_addiw, emit_atomic_w_fetch_or_off_lui_addiw, 24, False),
  ),
  (195, None, 80): (
      Rule('atomic_w_and_off0', (), guard_atomic_w_and_off0, emit_atomic_w_and_off0, 4, False),
      Rule('atomic_w_and_off12', (), guard_atomic_w_and_off12, emit_atomic_w_and_off12, 8, False),
      Rule('atomic_w_and_off_lui', (), guard_atomic_w_and_off_lui, emit_atomic_w_and_off_lui, 12, False),
      Rule('atomic_w_and_off_lui_addiw', (), guard_atomic_w_and_off_lui_addiw, emit_atomic_w_and_off_lui_addiw, 16, False),
  ),
  (195, None, 81): (
      Rule('atomic_w_fetch_and_off0_zba', ('zba',), guard_atomic_w_fetch_and_off0_zba, emit_atomic_w_fetch_and_off0_zba, 8, False),
      Rule('atomic_w_fetch_and_off0', (), guard_atomic_w_fetch_and_off0, emit_atomic_w_fetch_and_off0, 12, False),
      Rule('atomic_w_fetch_and_off12_zba', ('zba',), guard_atomic_w_fetch_and_off12_zba, emit_atomic_w_fetch_and_off12_zba, 12, False),
      Rule('atomic_w_fetch_and_off12', (), guard_atomic_w_fetch_and_off12, emit_atomic_w_fetch_and_off12, 16, False),
      Rule('atomic_w_fetch_and_off_lui_zba', ('zba',), guard_atomic_w_fetch_and_off_lui_zba, emit_atomic_w_fetch_and_off_lui_zba, 16, False),
      Rule('atomic_w_fetch_and_off_lui', (), guard_atomic_w_fetch_and_off_lui, emit_atomic_w_fetch_and_off_lui, 20, False),
      Rule('atomic_w_fetch_and_off_lui_addiw_zba', ('zba',), guard_atomic_w_fetch_and_off_lui_addiw_zba, emit_atomic_w_fetch_and_off_lui_addiw_zba, 20, False),
      Rule('atomic_w_fetch_and_off_lui_addiw', (), guard_atomic_w_fetch_and_off_lui_addiw, emit_atomic_w_fetch_and_off_lui_addiw, 24, False),
  ),
  (195, None, 160): (
      Rule('atomic_w_xor_off0', (), guard_atomic_w_xor_off0, emit_atomic_w_xor_off0, 4, False),
      Rule('atomic_w_xor_off12', (), guard_atomic_w_xor_off12, emit_atomic_w_xor_off12, 8, False),
      Rule('atomic_w_xor_off_lui', (), guard_atomic_w_xor_off_lui, emit_atomic_w_xor_off_lui, 12, False),
      Rule('atomic_w_xor_off_lui_addiw', (), guard_atomic_w_xor_off_lui_addiw, emit_atomic_w_xor_off_lui_addiw, 16, False),
  ),
  (195, None, 161): (
      Rule('atomic_w_fetch_xor_off0_zba', ('zba',), guard_atomic_w_fetch_xor_off0_zba, emit_atomic_w_fetch_xor_off0_zba, 8, False),
      Rule('atomic_w_fetch_xor_off0', (), guard_atomic_w_fetch_xor_off0, emit_atomic_w_fetch_xor_off0, 12, False),
      Rule('atomic_w_fetch_xor_off12_zba', ('zba',), guard_atomic_w_fetch_xor_off12_zba, emit_atomic_w_fetch_xor_off12_zba, 12, False),
      Rule('atomic_w_fetch_xor_off12', (), guard_atomic_w_fetch_xor_off12, emit_atomic_w_fetch_xor_off12, 16, False),
      Rule('atomic_w_fetch_xor_off_lui_zba', ('zba',), guard_atomic_w_fetch_xor_off_lui_zba, emit_atomic_w_fetch_xor_off_lui_zba, 16, False),
      Rule('atomic_w_fetch_xor_off_lui', (), guard_atomic_w_fetch_xor_off_lui, emit_atomic_w_fetch_xor_off_lui, 20, False),
      Rule('atomic_w_fetch_xor_off_lui_addiw_zba', ('zba',), guard_atomic_w_fetch_xor_off_lui_addiw_zba, emit_atomic_w_fetch_xor_off_lui_addiw_zba, 20, False),
      Rule('atomic_w_fetch_xor_off_lui_addiw', (), guard_atomic_w_fetch_xor_off_lui_addiw, emit_atomic_w_fetch_xor_off_lui_addiw, 24, False),
  ),
  (195, None, 225): (
      Rule('atomic_w_xchg_off0_zba', ('zba',), guard_atomic_w_xchg_off0_zba, emit_atomic_w_xchg_off0_zba, 8, False),
      Rule('atomic_w_xchg_off0', (), guard_atomic_w_xchg_off0, emit_atomic_w_xchg_off0, 12, False),
      Rule('atomic_w_xchg_off12_zba', ('zba',), guard_atomic_w_xchg_off12_zba, emit_atomic_w_xchg_off12_zba, 12, False),
      Rule('atomic_w_xchg_off12', (), guard_atomic_w_xchg_off12, emit_atomic_w_xchg_off12, 16, False),
      Rule('atomic_w_xchg_off_lui_zba', ('zba',), guard_atomic_w_xchg_off_lui_zba, emit_atomic_w_xchg_off_lui_zba, 16, False),
      Rule('atomic_w_xchg_off_lui', (), guard_atomic_w_xchg_off_lui, emit_atomic_w_xchg_off_lui, 20, False),
      Rule('atomic_w_xchg_off_lui_addiw_zba', ('zba',), guard_atomic_w_xchg_off_lui_addiw_zba, emit_atomic_w_xchg_off_lui_addiw_zba, 20, False),
      Rule('atomic_w_xchg_off_lui_addiw', (), guard_atomic_w_xchg_off_lui_addiw, emit_atomic_w_xchg_off_lui_addiw, 24, False),
  ),
  (195, None, 241): (
      Rule('atomic_w_cmpxchg_off0_zacas_zba', ('zacas', 'zba'), guard_atomic_w_cmpxchg_off0_zacas_zba, emit_atomic_w_cmpxchg_off0_zacas_zba, 8, False),
      Rule('atomic_w_cmpxchg_off0_zacas', ('zacas',), guard_atomic_w_cmpxchg_off0_zacas, emit_atomic_w_cmpxchg_off0_zacas, 12, False),
      Rule('atomic_w_cmpxchg_off12_zacas_zba', ('zacas', 'zba'), guard_atomic_w_cmpxchg_off12_zacas_zba, emit_atomic_w_cmpxchg_off12_zacas_zba, 12, False),
      Rule('atomic_w_cmpxchg_off12_zacas', ('zacas',), guard_atomic_w_cmpxchg_off12_zacas, emit_atomic_w_cmpxchg_off12_zacas, 16, False),
      Rule('atomic_w_cmpxchg_off_lui_zacas_zba', ('zacas', 'zba'), guard_atomic_w_cmpxchg_off_lui_zacas_zba, emit_atomic_w_cmpxchg_off_lui_zacas_zba, 16, False),
      Rule('atomic_w_cmpxchg_off_lui_zacas', ('zacas',), guard_atomic_w_cmpxchg_off_lui_zacas, emit_atomic_w_cmpxchg_off_lui_zacas, 20, False),
      Rule('atomic_w_cmpxchg_off_lui_addiw_zacas_zba', ('zacas', 'zba'), guard_atomic_w_cmpxchg_off_lui_addiw_zacas_zba, emit_atomic_w_cmpxchg_off_lui_addiw_zacas_zba, 20, False),
      Rule('atomic_w_cmpxchg_off_lui_addiw_zacas', ('zacas',), guard_atomic_w_cmpxchg_off_lui_addiw_zacas, emit_atomic_w_cmpxchg_off_lui_addiw_zacas, 24, False),
      Rule('atomic_w_cmpxchg_off0_zba', ('zba',), guard_atomic_w_cmpxchg_off0_zba, emit_atomic_w_cmpxchg_off0_zba, 24, False),
      Rule('atomic_w_cmpxchg_off0', (), guard_atomic_w_cmpxchg_off0, emit_atomic_w_cmpxchg_off0, 28, False),
      Rule('atomic_w_cmpxchg_off12_zba', ('zba',), guard_atomic_w_cmpxchg_off12_zba, emit_atomic_w_cmpxchg_off12_zba, 28, False),
      Rule('atomic_w_cmpxchg_off12', (), guard_atomic_w_cmpxchg_off12, emit_atomic_w_cmpxchg_off12, 32, False),
      Rule('atomic_w_cmpxchg_off_lui_zba', ('zba',), guard_atomic_w_cmpxchg_off_lui_zba, emit_atomic_w_cmpxchg_off_lui_zba, 32, False),
      Rule('atomic_w_cmpxchg_off_lui', (), guard_atomic_w_cmpxchg_off_lui, emit_atomic_w_cmpxchg_off_lui, 36, False),
      Rule('atomic_w_cmpxchg_off_lui_addiw_zba', ('zba',), guard_atomic_w_cmpxchg_off_lui_addiw_zba, emit_atomic_w_cmpxchg_off_lui_addiw_zba, 36, False),
      Rule('atomic_w_cmpxchg_off_lui_addiw', (), guard_atomic_w_cmpxchg_off_lui_addiw, emit_atomic_w_cmpxchg_off_lui_addiw, 40, False),
  ),
  (219, None, 0): (
      Rule('atomic_d_add_off0', (), guard_atomic_d_add_off0, emit_atomic_d_add_off0, 4, False),
      Rule('atomic_d_add_off12', (), guard_atomic_d_add_off12, emit_atomic_d_add_off12, 8, False),
      Rule('atomic_d_add_off_lui', (), guard_atomic_d_add_off_lui, emit_atomic_d_add_off_lui, 12, False),
      Rule('atomic_d_add_off_lui_addiw', (), guard_atomic_d_add_off_lui_addiw, emit_atomic_d_add_off_lui_addiw, 16, False),
  ),
  (219, None, 1): (
      Rule('atomic_d_fetch_add_off0', (), guard_atomic_d_fetch_add_off0, emit_atomic_d_fetch_add_off0, 4, False),
      Rule('atomic_d_fetch_add_off12', (), guard_atomic_d_fetch_add_off12, emit_atomic_d_fetch_add_off12, 8, False),
      Rule('atomic_d_fetch_add_off_lui', (), guard_atomic_d_fetch_add_off_lui, emit_atomic_d_fetch_add_off_lui, 12, False),
      Rule('atomic_d_fetch_add_off_lui_addiw', (), guard_atomic_d_fetch_add_off_lui_addiw, emit_atomic_d_fetch_add_off_lui_addiw, 16, False),
  ),
  (219, None, 64): (
      Rule('atomic_d_or_off0', (), guard_atomic_d_or_off0, emit_atomic_d_or_off0, 4, False),
      Rule('atomic_d_or_off12', (), guard_atomic_d_or_off12, emit_atomic_d_or_off12, 8, False),
      Rule('atomic_d_or_off_lui', (), guard_atomic_d_or_off_lui, emit_atomic_d_or_off_lui, 12, False),
      Rule('atomic_d_or_off_lui_addiw', (), guard_atomic_d_or_off_lui_addiw, emit_atomic_d_or_off_lui_addiw, 16, False),
  ),
  (219, None, 65): (
      Rule('atomic_d_fetch_or_off0', (), guard_atomic_d_fetch_or_off0, emit_atomic_d_fetch_or_off0, 4, False),
      Rule('atomic_d_fetch_or_off12', (), guard_atomic_d_fetch_or_off12, emit_atomic_d_fetch_or_off12, 8, False),
      Rule('atomic_d_fetch_or_off_lui', (), guard_atomic_d_fetch_or_off_lui, emit_atomic_d_fetch_or_off_lui, 12, False),
      Rule('atomic_d_fetch_or_off_lui_addiw', (), guard_atomic_d_fetch_or_off_lui_addiw, emit_atomic_d_fetch_or_off_lui_addiw, 16, False),
  ),
  (219, None, 80): (
      Rule('atomic_d_and_off0', (), guard_atomic_d_and_off0, emit_atomic_d_and_off0, 4, False),
      Rule('atomic_d_and_off12', (), guard_atomic_d_and_off12, emit_atomic_d_and_off12, 8, False),
      Rule('atomic_d_and_off_lui', (), guard_atomic_d_and_off_lui, emit_atomic_d_and_off_lui, 12, False),
      Rule('atomic_d_and_off_lui_addiw', (), guard_atomic_d_and_off_lui_addiw, emit_atomic_d_and_off_lui_addiw, 16, False),
  ),
  (219, None, 81): (
      Rule('atomic_d_fetch_and_off0', (), guard_atomic_d_fetch_and_off0, emit_atomic_d_fetch_and_off0, 4, False),
      Rule('atomic_d_fetch_and_off12', (), guard_atomic_d_fetch_and_off12, emit_atomic_d_fetch_and_off12, 8, False),
      Rule('atomic_d_fetch_and_off_lui', (), guard_atomic_d_fetch_and_off_lui, emit_atomic_d_fetch_and_off_lui, 12, False),
      Rule('atomic_d_fetch_and_off_lui_addiw', (), guard_atomic_d_fetch_and_off_lui_addiw, emit_atomic_d_fetch_and_off_lui_addiw, 16, False),
  ),
  (219, None, 160): (
      Rule('atomic_d_xor_off0', (), guard_atomic_d_xor_off0, emit_atomic_d_xor_off0, 4, False),
      Rule('atomic_d_xor_off12', (), guard_atomic_d_xor_off12, emit_atomic_d_xor_off12, 8, False),
      Rule('atomic_d_xor_off_lui', (), guard_atomic_d_xor_off_lui, emit_atomic_d_xor_off_lui, 12, False),
      Rule('atomic_d_xor_off_lui_addiw', (), guard_atomic_d_xor_off_lui_addiw, emit_atomic_d_xor_off_lui_addiw, 16, False),
  ),
  (219, None, 161): (
      Rule('atomic_d_fetch_xor_off0', (), guard_atomic_d_fetch_xor_off0, emit_atomic_d_fetch_xor_off0, 4, False),
      Rule('atomic_d_fetch_xor_off12', (), guard_atomic_d_fetch_xor_off12, emit_atomic_d_fetch_xor_off12, 8, False),
      Rule('atomic_d_fetch_xor_off_lui', (), guard_atomic_d_fetch_xor_off_lui, emit_atomic_d_fetch_xor_off_lui, 12, False),
      Rule('atomic_d_fetch_xor_off_lui_addiw', (), guard_atomic_d_fetch_xor_off_lui_addiw, emit_atomic_d_fetch_xor_off_lui_addiw, 16, False),
  ),
  (219, None, 225): (
      Rule('atomic_d_xchg_off0', (), guard_atomic_d_xchg_off0, emit_atomic_d_xchg_off0, 4, False),
      Rule('atomic_d_xchg_off12', (), guard_atomic_d_xchg_off12, emit_atomic_d_xchg_off12, 8, False),
      Rule('atomic_d_xchg_off_lui', (), guard_atomic_d_xchg_off_lui, emit_atomic_d_xchg_off_lui, 12, False),
      Rule('atomic_d_xchg_off_lui_addiw', (), guard_atomic_d_xchg_off_lui_addiw, emit_atomic_d_xchg_off_lui_addiw, 16, False),
  ),
  (219, None, 241): (
      Rule('atomic_d_cmpxchg_off0_zacas', ('zacas',), guard_atomic_d_cmpxchg_off0_zacas, emit_atomic_d_cmpxchg_off0_zacas, 4, False),
      Rule('atomic_d_cmpxchg_off12_zacas', ('zacas',), guard_atomic_d_cmpxchg_off12_zacas, emit_atomic_d_cmpxchg_off12_zacas, 8, False),
      Rule('atomic_d_cmpxchg_off_lui_zacas', ('zacas',), guard_atomic_d_cmpxchg_off_lui_zacas, emit_atomic_d_cmpxchg_off_lui_zacas, 12, False),
      Rule('atomic_d_cmpxchg_off_lui_addiw_zacas', ('zacas',), guard_atomic_d_cmpxchg_off_lui_addiw_zacas, emit_atomic_d_cmpxchg_off_lui_addiw_zacas, 16, False),
      Rule('atomic_d_cmpxchg_off0', (), guard_atomic_d_cmpxchg_off0, emit_atomic_d_cmpxchg_off0, 20, False),
      Rule('atomic_d_cmpxchg_off12', (), guard_atomic_d_cmpxchg_off12, emit_atomic_d_cmpxchg_off12, 24, False),
      Rule('atomic_d_cmpxchg_off_lui', (), guard_atomic_d_cmpxchg_off_lui, emit_atomic_d_cmpxchg_off_lui, 28, False),
      Rule('atomic_d_cmpxchg_off_lui_addiw', (), guard_atomic_d_cmpxchg_off_lui_addiw, emit_atomic_d_cmpxchg_off_lui_addiw, 32, False),
  ),
  (211, None, 256): (
      Rule('load_acquire_b_off12', (), guard_load_acquire_b_off12, emit_load_acquire_b_off12, 8, False),
      Rule('load_acquire_b_off_lui', (), guard_load_acquire_b_off_lui, emit_load_acquire_b_off_lui, 16, False),
      Rule('load_acquire_b_off_lui_addiw', (), guard_load_acquire_b_off_lui_addiw, emit_load_acquire_b_off_lui_addiw, 20, False),
  ),
  (211, None, 272): (
      Rule('store_release_b_off12', (), guard_store_release_b_off12, emit_store_release_b_off12, 8, False),
      Rule('store_release_b_off_lui', (), guard_store_release_b_off_lui, emit_store_release_b_off_lui, 16, False),
      Rule('store_release_b_off_lui_addiw', (), guard_store_release_b_off_lui_addiw, emit_store_release_b_off_lui_addiw, 20, False),
  ),
  (203, None, 256): (
      Rule('load_acquire_h_off12', (), guard_load_acquire_h_off12, emit_load_acquire_h_off12, 8, False),
      Rule('load_acquire_h_off_lui', (), guard_load_acquire_h_off_lui, emit_load_acquire_h_off_lui, 16, False),
      Rule('load_acquire_h_off_lui_addiw', (), guard_load_acquire_h_off_lui_addiw, emit_load_acquire_h_off_lui_addiw, 20, False),
  ),
  (203, None, 272): (
      Rule('store_release_h_off12', (), guard_store_release_h_off12, emit_store_release_h_off12, 8, False),
      Rule('store_release_h_off_lui', (), guard_store_release_h_off_lui, emit_store_release_h_off_lui, 16, False),
      Rule('store_release_h_off_lui_addiw', (), guard_store_release_h_off_lui_addiw, emit_store_release_h_off_lui_addiw, 20, False),
  ),
  (195, None, 256): (
      Rule('load_acquire_w_off12', (), guard_load_acquire_w_off12, emit_load_acquire_w_off12, 8, False),
      Rule('load_acquire_w_off_lui', (), guard_load_acquire_w_off_lui, emit_load_acquire_w_off_lui, 16, False),
      Rule('load_acquire_w_off_lui_addiw', (), guard_load_acquire_w_off_lui_addiw, emit_load_acquire_w_off_lui_addiw, 20, False),
  ),
  (195, None, 272): (
      Rule('store_release_w_off12', (), guard_store_release_w_off12, emit_store_release_w_off12, 8, False),
      Rule('store_release_w_off_lui', (), guard_store_release_w_off_lui, emit_store_release_w_off_lui, 16, False),
      Rule('store_release_w_off_lui_addiw', (), guard_store_release_w_off_lui_addiw, emit_store_release_w_off_lui_addiw, 20, False),
  ),
  (219, None, 256): (
      Rule('load_acquire_d_off12', (), guard_load_acquire_d_off12, emit_load_acquire_d_off12, 8, False),
      Rule('load_acquire_d_off_lui', (), guard_load_acquire_d_off_lui, emit_load_acquire_d_off_lui, 16, False),
      Rule('load_acquire_d_off_lui_addiw', (), guard_load_acquire_d_off_lui_addiw, emit_load_acquire_d_off_lui_addiw, 20, False),
  ),
  (219, None, 272): (
      Rule('store_release_d_off12', (), guard_store_release_d_off12, emit_store_release_d_off12, 8, False),
      Rule('store_release_d_off_lui', (), guard_store_release_d_off_lui, emit_store_release_d_off_lui, 16, False),
      Rule('store_release_d_off_lui_addiw', (), guard_store_release_d_off_lui_addiw, emit_store_release_d_off_lui_addiw, 20, False),
  ),
  (149, 0, None): (
      Rule('exit_fallthrough', (), guard_exit_fallthrough, emit_exit_fallthrough, 0, True),
      Rule('exit_cj', ('c',), guard_exit_cj, emit_exit_cj, 2, True),
      Rule('exit_jal', (), guard_exit_jal, emit_exit_jal, 4, True),
      Rule('exit_far', (), guard_exit_far, emit_exit_far, 8, True),
  ),
  (5, None, None): (
      Rule('ja_fallthrough', (), guard_ja_fallthrough, emit_ja_fallthrough, 0, True),
      Rule('ja_cj', ('c',), guard_ja_cj, emit_ja_cj, 2, True),
      Rule('ja_jal', (), guard_ja_jal, emit_ja_jal, 4, True),
      Rule('ja_far', (), guard_ja_far, emit_ja_far, 8, True),
  ),
  (6, 0, None): (
      Rule('gotol_fallthrough', (), guard_gotol_fallthrough, emit_gotol_fallthrough, 0, True),
      Rule('gotol_cj', ('c',), guard_gotol_cj, emit_gotol_cj, 2, True),
      Rule('gotol_jal', (), guard_gotol_jal, emit_gotol_jal, 4, True),
      Rule('gotol_far', (), guard_gotol_far, emit_gotol_far, 8, True),
  ),
  (21, None, None): (
      Rule('jmp_jeq_k0_near', (), guard_jmp_jeq_k0_near, emit_jmp_jeq_k0_near, 4, True),
      Rule('jmp_jeq_k0_jal', (), guard_jmp_jeq_k0_jal, emit_jmp_jeq_k0_jal, 8, True),
      Rule('jmp_jeq_k0_far', (), guard_jmp_jeq_k0_far, emit_jmp_jeq_k0_far, 12, True),
      Rule('jmp_jeq_k_imm12_near', (), guard_jmp_jeq_k_imm12_near, emit_jmp_jeq_k_imm12_near, 8, True),
      Rule('jmp_jeq_k_imm12_jal', (), guard_jmp_jeq_k_imm12_jal, emit_jmp_jeq_k_imm12_jal, 12, True),
      Rule('jmp_jeq_k_imm12_far', (), guard_jmp_jeq_k_imm12_far, emit_jmp_jeq_k_imm12_far, 16, True),
      Rule('jmp_jeq_k_lui_near', (), guard_jmp_jeq_k_lui_near, emit_jmp_jeq_k_lui_near, 8, True),
      Rule('jmp_jeq_k_lui_jal', (), guard_jmp_jeq_k_lui_jal, emit_jmp_jeq_k_lui_jal, 12, True),
      Rule('jmp_jeq_k_lui_far', (), guard_jmp_jeq_k_lui_far, emit_jmp_jeq_k_lui_far, 16, True),
      Rule('jmp_jeq_k_lui_addiw_near', (), guard_jmp_jeq_k_lui_addiw_near, emit_jmp_jeq_k_lui_addiw_near, 12, True),
      Rule('jmp_jeq_k_lui_addiw_jal', (), guard_jmp_jeq_k_lui_addiw_jal, emit_jmp_jeq_k_lui_addiw_jal, 16, True),
      Rule('jmp_jeq_k_lui_addiw_far', (), guard_jmp_jeq_k_lui_addiw_far, emit_jmp_jeq_k_lui_addiw_far, 20, True),
  ),
  (29, None, None): (
      Rule('jmp_jeq_x_near', (), guard_jmp_jeq_x_near, emit_jmp_jeq_x_near, 4, True),
      Rule('jmp_jeq_x_jal', (), guard_jmp_jeq_x_jal, emit_jmp_jeq_x_jal, 8, True),
      Rule('jmp_jeq_x_far', (), guard_jmp_jeq_x_far, emit_jmp_jeq_x_far, 12, True),
  ),
  (85, None, None): (
      Rule('jmp_jne_k0_near', (), guard_jmp_jne_k0_near, emit_jmp_jne_k0_near, 4, True),
      Rule('jmp_jne_k0_jal', (), guard_jmp_jne_k0_jal, emit_jmp_jne_k0_jal, 8, True),
      Rule('jmp_jne_k0_far', (), guard_jmp_jne_k0_far, emit_jmp_jne_k0_far, 12, True),
      Rule('jmp_jne_k_imm12_near', (), guard_jmp_jne_k_imm12_near, emit_jmp_jne_k_imm12_near, 8, True),
      Rule('jmp_jne_k_imm12_jal', (), guard_jmp_jne_k_imm12_jal, emit_jmp_jne_k_imm12_jal, 12, True),
      Rule('jmp_jne_k_imm12_far', (), guard_jmp_jne_k_imm12_far, emit_jmp_jne_k_imm12_far, 16, True),
      Rule('jmp_jne_k_lui_near', (), guard_jmp_jne_k_lui_near, emit_jmp_jne_k_lui_near, 8, True),
      Rule('jmp_jne_k_lui_jal', (), guard_jmp_jne_k_lui_jal, emit_jmp_jne_k_lui_jal, 12, True),
      Rule('jmp_jne_k_lui_far', (), guard_jmp_jne_k_lui_far, emit_jmp_jne_k_lui_far, 16, True),
      Rule('jmp_jne_k_lui_addiw_near', (), guard_jmp_jne_k_lui_addiw_near, emit_jmp_jne_k_lui_addiw_near, 12, True),
      Rule('jmp_jne_k_lui_addiw_jal', (), guard_jmp_jne_k_lui_addiw_jal, emit_jmp_jne_k_lui_addiw_jal, 16, True),
      Rule('jmp_jne_k_lui_addiw_far', (), guard_jmp_jne_k_lui_addiw_far, emit_jmp_jne_k_lui_addiw_far, 20, True),
  ),
  (93, None, None): (
      Rule('jmp_jne_x_near', (), guard_jmp_jne_x_near, emit_jmp_jne_x_near, 4, True),
      Rule('jmp_jne_x_jal', (), guard_jmp_jne_x_jal, emit_jmp_jne_x_jal, 8, True),
      Rule('jmp_jne_x_far', (), guard_jmp_jne_x_far, emit_jmp_jne_x_far, 12, True),
  ),
  (37, None, None): (
      Rule('jmp_jgt_k0_near', (), guard_jmp_jgt_k0_near, emit_jmp_jgt_k0_near, 4, True),
      Rule('jmp_jgt_k0_jal', (), guard_jmp_jgt_k0_jal, emit_jmp_jgt_k0_jal, 8, True),
      Rule('jmp_jgt_k0_far', (), guard_jmp_jgt_k0_far, emit_jmp_jgt_k0_far, 12, True),
      Rule('jmp_jgt_k_imm12_near', (), guard_jmp_jgt_k_imm12_near, emit_jmp_jgt_k_imm12_near, 8, True),
      Rule('jmp_jgt_k_imm12_jal', (), guard_jmp_jgt_k_imm12_jal, emit_jmp_jgt_k_imm12_jal, 12, True),
      Rule('jmp_jgt_k_imm12_far', (), guard_jmp_jgt_k_imm12_far, emit_jmp_jgt_k_imm12_far, 16, True),
      Rule('jmp_jgt_k_lui_near', (), guard_jmp_jgt_k_lui_near, emit_jmp_jgt_k_lui_near, 8, True),
      Rule('jmp_jgt_k_lui_jal', (), guard_jmp_jgt_k_lui_jal, emit_jmp_jgt_k_lui_jal, 12, True),
      Rule('jmp_jgt_k_lui_far', (), guard_jmp_jgt_k_lui_far, emit_jmp_jgt_k_lui_far, 16, True),
      Rule('jmp_jgt_k_lui_addiw_near', (), guard_jmp_jgt_k_lui_addiw_near, emit_jmp_jgt_k_lui_addiw_near, 12, True),
      Rule('jmp_jgt_k_lui_addiw_jal', (), guard_jmp_jgt_k_lui_addiw_jal, emit_jmp_jgt_k_lui_addiw_jal, 16, True),
      Rule('jmp_jgt_k_lui_addiw_far', (), guard_jmp_jgt_k_lui_addiw_far, emit_jmp_jgt_k_lui_addiw_far, 20, True),
  ),
  (45, None, None): (
      Rule('jmp_jgt_x_near', (), guard_jmp_jgt_x_near, emit_jmp_jgt_x_near, 4, True),
      Rule('jmp_jgt_x_jal', (), guard_jmp_jgt_x_jal, emit_jmp_jgt_x_jal, 8, True),
      Rule('jmp_jgt_x_far', (), guard_jmp_jgt_x_far, emit_jmp_jgt_x_far, 12, True),
  ),
  (53, None, None): (
      Rule('jmp_jge_k0_near', (), guard_jmp_jge_k0_near, emit_jmp_jge_k0_near, 4, True),
      Rule('jmp_jge_k0_jal', (), guard_jmp_jge_k0_jal, emit_jmp_jge_k0_jal, 8, True),
      Rule('jmp_jge_k0_far', (), guard_jmp_jge_k0_far, emit_jmp_jge_k0_far, 12, True),
      Rule('jmp_jge_k_imm12_near', (), guard_jmp_jge_k_imm12_near, emit_jmp_jge_k_imm12_near, 8, True),
      Rule('jmp_jge_k_imm12_jal', (), guard_jmp_jge_k_imm12_jal, emit_jmp_jge_k_imm12_jal, 12, True),
      Rule('jmp_jge_k_imm12_far', (), guard_jmp_jge_k_imm12_far, emit_jmp_jge_k_imm12_far, 16, True),
      Rule('jmp_jge_k_lui_near', (), guard_jmp_jge_k_lui_near, emit_jmp_jge_k_lui_near, 8, True),
      Rule('jmp_jge_k_lui_jal', (), guard_jmp_jge_k_lui_jal, emit_jmp_jge_k_lui_jal, 12, True),
      Rule('jmp_jge_k_lui_far', (), guard_jmp_jge_k_lui_far, emit_jmp_jge_k_lui_far, 16, True),
      Rule('jmp_jge_k_lui_addiw_near', (), guard_jmp_jge_k_lui_addiw_near, emit_jmp_jge_k_lui_addiw_near, 12, True),
      Rule('jmp_jge_k_lui_addiw_jal', (), guard_jmp_jge_k_lui_addiw_jal, emit_jmp_jge_k_lui_addiw_jal, 16, True),
      Rule('jmp_jge_k_lui_addiw_far', (), guard_jmp_jge_k_lui_addiw_far, emit_jmp_jge_k_lui_addiw_far, 20, True),
  ),
  (61, None, None): (
      Rule('jmp_jge_x_near', (), guard_jmp_jge_x_near, emit_jmp_jge_x_near, 4, True),
      Rule('jmp_jge_x_jal', (), guard_jmp_jge_x_jal, emit_jmp_jge_x_jal, 8, True),
      Rule('jmp_jge_x_far', (), guard_jmp_jge_x_far, emit_jmp_jge_x_far, 12, True),
  ),
  (165, None, None): (
      Rule('jmp_jlt_k0_near', (), guard_jmp_jlt_k0_near, emit_jmp_jlt_k0_near, 4, True),
      Rule('jmp_jlt_k0_jal', (), guard_jmp_jlt_k0_jal, emit_jmp_jlt_k0_jal, 8, True),
      Rule('jmp_jlt_k0_far', (), guard_jmp_jlt_k0_far, emit_jmp_jlt_k0_far, 12, True),
      Rule('jmp_jlt_k_imm12_near', (), guard_jmp_jlt_k_imm12_near, emit_jmp_jlt_k_imm12_near, 8, True),
      Rule('jmp_jlt_k_imm12_jal', (), guard_jmp_jlt_k_imm12_jal, emit_jmp_jlt_k_imm12_jal, 12, True),
      Rule('jmp_jlt_k_imm12_far', (), guard_jmp_jlt_k_imm12_far, emit_jmp_jlt_k_imm12_far, 16, True),
      Rule('jmp_jlt_k_lui_near', (), guard_jmp_jlt_k_lui_near, emit_jmp_jlt_k_lui_near, 8, True),
      Rule('jmp_jlt_k_lui_jal', (), guard_jmp_jlt_k_lui_jal, emit_jmp_jlt_k_lui_jal, 12, True),
      Rule('jmp_jlt_k_lui_far', (), guard_jmp_jlt_k_lui_far, emit_jmp_jlt_k_lui_far, 16, True),
      Rule('jmp_jlt_k_lui_addiw_near', (), guard_jmp_jlt_k_lui_addiw_near, emit_jmp_jlt_k_lui_addiw_near, 12, True),
      Rule('jmp_jlt_k_lui_addiw_jal', (), guard_jmp_jlt_k_lui_addiw_jal, emit_jmp_jlt_k_lui_addiw_jal, 16, True),
      Rule('jmp_jlt_k_lui_addiw_far', (), guard_jmp_jlt_k_lui_addiw_far, emit_jmp_jlt_k_lui_addiw_far, 20, True),
  ),
  (173, None, None): (
      Rule('jmp_jlt_x_near', (), guard_jmp_jlt_x_near, emit_jmp_jlt_x_near, 4, True),
      Rule('jmp_jlt_x_jal', (), guard_jmp_jlt_x_jal, emit_jmp_jlt_x_jal, 8, True),
      Rule('jmp_jlt_x_far', (), guard_jmp_jlt_x_far, emit_jmp_jlt_x_far, 12, True),
  ),
  (181, None, None): (
      Rule('jmp_jle_k0_near', (), guard_jmp_jle_k0_near, emit_jmp_jle_k0_near, 4, True),
      Rule('jmp_jle_k0_jal', (), guard_jmp_jle_k0_jal, emit_jmp_jle_k0_jal, 8, True),
      Rule('jmp_jle_k0_far', (), guard_jmp_jle_k0_far, emit_jmp_jle_k0_far, 12, True),
      Rule('jmp_jle_k_imm12_near', (), guard_jmp_jle_k_imm12_near, emit_jmp_jle_k_imm12_near, 8, True),
      Rule('jmp_jle_k_imm12_jal', (), guard_jmp_jle_k_imm12_jal, emit_jmp_jle_k_imm12_jal, 12, True),
      Rule('jmp_jle_k_imm12_far', (), guard_jmp_jle_k_imm12_far, emit_jmp_jle_k_imm12_far, 16, True),
      Rule('jmp_jle_k_lui_near', (), guard_jmp_jle_k_lui_near, emit_jmp_jle_k_lui_near, 8, True),
      Rule('jmp_jle_k_lui_jal', (), guard_jmp_jle_k_lui_jal, emit_jmp_jle_k_lui_jal, 12, True),
      Rule('jmp_jle_k_lui_far', (), guard_jmp_jle_k_lui_far, emit_jmp_jle_k_lui_far, 16, True),
      Rule('jmp_jle_k_lui_addiw_near', (), guard_jmp_jle_k_lui_addiw_near, emit_jmp_jle_k_lui_addiw_near, 12, True),
      Rule('jmp_jle_k_lui_addiw_jal', (), guard_jmp_jle_k_lui_addiw_jal, emit_jmp_jle_k_lui_addiw_jal, 16, True),
      Rule('jmp_jle_k_lui_addiw_far', (), guard_jmp_jle_k_lui_addiw_far, emit_jmp_jle_k_lui_addiw_far, 20, True),
  ),
  (189, None, None): (
      Rule('jmp_jle_x_near', (), guard_jmp_jle_x_near, emit_jmp_jle_x_near, 4, True),
      Rule('jmp_jle_x_jal', (), guard_jmp_jle_x_jal, emit_jmp_jle_x_jal, 8, True),
      Rule('jmp_jle_x_far', (), guard_jmp_jle_x_far, emit_jmp_jle_x_far, 12, True),
  ),
  (101, None, None): (
      Rule('jmp_jsgt_k0_near', (), guard_jmp_jsgt_k0_near, emit_jmp_jsgt_k0_near, 4, True),
      Rule('jmp_jsgt_k0_jal', (), guard_jmp_jsgt_k0_jal, emit_jmp_jsgt_k0_jal, 8, True),
      Rule('jmp_jsgt_k0_far', (), guard_jmp_jsgt_k0_far, emit_jmp_jsgt_k0_far, 12, True),
      Rule('jmp_jsgt_k_imm12_near', (), guard_jmp_jsgt_k_imm12_near, emit_jmp_jsgt_k_imm12_near, 8, True),
      Rule('jmp_jsgt_k_imm12_jal', (), guard_jmp_jsgt_k_imm12_jal, emit_jmp_jsgt_k_imm12_jal, 12, True),
      Rule('jmp_jsgt_k_imm12_far', (), guard_jmp_jsgt_k_imm12_far, emit_jmp_jsgt_k_imm12_far, 16, True),
      Rule('jmp_jsgt_k_lui_near', (), guard_jmp_jsgt_k_lui_near, emit_jmp_jsgt_k_lui_near, 8, True),
      Rule('jmp_jsgt_k_lui_jal', (), guard_jmp_jsgt_k_lui_jal, emit_jmp_jsgt_k_lui_jal, 12, True),
      Rule('jmp_jsgt_k_lui_far', (), guard_jmp_jsgt_k_lui_far, emit_jmp_jsgt_k_lui_far, 16, True),
      Rule('jmp_jsgt_k_lui_addiw_near', (), guard_jmp_jsgt_k_lui_addiw_near, emit_jmp_jsgt_k_lui_addiw_near, 12, True),
      Rule('jmp_jsgt_k_lui_addiw_jal', (), guard_jmp_jsgt_k_lui_addiw_jal, emit_jmp_jsgt_k_lui_addiw_jal, 16, True),
      Rule('jmp_jsgt_k_lui_addiw_far', (), guard_jmp_jsgt_k_lui_addiw_far, emit_jmp_jsgt_k_lui_addiw_far, 20, True),
  ),
  (109, None, None): (
      Rule('jmp_jsgt_x_near', (), guard_jmp_jsgt_x_near, emit_jmp_jsgt_x_near, 4, True),
      Rule('jmp_jsgt_x_jal', (), guard_jmp_jsgt_x_jal, emit_jmp_jsgt_x_jal, 8, True),
      Rule('jmp_jsgt_x_far', (), guard_jmp_jsgt_x_far, emit_jmp_jsgt_x_far, 12, True),
  ),
  (117, None, None): (
      Rule('jmp_jsge_k0_near', (), guard_jmp_jsge_k0_near, emit_jmp_jsge_k0_near, 4, True),
      Rule('jmp_jsge_k0_jal', (), guard_jmp_jsge_k0_jal, emit_jmp_jsge_k0_jal, 8, True),
      Rule('jmp_jsge_k0_far', (), guard_jmp_jsge_k0_far, emit_jmp_jsge_k0_far, 12, True),
      Rule('jmp_jsge_k_imm12_near', (), guard_jmp_jsge_k_imm12_near, emit_jmp_jsge_k_imm12_near, 8, True),
      Rule('jmp_jsge_k_imm12_jal', (), guard_jmp_jsge_k_imm12_jal, emit_jmp_jsge_k_imm12_jal, 12, True),
      Rule('jmp_jsge_k_imm12_far', (), guard_jmp_jsge_k_imm12_far, emit_jmp_jsge_k_imm12_far, 16, True),
      Rule('jmp_jsge_k_lui_near', (), guard_jmp_jsge_k_lui_near, emit_jmp_jsge_k_lui_near, 8, True),
      Rule('jmp_jsge_k_lui_jal', (), guard_jmp_jsge_k_lui_jal, emit_jmp_jsge_k_lui_jal, 12, True),
      Rule('jmp_jsge_k_lui_far', (), guard_jmp_jsge_k_lui_far, emit_jmp_jsge_k_lui_far, 16, True),
      Rule('jmp_jsge_k_lui_addiw_near', (), guard_jmp_jsge_k_lui_addiw_near, emit_jmp_jsge_k_lui_addiw_near, 12, True),
      Rule('jmp_jsge_k_lui_addiw_jal', (), guard_jmp_jsge_k_lui_addiw_jal, emit_jmp_jsge_k_lui_addiw_jal, 16, True),
      Rule('jmp_jsge_k_lui_addiw_far', (), guard_jmp_jsge_k_lui_addiw_far, emit_jmp_jsge_k_lui_addiw_far, 20, True),
  ),
  (125, None, None): (
      Rule('jmp_jsge_x_near', (), guard_jmp_jsge_x_near, emit_jmp_jsge_x_near, 4, True),
      Rule('jmp_jsge_x_jal', (), guard_jmp_jsge_x_jal, emit_jmp_jsge_x_jal, 8, True),
      Rule('jmp_jsge_x_far', (), guard_jmp_jsge_x_far, emit_jmp_jsge_x_far, 12, True),
  ),
  (197, None, None): (
      Rule('jmp_jslt_k0_near', (), guard_jmp_jslt_k0_near, emit_jmp_jslt_k0_near, 4, True),
      Rule('jmp_jslt_k0_jal', (), guard_jmp_jslt_k0_jal, emit_jmp_jslt_k0_jal, 8, True),
      Rule('jmp_jslt_k0_far', (), guard_jmp_jslt_k0_far, emit_jmp_jslt_k0_far, 12, True),
      Rule('jmp_jslt_k_imm12_near', (), guard_jmp_jslt_k_imm12_near, emit_jmp_jslt_k_imm12_near, 8, True),
      Rule('jmp_jslt_k_imm12_jal', (), guard_jmp_jslt_k_imm12_jal, emit_jmp_jslt_k_imm12_jal, 12, True),
      Rule('jmp_jslt_k_imm12_far', (), guard_jmp_jslt_k_imm12_far, emit_jmp_jslt_k_imm12_far, 16, True),
      Rule('jmp_jslt_k_lui_near', (), guard_jmp_jslt_k_lui_near, emit_jmp_jslt_k_lui_near, 8, True),
      Rule('jmp_jslt_k_lui_jal', (), guard_jmp_jslt_k_lui_jal, emit_jmp_jslt_k_lui_jal, 12, True),
      Rule('jmp_jslt_k_lui_far', (), guard_jmp_jslt_k_lui_far, emit_jmp_jslt_k_lui_far, 16, True),
      Rule('jmp_jslt_k_lui_addiw_near', (), guard_jmp_jslt_k_lui_addiw_near, emit_jmp_jslt_k_lui_addiw_near, 12, True),
      Rule('jmp_jslt_k_lui_addiw_jal', (), guard_jmp_jslt_k_lui_addiw_jal, emit_jmp_jslt_k_lui_addiw_jal, 16, True),
      Rule('jmp_jslt_k_lui_addiw_far', (), guard_jmp_jslt_k_lui_addiw_far, emit_jmp_jslt_k_lui_addiw_far, 20, True),
  ),
  (205, None, None): (
      Rule('jmp_jslt_x_near', (), guard_jmp_jslt_x_near, emit_jmp_jslt_x_near, 4, True),
      Rule('jmp_jslt_x_jal', (), guard_jmp_jslt_x_jal, emit_jmp_jslt_x_jal, 8, True),
      Rule('jmp_jslt_x_far', (), guard_jmp_jslt_x_far, emit_jmp_jslt_x_far, 12, True),
  ),
  (213, None, None): (
      Rule('jmp_jsle_k0_near', (), guard_jmp_jsle_k0_near, emit_jmp_jsle_k0_near, 4, True),
      Rule('jmp_jsle_k0_jal', (), guard_jmp_jsle_k0_jal, emit_jmp_jsle_k0_jal, 8, True),
      Rule('jmp_jsle_k0_far', (), guard_jmp_jsle_k0_far, emit_jmp_jsle_k0_far, 12, True),
      Rule('jmp_jsle_k_imm12_near', (), guard_jmp_jsle_k_imm12_near, emit_jmp_jsle_k_imm12_near, 8, True),
      Rule('jmp_jsle_k_imm12_jal', (), guard_jmp_jsle_k_imm12_jal, emit_jmp_jsle_k_imm12_jal, 12, True),
      Rule('jmp_jsle_k_imm12_far', (), guard_jmp_jsle_k_imm12_far, emit_jmp_jsle_k_imm12_far, 16, True),
      Rule('jmp_jsle_k_lui_near', (), guard_jmp_jsle_k_lui_near, emit_jmp_jsle_k_lui_near, 8, True),
      Rule('jmp_jsle_k_lui_jal', (), guard_jmp_jsle_k_lui_jal, emit_jmp_jsle_k_lui_jal, 12, True),
      Rule('jmp_jsle_k_lui_far', (), guard_jmp_jsle_k_lui_far, emit_jmp_jsle_k_lui_far, 16, True),
      Rule('jmp_jsle_k_lui_addiw_near', (), guard_jmp_jsle_k_lui_addiw_near, emit_jmp_jsle_k_lui_addiw_near, 12, True),
      Rule('jmp_jsle_k_lui_addiw_jal', (), guard_jmp_jsle_k_lui_addiw_jal, emit_jmp_jsle_k_lui_addiw_jal, 16, True),
      Rule('jmp_jsle_k_lui_addiw_far', (), guard_jmp_jsle_k_lui_addiw_far, emit_jmp_jsle_k_lui_addiw_far, 20, True),
  ),
  (221, None, None): (
      Rule('jmp_jsle_x_near', (), guard_jmp_jsle_x_near, emit_jmp_jsle_x_near, 4, True),
      Rule('jmp_jsle_x_jal', (), guard_jmp_jsle_x_jal, emit_jmp_jsle_x_jal, 8, True),
      Rule('jmp_jsle_x_far', (), guard_jmp_jsle_x_far, emit_jmp_jsle_x_far, 12, True),
  ),
  (69, None, None): (
      Rule('jmp_jset_k_imm12_near', (), guard_jmp_jset_k_imm12_near, emit_jmp_jset_k_imm12_near, 8, True),
      Rule('jmp_jset_k_imm12_jal', (), guard_jmp_jset_k_imm12_jal, emit_jmp_jset_k_imm12_jal, 12, True),
      Rule('jmp_jset_k_imm12_far', (), guard_jmp_jset_k_imm12_far, emit_jmp_jset_k_imm12_far, 16, True),
      Rule('jmp_jset_k_lui_near', (), guard_jmp_jset_k_lui_near, emit_jmp_jset_k_lui_near, 12, True),
      Rule('jmp_jset_k_lui_jal', (), guard_jmp_jset_k_lui_jal, emit_jmp_jset_k_lui_jal, 16, True),
      Rule('jmp_jset_k_lui_far', (), guard_jmp_jset_k_lui_far, emit_jmp_jset_k_lui_far, 20, True),
      Rule('jmp_jset_k_lui_addiw_near', (), guard_jmp_jset_k_lui_addiw_near, emit_jmp_jset_k_lui_addiw_near, 16, True),
      Rule('jmp_jset_k_lui_addiw_jal', (), guard_jmp_jset_k_lui_addiw_jal, emit_jmp_jset_k_lui_addiw_jal, 20, True),
      Rule('jmp_jset_k_lui_addiw_far', (), guard_jmp_jset_k_lui_addiw_far, emit_jmp_jset_k_lui_addiw_far, 24, True),
  ),
  (77, None, None): (
      Rule('jmp_jset_x_near', (), guard_jmp_jset_x_near, emit_jmp_jset_x_near, 8, True),
      Rule('jmp_jset_x_jal', (), guard_jmp_jset_x_jal, emit_jmp_jset_x_jal, 12, True),
      Rule('jmp_jset_x_far', (), guard_jmp_jset_x_far, emit_jmp_jset_x_far, 16, True),
  ),
  (22, None, None): (
      Rule('jmp32_jeq_k0_near', (), guard_jmp32_jeq_k0_near, emit_jmp32_jeq_k0_near, 8, True),
      Rule('jmp32_jeq_k0_jal', (), guard_jmp32_jeq_k0_jal, emit_jmp32_jeq_k0_jal, 12, True),
      Rule('jmp32_jeq_k0_far', (), guard_jmp32_jeq_k0_far, emit_jmp32_jeq_k0_far, 16, True),
      Rule('jmp32_jeq_k_imm12_near', (), guard_jmp32_jeq_k_imm12_near, emit_jmp32_jeq_k_imm12_near, 16, True),
      Rule('jmp32_jeq_k_imm12_jal', (), guard_jmp32_jeq_k_imm12_jal, emit_jmp32_jeq_k_imm12_jal, 20, True),
      Rule('jmp32_jeq_k_imm12_far', (), guard_jmp32_jeq_k_imm12_far, emit_jmp32_jeq_k_imm12_far, 24, True),
      Rule('jmp32_jeq_k_lui_near', (), guard_jmp32_jeq_k_lui_near, emit_jmp32_jeq_k_lui_near, 16, True),
      Rule('jmp32_jeq_k_lui_jal', (), guard_jmp32_jeq_k_lui_jal, emit_jmp32_jeq_k_lui_jal, 20, True),
      Rule('jmp32_jeq_k_lui_far', (), guard_jmp32_jeq_k_lui_far, emit_jmp32_jeq_k_lui_far, 24, True),
      Rule('jmp32_jeq_k_lui_addiw_near', (), guard_jmp32_jeq_k_lui_addiw_near, emit_jmp32_jeq_k_lui_addiw_near, 20, True),
      Rule('jmp32_jeq_k_lui_addiw_jal', (), guard_jmp32_jeq_k_lui_addiw_jal, emit_jmp32_jeq_k_lui_addiw_jal, 24, True),
      Rule('jmp32_jeq_k_lui_addiw_far', (), guard_jmp32_jeq_k_lui_addiw_far, emit_jmp32_jeq_k_lui_addiw_far, 28, True),
  ),
  (30, None, None): (
      Rule('jmp32_jeq_x_near', (), guard_jmp32_jeq_x_near, emit_jmp32_jeq_x_near, 12, True),
      Rule('jmp32_jeq_x_jal', (), guard_jmp32_jeq_x_jal, emit_jmp32_jeq_x_jal, 16, True),
      Rule('jmp32_jeq_x_far', (), guard_jmp32_jeq_x_far, emit_jmp32_jeq_x_far, 20, True),
  ),
  (86, None, None): (
      Rule('jmp32_jne_k0_near', (), guard_jmp32_jne_k0_near, emit_jmp32_jne_k0_near, 8, True),
      Rule('jmp32_jne_k0_jal', (), guard_jmp32_jne_k0_jal, emit_jmp32_jne_k0_jal, 12, True),
      Rule('jmp32_jne_k0_far', (), guard_jmp32_jne_k0_far, emit_jmp32_jne_k0_far, 16, True),
      Rule('jmp32_jne_k_imm12_near', (), guard_jmp32_jne_k_imm12_near, emit_jmp32_jne_k_imm12_near, 16, True),
      Rule('jmp32_jne_k_imm12_jal', (), guard_jmp32_jne_k_imm12_jal, emit_jmp32_jne_k_imm12_jal, 20, True),
      Rule('jmp32_jne_k_imm12_far', (), guard_jmp32_jne_k_imm12_far, emit_jmp32_jne_k_imm12_far, 24, True),
      Rule('jmp32_jne_k_lui_near', (), guard_jmp32_jne_k_lui_near, emit_jmp32_jne_k_lui_near, 16, True),
      Rule('jmp32_jne_k_lui_jal', (), guard_jmp32_jne_k_lui_jal, emit_jmp32_jne_k_lui_jal, 20, True),
      Rule('jmp32_jne_k_lui_far', (), guard_jmp32_jne_k_lui_far, emit_jmp32_jne_k_lui_far, 24, True),
      Rule('jmp32_jne_k_lui_addiw_near', (), guard_jmp32_jne_k_lui_addiw_near, emit_jmp32_jne_k_lui_addiw_near, 20, True),
      Rule('jmp32_jne_k_lui_addiw_jal', (), guard_jmp32_jne_k_lui_addiw_jal, emit_jmp32_jne_k_lui_addiw_jal, 24, True),
      Rule('jmp32_jne_k_lui_addiw_far', (), guard_jmp32_jne_k_lui_addiw_far, emit_jmp32_jne_k_lui_addiw_far, 28, True),
  ),
  (94, None, None): (
      Rule('jmp32_jne_x_near', (), guard_jmp32_jne_x_near, emit_jmp32_jne_x_near, 12, True),
      Rule('jmp32_jne_x_jal', (), guard_jmp32_jne_x_jal, emit_jmp32_jne_x_jal, 16, True),
      Rule('jmp32_jne_x_far', (), guard_jmp32_jne_x_far, emit_jmp32_jne_x_far, 20, True),
  ),
  (38, None, None): (
      Rule('jmp32_jgt_k0_near', (), guard_jmp32_jgt_k0_near, emit_jmp32_jgt_k0_near, 8, True),
      Rule('jmp32_jgt_k0_jal', (), guard_jmp32_jgt_k0_jal, emit_jmp32_jgt_k0_jal, 12, True),
      Rule('jmp32_jgt_k0_far', (), guard_jmp32_jgt_k0_far, emit_jmp32_jgt_k0_far, 16, True),
      Rule('jmp32_jgt_k_imm12_near', (), guard_jmp32_jgt_k_imm12_near, emit_jmp32_jgt_k_imm12_near, 16, True),
      Rule('jmp32_jgt_k_imm12_jal', (), guard_jmp32_jgt_k_imm12_jal, emit_jmp32_jgt_k_imm12_jal, 20, True),
      Rule('jmp32_jgt_k_imm12_far', (), guard_jmp32_jgt_k_imm12_far, emit_jmp32_jgt_k_imm12_far, 24, True),
      Rule('jmp32_jgt_k_lui_near', (), guard_jmp32_jgt_k_lui_near, emit_jmp32_jgt_k_lui_near, 16, True),
      Rule('jmp32_jgt_k_lui_jal', (), guard_jmp32_jgt_k_lui_jal, emit_jmp32_jgt_k_lui_jal, 20, True),
      Rule('jmp32_jgt_k_lui_far', (), guard_jmp32_jgt_k_lui_far, emit_jmp32_jgt_k_lui_far, 24, True),
      Rule('jmp32_jgt_k_lui_addiw_near', (), guard_jmp32_jgt_k_lui_addiw_near, emit_jmp32_jgt_k_lui_addiw_near, 20, True),
      Rule('jmp32_jgt_k_lui_addiw_jal', (), guard_jmp32_jgt_k_lui_addiw_jal, emit_jmp32_jgt_k_lui_addiw_jal, 24, True),
      Rule('jmp32_jgt_k_lui_addiw_far', (), guard_jmp32_jgt_k_lui_addiw_far, emit_jmp32_jgt_k_lui_addiw_far, 28, True),
  ),
  (46, None, None): (
      Rule('jmp32_jgt_x_near', (), guard_jmp32_jgt_x_near, emit_jmp32_jgt_x_near, 12, True),
      Rule('jmp32_jgt_x_jal', (), guard_jmp32_jgt_x_jal, emit_jmp32_jgt_x_jal, 16, True),
      Rule('jmp32_jgt_x_far', (), guard_jmp32_jgt_x_far, emit_jmp32_jgt_x_far, 20, True),
  ),
  (54, None, None): (
      Rule('jmp32_jge_k0_near', (), guard_jmp32_jge_k0_near, emit_jmp32_jge_k0_near, 8, True),
      Rule('jmp32_jge_k0_jal', (), guard_jmp32_jge_k0_jal, emit_jmp32_jge_k0_jal, 12, True),
      Rule('jmp32_jge_k0_far', (), guard_jmp32_jge_k0_far, emit_jmp32_jge_k0_far, 16, True),
      Rule('jmp32_jge_k_imm12_near', (), guard_jmp32_jge_k_imm12_near, emit_jmp32_jge_k_imm12_near, 16, True),
      Rule('jmp32_jge_k_imm12_jal', (), guard_jmp32_jge_k_imm12_jal, emit_jmp32_jge_k_imm12_jal, 20, True),
      Rule('jmp32_jge_k_imm12_far', (), guard_jmp32_jge_k_imm12_far, emit_jmp32_jge_k_imm12_far, 24, True),
      Rule('jmp32_jge_k_lui_near', (), guard_jmp32_jge_k_lui_near, emit_jmp32_jge_k_lui_near, 16, True),
      Rule('jmp32_jge_k_lui_jal', (), guard_jmp32_jge_k_lui_jal, emit_jmp32_jge_k_lui_jal, 20, True),
      Rule('jmp32_jge_k_lui_far', (), guard_jmp32_jge_k_lui_far, emit_jmp32_jge_k_lui_far, 24, True),
      Rule('jmp32_jge_k_lui_addiw_near', (), guard_jmp32_jge_k_lui_addiw_near, emit_jmp32_jge_k_lui_addiw_near, 20, True),
      Rule('jmp32_jge_k_lui_addiw_jal', (), guard_jmp32_jge_k_lui_addiw_jal, emit_jmp32_jge_k_lui_addiw_jal, 24, True),
      Rule('jmp32_jge_k_lui_addiw_far', (), guard_jmp32_jge_k_lui_addiw_far, emit_jmp32_jge_k_lui_addiw_far, 28, True),
  ),
  (62, None, None): (
      Rule('jmp32_jge_x_near', (), guard_jmp32_jge_x_near, emit_jmp32_jge_x_near, 12, True),
      Rule('jmp32_jge_x_jal', (), guard_jmp32_jge_x_jal, emit_jmp32_jge_x_jal, 16, True),
      Rule('jmp32_jge_x_far', (), guard_jmp32_jge_x_far, emit_jmp32_jge_x_far, 20, True),
  ),
  (166, None, None): (
      Rule('jmp32_jlt_k0_near', (), guard_jmp32_jlt_k0_near, emit_jmp32_jlt_k0_near, 8, True),
      Rule('jmp32_jlt_k0_jal', (), guard_jmp32_jlt_k0_jal, emit_jmp32_jlt_k0_jal, 12, True),
      Rule('jmp32_jlt_k0_far', (), guard_jmp32_jlt_k0_far, emit_jmp32_jlt_k0_far, 16, True),
      Rule('jmp32_jlt_k_imm12_near', (), guard_jmp32_jlt_k_imm12_near, emit_jmp32_jlt_k_imm12_near, 16, True),
      Rule('jmp32_jlt_k_imm12_jal', (), guard_jmp32_jlt_k_imm12_jal, emit_jmp32_jlt_k_imm12_jal, 20, True),
      Rule('jmp32_jlt_k_imm12_far', (), guard_jmp32_jlt_k_imm12_far, emit_jmp32_jlt_k_imm12_far, 24, True),
      Rule('jmp32_jlt_k_lui_near', (), guard_jmp32_jlt_k_lui_near, emit_jmp32_jlt_k_lui_near, 16, True),
      Rule('jmp32_jlt_k_lui_jal', (), guard_jmp32_jlt_k_lui_jal, emit_jmp32_jlt_k_lui_jal, 20, True),
      Rule('jmp32_jlt_k_lui_far', (), guard_jmp32_jlt_k_lui_far, emit_jmp32_jlt_k_lui_far, 24, True),
      Rule('jmp32_jlt_k_lui_addiw_near', (), guard_jmp32_jlt_k_lui_addiw_near, emit_jmp32_jlt_k_lui_addiw_near, 20, True),
      Rule('jmp32_jlt_k_lui_addiw_jal', (), guard_jmp32_jlt_k_lui_addiw_jal, emit_jmp32_jlt_k_lui_addiw_jal, 24, True),
      Rule('jmp32_jlt_k_lui_addiw_far', (), guard_jmp32_jlt_k_lui_addiw_far, emit_jmp32_jlt_k_lui_addiw_far, 28, True),
  ),
  (174, None, None): (
      Rule('jmp32_jlt_x_near', (), guard_jmp32_jlt_x_near, emit_jmp32_jlt_x_near, 12, True),
      Rule('jmp32_jlt_x_jal', (), guard_jmp32_jlt_x_jal, emit_jmp32_jlt_x_jal, 16, True),
      Rule('jmp32_jlt_x_far', (), guard_jmp32_jlt_x_far, emit_jmp32_jlt_x_far, 20, True),
  ),
  (182, None, None): (
      Rule('jmp32_jle_k0_near', (), guard_jmp32_jle_k0_near, emit_jmp32_jle_k0_near, 8, True),
      Rule('jmp32_jle_k0_jal', (), guard_jmp32_jle_k0_jal, emit_jmp32_jle_k0_jal, 12, True),
      Rule('jmp32_jle_k0_far', (), guard_jmp32_jle_k0_far, emit_jmp32_jle_k0_far, 16, True),
      Rule('jmp32_jle_k_imm12_near', (), guard_jmp32_jle_k_imm12_near, emit_jmp32_jle_k_imm12_near, 16, True),
      Rule('jmp32_jle_k_imm12_jal', (), guard_jmp32_jle_k_imm12_jal, emit_jmp32_jle_k_imm12_jal, 20, True),
      Rule('jmp32_jle_k_imm12_far', (), guard_jmp32_jle_k_imm12_far, emit_jmp32_jle_k_imm12_far, 24, True),
      Rule('jmp32_jle_k_lui_near', (), guard_jmp32_jle_k_lui_near, emit_jmp32_jle_k_lui_near, 16, True),
      Rule('jmp32_jle_k_lui_jal', (), guard_jmp32_jle_k_lui_jal, emit_jmp32_jle_k_lui_jal, 20, True),
      Rule('jmp32_jle_k_lui_far', (), guard_jmp32_jle_k_lui_far, emit_jmp32_jle_k_lui_far, 24, True),
      Rule('jmp32_jle_k_lui_addiw_near', (), guard_jmp32_jle_k_lui_addiw_near, emit_jmp32_jle_k_lui_addiw_near, 20, True),
      Rule('jmp32_jle_k_lui_addiw_jal', (), guard_jmp32_jle_k_lui_addiw_jal, emit_jmp32_jle_k_lui_addiw_jal, 24, True),
      Rule('jmp32_jle_k_lui_addiw_far', (), guard_jmp32_jle_k_lui_addiw_far, emit_jmp32_jle_k_lui_addiw_far, 28, True),
  ),
  (190, None, None): (
      Rule('jmp32_jle_x_near', (), guard_jmp32_jle_x_near, emit_jmp32_jle_x_near, 12, True),
      Rule('jmp32_jle_x_jal', (), guard_jmp32_jle_x_jal, emit_jmp32_jle_x_jal, 16, True),
      Rule('jmp32_jle_x_far', (), guard_jmp32_jle_x_far, emit_jmp32_jle_x_far, 20, True),
  ),
  (102, None, None): (
      Rule('jmp32_jsgt_k0_near', (), guard_jmp32_jsgt_k0_near, emit_jmp32_jsgt_k0_near, 8, True),
      Rule('jmp32_jsgt_k0_jal', (), guard_jmp32_jsgt_k0_jal, emit_jmp32_jsgt_k0_jal, 12, True),
      Rule('jmp32_jsgt_k0_far', (), guard_jmp32_jsgt_k0_far, emit_jmp32_jsgt_k0_far, 16, True),
      Rule('jmp32_jsgt_k_imm12_near', (), guard_jmp32_jsgt_k_imm12_near, emit_jmp32_jsgt_k_imm12_near, 12, True),
      Rule('jmp32_jsgt_k_imm12_jal', (), guard_jmp32_jsgt_k_imm12_jal, emit_jmp32_jsgt_k_imm12_jal, 16, True),
      Rule('jmp32_jsgt_k_imm12_far', (), guard_jmp32_jsgt_k_imm12_far, emit_jmp32_jsgt_k_imm12_far, 20, True),
      Rule('jmp32_jsgt_k_lui_near', (), guard_jmp32_jsgt_k_lui_near, emit_jmp32_jsgt_k_lui_near, 12, True),
      Rule('jmp32_jsgt_k_lui_jal', (), guard_jmp32_jsgt_k_lui_jal, emit_jmp32_jsgt_k_lui_jal, 16, True),
      Rule('jmp32_jsgt_k_lui_far', (), guard_jmp32_jsgt_k_lui_far, emit_jmp32_jsgt_k_lui_far, 20, True),
      Rule('jmp32_jsgt_k_lui_addiw_near', (), guard_jmp32_jsgt_k_lui_addiw_near, emit_jmp32_jsgt_k_lui_addiw_near, 16, True),
      Rule('jmp32_jsgt_k_lui_addiw_jal', (), guard_jmp32_jsgt_k_lui_addiw_jal, emit_jmp32_jsgt_k_lui_addiw_jal, 20, True),
      Rule('jmp32_jsgt_k_lui_addiw_far', (), guard_jmp32_jsgt_k_lui_addiw_far, emit_jmp32_jsgt_k_lui_addiw_far, 24, True),
  ),
  (110, None, None): (
      Rule('jmp32_jsgt_x_near', (), guard_jmp32_jsgt_x_near, emit_jmp32_jsgt_x_near, 12, True),
      Rule('jmp32_jsgt_x_jal', (), guard_jmp32_jsgt_x_jal, emit_jmp32_jsgt_x_jal, 16, True),
      Rule('jmp32_jsgt_x_far', (), guard_jmp32_jsgt_x_far, emit_jmp32_jsgt_x_far, 20, True),
  ),
  (118, None, None): (
      Rule('jmp32_jsge_k0_near', (), guard_jmp32_jsge_k0_near, emit_jmp32_jsge_k0_near, 8, True),
      Rule('jmp32_jsge_k0_jal', (), guard_jmp32_jsge_k0_jal, emit_jmp32_jsge_k0_jal, 12, True),
      Rule('jmp32_jsge_k0_far', (), guard_jmp32_jsge_k0_far, emit_jmp32_jsge_k0_far, 16, True),
      Rule('jmp32_jsge_k_imm12_near', (), guard_jmp32_jsge_k_imm12_near, emit_jmp32_jsge_k_imm12_near, 12, True),
      Rule('jmp32_jsge_k_imm12_jal', (), guard_jmp32_jsge_k_imm12_jal, emit_jmp32_jsge_k_imm12_jal, 16, True),
      Rule('jmp32_jsge_k_imm12_far', (), guard_jmp32_jsge_k_imm12_far, emit_jmp32_jsge_k_imm12_far, 20, True),
      Rule('jmp32_jsge_k_lui_near', (), guard_jmp32_jsge_k_lui_near, emit_jmp32_jsge_k_lui_near, 12, True),
      Rule('jmp32_jsge_k_lui_jal', (), guard_jmp32_jsge_k_lui_jal, emit_jmp32_jsge_k_lui_jal, 16, True),
      Rule('jmp32_jsge_k_lui_far', (), guard_jmp32_jsge_k_lui_far, emit_jmp32_jsge_k_lui_far, 20, True),
      Rule('jmp32_jsge_k_lui_addiw_near', (), guard_jmp32_jsge_k_lui_addiw_near, emit_jmp32_jsge_k_lui_addiw_near, 16, True),
      Rule('jmp32_jsge_k_lui_addiw_jal', (), guard_jmp32_jsge_k_lui_addiw_jal, emit_jmp32_jsge_k_lui_addiw_jal, 20, True),
      Rule('jmp32_jsge_k_lui_addiw_far', (), guard_jmp32_jsge_k_lui_addiw_far, emit_jmp32_jsge_k_lui_addiw_far, 24, True),
  ),
  (126, None, None): (
      Rule('jmp32_jsge_x_near', (), guard_jmp32_jsge_x_near, emit_jmp32_jsge_x_near, 12, True),
      Rule('jmp32_jsge_x_jal', (), guard_jmp32_jsge_x_jal, emit_jmp32_jsge_x_jal, 16, True),
      Rule('jmp32_jsge_x_far', (), guard_jmp32_jsge_x_far, emit_jmp32_jsge_x_far, 20, True),
  ),
  (198, None, None): (
      Rule('jmp32_jslt_k0_near', (), guard_jmp32_jslt_k0_near, emit_jmp32_jslt_k0_near, 8, True),
      Rule('jmp32_jslt_k0_jal', (), guard_jmp32_jslt_k0_jal, emit_jmp32_jslt_k0_jal, 12, True),
      Rule('jmp32_jslt_k0_far', (), guard_jmp32_jslt_k0_far, emit_jmp32_jslt_k0_far, 16, True),
      Rule('jmp32_jslt_k_imm12_near', (), guard_jmp32_jslt_k_imm12_near, emit_jmp32_jslt_k_imm12_near, 12, True),
      Rule('jmp32_jslt_k_imm12_jal', (), guard_jmp32_jslt_k_imm12_jal, emit_jmp32_jslt_k_imm12_jal, 16, True),
      Rule('jmp32_jslt_k_imm12_far', (), guard_jmp32_jslt_k_imm12_far, emit_jmp32_jslt_k_imm12_far, 20, True),
      Rule('jmp32_jslt_k_lui_near', (), guard_jmp32_jslt_k_lui_near, emit_jmp32_jslt_k_lui_near, 12, True),
      Rule('jmp32_jslt_k_lui_jal', (), guard_jmp32_jslt_k_lui_jal, emit_jmp32_jslt_k_lui_jal, 16, True),
      Rule('jmp32_jslt_k_lui_far', (), guard_jmp32_jslt_k_lui_far, emit_jmp32_jslt_k_lui_far, 20, True),
      Rule('jmp32_jslt_k_lui_addiw_near', (), guard_jmp32_jslt_k_lui_addiw_near, emit_jmp32_jslt_k_lui_addiw_near, 16, True),
      Rule('jmp32_jslt_k_lui_addiw_jal', (), guard_jmp32_jslt_k_lui_addiw_jal, emit_jmp32_jslt_k_lui_addiw_jal, 20, True),
      Rule('jmp32_jslt_k_lui_addiw_far', (), guard_jmp32_jslt_k_lui_addiw_far, emit_jmp32_jslt_k_lui_addiw_far, 24, True),
  ),
  (206, None, None): (
      Rule('jmp32_jslt_x_near', (), guard_jmp32_jslt_x_near, emit_jmp32_jslt_x_near, 12, True),
      Rule('jmp32_jslt_x_jal', (), guard_jmp32_jslt_x_jal, emit_jmp32_jslt_x_jal, 16, True),
      Rule('jmp32_jslt_x_far', (), guard_jmp32_jslt_x_far, emit_jmp32_jslt_x_far, 20, True),
  ),
  (214, None, None): (
      Rule('jmp32_jsle_k0_near', (), guard_jmp32_jsle_k0_near, emit_jmp32_jsle_k0_near, 8, True),
      Rule('jmp32_jsle_k0_jal', (), guard_jmp32_jsle_k0_jal, emit_jmp32_jsle_k0_jal, 12, True),
      Rule('jmp32_jsle_k0_far', (), guard_jmp32_jsle_k0_far, emit_jmp32_jsle_k0_far, 16, True),
      Rule('jmp32_jsle_k_imm12_near', (), guard_jmp32_jsle_k_imm12_near, emit_jmp32_jsle_k_imm12_near, 12, True),
      Rule('jmp32_jsle_k_imm12_jal', (), guard_jmp32_jsle_k_imm12_jal, emit_jmp32_jsle_k_imm12_jal, 16, True),
      Rule('jmp32_jsle_k_imm12_far', (), guard_jmp32_jsle_k_imm12_far, emit_jmp32_jsle_k_imm12_far, 20, True),
      Rule('jmp32_jsle_k_lui_near', (), guard_jmp32_jsle_k_lui_near, emit_jmp32_jsle_k_lui_near, 12, True),
      Rule('jmp32_jsle_k_lui_jal', (), guard_jmp32_jsle_k_lui_jal, emit_jmp32_jsle_k_lui_jal, 16, True),
      Rule('jmp32_jsle_k_lui_far', (), guard_jmp32_jsle_k_lui_far, emit_jmp32_jsle_k_lui_far, 20, True),
      Rule('jmp32_jsle_k_lui_addiw_near', (), guard_jmp32_jsle_k_lui_addiw_near, emit_jmp32_jsle_k_lui_addiw_near, 16, True),
      Rule('jmp32_jsle_k_lui_addiw_jal', (), guard_jmp32_jsle_k_lui_addiw_jal, emit_jmp32_jsle_k_lui_addiw_jal, 20, True),
      Rule('jmp32_jsle_k_lui_addiw_far', (), guard_jmp32_jsle_k_lui_addiw_far, emit_jmp32_jsle_k_lui_addiw_far, 24, True),
  ),
  (222, None, None): (
      Rule('jmp32_jsle_x_near', (), guard_jmp32_jsle_x_near, emit_jmp32_jsle_x_near, 12, True),
      Rule('jmp32_jsle_x_jal', (), guard_jmp32_jsle_x_jal, emit_jmp32_jsle_x_jal, 16, True),
      Rule('jmp32_jsle_x_far', (), guard_jmp32_jsle_x_far, emit_jmp32_jsle_x_far, 20, True),
  ),
  (70, None, None): (
      Rule('jmp32_jset_k_imm12_near', (), guard_jmp32_jset_k_imm12_near, emit_jmp32_jset_k_imm12_near, 12, True),
      Rule('jmp32_jset_k_imm12_jal', (), guard_jmp32_jset_k_imm12_jal, emit_jmp32_jset_k_imm12_jal, 16, True),
      Rule('jmp32_jset_k_imm12_far', (), guard_jmp32_jset_k_imm12_far, emit_jmp32_jset_k_imm12_far, 20, True),
      Rule('jmp32_jset_k_lui_near', (), guard_jmp32_jset_k_lui_near, emit_jmp32_jset_k_lui_near, 16, True),
      Rule('jmp32_jset_k_lui_jal', (), guard_jmp32_jset_k_lui_jal, emit_jmp32_jset_k_lui_jal, 20, True),
      Rule('jmp32_jset_k_lui_far', (), guard_jmp32_jset_k_lui_far, emit_jmp32_jset_k_lui_far, 24, True),
      Rule('jmp32_jset_k_lui_addiw_near', (), guard_jmp32_jset_k_lui_addiw_near, emit_jmp32_jset_k_lui_addiw_near, 20, True),
      Rule('jmp32_jset_k_lui_addiw_jal', (), guard_jmp32_jset_k_lui_addiw_jal, emit_jmp32_jset_k_lui_addiw_jal, 24, True),
      Rule('jmp32_jset_k_lui_addiw_far', (), guard_jmp32_jset_k_lui_addiw_far, emit_jmp32_jset_k_lui_addiw_far, 28, True),
  ),
  (78, None, None): (
      Rule('jmp32_jset_x_near', (), guard_jmp32_jset_x_near, emit_jmp32_jset_x_near, 12, True),
      Rule('jmp32_jset_x_jal', (), guard_jmp32_jset_x_jal, emit_jmp32_jset_x_jal, 16, True),
      Rule('jmp32_jset_x_far', (), guard_jmp32_jset_x_far, emit_jmp32_jset_x_far, 20, True),
  ),
}
