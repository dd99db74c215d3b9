"""The expression IR of rule guards and template fields.

One small language, three backends: z3 (for proofs), Python source and C source (for the
generated emitters).  Every node has a fixed bit width; width 1 is a boolean.  Values are
unsigned bit patterns in all backends; signedness lives in the operators (slt, ashr, sext).

Python and C renderings are pure expressions over the operand variables (`dst`, `src`, `off`,
`imm`, `imm64`, `dist`), which hold the operand's bit pattern zero-extended to a Python int /
a C `u64`.  The C rendering never has undefined behaviour: shifts are clamped, all arithmetic
is on `u64`, and sign handling is done with xor/sub tricks instead of signed overflow.
"""
from __future__ import annotations

import z3

# eBPF operands of a rule, and their widths (RFC 9669 field sizes; `imm64` is LD_IMM64's
# combined immediate; `dist` is the byte distance from the start of this instruction's code
# to the start of the target's code, as a signed 64-bit value).
OPERANDS = {"dst": 4, "src": 4, "off": 16, "imm": 32, "imm64": 64, "dist": 64}
# What the driver knows besides the instruction: `rvc`, whether the C extension is on (the
# emitters then compress, so the byte offsets inside a template depend on it); `hi_dead`,
# whether no later instruction reads dst's upper half (rvjit/upper.py: rules guarded by it may
# leave that half anything).
FLAGS = {"rvc": 1, "hi_dead": 1}


def _mask(w: int) -> int:
    return (1 << w) - 1


