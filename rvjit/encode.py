"""RV64 instruction encoders: tiny pure functions, one per instruction, as in the Linux
riscv JIT (arch/riscv/net/bpf_jit.h).  Arguments are register numbers and immediates as the
assembler writes them; immediates may be negative ints or their unsigned bit patterns.

`FORMS` describes every instruction the rules may emit: its encoder, its length, and the range
each field must lie in to be encodable.  The prover turns those ranges into obligation 5, the
generators call the encoders by name, and the tests check them against GNU as and capstone.
"""
from __future__ import annotations

from dataclasses import dataclass

# --- formats (RISC-V unprivileged spec, chapter 2 and 16) -----------------------------------


def r_type(funct7, rs2, rs1, funct3, rd, opcode):
    return (funct7 << 25) | (rs2 << 20) | (rs1 << 15) | (funct3 << 12) | (rd << 7) | opcode


def i_type(imm, rs1, funct3, rd, opcode):
    return ((imm & 0xFFF) << 20) | (rs1 << 15) | (funct3 << 12) | (rd << 7) | opcode


def s_type(imm, rs2, rs1, funct3, opcode):
    return (((imm >> 5) & 0x7F) << 25) | (rs2 << 20) | (rs1 << 15) | (funct3 << 12) \
        | ((imm & 0x1F) << 7) | opcode


def b_type(imm, rs2, rs1, funct3, opcode):
    return (((imm >> 12) & 1) << 31) | (((imm >> 5) & 0x3F) << 25) | (rs2 << 20) \
        | (rs1 << 15) | (funct3 << 12) | (((imm >> 1) & 0xF) << 8) | (((imm >> 11) & 1) << 7) \
        | opcode


def u_type(imm, rd, opcode):
    return ((imm & 0xFFFFF) << 12) | (rd << 7) | opcode


def j_type(imm, rd, opcode):
    return (((imm >> 20) & 1) << 31) | (((imm >> 1) & 0x3FF) << 21) | (((imm >> 11) & 1) << 20) \
        | (((imm >> 12) & 0xFF) << 12) | (rd << 7) | opcode


# Compressed formats (16 bits).  `c3` is the 3-bit register field of x8..x15.
def c3(r):
    return r - 8


def ci_type(funct3, rd, imm6, op):
    return (funct3 << 13) | (((imm6 >> 5) & 1) << 12) | (rd << 7) | ((imm6 & 0x1F) << 2) | op


def cr_type(funct4, rd, rs2, op):
    return (funct4 << 12) | (rd << 7) | (rs2 << 2) | op


def ca_type(funct6, rd, funct2, rs2, op):
    return (funct6 << 10) | (c3(rd) << 7) | (funct2 << 5) | (c3(rs2) << 2) | op


def cb_shift(funct2, rd, imm6):
    return (0b100 << 13) | (((imm6 >> 5) & 1) << 12) | (funct2 << 10) | (c3(rd) << 7) \
        | ((imm6 & 0x1F) << 2) | 0b01


def _bits(v, hi, lo):
    return (v >> lo) & ((1 << (hi - lo + 1)) - 1)


def cb_branch(funct3, rs1, imm):
    """c.beqz/c.bnez: offset[8|4:3] rs1' offset[7:6|2:1|5]."""
    off = (_bits(imm, 8, 8) << 12) | (_bits(imm, 4, 3) << 10) | (_bits(imm, 7, 6) << 5) \
        | (_bits(imm, 2, 1) << 3) | (_bits(imm, 5, 5) << 2)
    return (funct3 << 13) | off | (c3(rs1) << 7) | 0b01


def cl_type(funct3, rd, rs1, imm, width):
    """c.lw/c.ld (rd' = mem[rs1' + uimm]) and, with rd the data register, c.sw/c.sd: uimm[5:3]
    in bits 12:10; bits 6:5 hold uimm[2|6] (words) or uimm[7:6] (doublewords)."""
    low = ((_bits(imm, 2, 2) << 1) | _bits(imm, 6, 6)) if width == 4 else _bits(imm, 7, 6)
    return (funct3 << 13) | (_bits(imm, 5, 3) << 10) | (c3(rs1) << 7) | (low << 5) \
        | (c3(rd) << 2) | 0b00


def cj_type(funct3, imm, op):
    b = lambda i: (imm >> i) & 1
    off = (b(11) << 10) | (b(4) << 9) | (((imm >> 8) & 3) << 7) | (b(10) << 6) | (b(6) << 5) \
        | (b(7) << 4) | (((imm >> 1) & 7) << 1) | b(5)
    return (funct3 << 13) | (off << 2) | op


