"""RV64 semantics in z3 bit-vectors: one clause per instruction, named as in the RISC-V
unprivileged spec (RV64I, M, A, Zba, Zbb, Zacas; C forms are their expansions).

A clause takes the state and the instruction's fields and returns the next state.  Register
fields are 5-bit values; immediate fields are the value the assembler writes (`addi a0, a0, -1`
has imm -1; `lui a0, 0x12345` has imm 0x12345; branch and jump offsets are byte offsets).
Clauses read only the bits the encoding carries (e.g. the low 12 bits of an I-immediate), so a
rule that emits an out-of-range field is described as the hardware would run it; the prover
separately requires every field to be encodable (obligation 5).
"""
from __future__ import annotations

import z3

XLEN = 64


def bv(x, w):
    return x if isinstance(x, z3.ExprRef) else z3.BitVecVal(x, w)


def simm(v, bits):
    """The sign-extended value of the low `bits` bits of an immediate field."""
    return z3.SignExt(XLEN - bits, z3.Extract(bits - 1, 0, bv(v, XLEN)))


def uimm(v, bits):
    return z3.ZeroExt(XLEN - bits, z3.Extract(bits - 1, 0, bv(v, XLEN)))


def sext32(x):
    return z3.SignExt(32, z3.Extract(31, 0, x))


def lo32(x):
    return z3.Extract(31, 0, x)


class State:
    """Registers (an array x1..x31; x0 reads as zero), pc, the memory trace (and the memory
    model that answers loads, see semantics/memory.py), the length of the instruction
    being executed (2 or 4: the link address and the fall-through use it), the hart's
    reservation (set by lr: (address, size, index of the lr's event in the trace), or None)
    and the number of store-conditionals executed (it names their outcomes)."""

    def __init__(self, regs, pc, trace=(), ilen=4, mem=None, reservation=None, nsc=0,
                 loops_to=None):
        from semantics.memory import SymbolicMemory
        self.regs, self.pc, self.trace, self.ilen = regs, pc, trace, ilen
        self.mem = mem if mem is not None else SymbolicMemory()
        self.reservation, self.nsc = reservation, nsc
        self.loops_to = loops_to        # paths(): the loop head state this path returned to

    def _with(self, **kw):
        d = dict(regs=self.regs, pc=self.pc, trace=self.trace, ilen=self.ilen, mem=self.mem,
                 reservation=self.reservation, nsc=self.nsc, loops_to=self.loops_to)
        d.update(kw)
        return State(**d)

    def load(self, addr, size):
        v, trace = self.mem.load(self.trace, addr, size)
        return v, self._with(trace=trace)

    def store(self, addr, size, value):
        return self._with(trace=self.mem.store(self.trace, addr, size, value),
                          pc=self.pc + self.ilen)

    def atomic(self, addr, size, update):
        v, trace = self.mem.atomic(self.trace, addr, size, update)
        return v, self._with(trace=trace)

    def x(self, r):
        r = bv(r, 5)
        if z3.is_bv_value(r):
            return z3.BitVecVal(0, XLEN) if r.as_long() == 0 else z3.Select(self.regs, r)
        return z3.If(r == 0, z3.BitVecVal(0, XLEN), z3.Select(self.regs, r))

    def set(self, rd, v):
        """Write rd and fall through to the next instruction."""
        rd = bv(rd, 5)
        if z3.is_bv_value(rd):
            regs = self.regs if rd.as_long() == 0 else z3.Store(self.regs, rd, v)
        else:
            regs = z3.If(rd == 0, self.regs, z3.Store(self.regs, rd, v))
        return self._with(regs=regs, pc=self.pc + self.ilen)

    def goto(self, target):
        return self._with(pc=target)


# --- RV64I ----------------------------------------------------------------------------------

def lui(s, rd, imm):
    return s.set(rd, sext32(uimm(imm, 20) << 12))


def auipc(s, rd, imm):
    return s.set(rd, s.pc + sext32(uimm(imm, 20) << 12))


def jal(s, rd, imm):
    link = s.pc + s.ilen
    return s.set(rd, link).goto(s.pc + simm(imm, 21))


def jalr(s, rd, rs1, imm):
    target = (s.x(rs1) + simm(imm, 12)) & ~z3.BitVecVal(1, XLEN)
    return s.set(rd, s.pc + s.ilen).goto(target)