class Expr:
    width: int

    # --- backends -----------------------------------------------------------------------
    def z3(self, env: dict):
        raise NotImplementedError

    def py(self) -> str:
        raise NotImplementedError

    def c(self) -> str:
        raise NotImplementedError

    def key(self) -> str:
        """Canonical text, used for fingerprints and rule listings."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return self.key()

    # --- builders -----------------------------------------------------------------------
    def _bin(self, op, other):
        return BinOp(op, self, lift(other, self.width))

    def __add__(self, o):
        return self._bin("add", o)

    def __sub__(self, o):
        return self._bin("sub", o)

    def __and__(self, o):
        return self._bin("and", o)

    def __or__(self, o):
        return self._bin("or", o)

    def __xor__(self, o):
        return self._bin("xor", o)

    def __lshift__(self, o):
        return self._bin("shl", o)

    def __neg__(self):
        return Const(0, self.width) - self

    def __invert__(self):
        return self ^ _mask(self.width)


def lift(v, width: int) -> Expr:
    if isinstance(v, Expr):
        if v.width != width:
            raise TypeError(f"width mismatch: {v} is {v.width} bits, expected {width}")
        return v
    return Const(v, width)


class Const(Expr):
    def __init__(self, value: int, width: int):
        self.width = width
        self.value = value & _mask(width)

    def z3(self, env):
        return z3.BoolVal(bool(self.value)) if self.width == 1 else z3.BitVecVal(self.value, self.width)

    def py(self):
        if self.width == 1:
            return "True" if self.value else "False"
        return hex(self.value) if self.value > 9 else str(self.value)

    def c(self):
        if self.width == 1:
            return "1" if self.value else "0"
        return f"0x{self.value:x}ULL" if self.value > 9 else f"{self.value}ULL"

    def key(self):
        return f"{self.value:#x}:{self.width}"


class Operand(Expr):
    """An eBPF operand, or (with an explicit width) another named input, e.g. the fields of
    an RV64 instruction in compression conditions."""

    def __init__(self, name: str, width: int | None = None):
        self.name = name
        self.width = width or {**OPERANDS, **FLAGS}[name]

    def z3(self, env):
        return env[self.name]

    def py(self):
        return self.name

    def c(self):
        return self.name

    def key(self):
        return self.name


dst, src, off, imm, imm64, dist = (Operand(n) for n in OPERANDS)
rvc, hi_dead = Operand("rvc"), Operand("hi_dead")


# Binary operators: name -> (z3 builder, python template, C template).  `{a}`, `{b}` are the
# operands, `{m}` the width mask, `{w}` the width.  Results are masked to the width.
_BINOPS = {
    "add": (lambda a, b: a + b, "(({a} + {b}) & {m})", "(({a} + {b}) & {m})"),
    "sub": (lambda a, b: a - b, "(({a} - {b}) & {m})", "(({a} - {b}) & {m})"),
    "and": (lambda a, b: a & b, "({a} & {b})", "({a} & {b})"),
    "or": (lambda a, b: a | b, "({a} | {b})", "({a} | {b})"),
    "xor": (lambda a, b: a ^ b, "({a} ^ {b})", "({a} ^ {b})"),
    # Shifts by >= width give 0 (lshr/shl) or the sign fill (ashr), as in SMT-LIB.
    "shl": (lambda a, b: a << b, "(({a} << {b}) & {m})",
            "({b} >= {w} ? 0ULL : (({a} << {b}) & {m}))"),
    "lshr": (z3.LShR, "({a} >> {b})", "({b} >= {w} ? 0ULL : ({a} >> {b}))"),
    "ashr": (lambda a, b: a >> b, "(_sx({a}, {w}) >> {b} & {m})",
             "rvjit_ashr({a}, {b}, {w})"),
}


class BinOp(Expr):
    def __init__(self, op: str, a: Expr, b: Expr):
        assert op in _BINOPS and a.width == b.width and a.width > 1, (op, a, b)
        self.op, self.a, self.b, self.width = op, a, b, a.width

    def _fmt(self, tpl, a, b):
        return tpl.format(a=a, b=b, m=hex(_mask(self.width)), w=self.width)

    def z3(self, env):
        return _BINOPS[self.op][0](self.a.z3(env), self.b.z3(env))

    def py(self):
        return self._fmt(_BINOPS[self.op][1], self.a.py(), self.b.py())

    def c(self):
        tpl = _BINOPS[self.op][2].replace("{m}", f"0x{_mask(self.width):x}ULL")
        return self._fmt(tpl, self.a.c(), self.b.c())

    def key(self):
        return f"({self.op} {self.a.key()} {self.b.key()})"


def lshr(a, b):
    return a._bin("lshr", b)


def ashr(a, b):
    return a._bin("ashr", b)


# Comparisons: width-1 results.  Signed ones compare the sign-extended patterns.
_CMPS = {
    "eq": (lambda a, b: a == b, "=="), "ne": (lambda a, b: a != b, "!="),
    "ult": (z3.ULT, "<"), "ule": (z3.ULE, "<="), "ugt": (z3.UGT, ">"), "uge": (z3.UGE, ">="),
    "slt": (lambda a, b: a < b, "<"), "sle": (lambda a, b: a <= b, "<="),
    "sgt": (lambda a, b: a > b, ">"), "sge": (lambda a, b: a >= b, ">="),
}


class Cmp(Expr):
    width = 1

    def __init__(self, op: str, a: Expr, b):
        b = lift(b, a.width)
        self.op, self.a, self.b = op, a, b

    def z3(self, env):
        return _CMPS[self.op][0](self.a.z3(env), self.b.z3(env))

    def py(self):
        a, b, w = self.a.py(), self.b.py(), self.a.width
        if self.op[0] == "s":
            a, b = f"_sx({a}, {w})", f"_sx({b}, {w})"
        return f"({a} {_CMPS[self.op][1]} {b})"

    def c(self):
        a, b, w = self.a.c(), self.b.c(), self.a.width
        if self.op[0] == "s":   # flip the sign bit: signed order becomes unsigned order
            a, b = f"({a} ^ 0x{1 << (w - 1):x}ULL)", f"({b} ^ 0x{1 << (w - 1):x}ULL)"
        return f"({a} {_CMPS[self.op][1]} {b})"

    def key(self):
        return f"({self.op} {self.a.key()} {self.b.key()})"


def _cmp(op):
    return lambda a, b: Cmp(op, a, b)


eq, ne, ult, ule, ugt, uge, slt, sle, sgt, sge = (_cmp(o) for o in
                                                  ("eq", "ne", "ult", "ule", "ugt", "uge",
                                                   "slt", "sle", "sgt", "sge"))


class BoolOp(Expr):
    """and / or / not over width-1 expressions."""
    width = 1

    def __init__(self, op: str, *args: Expr):
        assert all(a.width == 1 for a in args)
        self.op, self.args = op, args

    def z3(self, env):
        xs = [a.z3(env) for a in self.args]
        return {"and": z3.And, "or": z3.Or, "not": z3.Not}[self.op](*xs)

    def py(self):
        if self.op == "not":
            return f"(not {self.args[0].py()})"
        return "(" + f" {self.op} ".join(a.py() for a in self.args) + ")"

    def c(self):
        if self.op == "not":
            return f"(!{self.args[0].c()})"
        sep = " && " if self.op == "and" else " || "
        return "(" + sep.join(a.c() for a in self.args) + ")"

    def key(self):
        return f"({self.op} " + " ".join(a.key() for a in self.args) + ")"


def all_of(*xs):
    return BoolOp("and", *xs) if len(xs) != 1 else xs[0]


def any_of(*xs):
    return BoolOp("or", *xs) if len(xs) != 1 else xs[0]


def not_(x):
    return BoolOp("not", x)


TRUE = Const(1, 1)


class Extract(Expr):
    def __init__(self, hi: int, lo: int, a: Expr):
        assert a.width > hi >= lo >= 0
        self.hi, self.lo, self.a, self.width = hi, lo, a, hi - lo + 1

    def z3(self, env):
        return z3.Extract(self.hi, self.lo, self.a.z3(env))

    def py(self):
        return f"(({self.a.py()} >> {self.lo}) & {hex(_mask(self.width))})"

    def c(self):
        return f"(({self.a.c()} >> {self.lo}) & 0x{_mask(self.width):x}ULL)"

    def key(self):
        return f"(extract {self.hi} {self.lo} {self.a.key()})"


class Ext(Expr):
    """Zero or sign extension of `a` to `width` bits."""

    def __init__(self, signed: bool, width: int, a: Expr):
        assert width >= a.width
        self.signed, self.width, self.a = signed, width, a

    def z3(self, env):
        n = self.width - self.a.width
        x = self.a.z3(env)
        return (z3.SignExt(n, x) if self.signed else z3.ZeroExt(n, x)) if n else x

    def py(self):
        if self.a.width == 1 and self.width > 1:       # a Python bool: make it an int
            v = f"int({self.a.py()})"
            return v if not self.signed else f"((-{v}) & {hex(_mask(self.width))})"
        if not self.signed or self.width == self.a.width:
            return self.a.py()
        return f"(_sx({self.a.py()}, {self.a.width}) & {hex(_mask(self.width))})"

    def c(self):
        if self.a.width == 1 and self.width > 1:       # a C comparison is an int: widen it
            return f"((u64){self.a.c()})" if not self.signed else f"(0ULL - (u64){self.a.c()})"
        if not self.signed or self.width == self.a.width:
            return self.a.c()
        s = 1 << (self.a.width - 1)
        return f"((({self.a.c()} ^ 0x{s:x}ULL) - 0x{s:x}ULL) & 0x{_mask(self.width):x}ULL)"

    def key(self):
        return f"({'sext' if self.signed else 'zext'} {self.width} {self.a.key()})"


def zext(width, a):
    return Ext(False, width, a)


def sext(width, a):
    return Ext(True, width, a)


def extract(hi, lo, a):
    return Extract(hi, lo, a)


class Ite(Expr):
    def __init__(self, c: Expr, a: Expr, b):
        assert c.width == 1
        self.cond, self.a, self.b, self.width = c, a, lift(b, a.width), a.width

    def z3(self, env):
        return z3.If(self.cond.z3(env), self.a.z3(env), self.b.z3(env))

    def py(self):
        return f"({self.a.py()} if {self.cond.py()} else {self.b.py()})"

    def c(self):
        return f"({self.cond.c()} ? {self.a.c()} : {self.b.c()})"

    def key(self):
        return f"(ite {self.cond.key()} {self.a.key()} {self.b.key()})"


def ite(c, a, b):
    return Ite(c, a, b)


class Ctz(Expr):
    """Count of trailing zero bits; `width` for a zero input."""

    def __init__(self, a: Expr):
        self.a, self.width = a, a.width

    def z3(self, env):
        x = self.a.z3(env)
        r = z3.BitVecVal(self.width, self.width)
        for i in reversed(range(self.width)):
            r = z3.If(z3.Extract(i, i, x) == 1, z3.BitVecVal(i, self.width), r)
        return r

    def py(self):
        return f"_ctz({self.a.py()}, {self.width})"

    def c(self):
        return f"rvjit_ctz({self.a.c()}, {self.width})"

    def key(self):
        return f"(ctz {self.a.key()})"


def ctz(a):
    return Ctz(a)


class RegMap(Expr):
    """The RV64 register number (5 bits) that holds eBPF register `a` (see rvjit.regmap)."""
    width = 5

    def __init__(self, a: Expr):
        assert a.width == 4
        self.a = a

    def z3(self, env):
        from rvjit.regmap import RV_OF_BPF
        x = self.a.z3(env)
        r = z3.BitVecVal(0, 5)          # unreachable for valid registers (guarded by dst/src range)
        for b, rv in reversed(list(enumerate(RV_OF_BPF))):
            r = z3.If(x == b, z3.BitVecVal(rv, 5), r)
        return r

    def py(self):
        return f"RV_OF_BPF[{self.a.py()}]"

    def c(self):
        return f"rvjit_rv_of_bpf[{self.a.c()}]"

    def key(self):
        return f"(rv {self.a.key()})"


def rv(a):
    return RegMap(a)


# --- walking and rewriting expressions ------------------------------------------------------

def children(e):
    for v in vars(e).values():
        if isinstance(v, Expr):
            yield v
        elif isinstance(v, (tuple, list)):
            yield from (x for x in v if isinstance(x, Expr))


def walk(e):
    yield e
    for c in children(e):
        yield from walk(c)


def rebuild(e, f):
    """A copy of node e with every child expression c replaced by f(c)."""
    import copy
    n = copy.copy(e)
    for k, v in vars(e).items():
        if isinstance(v, Expr):
            setattr(n, k, f(v))
        elif isinstance(v, tuple) and any(isinstance(x, Expr) for x in v):
            setattr(n, k, tuple(f(x) if isinstance(x, Expr) else x for x in v))
    return n


def substitute(e, by_name: dict):
    """e with every Operand named in `by_name` replaced by that expression (same width)."""
    def go(x):
        if isinstance(x, Operand) and x.name in by_name:
            return lift(by_name[x.name], x.width)
        return rebuild(x, go)
    return go(e)


_MIRROR = {"eq": "eq", "ne": "ne", "ult": "ugt", "ule": "uge", "ugt": "ult", "uge": "ule",
           "slt": "sgt", "sle": "sge", "sgt": "slt", "sge": "sle"}


def fold(e):
    """e with every constant subexpression evaluated, and/or/ite simplified around constant
    arguments, and comparisons written with their constant on the right (the kernel's style:
    substituted compression conditions would otherwise render as `6ULL == x`)."""
    if isinstance(e, (Const, Operand)):
        return e
    n = rebuild(e, fold)
    kids = list(children(n))
    if kids and all(isinstance(k, Const) for k in kids):
        v = z3.simplify(n.z3({}))
        return Const(int(z3.is_true(v)) if n.width == 1 else v.as_long(), n.width)
    if isinstance(n, BoolOp) and n.op in ("and", "or"):
        unit = 1 if n.op == "and" else 0
        args = [a for a in n.args if not (isinstance(a, Const) and a.value == unit)]
        if any(isinstance(a, Const) for a in args):         # false in an and, true in an or
            return Const(1 - unit, 1)
        return Const(unit, 1) if not args else args[0] if len(args) == 1 else BoolOp(n.op, *args)
    if isinstance(n, Ite) and isinstance(n.cond, Const):
        return n.a if n.cond.value else n.b
    if isinstance(n, Cmp) and isinstance(n.a, Const) and not isinstance(n.b, Const):
        return Cmp(_MIRROR[n.op], n.b, n.a)
    return n


# Helpers the Python rendering refers to; the generated module imports them from here.
def _sx(x: int, w: int) -> int:
    return x - ((x >> (w - 1)) & 1) * (1 << w)


def _ctz(x: int, w: int) -> int:
    return ((x & -x).bit_length() - 1) if x else w


# Convenience predicates used by guards and by the encoders' range obligations.
def fits_signed(e: Expr, bits: int) -> Expr:
    """e (as a signed value of its width) is representable in `bits` signed bits."""
    return eq(sext(e.width, extract(bits - 1, 0, e)), e) if bits < e.width else TRUE


def fits_unsigned(e: Expr, bits: int) -> Expr:
    return eq(lshr(e, Const(bits, e.width)), 0) if bits < e.width else TRUE