# --- RV64I ------------------------------------------------------------------------------------

OP, OP_IMM, OP_32, OP_IMM_32 = 0b0110011, 0b0010011, 0b0111011, 0b0011011
LUI, AUIPC, JAL, JALR, BRANCH = 0b0110111, 0b0010111, 0b1101111, 0b1100111, 0b1100011


def rv_lui(rd, imm): return u_type(imm, rd, LUI)
def rv_auipc(rd, imm): return u_type(imm, rd, AUIPC)
def rv_jal(rd, imm): return j_type(imm, rd, JAL)
def rv_jalr(rd, rs1, imm): return i_type(imm, rs1, 0, rd, JALR)
def rv_beq(rs1, rs2, imm): return b_type(imm, rs2, rs1, 0, BRANCH)
def rv_bne(rs1, rs2, imm): return b_type(imm, rs2, rs1, 1, BRANCH)
def rv_blt(rs1, rs2, imm): return b_type(imm, rs2, rs1, 4, BRANCH)
def rv_bge(rs1, rs2, imm): return b_type(imm, rs2, rs1, 5, BRANCH)
def rv_bltu(rs1, rs2, imm): return b_type(imm, rs2, rs1, 6, BRANCH)
def rv_bgeu(rs1, rs2, imm): return b_type(imm, rs2, rs1, 7, BRANCH)
def rv_addi(rd, rs1, imm): return i_type(imm, rs1, 0, rd, OP_IMM)
def rv_slti(rd, rs1, imm): return i_type(imm, rs1, 2, rd, OP_IMM)
def rv_sltiu(rd, rs1, imm): return i_type(imm, rs1, 3, rd, OP_IMM)
def rv_xori(rd, rs1, imm): return i_type(imm, rs1, 4, rd, OP_IMM)
def rv_ori(rd, rs1, imm): return i_type(imm, rs1, 6, rd, OP_IMM)
def rv_andi(rd, rs1, imm): return i_type(imm, rs1, 7, rd, OP_IMM)
def rv_slli(rd, rs1, imm): return i_type(imm & 0x3F, rs1, 1, rd, OP_IMM)
def rv_srli(rd, rs1, imm): return i_type(imm & 0x3F, rs1, 5, rd, OP_IMM)
def rv_srai(rd, rs1, imm): return i_type(0x400 | (imm & 0x3F), rs1, 5, rd, OP_IMM)
def rv_add(rd, rs1, rs2): return r_type(0, rs2, rs1, 0, rd, OP)
def rv_sub(rd, rs1, rs2): return r_type(0x20, rs2, rs1, 0, rd, OP)
def rv_sll(rd, rs1, rs2): return r_type(0, rs2, rs1, 1, rd, OP)
def rv_slt(rd, rs1, rs2): return r_type(0, rs2, rs1, 2, rd, OP)
def rv_sltu(rd, rs1, rs2): return r_type(0, rs2, rs1, 3, rd, OP)
def rv_xor(rd, rs1, rs2): return r_type(0, rs2, rs1, 4, rd, OP)
def rv_srl(rd, rs1, rs2): return r_type(0, rs2, rs1, 5, rd, OP)
def rv_sra(rd, rs1, rs2): return r_type(0x20, rs2, rs1, 5, rd, OP)
def rv_or(rd, rs1, rs2): return r_type(0, rs2, rs1, 6, rd, OP)
def rv_and(rd, rs1, rs2): return r_type(0, rs2, rs1, 7, rd, OP)
def rv_addiw(rd, rs1, imm): return i_type(imm, rs1, 0, rd, OP_IMM_32)
def rv_slliw(rd, rs1, imm): return i_type(imm & 0x1F, rs1, 1, rd, OP_IMM_32)
def rv_srliw(rd, rs1, imm): return i_type(imm & 0x1F, rs1, 5, rd, OP_IMM_32)
def rv_sraiw(rd, rs1, imm): return i_type(0x400 | (imm & 0x1F), rs1, 5, rd, OP_IMM_32)
def rv_addw(rd, rs1, rs2): return r_type(0, rs2, rs1, 0, rd, OP_32)
def rv_subw(rd, rs1, rs2): return r_type(0x20, rs2, rs1, 0, rd, OP_32)
def rv_sllw(rd, rs1, rs2): return r_type(0, rs2, rs1, 1, rd, OP_32)
def rv_srlw(rd, rs1, rs2): return r_type(0, rs2, rs1, 5, rd, OP_32)
def rv_sraw(rd, rs1, rs2): return r_type(0x20, rs2, rs1, 5, rd, OP_32)