def _branch(cond):
    def clause(s, rs1, rs2, imm):
        taken = cond(s.x(rs1), s.x(rs2))
        return s.goto(z3.If(taken, s.pc + simm(imm, 13), s.pc + s.ilen))
    return clause


beq = _branch(lambda a, b: a == b)
bne = _branch(lambda a, b: a != b)
blt = _branch(lambda a, b: a < b)
bge = _branch(lambda a, b: a >= b)
bltu = _branch(z3.ULT)
bgeu = _branch(z3.UGE)


def _load(size, signed):
    def clause(s, rd, rs1, imm):
        v, s2 = s.load(s.x(rs1) + simm(imm, 12), size)
        if size < 8:
            v = (z3.SignExt if signed else z3.ZeroExt)(XLEN - 8 * size, v)
        return s2.set(rd, v)
    return clause


lb, lh, lw, ld = _load(1, True), _load(2, True), _load(4, True), _load(8, True)
lbu, lhu, lwu = _load(1, False), _load(2, False), _load(4, False)


def _store(size):
    def clause(s, rs1, rs2, imm):
        v = s.x(rs2)
        return s.store(s.x(rs1) + simm(imm, 12), size,
                       z3.Extract(8 * size - 1, 0, v) if size < 8 else v)
    return clause


sb, sh, sw, sd = _store(1), _store(2), _store(4), _store(8)


def addi(s, rd, rs1, imm): return s.set(rd, s.x(rs1) + simm(imm, 12))
def slti(s, rd, rs1, imm): return s.set(rd, _b(s.x(rs1) < simm(imm, 12)))
def sltiu(s, rd, rs1, imm): return s.set(rd, _b(z3.ULT(s.x(rs1), simm(imm, 12))))
def xori(s, rd, rs1, imm): return s.set(rd, s.x(rs1) ^ simm(imm, 12))
def ori(s, rd, rs1, imm): return s.set(rd, s.x(rs1) | simm(imm, 12))
def andi(s, rd, rs1, imm): return s.set(rd, s.x(rs1) & simm(imm, 12))
def slli(s, rd, rs1, imm): return s.set(rd, s.x(rs1) << uimm(imm, 6))
def srli(s, rd, rs1, imm): return s.set(rd, z3.LShR(s.x(rs1), uimm(imm, 6)))
def srai(s, rd, rs1, imm): return s.set(rd, s.x(rs1) >> uimm(imm, 6))


def _b(c):
    return z3.If(c, z3.BitVecVal(1, XLEN), z3.BitVecVal(0, XLEN))


def _sh6(x): return x & 63
def _sh5(x): return z3.Extract(4, 0, x)


def add(s, rd, rs1, rs2): return s.set(rd, s.x(rs1) + s.x(rs2))
def sub(s, rd, rs1, rs2): return s.set(rd, s.x(rs1) - s.x(rs2))
def sll(s, rd, rs1, rs2): return s.set(rd, s.x(rs1) << _sh6(s.x(rs2)))
def slt(s, rd, rs1, rs2): return s.set(rd, _b(s.x(rs1) < s.x(rs2)))
def sltu(s, rd, rs1, rs2): return s.set(rd, _b(z3.ULT(s.x(rs1), s.x(rs2))))
def xor(s, rd, rs1, rs2): return s.set(rd, s.x(rs1) ^ s.x(rs2))
def srl(s, rd, rs1, rs2): return s.set(rd, z3.LShR(s.x(rs1), _sh6(s.x(rs2))))
def sra(s, rd, rs1, rs2): return s.set(rd, s.x(rs1) >> _sh6(s.x(rs2)))
def or_(s, rd, rs1, rs2): return s.set(rd, s.x(rs1) | s.x(rs2))
def and_(s, rd, rs1, rs2): return s.set(rd, s.x(rs1) & s.x(rs2))


# RV64I word operations: operate on the low 32 bits, sign-extend the 32-bit result.
def _w(f):
    return lambda a, b: z3.SignExt(32, f(lo32(a), b))


