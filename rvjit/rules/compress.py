"""Compressions: when a base RV64 instruction may be emitted as its 16-bit C form.

Each entry says: base instruction, C form, the condition on the base instruction's fields,
and the C form's fields.  The prover checks each one (executed as a 2-byte instruction, the C
form does exactly what its base instruction does: registers, memory trace and next pc; its
fields are encodable).  The generators apply them, first match wins, when the C extension is
on, to every template instruction not marked `fixed`; `size` is the length that gives, as an
IR expression, so a template's own offsets (the distance a branch after compressible
instructions must cover) are expressions the rule's proof covers for every outcome.
"""
from __future__ import annotations

from dataclasses import dataclass

from rvjit import ir
from rvjit.ir import Operand, all_of, eq, fits_signed, ne, uge, ule, ult

rd, rs1, rs2 = Operand("rd", 5), Operand("rs1", 5), Operand("rs2", 5)
i = Operand("i", 64)          # the base instruction's immediate


def creg(r):
    return all_of(uge(r, 8), ule(r, 15))


@dataclass(frozen=True)
class Compression:
    base: str
    cform: str
    cond: ir.Expr
    fields: tuple           # C form's fields in encoder order, as expressions over rd/rs1/rs2/i

    def key(self) -> str:
        return (f"{self.base} -> {self.cform} if {self.cond.key()} with "
                + ", ".join(e.key() for e in self.fields))


def _c(base, cform, cond, *fields):
    return Compression(base, cform, cond, tuple(fields))


def _rr(base, cform):       # op rd, rd, rs2 with both in x8..x15
    return _c(base, cform, all_of(eq(rd, rs1), creg(rd), creg(rs2)), rd, rs2)


def _nzimm6(v):
    return all_of(fits_signed(v, 6), ne(v, 0))


def _uimm(v, bits, align):
    """v (a 64-bit field) is a multiple of `align` below 2^bits."""
    return all_of(ult(v, 1 << bits), eq(v & (align - 1), 0))


SP = 2

COMPRESSIONS = (
    _c("addi", "c.li", all_of(eq(rs1, 0), ne(rd, 0), fits_signed(i, 6)), rd, i),
    _c("addi", "c.mv", all_of(eq(i, 0), ne(rd, 0), ne(rs1, 0)), rd, rs1),
    _c("addi", "c.addi", all_of(eq(rd, rs1), ne(rd, 0), _nzimm6(i)), rd, i),
    _c("addi", "c.addi16sp", all_of(eq(rd, SP), eq(rs1, SP), ne(i, 0), fits_signed(i, 10),
                                    eq(i & 15, 0)), i),
    _c("addiw", "c.addiw", all_of(eq(rd, rs1), ne(rd, 0), fits_signed(i, 6)), rd, i),
    _c("lui", "c.lui", all_of(ne(rd, 0), ne(rd, 2), ne(i, 0),
                              ir.any_of(ult(i, 32), all_of(uge(i, 0xFFFE0), ule(i, 0xFFFFF)))), rd, i),
    _c("slli", "c.slli", all_of(eq(rd, rs1), ne(rd, 0), ne(i, 0)), rd, i),
    _c("srli", "c.srli", all_of(eq(rd, rs1), creg(rd), ne(i, 0)), rd, i),
    _c("srai", "c.srai", all_of(eq(rd, rs1), creg(rd), ne(i, 0)), rd, i),
    _c("andi", "c.andi", all_of(eq(rd, rs1), creg(rd), fits_signed(i, 6)), rd, i),
    _c("add", "c.add", all_of(eq(rd, rs1), ne(rd, 0), ne(rs2, 0)), rd, rs2),
    _c("add", "c.mv", all_of(eq(rs1, 0), ne(rd, 0), ne(rs2, 0)), rd, rs2),
    _rr("sub", "c.sub"), _rr("xor", "c.xor"), _rr("or", "c.or"), _rr("and", "c.and"),
    _rr("subw", "c.subw"), _rr("addw", "c.addw"),
    _c("jalr", "c.jr", all_of(eq(rd, 0), eq(i, 0), ne(rs1, 0)), rs1),
    _c("jal", "c.j", all_of(eq(rd, 0), fits_signed(i, 12)), i),
    _c("beq", "c.beqz", all_of(eq(rs2, 0), creg(rs1), fits_signed(i, 9)), rs1, i),
    _c("bne", "c.bnez", all_of(eq(rs2, 0), creg(rs1), fits_signed(i, 9)), rs1, i),
    _c("ld", "c.ldsp", all_of(eq(rs1, SP), ne(rd, 0), _uimm(i, 9, 8)), rd, i),
    _c("ld", "c.ld", all_of(creg(rd), creg(rs1), _uimm(i, 8, 8)), rd, rs1, i),
    _c("sd", "c.sdsp", all_of(eq(rs1, SP), _uimm(i, 9, 8)), rs2, i),
    _c("sd", "c.sd", all_of(creg(rs1), creg(rs2), _uimm(i, 8, 8)), rs1, rs2, i),
    _c("lw", "c.lw", all_of(creg(rd), creg(rs1), _uimm(i, 7, 4)), rd, rs1, i),
    _c("sw", "c.sw", all_of(creg(rs1), creg(rs2), _uimm(i, 7, 4)), rs1, rs2, i),
)


def by_base() -> dict:
    d = {}
    for c in COMPRESSIONS:
        d.setdefault(c.base, []).append(c)
    return d


BY_BASE = by_base()


def applies(instr) -> ir.Expr:
    """When the emitters write `instr` in a C form: the C extension is on, the instruction is
    not `fixed`, and one of its compressions' conditions holds for its fields."""
    cs = BY_BASE.get(instr.mnemonic, ()) if not instr.fixed else ()
    if not cs:
        return ir.Const(0, 1)
    # Once per instruction text: templates (frames above all) repeat the same instructions,
    # and folding the substituted conditions is the costly part of building a proof.
    k = instr.key()
    if k not in _APPLIES:
        fields = {("i" if n == "imm" else n): e for n, e in instr.fields}
        _APPLIES[k] = ir.fold(all_of(ir.rvc, ir.any_of(*(ir.substitute(c.cond, fields)
                                                           for c in cs))))
    return _APPLIES[k]


_APPLIES = {}


def size(instr) -> ir.Expr:
    """The bytes `instr` takes as emitted (64 bits wide, for offset arithmetic)."""
    cond = applies(instr)
    if isinstance(cond, ir.Const):
        return ir.Const(2 if cond.value else instr.length, 64)
    return ir.ite(cond, ir.Const(2, 64), ir.Const(instr.length, 64))


def size_of(instrs) -> ir.Expr:
    """The bytes a straight run of instructions takes as emitted: constant lengths folded."""
    fixed = sum(instr.length for instr in instrs if isinstance(size(instr), ir.Const))
    out = ir.Const(fixed, 64)
    for instr in instrs:
        sz = size(instr)
        if not isinstance(sz, ir.Const):
            out = out + sz
    return out