LOAD, STORE = 0b0000011, 0b0100011


def rv_lb(rd, rs1, imm): return i_type(imm, rs1, 0, rd, LOAD)
def rv_lh(rd, rs1, imm): return i_type(imm, rs1, 1, rd, LOAD)
def rv_lw(rd, rs1, imm): return i_type(imm, rs1, 2, rd, LOAD)
def rv_ld(rd, rs1, imm): return i_type(imm, rs1, 3, rd, LOAD)
def rv_lbu(rd, rs1, imm): return i_type(imm, rs1, 4, rd, LOAD)
def rv_lhu(rd, rs1, imm): return i_type(imm, rs1, 5, rd, LOAD)
def rv_lwu(rd, rs1, imm): return i_type(imm, rs1, 6, rd, LOAD)
def rv_sb(rs1, rs2, imm): return s_type(imm, rs2, rs1, 0, STORE)
def rv_sh(rs1, rs2, imm): return s_type(imm, rs2, rs1, 1, STORE)
def rv_sw(rs1, rs2, imm): return s_type(imm, rs2, rs1, 2, STORE)
def rv_sd(rs1, rs2, imm): return s_type(imm, rs2, rs1, 3, STORE)


# --- M ----------------------------------------------------------------------------------------


def rv_mul(rd, rs1, rs2): return r_type(1, rs2, rs1, 0, rd, OP)
def rv_mulh(rd, rs1, rs2): return r_type(1, rs2, rs1, 1, rd, OP)
def rv_mulhsu(rd, rs1, rs2): return r_type(1, rs2, rs1, 2, rd, OP)
def rv_mulhu(rd, rs1, rs2): return r_type(1, rs2, rs1, 3, rd, OP)
def rv_div(rd, rs1, rs2): return r_type(1, rs2, rs1, 4, rd, OP)
def rv_divu(rd, rs1, rs2): return r_type(1, rs2, rs1, 5, rd, OP)
def rv_rem(rd, rs1, rs2): return r_type(1, rs2, rs1, 6, rd, OP)
def rv_remu(rd, rs1, rs2): return r_type(1, rs2, rs1, 7, rd, OP)
def rv_mulw(rd, rs1, rs2): return r_type(1, rs2, rs1, 0, rd, OP_32)
def rv_divw(rd, rs1, rs2): return r_type(1, rs2, rs1, 4, rd, OP_32)
def rv_divuw(rd, rs1, rs2): return r_type(1, rs2, rs1, 5, rd, OP_32)
def rv_remw(rd, rs1, rs2): return r_type(1, rs2, rs1, 6, rd, OP_32)
def rv_remuw(rd, rs1, rs2): return r_type(1, rs2, rs1, 7, rd, OP_32)

# --- A (Zaamo, Zalrsc) and Zacas: funct5 | aq | rl | rs2 | rs1 | funct3 | rd | AMO -----------

AMO, MISC_MEM = 0b0101111, 0b0001111
AMO_FUNCT5 = {"lr": 0b00010, "sc": 0b00011, "amoswap": 0b00001, "amoadd": 0b00000,
              "amoxor": 0b00100, "amoand": 0b01100, "amoor": 0b01000, "amomin": 0b10000,
              "amomax": 0b10100, "amominu": 0b11000, "amomaxu": 0b11100, "amocas": 0b00101}


def amo_type(funct5, aq, rl, rs2, rs1, funct3, rd):
    return r_type((funct5 << 2) | ((aq & 1) << 1) | (rl & 1), rs2, rs1, funct3, rd, AMO)


def _amo_encoder(op, funct3):
    if op == "lr":
        enc = lambda rd, rs1, aq, rl: amo_type(AMO_FUNCT5[op], aq, rl, 0, rs1, funct3, rd)
    else:
        enc = lambda rd, rs2, rs1, aq, rl: amo_type(AMO_FUNCT5[op], aq, rl, rs2, rs1, funct3, rd)
    enc.__name__ = f"rv_{op}_{'w' if funct3 == 2 else 'd'}"
    return enc


for _op in AMO_FUNCT5:
    for _f3 in (2, 3):
        _e = _amo_encoder(_op, _f3)
        globals()[_e.__name__] = _e


