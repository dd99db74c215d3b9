"""Memory, as both ISAs' semantics see it: every access is an event in an ordered trace.

Events are tuples whose first element is the kind:
    ("load", address, size in bytes, value)     ("store", address, size, value)
    ("call", target, (R1, R2, R3, R4, R5))      a call out of the code: a helper or a function

In proofs memory is symbolic: the k-th load returns a fresh value named after k and its size,
and the k-th call a fresh return value named after k, so two semantics that perform the same
accesses in the same order see the same values, and the traces must then agree event by event
(a split, merged, reordered or wrong-width access, or a call with other arguments, shows).
For concrete runs memory is a dict of bytes, and calls go to a Python function if one is given.
"""
from __future__ import annotations

import z3


def _bv(x, w):
    return x if isinstance(x, z3.ExprRef) else z3.BitVecVal(x, w)


class SymbolicMemory:
    def load(self, trace, addr, size):
        k = sum(1 for e in trace if e[0] == "load")
        v = z3.BitVec(f"load{k}_{8 * size}", 8 * size)
        return v, trace + (("load", addr, size, v),)

    def store(self, trace, addr, size, value):
        return trace + (("store", addr, size, value),)

    def call(self, trace, target, args):
        """A call event; returns (the callee's return value, the trace)."""
        k = sum(1 for e in trace if e[0] == "call")
        return z3.BitVec(f"call{k}_ret", 64), trace + (("call", target, tuple(args)),)


class ConcreteMemory:
    """Byte-addressed memory; unwritten bytes read as `fill`.  `call(target, args)`, if given,
    runs a call (ints in, the 64-bit return value out)."""

    def __init__(self, contents: dict | None = None, fill: int = 0, call=None):
        self.bytes = dict(contents or {})
        self.fill = fill
        self._call = call

    def load(self, trace, addr, size):
        a = z3.simplify(addr).as_long()
        v = sum(self.bytes.get((a + i) % (1 << 64), self.fill) << (8 * i) for i in range(size))
        val = z3.BitVecVal(v, 8 * size)
        return val, trace + (("load", addr, size, val),)

    def store(self, trace, addr, size, value):
        a = z3.simplify(addr).as_long()
        v = z3.simplify(_bv(value, 8 * size)).as_long()
        for i in range(size):
            self.bytes[(a + i) % (1 << 64)] = (v >> (8 * i)) & 0xFF
        return trace + (("store", addr, size, value),)

    def call(self, trace, target, args):
        if self._call is None:
            raise ValueError("a call, and this memory has no call function")
        vals = [z3.simplify(_bv(a, 64)).as_long() for a in (target, *args)]
        ret = z3.BitVecVal(self._call(vals[0], vals[1:]), 64)
        return ret, trace + (("call", target, tuple(args)),)


def traces_equal(a, b):
    """z3 formula: the two traces are the same sequence of events.  Events are tuples whose
    first element is the kind; the kinds and every Python-valued field (sizes, operation names)
    must agree exactly, every z3 field (addresses, values) must be equal."""
    if len(a) != len(b):
        return z3.BoolVal(False)
    conds = []
    for x, y in zip(a, b):
        if len(x) != len(y):
            return z3.BoolVal(False)
        for u, v in zip(x, y):
            if isinstance(u, z3.ExprRef) or isinstance(v, z3.ExprRef):
                if not (isinstance(u, z3.ExprRef) and isinstance(v, z3.ExprRef)) \
                        or u.sort() != v.sort():
                    return z3.BoolVal(False)
                conds.append(u == v)
            elif isinstance(u, (tuple, list)) or isinstance(v, (tuple, list)):
                sub = traces_equal((tuple(u),), (tuple(v),)) \
                    if isinstance(u, (tuple, list)) and isinstance(v, (tuple, list)) else z3.BoolVal(False)
                conds.append(sub)
            elif u != v:
                return z3.BoolVal(False)
    return z3.And(True, *conds)
