"""Memory, as both ISAs' semantics see it: every access is an event in an ordered trace
(kind, address, size in bytes, value).

In proofs memory is symbolic: the k-th load returns a fresh value named after k and its size,
so two semantics that perform the same loads in the same order see the same values, and the
traces must then agree event by event (a split, merged, reordered or wrong-width access shows).
For concrete runs memory is a dict of bytes.
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


class ConcreteMemory:
    """Byte-addressed memory; unwritten bytes read as `fill`."""

    def __init__(self, contents: dict | None = None, fill: int = 0):
        self.bytes = dict(contents or {})
        self.fill = fill

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