def rv_fence(pred, succ): return ((pred & 0xF) << 24) | ((succ & 0xF) << 20) | MISC_MEM


# --- Zba / Zbb ----------------------------------------------------------------------------------


def rv_add_uw(rd, rs1, rs2): return r_type(0x04, rs2, rs1, 0, rd, OP_32)
def rv_sh1add(rd, rs1, rs2): return r_type(0x10, rs2, rs1, 2, rd, OP)
def rv_sh2add(rd, rs1, rs2): return r_type(0x10, rs2, rs1, 4, rd, OP)
def rv_sh3add(rd, rs1, rs2): return r_type(0x10, rs2, rs1, 6, rd, OP)
def rv_andn(rd, rs1, rs2): return r_type(0x20, rs2, rs1, 7, rd, OP)
def rv_orn(rd, rs1, rs2): return r_type(0x20, rs2, rs1, 6, rd, OP)
def rv_xnor(rd, rs1, rs2): return r_type(0x20, rs2, rs1, 4, rd, OP)
def rv_sext_b(rd, rs1): return i_type(0x604, rs1, 1, rd, OP_IMM)
def rv_sext_h(rd, rs1): return i_type(0x605, rs1, 1, rd, OP_IMM)
def rv_zext_h(rd, rs1): return r_type(0x04, 0, rs1, 4, rd, OP_32)
def rv_rev8(rd, rs1): return i_type(0x6B8, rs1, 5, rd, OP_IMM)
def rv_rori(rd, rs1, imm): return i_type(0x600 | (imm & 0x3F), rs1, 5, rd, OP_IMM)

# --- C (16-bit) ---------------------------------------------------------------------------------


def rvc_addi(rd, imm): return ci_type(0b000, rd, imm, 0b01)
def rvc_addiw(rd, imm): return ci_type(0b001, rd, imm, 0b01)
def rvc_li(rd, imm): return ci_type(0b010, rd, imm, 0b01)
def rvc_lui(rd, imm): return ci_type(0b011, rd, imm, 0b01)
def rvc_slli(rd, imm): return ci_type(0b000, rd, imm, 0b10)
def rvc_srli(rd, imm): return cb_shift(0b00, rd, imm)
def rvc_srai(rd, imm): return cb_shift(0b01, rd, imm)
def rvc_andi(rd, imm): return cb_shift(0b10, rd, imm)
def rvc_mv(rd, rs2): return cr_type(0b1000, rd, rs2, 0b10)
def rvc_add(rd, rs2): return cr_type(0b1001, rd, rs2, 0b10)
def rvc_jr(rs1): return cr_type(0b1000, rs1, 0, 0b10)
def rvc_sub(rd, rs2): return ca_type(0b100011, rd, 0b00, rs2, 0b01)
def rvc_xor(rd, rs2): return ca_type(0b100011, rd, 0b01, rs2, 0b01)
def rvc_or(rd, rs2): return ca_type(0b100011, rd, 0b10, rs2, 0b01)
def rvc_and(rd, rs2): return ca_type(0b100011, rd, 0b11, rs2, 0b01)
def rvc_subw(rd, rs2): return ca_type(0b100111, rd, 0b00, rs2, 0b01)
def rvc_addw(rd, rs2): return ca_type(0b100111, rd, 0b01, rs2, 0b01)
def rvc_j(imm): return cj_type(0b101, imm, 0b01)
def rvc_beqz(rs1, imm): return cb_branch(0b110, rs1, imm)
def rvc_bnez(rs1, imm): return cb_branch(0b111, rs1, imm)
def rvc_lw(rd, rs1, imm): return cl_type(0b010, rd, rs1, imm, 4)
def rvc_ld(rd, rs1, imm): return cl_type(0b011, rd, rs1, imm, 8)
def rvc_sw(rs1, rs2, imm): return cl_type(0b110, rs2, rs1, imm, 4)
def rvc_sd(rs1, rs2, imm): return cl_type(0b111, rs2, rs1, imm, 8)


def rvc_ldsp(rd, imm):
    return (0b011 << 13) | (_bits(imm, 5, 5) << 12) | (rd << 7) | (_bits(imm, 4, 3) << 5) \
        | (_bits(imm, 8, 6) << 2) | 0b10


def rvc_sdsp(rs2, imm):
    return (0b111 << 13) | (_bits(imm, 5, 3) << 10) | (_bits(imm, 8, 6) << 7) | (rs2 << 2) | 0b10


