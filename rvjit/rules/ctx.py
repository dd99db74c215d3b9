"""Context loads (docs/abi.md section 5): the device's context has 64-bit pointer fields after
the eBPF-visible structure, so the 4-byte load of a pointer field (the only load of one the
verifier allows) is an 8-byte load of the device's field.  Every other field is where the
eBPF structure has it and is loaded by the ordinary LDX rules.  Whether an instruction's base
is the context is the driver's question (rvjit/ptrkind.py, or the kernel's verifier): the
pattern's `ctx`.
"""
from __future__ import annotations

from semantics.ebpf import LDX, MEM, SIZE_W
from rvjit.abi import CONTEXTS
from rvjit.rules.base import D, S, Pattern, asm, rule


def rules():
    return [rule(f"ctx_{c.name}_{f.name}", Pattern(LDX | MEM | SIZE_W, off=f.off, ctx=c.name),
                 [asm.ld(D, S, f.device_off)])
            for c in CONTEXTS.values() for f in c.pointers()]
