"""Compressions: when a base RV64 instruction may be emitted as its 16-bit C form.

Each entry says: base instruction, C form, the condition on the base instruction's fields,
and the C form's fields.  The prover checks each one (same registers, pc advancing by 2
instead of 4, encodable C fields); the generators apply them, first match wins, when the C
extension is enabled and the rule has no pc-relative instruction (jump rules are left as
proven, with their own C variants).
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


COMPRESSIONS = (
    _c("addi", "c.li", all_of(eq(rs1, 0), ne(rd, 0), fits_signed(i, 6)), rd, i),
    _c("addi", "c.mv", all_of(eq(i, 0), ne(rd, 0), ne(rs1, 0)), rd, rs1),
    _c("addi", "c.addi", all_of(eq(rd, rs1), ne(rd, 0), _nzimm6(i)), rd, i),
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
)


def by_base() -> dict:
    d = {}
    for c in COMPRESSIONS:
        d.setdefault(c.base, []).append(c)
    return d