def rvc_addi16sp(imm):
    return (0b011 << 13) | (_bits(imm, 9, 9) << 12) | (2 << 7) | (_bits(imm, 4, 4) << 6) \
        | (_bits(imm, 6, 6) << 5) | (_bits(imm, 8, 7) << 3) | (_bits(imm, 5, 5) << 2) | 0b01


# --- the forms table ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Field:
    """How a field must look to be encodable.  kind: 'reg' (x0..x31), 'creg' (x8..x15),
    'simm'/'uimm' (bits wide, multiple of `align`), `nonzero` for fields where 0 is reserved
    or a HINT with another meaning."""
    kind: str
    bits: int = 5
    align: int = 1
    nonzero: bool = False
    not_: tuple = ()            # register numbers excluded (c.lui: not x2)


REG, CREG, NZREG = Field("reg"), Field("creg", 3), Field("reg", nonzero=True)


def S(bits, align=1, nonzero=False): return Field("simm", bits, align, nonzero)
def U(bits, nonzero=False, align=1): return Field("uimm", bits, align, nonzero)


@dataclass(frozen=True)
class Form:
    mnemonic: str
    encoder: object
    fields: dict                # field name -> Field, in the encoder's argument order
    length: int = 4
    isa: str = "i"              # extension that provides it: i, m, a, zba, zbb, zacas, c


def _forms():
    f = {}

    def add(mn, enc, fields, length=4, isa="i"):
        f[mn] = Form(mn, enc, fields, length, isa)

    rri = {"rd": REG, "rs1": REG, "imm": S(12)}
    rrr = {"rd": REG, "rs1": REG, "rs2": REG}
    rr = {"rd": REG, "rs1": REG}
    for mn in ("addi", "slti", "sltiu", "xori", "ori", "andi", "addiw", "jalr"):
        add(mn, globals()["rv_" + mn], rri)
    for mn in ("slli", "srli", "srai"):
        add(mn, globals()["rv_" + mn], {"rd": REG, "rs1": REG, "imm": U(6)})
    for mn in ("slliw", "srliw", "sraiw"):
        add(mn, globals()["rv_" + mn], {"rd": REG, "rs1": REG, "imm": U(5)})
    for mn in ("add", "sub", "sll", "slt", "sltu", "xor", "srl", "sra", "or", "and",
               "addw", "subw", "sllw", "srlw", "sraw"):
        add(mn, globals()["rv_" + mn], rrr)
    for mn in ("mul", "mulh", "mulhsu", "mulhu", "div", "divu", "rem", "remu",
               "mulw", "divw", "divuw", "remw", "remuw"):
        add(mn, globals()["rv_" + mn], rrr, isa="m")
    for mn in ("lb", "lh", "lw", "ld", "lbu", "lhu", "lwu"):
        add(mn, globals()["rv_" + mn], rri)
    for mn in ("sb", "sh", "sw", "sd"):     # sd rs2, imm(rs1): base register first, as rv_sd
        add(mn, globals()["rv_" + mn], {"rs1": REG, "rs2": REG, "imm": S(12)})
    add("lui", rv_lui, {"rd": REG, "imm": U(20)})
    add("auipc", rv_auipc, {"rd": REG, "imm": U(20)})
    add("jal", rv_jal, {"rd": REG, "imm": S(21, 2)})
    for mn in ("beq", "bne", "blt", "bge", "bltu", "bgeu"):
        add(mn, globals()["rv_" + mn], {"rs1": REG, "rs2": REG, "imm": S(13, 2)})
    for mn in ("add.uw", "sh1add", "sh2add", "sh3add"):
        add(mn, globals()["rv_" + mn.replace(".", "_")], rrr, isa="zba")
    for mn in ("andn", "orn", "xnor"):
        add(mn, globals()["rv_" + mn], rrr, isa="zbb")
    for mn in ("sext.b", "sext.h", "zext.h", "rev8"):
        add(mn, globals()["rv_" + mn.replace(".", "_")], rr, isa="zbb")
    add("rori", rv_rori, {"rd": REG, "rs1": REG, "imm": U(6)}, isa="zbb")
    order = {"aq": U(1), "rl": U(1)}
    for op in AMO_FUNCT5:
        for w in ("w", "d"):
            fields = {"rd": REG, "rs1": REG} if op == "lr" else {"rd": REG, "rs2": REG, "rs1": REG}
            add(f"{op}.{w}", globals()[f"rv_{op}_{w}"], {**fields, **order},
                isa="zacas" if op == "amocas" else "a")
    add("fence", rv_fence, {"pred": U(4, nonzero=True), "succ": U(4, nonzero=True)})
    # Compressed forms: register and immediate restrictions from the spec's C tables.
    add("c.addi", rvc_addi, {"rd": NZREG, "imm": S(6, nonzero=True)}, 2, "c")
    add("c.addiw", rvc_addiw, {"rd": NZREG, "imm": S(6)}, 2, "c")
    add("c.li", rvc_li, {"rd": NZREG, "imm": S(6)}, 2, "c")
    add("c.lui", rvc_lui, {"rd": Field("reg", nonzero=True, not_=(2,)),
                           "imm": Field("clui", 6, nonzero=True)}, 2, "c")
    add("c.slli", rvc_slli, {"rd": NZREG, "imm": U(6, nonzero=True)}, 2, "c")
    add("c.srli", rvc_srli, {"rd": CREG, "imm": U(6, nonzero=True)}, 2, "c")
    add("c.srai", rvc_srai, {"rd": CREG, "imm": U(6, nonzero=True)}, 2, "c")
    add("c.andi", rvc_andi, {"rd": CREG, "imm": S(6)}, 2, "c")
    add("c.mv", rvc_mv, {"rd": NZREG, "rs2": NZREG}, 2, "c")
    add("c.add", rvc_add, {"rd": NZREG, "rs2": NZREG}, 2, "c")
    for mn in ("c.sub", "c.xor", "c.or", "c.and", "c.subw", "c.addw"):
        add(mn, globals()["rvc_" + mn[2:]], {"rd": CREG, "rs2": CREG}, 2, "c")
    add("c.j", rvc_j, {"imm": S(12, 2)}, 2, "c")
    add("c.jr", rvc_jr, {"rs1": NZREG}, 2, "c")
    add("c.beqz", rvc_beqz, {"rs1": CREG, "imm": S(9, 2)}, 2, "c")
    add("c.bnez", rvc_bnez, {"rs1": CREG, "imm": S(9, 2)}, 2, "c")
    add("c.lw", rvc_lw, {"rd": CREG, "rs1": CREG, "imm": U(7, align=4)}, 2, "c")
    add("c.ld", rvc_ld, {"rd": CREG, "rs1": CREG, "imm": U(8, align=8)}, 2, "c")
    add("c.sw", rvc_sw, {"rs1": CREG, "rs2": CREG, "imm": U(7, align=4)}, 2, "c")
    add("c.sd", rvc_sd, {"rs1": CREG, "rs2": CREG, "imm": U(8, align=8)}, 2, "c")
    add("c.ldsp", rvc_ldsp, {"rd": NZREG, "imm": U(9, align=8)}, 2, "c")
    add("c.sdsp", rvc_sdsp, {"rs2": REG, "imm": U(9, align=8)}, 2, "c")
    add("c.addi16sp", rvc_addi16sp, {"imm": S(10, 16, nonzero=True)}, 2, "c")
    return f