def addiw(s, rd, rs1, imm): return s.set(rd, sext32(s.x(rs1) + simm(imm, 12)))
def slliw(s, rd, rs1, imm): return s.set(rd, z3.SignExt(32, lo32(s.x(rs1)) << z3.Extract(31, 0, uimm(imm, 5))))
def srliw(s, rd, rs1, imm): return s.set(rd, z3.SignExt(32, z3.LShR(lo32(s.x(rs1)), z3.Extract(31, 0, uimm(imm, 5)))))
def sraiw(s, rd, rs1, imm): return s.set(rd, z3.SignExt(32, lo32(s.x(rs1)) >> z3.Extract(31, 0, uimm(imm, 5))))
def addw(s, rd, rs1, rs2): return s.set(rd, sext32(s.x(rs1) + s.x(rs2)))
def subw(s, rd, rs1, rs2): return s.set(rd, sext32(s.x(rs1) - s.x(rs2)))
def sllw(s, rd, rs1, rs2): return s.set(rd, z3.SignExt(32, lo32(s.x(rs1)) << z3.ZeroExt(27, _sh5(s.x(rs2)))))
def srlw(s, rd, rs1, rs2): return s.set(rd, z3.SignExt(32, z3.LShR(lo32(s.x(rs1)), z3.ZeroExt(27, _sh5(s.x(rs2))))))
def sraw(s, rd, rs1, rs2): return s.set(rd, z3.SignExt(32, lo32(s.x(rs1)) >> z3.ZeroExt(27, _sh5(s.x(rs2)))))


# --- M --------------------------------------------------------------------------------------
# Division never traps: x/0 = all ones (unsigned) or -1 (signed); x%0 = x; the signed overflow
# case -2^(L-1) / -1 gives -2^(L-1) with remainder 0 (spec Table "Semantics for division by zero
# and division overflow").  Written out explicitly rather than trusting SMT-LIB's x/0.

def _divu(a, b): return z3.If(b == 0, z3.BitVecVal(-1, a.size()), z3.UDiv(a, b))
def _remu(a, b): return z3.If(b == 0, a, z3.URem(a, b))
def _div(a, b): return z3.If(b == 0, z3.BitVecVal(-1, a.size()), a / b)
def _rem(a, b): return z3.If(b == 0, a, z3.SRem(a, b))


def _hi(f):
    return lambda a, b: z3.Extract(127, 64, f(a, b))


def mul(s, rd, rs1, rs2): return s.set(rd, s.x(rs1) * s.x(rs2))
def mulh(s, rd, rs1, rs2): return s.set(rd, _hi(lambda a, b: z3.SignExt(64, a) * z3.SignExt(64, b))(s.x(rs1), s.x(rs2)))
def mulhsu(s, rd, rs1, rs2): return s.set(rd, _hi(lambda a, b: z3.SignExt(64, a) * z3.ZeroExt(64, b))(s.x(rs1), s.x(rs2)))
def mulhu(s, rd, rs1, rs2): return s.set(rd, _hi(lambda a, b: z3.ZeroExt(64, a) * z3.ZeroExt(64, b))(s.x(rs1), s.x(rs2)))
def div(s, rd, rs1, rs2): return s.set(rd, _div(s.x(rs1), s.x(rs2)))
def divu(s, rd, rs1, rs2): return s.set(rd, _divu(s.x(rs1), s.x(rs2)))
def rem(s, rd, rs1, rs2): return s.set(rd, _rem(s.x(rs1), s.x(rs2)))
def remu(s, rd, rs1, rs2): return s.set(rd, _remu(s.x(rs1), s.x(rs2)))
def _word(f): return lambda s, rd, rs1, rs2: s.set(rd, z3.SignExt(32, f(lo32(s.x(rs1)), lo32(s.x(rs2)))))


mulw = _word(lambda a, b: a * b)
divw = _word(_div)
divuw = _word(_divu)
remw = _word(_rem)
remuw = _word(_remu)


# --- A (Zaamo, Zalrsc) and Zacas ------------------------------------------------------------
# Addresses must be naturally aligned (the eBPF verifier insists on it for atomics); the
# clauses describe an aligned access.  aq/rl are the instruction's two ordering bits; the
# events carry the ordering the RISC-V spec's table of Linux mappings gives them
# ("Mappings from Linux memory primitives to RISC-V primitives"): an AMO with aq/rl is
# acquire/release, with both fully ordered.

def _bit(v):
    return z3.Extract(0, 0, bv(v, XLEN)) == 1


def _narrow(x, size):
    return z3.Extract(8 * size - 1, 0, x) if size < 8 else x


def _widen(v, size):
    return z3.SignExt(XLEN - 8 * size, v) if size < 8 else v


