"""What a rule is: an eBPF opcode pattern, a guard over the operands, and an RV64 template.

Templates are straight-line lists of RV64 instructions whose fields are IR expressions over the
operands.  Where code depends on operand values there are several rules with different guards;
the emitter takes the first rule (in table order) whose guard holds and whose ISA extensions
are enabled.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from rvjit import ir
from rvjit.encode import FORMS

# ISA extensions a rule may require beyond RV64IM.
EXTENSIONS = ("zba", "zbb", "c", "zacas")


@dataclass(frozen=True)
class Pattern:
    """Which eBPF instructions a rule translates: the opcode byte, plus the values of `off`
    and `imm` where the ISA gives them meaning (SDIV off=1, MOVSX off=8/16/32, END imm=16/32/64,
    the tail call imm=12), of `src` where it is not a register (CALL and LD_IMM64: what is
    called or loaded), and `ctx`, the context a load's base is ("xdp", "tc": rvjit/abi.py).
    off=None: `off` is an operand (jump and memory offsets); src=None: src is a register (or
    zero); ctx=None: any base.  Operands a pattern leaves free are symbolic in the proofs."""
    code: int
    off: int | None = 0
    imm: int | None = None
    src: int | None = None
    ctx: str | None = None

    def key(self) -> str:
        s = f"{self.code:#04x}" + (f"/off={self.off}" if self.off is not None else "")
        s += f"/imm={self.imm}" if self.imm is not None else ""
        s += f"/src={self.src}" if self.src is not None else ""
        return s + (f"/ctx={self.ctx}" if self.ctx is not None else "")

    def lookup_key(self) -> tuple:
        """The emitters' key: (code, off, imm, src, ctx)."""
        return (self.code, self.off, self.imm, self.src, self.ctx)


def lookup_order(key) -> tuple:
    """Where a pattern stands when an instruction matches several: fixed src first, then a
    fixed context, then fixed off and imm (jit.select and the C lookup both follow it)."""
    code, off, imm, src, ctx = key
    return (src is None, ctx is None, off is None, imm is None)


@dataclass(frozen=True)
class Instr:
    mnemonic: str
    fields: tuple               # ((name, Expr), ...) in the encoder's argument order
    fixed: bool = False         # emitted as written, never compressed (its length is a constant
                                # another field relies on, e.g. a branch over the next insn)

    @property
    def length(self) -> int:
        """The uncompressed length (compress.size: as emitted)."""
        return FORMS[self.mnemonic].length

    @property
    def size(self) -> ir.Expr:
        from rvjit.rules.compress import size
        return size(self)

    def as_fixed(self) -> "Instr":
        return Instr(self.mnemonic, self.fields, True)

    def key(self) -> str:
        return self.mnemonic + (" (fixed) " if self.fixed else " ") \
            + ", ".join(e.key() for _, e in self.fields)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: Pattern
    guard: ir.Expr
    template: tuple
    temps: tuple = ()           # RV registers the template may clobber (from regmap.TEMPS)
    isa: frozenset = frozenset()
    jumps: bool = False         # ends by transferring control to the target (`dist`)
    exits: bool = False         # the target is the epilogue
    clobbers: tuple = ()        # caller-saved registers a call clobbers (regmap.CALL_CLOBBERS)

    def key(self) -> str:
        return "\n".join([
            f"rule {self.name}", f"pattern {self.pattern.key()}", f"guard {self.guard.key()}",
            f"temps {sorted(self.temps)}", f"isa {sorted(self.isa)}",
            f"jumps {self.jumps} exits {self.exits}",
            *([f"clobbers {sorted(self.clobbers)}"] if self.clobbers else []),
            *("  " + i.key() for i in self.template)])

    def fingerprint(self) -> str:
        return hashlib.sha256(self.key().encode()).hexdigest()[:16]

    @property
    def length(self) -> int:
        """The most bytes the template takes (uncompressed)."""
        return sum(i.length for i in self.template)

    @property
    def size(self) -> ir.Expr:
        """The bytes it takes as emitted, an expression over the operands and `rvc`."""
        from rvjit.rules.compress import size_of
        return size_of(self.template)


class _Asm:
    """`asm.addi(rd, rs1, imm)` builds an Instr; `asm["add.uw"](...)` for dotted mnemonics.
    Register fields take 5-bit expressions or ints; immediates take 64-bit expressions or ints."""

    def __getitem__(self, mnemonic):
        form = FORMS[mnemonic]

        def build(*args):
            if len(args) != len(form.fields):
                raise TypeError(f"{mnemonic} takes {list(form.fields)}")
            fields = []
            for (name, spec), a in zip(form.fields.items(), args):
                width = 5 if spec.kind in ("reg", "creg") else 64
                fields.append((name, ir.lift(a, width)))
            return Instr(mnemonic, tuple(fields))
        return build

    def __getattr__(self, name):
        return self[name.rstrip("_").replace("_", ".")]


asm = _Asm()

# Registers as template fields.
D, S = ir.rv(ir.dst), ir.rv(ir.src)
ZERO = ir.Const(0, 5)
T1, T2, T3 = (ir.Const(r, 5) for r in (6, 7, 28))


def rule(name, pattern, template, guard=ir.TRUE, temps=(), isa=(), clobbers=(), **kw) -> Rule:
    return Rule(name, pattern, guard, tuple(template), tuple(temps), frozenset(isa),
                clobbers=tuple(sorted(clobbers)), **kw)


@dataclass
class Table:
    """The ordered rule table, plus the patterns the table declares unsupported (with why)."""
    rules: list = field(default_factory=list)

    def by_pattern(self) -> dict:
        d = {}
        for r in self.rules:
            d.setdefault(r.pattern, []).append(r)
        return d

    def fingerprint(self) -> str:
        h = hashlib.sha256()
        for r in self.rules:
            h.update(r.key().encode() + b"\0")
        return h.hexdigest()[:16]