FORMS = _forms()


def encode(mnemonic: str, **fields) -> bytes:
    """Encode one instruction given its fields by name (checked against the form's ranges)."""
    form = FORMS[mnemonic]
    for name, spec in form.fields.items():
        if not field_ok(spec, fields[name]):
            raise ValueError(f"{mnemonic}: field {name}={fields[name]} not encodable")
    word = form.encoder(*(fields[n] for n in form.fields))
    return word.to_bytes(form.length, "little")


def field_ok(spec: Field, v: int) -> bool:
    """The concrete counterpart of the prover's obligation 5 (used by `encode` and tests)."""
    if spec.kind in ("reg", "creg"):
        ok = 0 <= v < 32 and (spec.kind == "reg" or 8 <= v < 16) and v not in spec.not_
    elif spec.kind == "simm":
        v = v - (1 << 64) if v >= 1 << 63 else v
        ok = -(1 << (spec.bits - 1)) <= v < (1 << (spec.bits - 1)) and v % spec.align == 0
    elif spec.kind == "uimm":
        ok = 0 <= v < (1 << spec.bits) and v % spec.align == 0
    elif spec.kind == "clui":       # the 20-bit lui field a 6-bit sign-extended nzimm[17:12] gives
        ok = 0 <= v < 32 or 0xFFFE0 <= v <= 0xFFFFF
    else:
        raise ValueError(spec.kind)
    return ok and not (spec.nonzero and v == 0)