def _amo(size, f):
    """amo<op>.{w,d} rd, rs2, (rs1): atomically rd := mem[rs1] (sign-extended for W),
    mem[rs1] := f(mem[rs1], rs2)."""
    def clause(s, rd, rs2, rs1, aq, rl):
        from semantics.memory import ordering
        operand = _narrow(s.x(rs2), size)
        old, s2 = s.atomic(s.x(rs1), size,
                           lambda old: (f(old, operand), True, ordering(_bit(aq), _bit(rl))))
        return s2.set(rd, _widen(old, size))
    return clause


_AMO_OPS = {"swap": lambda a, b: b, "add": lambda a, b: a + b, "xor": lambda a, b: a ^ b,
            "and": lambda a, b: a & b, "or": lambda a, b: a | b,
            "min": lambda a, b: z3.If(a < b, a, b), "max": lambda a, b: z3.If(a < b, b, a),
            "minu": lambda a, b: z3.If(z3.ULT(a, b), a, b),
            "maxu": lambda a, b: z3.If(z3.ULT(a, b), b, a)}
for _op, _f in _AMO_OPS.items():
    for _sz, _suffix in ((4, "w"), (8, "d")):
        globals()[f"amo{_op}_{_suffix}"] = _amo(_sz, _f)


def _lr(size):
    """lr.{w,d} rd, (rs1): a load that registers a reservation on its address.  Its event is
    a read-only atomic access (acquire with aq) until a paired sc turns it into the pair's
    read-modify-write or, failing, removes it (the pair is retried)."""
    def clause(s, rd, rs1, aq, rl):
        from semantics.memory import ordering
        addr = s.x(rs1)
        old, s2 = s.atomic(addr, size, lambda old: (old, False, ordering(_bit(aq), False)))
        return s2._with(reservation=(addr, size, len(s2.trace) - 1)).set(rd, _widen(old, size))
    return clause


def _sc(size):
    """sc.{w,d} rd, rs2, (rs1): paired with the reservation of the lr before it (same size,
    same address), either succeeds (rd := 0, and the lr's read and this store become one
    read-modify-write: acquire if the lr had aq, release if the sc has aq and rl, the rows
    of the Linux mapping) or fails (rd := a non-zero code, nothing stored, and the pair's
    read is dropped: the pair is retried).  To another address, which may lie in the
    reservation set, it may fail or store as a plain store.  Without a reservation of its
    size it fails.  The reservation is gone afterwards.  Nothing here assumes an sc succeeds,
    so it holds for one hart among many.  Returns [(condition, state)] when several outcomes
    are possible."""
    def clause(s, rd, rs2, rs1, aq, rl):
        from semantics.memory import ordering, unpaired
        addr, value, res, key = s.x(rs1), _narrow(s.x(rs2), size), s.reservation, s.nsc
        s = s._with(reservation=None, nsc=s.nsc + 1)
        if res is None or res[1] != size:
            return s.set(rd, s.mem.sc_fail_code(key))
        index = res[2]
        if index != len(s.trace) - 1:
            raise ValueError("sc: memory accesses between lr and sc (outside the constrained "
                             "LR/SC sequences this semantics describes)")
        same = z3.simplify(res[0] == addr)
        ok, code = s.mem.sc_outcome(key, same)
        lr_event = s.trace[index]
        event = ("atomic", addr, size, lr_event[3], value, z3.BoolVal(True),
                 ordering(lr_event[6][0], z3.And(_bit(aq), _bit(rl))))
        out = []
        if not z3.is_false(same):
            out += [(z3.And(same, ok), lambda: s._with(trace=s.mem.commit(s.trace, index, event)).set(rd, 0)),
                    (z3.And(same, z3.Not(ok)), lambda: s._with(trace=unpaired(s.trace, index)).set(rd, code))]
        if not z3.is_true(same):
            out += [(z3.And(z3.Not(same), ok),
                     lambda: s._with(trace=s.mem.store(s.trace, addr, size, value)).set(rd, 0)),
                    (z3.And(z3.Not(same), z3.Not(ok)), lambda: s.set(rd, code))]
        out = [(c, f()) for c, f in out if not z3.is_false(z3.simplify(c))]
        return out[0][1] if len(out) == 1 else out
    return clause


lr_w, lr_d, sc_w, sc_d = _lr(4), _lr(8), _sc(4), _sc(8)


