"""Memory, as both ISAs' semantics see it: every access is an event in an ordered trace.

Events (tuples, the kind first):
  ("load",   addr, size, value)
  ("store",  addr, size, value)
  ("atomic", addr, size, old, new, written, ordering)
      one single-copy-atomic access: it read `old` and, when the z3 bool `written` holds,
      wrote `new` (new == old when it did not write).  A read-modify-write is ONE event, so a
      split RMW (a load and a store) is a different trace.  The event records the effect, not
      the operation that computed it: an lr/sc pair that reads v and stores n is the same
      event as an AMO that does.  `ordering` is (acquire, release), two z3 bools: RELAXED,
      ACQUIRE, RELEASE or FULL (Linux's four orderings of atomics).
  ("call",   target, (R1, R2, R3, R4, R5))
      a call out of the code (a helper, a function): its target and arguments; what it
      returns is a fresh value named after the call's position among the calls.
  ("fence",  pred, succ)
      a memory fence ordering the earlier accesses in `pred` before the later ones in `succ`
      (strings over "iorw", as the RISC-V `fence` writes them).
Traces are compared field by field (traces_equal), so a missing fence, a fence on the wrong
side of an access, or a dropped aq/rl bit is a trace difference.

In proofs memory is symbolic: the k-th event that reads (a load or an atomic access) returns
a fresh value named after k and its size, so two semantics that read in the same order see
the same values, and the traces must then agree event by event.  For concrete runs memory is
a dict of bytes.
"""
from __future__ import annotations

import z3

READS = ("load", "atomic")          # the event kinds that return a value from memory


def _bv(x, w):
    return x if isinstance(x, z3.ExprRef) else z3.BitVecVal(x, w)


def _bool(x):
    return x if isinstance(x, z3.ExprRef) else z3.BoolVal(bool(x))


def ordering(acquire, release) -> tuple:
    """The ordering field of an atomic event: (acquire, release) as z3 bools."""
    return (_bool(acquire), _bool(release))


RELAXED, ACQUIRE, RELEASE, FULL = (ordering(False, False), ordering(True, False),
                                   ordering(False, True), ordering(True, True))


def ordering_name(o, model=None) -> str:
    ev = (lambda b: z3.is_true(model.eval(b, model_completion=True))) if model is not None \
        else (lambda b: z3.is_true(z3.simplify(b)))
    return {(False, False): "relaxed", (True, False): "acquire", (False, True): "release",
            (True, True): "full"}[(ev(o[0]), ev(o[1]))]


def reads_in(trace) -> int:
    return sum(1 for e in trace if e[0] in READS)


def paired(trace, index, event):
    """The trace with its event at `index` (an lr's read) replaced by `event` (the pair's
    read-modify-write, when the paired sc succeeds)."""
    return trace[:index] + (event,) + trace[index + 1:]


def unpaired(trace, index):
    """The trace without the event at `index`: an lr whose paired sc failed.  The pair is
    retried; a read whose value is then discarded changes nothing observable."""
    return trace[:index] + trace[index + 1:]


class SymbolicMemory:
    def load(self, trace, addr, size):
        k = reads_in(trace)
        v = z3.BitVec(f"load{k}_{8 * size}", 8 * size)
        return v, trace + (("load", addr, size, v),)

    def store(self, trace, addr, size, value):
        return trace + (("store", addr, size, value),)

    def call(self, trace, target, args):
        """A call event; returns (the callee's return value, the trace)."""
        k = sum(1 for e in trace if e[0] == "call")
        return z3.BitVec(f"call{k}_ret", 64), trace + (("call", target, tuple(args)),)

    def atomic(self, trace, addr, size, update):
        """An atomic access: `update(old)` gives (new, written, ordering)."""
        k = reads_in(trace)
        old = z3.BitVec(f"load{k}_{8 * size}", 8 * size)
        new, written, order = update(old)
        return old, trace + (("atomic", addr, size, old, new, _bool(written), order),)

    def fence(self, trace, pred, succ):
        return trace + (("fence", pred, succ),)

    def sc_outcome(self, key, same):
        """Whether the key-th store-conditional succeeds, and its failure code.  Any sc may
        fail (another hart wrote the reservation set, or for reasons the hart cannot see),
        so success is a fresh bool; the failure code is any non-zero value."""
        code = z3.BitVec(f"sc_code{key}", 64)
        return z3.Bool(f"sc_ok{key}"), z3.If(code == 0, z3.BitVecVal(1, 64), code)

    def commit(self, trace, index, event):
        return paired(trace, index, event)

    def sc_fail_code(self, key):
        return self.sc_outcome(key, z3.BoolVal(False))[1]


class ConcreteMemory:
    """Byte-addressed memory; unwritten bytes read as `fill`.  One hart and nothing else
    writing memory: a store-conditional paired with its lr succeeds and writes 1 on failure
    (as QEMU and Spike do).  `call(target, args)`, if given, runs a call (ints in, the
    64-bit return value out)."""

    def __init__(self, contents: dict | None = None, fill: int = 0, call=None):
        self.bytes = dict(contents or {})
        self.fill = fill
        self._call = call

    def _read(self, addr, size):
        a = z3.simplify(addr).as_long()
        v = sum(self.bytes.get((a + i) % (1 << 64), self.fill) << (8 * i) for i in range(size))
        return z3.BitVecVal(v, 8 * size)

    def _write(self, addr, size, value):
        a = z3.simplify(addr).as_long()
        v = z3.simplify(_bv(value, 8 * size)).as_long()
        for i in range(size):
            self.bytes[(a + i) % (1 << 64)] = (v >> (8 * i)) & 0xFF

    def load(self, trace, addr, size):
        val = self._read(addr, size)
        return val, trace + (("load", addr, size, val),)

    def store(self, trace, addr, size, value):
        self._write(addr, size, value)
        return trace + (("store", addr, size, value),)

    def call(self, trace, target, args):
        if self._call is None:
            raise ValueError("a call, and this memory has no call function")
        vals = [z3.simplify(_bv(a, 64)).as_long() for a in (target, *args)]
        ret = z3.BitVecVal(self._call(vals[0], vals[1:]), 64)
        return ret, trace + (("call", target, tuple(args)),)

    def atomic(self, trace, addr, size, update):
        old = self._read(addr, size)
        new, written, order = update(old)
        new, written = z3.simplify(_bv(new, 8 * size)), z3.simplify(_bool(written))
        if z3.is_true(written):
            self._write(addr, size, new)
        return old, trace + (("atomic", addr, size, old, new, written, order),)

    def fence(self, trace, pred, succ):
        return trace + (("fence", pred, succ),)

    def sc_outcome(self, key, same):
        return z3.BoolVal(z3.is_true(z3.simplify(same))), z3.BitVecVal(1, 64)

    def commit(self, trace, index, event):
        _, addr, size, _, new, _, _ = event
        self._write(addr, size, new)
        return paired(trace, index, event)

    def sc_fail_code(self, key):
        return z3.BitVecVal(1, 64)


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