def _amocas(size):
    """amocas.{w,d} rd, rs2, (rs1) (Zacas): atomically compare mem[rs1] with the low `size`
    bytes of rd, store rs2 there if equal; rd := the value read (sign-extended for W).
    Acquire with aq; release with rl only when the comparison succeeds (the spec)."""
    def clause(s, rd, rs2, rs1, aq, rl):
        from semantics.memory import ordering
        expected, new = _narrow(s.x(rd), size), _narrow(s.x(rs2), size)

        def update(old):
            eq = old == expected
            return z3.If(eq, new, old), eq, ordering(_bit(aq), z3.And(eq, _bit(rl)))
        old, s2 = s.atomic(s.x(rs1), size, update)
        return s2.set(rd, _widen(old, size))
    return clause


amocas_w, amocas_d = _amocas(4), _amocas(8)

FENCE_BITS = "iorw"


def fence_set(v) -> str:
    """The letters of a 4-bit fence predecessor/successor field (PI PO PR PW)."""
    v = z3.simplify(bv(v, XLEN))
    if not z3.is_bv_value(v):
        raise ValueError("fence: the predecessor and successor sets must be constants")
    n = v.as_long() & 15
    return "".join(c for i, c in enumerate(FENCE_BITS) if n >> (3 - i) & 1)


def fence(s, pred, succ):
    return s._with(trace=s.mem.fence(s.trace, fence_set(pred), fence_set(succ)),
                   pc=s.pc + s.ilen)


# --- Zba ------------------------------------------------------------------------------------

def _zw(x): return z3.ZeroExt(32, lo32(x))


def add_uw(s, rd, rs1, rs2): return s.set(rd, s.x(rs2) + _zw(s.x(rs1)))
def sh1add(s, rd, rs1, rs2): return s.set(rd, s.x(rs2) + (s.x(rs1) << 1))
def sh2add(s, rd, rs1, rs2): return s.set(rd, s.x(rs2) + (s.x(rs1) << 2))
def sh3add(s, rd, rs1, rs2): return s.set(rd, s.x(rs2) + (s.x(rs1) << 3))
def sh1add_uw(s, rd, rs1, rs2): return s.set(rd, s.x(rs2) + (_zw(s.x(rs1)) << 1))
def sh2add_uw(s, rd, rs1, rs2): return s.set(rd, s.x(rs2) + (_zw(s.x(rs1)) << 2))
def sh3add_uw(s, rd, rs1, rs2): return s.set(rd, s.x(rs2) + (_zw(s.x(rs1)) << 3))
def slli_uw(s, rd, rs1, imm): return s.set(rd, _zw(s.x(rs1)) << uimm(imm, 6))


# --- Zbb ------------------------------------------------------------------------------------

def _clz(x):
    n = x.size()
    r = z3.BitVecVal(n, XLEN)
    for i in range(n):                        # the highest set bit wins: scan upwards
        r = z3.If(z3.Extract(i, i, x) == 1, z3.BitVecVal(n - 1 - i, XLEN), r)
    return r


def _ctz(x):
    n = x.size()
    r = z3.BitVecVal(n, XLEN)
    for i in reversed(range(n)):
        r = z3.If(z3.Extract(i, i, x) == 1, z3.BitVecVal(i, XLEN), r)
    return r


def _cpop(x):
    return z3.Sum([z3.ZeroExt(XLEN - 1, z3.Extract(i, i, x)) for i in range(x.size())])


def andn(s, rd, rs1, rs2): return s.set(rd, s.x(rs1) & ~s.x(rs2))
def orn(s, rd, rs1, rs2): return s.set(rd, s.x(rs1) | ~s.x(rs2))
def xnor(s, rd, rs1, rs2): return s.set(rd, ~(s.x(rs1) ^ s.x(rs2)))
def clz(s, rd, rs1): return s.set(rd, _clz(s.x(rs1)))
def clzw(s, rd, rs1): return s.set(rd, _clz(lo32(s.x(rs1))))
def ctz(s, rd, rs1): return s.set(rd, _ctz(s.x(rs1)))
def ctzw(s, rd, rs1): return s.set(rd, _ctz(lo32(s.x(rs1))))
def cpop(s, rd, rs1): return s.set(rd, _cpop(s.x(rs1)))
def cpopw(s, rd, rs1): return s.set(rd, _cpop(lo32(s.x(rs1))))
def max_(s, rd, rs1, rs2): a, b = s.x(rs1), s.x(rs2); return s.set(rd, z3.If(a < b, b, a))
def maxu(s, rd, rs1, rs2): a, b = s.x(rs1), s.x(rs2); return s.set(rd, z3.If(z3.ULT(a, b), b, a))
def min_(s, rd, rs1, rs2): a, b = s.x(rs1), s.x(rs2); return s.set(rd, z3.If(a < b, a, b))
def minu(s, rd, rs1, rs2): a, b = s.x(rs1), s.x(rs2); return s.set(rd, z3.If(z3.ULT(a, b), a, b))
def sext_b(s, rd, rs1): return s.set(rd, z3.SignExt(56, z3.Extract(7, 0, s.x(rs1))))
def sext_h(s, rd, rs1): return s.set(rd, z3.SignExt(48, z3.Extract(15, 0, s.x(rs1))))
def zext_h(s, rd, rs1): return s.set(rd, z3.ZeroExt(48, z3.Extract(15, 0, s.x(rs1))))
def rol(s, rd, rs1, rs2): return s.set(rd, z3.RotateLeft(s.x(rs1), _sh6(s.x(rs2))))
def ror(s, rd, rs1, rs2): return s.set(rd, z3.RotateRight(s.x(rs1), _sh6(s.x(rs2))))
def rori(s, rd, rs1, imm): return s.set(rd, z3.RotateRight(s.x(rs1), uimm(imm, 6)))
def rolw(s, rd, rs1, rs2): return s.set(rd, z3.SignExt(32, z3.RotateLeft(lo32(s.x(rs1)), z3.ZeroExt(27, _sh5(s.x(rs2))))))
def rorw(s, rd, rs1, rs2): return s.set(rd, z3.SignExt(32, z3.RotateRight(lo32(s.x(rs1)), z3.ZeroExt(27, _sh5(s.x(rs2))))))
def roriw(s, rd, rs1, imm): return s.set(rd, z3.SignExt(32, z3.RotateRight(lo32(s.x(rs1)), z3.Extract(31, 0, uimm(imm, 5)))))


def rev8(s, rd, rs1):
    x = s.x(rs1)
    return s.set(rd, z3.Concat(*[z3.Extract(8 * i + 7, 8 * i, x) for i in range(8)]))


def orc_b(s, rd, rs1):
    x = s.x(rs1)
    return s.set(rd, z3.Concat(*[z3.If(z3.Extract(8 * i + 7, 8 * i, x) == 0, z3.BitVecVal(0, 8),
                                       z3.BitVecVal(0xFF, 8)) for i in reversed(range(8))]))


# --- C: each compressed instruction is its expansion (spec chapter "C" tables) --------------

def c_addi(s, rd, imm): return addi(s, rd, rd, imm)
def c_addiw(s, rd, imm): return addiw(s, rd, rd, imm)
def c_li(s, rd, imm): return addi(s, rd, 0, imm)
def c_lui(s, rd, imm): return lui(s, rd, imm)
def c_slli(s, rd, imm): return slli(s, rd, rd, imm)
def c_srli(s, rd, imm): return srli(s, rd, rd, imm)
def c_srai(s, rd, imm): return srai(s, rd, rd, imm)
def c_andi(s, rd, imm): return andi(s, rd, rd, imm)
def c_mv(s, rd, rs2): return add(s, rd, 0, rs2)
def c_add(s, rd, rs2): return add(s, rd, rd, rs2)
def c_sub(s, rd, rs2): return sub(s, rd, rd, rs2)
def c_xor(s, rd, rs2): return xor(s, rd, rd, rs2)
def c_or(s, rd, rs2): return or_(s, rd, rd, rs2)
def c_and(s, rd, rs2): return and_(s, rd, rd, rs2)
def c_subw(s, rd, rs2): return subw(s, rd, rd, rs2)
def c_addw(s, rd, rs2): return addw(s, rd, rd, rs2)
def c_j(s, imm): return jal(s, 0, imm)
def c_jr(s, rs1): return jalr(s, 0, rs1, 0)
def c_beqz(s, rs1, imm): return beq(s, rs1, 0, imm)
def c_bnez(s, rs1, imm): return bne(s, rs1, 0, imm)
def c_lw(s, rd, rs1, imm): return lw(s, rd, rs1, imm)
def c_ld(s, rd, rs1, imm): return ld(s, rd, rs1, imm)
def c_sw(s, rs1, rs2, imm): return sw(s, rs1, rs2, imm)
def c_sd(s, rs1, rs2, imm): return sd(s, rs1, rs2, imm)
def c_ldsp(s, rd, imm): return ld(s, rd, 2, imm)
def c_sdsp(s, rs2, imm): return sd(s, 2, rs2, imm)
def c_addi16sp(s, imm): return addi(s, 2, 2, imm)


# The clause of each mnemonic, as the assembler spells it.
CLAUSES = {}
for _name, _f in list(globals().items()):
    if callable(_f) and getattr(_f, "__module__", None) == __name__ and not _name.startswith("_") \
            and _name not in ("bv", "simm", "uimm", "sext32", "lo32", "State", "run", "initial",
                          "fence_set", "loop_heads", "written_in", "offsets"):
        CLAUSES[_name.rstrip("_").replace("_", ".")] = _f


# --- calls out of a template: the psABI callee ------------------------------------------------
# A jal/jalr that links ra and leaves the template is a call.  What runs there is not in the
# template; the RISC-V psABI says what any callee does, and that is what the call is: one
# event ("call", target, (a0..a4)), then a0 = the callee's return value (a fresh value named
# after the call, as the memory model names it), the other caller-saved registers (ra, t0-t6,
# a1-a7) fresh, the callee-saved ones (s0-s11, sp, gp, tp) unchanged, and control back at the
# link address.  This is the contract the callee's own proof establishes (a frame contract),
# so a template with a call is proven once, whatever it calls.
RA, A0 = 1, 10
ARGS = (10, 11, 12, 13, 14)                               # a0..a4
CALLER_SAVED = {1: "ra", 5: "t0", 6: "t1", 7: "t2", 11: "a1", 12: "a2", 13: "a3", 14: "a4",
                15: "a5", 16: "a6", 17: "a7", 28: "t3", 29: "t4", 30: "t5", 31: "t6"}


def call_out(st, link):
    """The state after a call from `st` (pc = the callee) returns to `link`."""
    ret, trace = st.mem.call(st.trace, st.pc, [st.x(r) for r in ARGS])
    k = sum(1 for e in trace if e[0] == "call") - 1
    regs = st.regs
    for r, name in CALLER_SAVED.items():
        regs = z3.Store(regs, z3.BitVecVal(r, 5), z3.BitVec(f"call{k}_{name}", XLEN))
    regs = z3.Store(regs, z3.BitVecVal(A0, 5), ret)
    return st._with(regs=regs, trace=trace, pc=link, reservation=None)   # (the callee may lose it)


def _links_ra(mnemonic, fields):
    rd = fields.get("rd")
    return mnemonic in ("jal", "jalr") and rd is not None and z3.is_bv_value(bv(rd, 5)) \
        and bv(rd, 5).as_long() == RA


BRANCHES = ("beq", "bne", "blt", "bge", "bltu", "bgeu")


def offsets(instrs) -> list:
    """The byte offset of each instruction from the template's start, and of its end.  An
    instruction's length may be an expression (a compressible instruction is 2 or 4 bytes,
    depending on the C extension and on its fields), so offsets may be too: each is the sum
    of the (simplified) lengths before it, built the way a fall-through builds the next pc,
    so that falling through from instruction k gives exactly the term of k + 1."""
    out = [z3.BitVecVal(0, XLEN)]
    for _, _, length in instrs:
        out.append(out[-1] + z3.simplify(bv(length, XLEN)))
    return out


def _const(v):
    """v's value if it simplifies to a constant, else None."""
    v = z3.simplify(bv(v, XLEN))
    if not z3.is_bv_value(v):
        return None
    n = v.as_long()
    return n - (1 << XLEN) if n >> (XLEN - 1) else n


def loop_heads(instrs) -> dict:
    """{index of a loop head: index of the last backward branch to it}: targets of branches
    with a constant negative offset that land on an instruction of the template."""
    heads, offs = {}, offsets(instrs)
    for b, (mnemonic, fields, _) in enumerate(instrs):
        imm = fields.get("imm")
        if mnemonic in BRANCHES and imm is not None:
            d = _const(imm)
            if d is not None and d < 0:
                for j in range(b + 1):
                    if _const(offs[b] + d - offs[j]) == 0:
                        heads[j] = b
    return heads


def written_in(instrs, lo, hi) -> set:
    """The registers instructions lo..hi (indices, inclusive) may write (their rd field)."""
    out = set()
    for mnemonic, fields, _ in instrs[lo:hi + 1]:
        if "rd" in fields:
            rd = z3.simplify(bv(fields["rd"], 5))
            if not z3.is_bv_value(rd):
                raise ValueError(f"{mnemonic} in a loop with a computed rd")
            out.add(rd.as_long())
    return out - {0}


def paths(instrs, state, max_steps=64):
    """Execute a template: `instrs` is a list of (mnemonic, fields, length) laid out from
    pc 0 (state.pc must be 0); a length may be an expression (rvjit's compressible
    instructions: the template's own offsets then depend on it, and so do its pc-relative
    fields).  Branches inside the template split the execution, and so do
    store-conditionals (they may fail); each path ends when control leaves the template,
    except through a call (see call_out), after which it goes on at the link address.
    Returns [(path condition, final state)].

    Loops (a backward branch inside the template) are cut at their head: a path that first
    reaches a head continues from the head's invariant state, in which every register the
    loop body writes is arbitrary (fresh), and no reservation is held; a path that comes back
    to the head ends there, with `loops_to` the invariant state it came back to.  Such a path
    is one iteration that stays in the loop: the caller must show it re-establishes the
    invariant (obligations.py: it changed nothing observable).  Then, by induction over the
    iterations, the paths that leave the template describe every execution that leaves it,
    however many times it went round; and no path runs forever."""
    offs = offsets(instrs)
    lengths = [z3.simplify(bv(length, XLEN)) for _, _, length in instrs]   # the terms offs sums
    fixed = {_const(o): k for k, o in enumerate(offs[:-1])}
    if None in fixed:
        fixed = None

    def index(pc, hint):
        """The instruction control is at: pc is its offset (the end and jumps out: None).
        A fall-through reaches the next offset's very term; a branch inside the template
        (a constant offset) is found by simplifying the difference."""
        if hint is not None and hint < len(instrs) and pc.eq(offs[hint]):
            return hint
        c = _const(pc)
        if fixed is not None:
            return fixed.get(c) if c is not None else None
        for k in range(len(instrs)):
            if _const(pc - offs[k]) == 0:
                return k
        return None

    heads = loop_heads(instrs)
    done, work, entries = [], [(z3.BoolVal(True), state, 0, {}, 0)], 0
    while work:
        cond, st, steps, entered, hint = work.pop()
        if isinstance(st, list):                   # a clause with several outcomes (sc)
            work += [(z3.And(cond, c), s2, steps, entered, hint) for c, s2 in st]
            continue
        if z3.is_app_of(st.pc, z3.Z3_OP_ITE):       # a conditional branch: follow both sides
            c, a, b = st.pc.children()
            work.append((z3.And(cond, c), st._with(pc=a), steps, entered, hint))
            work.append((z3.And(cond, z3.Not(c)), st._with(pc=b), steps, entered, hint))
            continue
        k = index(st.pc, hint)
        if k is None:                               # the end, a jump out, a computed target
            done.append((cond, st._with(pc=z3.simplify(st.pc))))
            continue
        if k in heads:
            if k in entered:                        # back at the head: one iteration done
                done.append((cond, st._with(loops_to=entered[k])))
                continue
            tag, entries = f"loop{k}_{entries}", entries + 1
            regs = st.regs
            for r in sorted(written_in(instrs, k, heads[k])):
                regs = z3.Store(regs, z3.BitVecVal(r, 5), z3.BitVec(f"{tag}_x{r}", XLEN))
            st = st._with(regs=regs, reservation=None)
            entered = {**entered, k: st}
        if steps >= max_steps:
            done.append((cond, st))
            continue
        mnemonic, fields, _ = instrs[k]
        nxt = CLAUSES[mnemonic](st._with(pc=offs[k], ilen=lengths[k]), **fields)
        if _links_ra(mnemonic, fields) and not isinstance(nxt, list) \
                and index(z3.simplify(nxt.pc), None) is None:
            nxt = call_out(nxt, offs[k + 1])        # out of the template, back to the next
        work.append((cond, nxt, steps + 1, entered, k + 1))
    return done


def run(instrs, state):
    """Execute a template that has no branches inside: the one final state."""
    ps = paths(instrs, state)
    if len(ps) != 1:
        raise ValueError("template branches: use paths()")
    return ps[0][1]


def initial(regs_by_number: dict, pc=0, name="x"):
    """A state whose registers are fresh constants, overridden by `regs_by_number`."""
    regs = z3.Array(name, z3.BitVecSort(5), z3.BitVecSort(XLEN))
    for r, v in regs_by_number.items():
        regs = z3.Store(regs, z3.BitVecVal(r, 5), bv(v, XLEN))
    return State(regs, bv(pc, XLEN))
