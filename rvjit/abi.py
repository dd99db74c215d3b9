"""The device ABI of docs/abi.md: every number of it, once.

The semantics (semantics/ebpf.py) state the meaning of calls, map references, tail calls and
context loads with these numbers, the rules (rvjit/rules/) are proven against them, and the C
header the runtime and the kernel module include, `rvoff_abi.h`, is generated from them
(`make gen`, rvjit/gen/abi.py).  Register names come from rvjit/regmap.py.
"""
from __future__ import annotations

from dataclasses import dataclass

from rvjit.regmap import RT, TCC, X  # noqa: F401  (RT = s6, TCC = s7: the register map's)

# --- section 2 and 3: registers and entry -----------------------------------------------------
ENTRY_CTX, ENTRY_RT, ENTRY_TCC = X["a0"], X["a1"], X["a2"]   # entry(ctx, rt, tail_calls_left)
TAIL_TARGET = X["t3"]          # the tail stub jumps through it

# --- section 4: the runtime table ------------------------------------------------------------
SLOT = 8                       # every table entry is 8 bytes
MAP_SLOTS = 16                 # per map: its handle, then its value base
MAX_USED_MAPS = 64             # Linux's MAX_USED_MAPS (include/linux/bpf.h)


def helper_slot(helper_id: int) -> int:
    """Offset from RT of a helper's address."""
    return SLOT * helper_id


def map_handle_slot(index: int) -> int:
    """Offset from RT of map `index`'s handle."""
    return -MAP_SLOTS * (index + 1)


def map_value_slot(index: int) -> int:
    """Offset from RT of map `index`'s value base (element 0's value; 0 without direct value
    access)."""
    return map_handle_slot(index) + SLOT


# --- section 6: helpers -------------------------------------------------------------------------
BPF_FUNC_tail_call = 12
# enum bpf_func_id: ids 1..211 are helpers (0 is BPF_FUNC_unspec).  211, cgrp_storage_delete,
# is the last in Linux 6.12's uapi bpf.h (Debian's linux-headers-6.12; 6.1's ends at 209,
# user_ringbuf_drain), and later mainline headers call the list "effectively frozen": new
# kernel functions are kfuncs, which rvjit refuses.
HELPER_ID_FIRST, HELPER_ID_LAST = 1, 211
# The call rules reach every table slot lui + ld reach from RT (a displacement below
# 2^31 - 2^11): ids below 2^28 - 2^8.
HELPER_ID_LIMIT = ((1 << 31) - (1 << 11)) // SLOT

# The helpers the ABI defines (docs/abi.md section 6), with Linux's semantics (bpf-helpers(7)).
HELPERS = {
    1: "map_lookup_elem", 2: "map_update_elem", 3: "map_delete_elem", 5: "ktime_get_ns",
    6: "trace_printk", 7: "get_prandom_u32", 8: "get_smp_processor_id", 23: "redirect",
    28: "csum_diff", 44: "xdp_adjust_head", 51: "redirect_map", 54: "xdp_adjust_meta",
    65: "xdp_adjust_tail", 125: "ktime_get_boot_ns", 195: "map_lookup_percpu_elem",
}

# --- section 7: calls and frames ----------------------------------------------------------------
MAX_CALL_FRAMES = 8            # Linux's MAX_CALL_FRAMES
BPF_STACK = 512                # bytes of eBPF stack below R10, per frame that uses R10

# --- section 8: tail calls ----------------------------------------------------------------------
MAX_TAIL_CALL_CNT = 33         # a2 at the first entry
BPF_MAP_TYPE_PROG_ARRAY = 3
PROG_ARRAY_MAX_ENTRIES = 0     # u32, offset in struct rvoff_prog_array
PROG_ARRAY_SLOTS = 8           # slot[0]
PROG_ARRAY_SLOT = 16           # { entry, rt }
PROG_ARRAY_ENTRY, PROG_ARRAY_RT = 0, 8

# --- section 5: contexts ------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """A context field the device provides differently from the eBPF-visible structure: a
    pointer (the 4-byte load at `off` is an 8-byte load at `device_off`) or a field no
    device has (refused)."""
    name: str
    off: int                   # offset in the eBPF-visible structure
    size: int                  # bytes it occupies there
    device_off: int | None     # where the 64-bit pointer lives; None: refused


@dataclass(frozen=True)
class Context:
    name: str                  # the pattern dimension of the context rules: "xdp" or "tc"
    code: int                  # its number in the C emitter (RVJIT_CTX_*)
    struct: str                # the device's structure
    bpf_size: int              # size of the eBPF-visible structure
    size: int                  # size of the device's structure
    fields: tuple              # Field, pointers and refused ones

    def pointers(self):
        return [f for f in self.fields if f.device_off is not None]

    def field_at(self, off: int, size: int):
        """The special field [off, off + size) overlaps, or None."""
        return next((f for f in self.fields if off < f.off + f.size and f.off < off + size), None)


XDP = Context("xdp", 1, "rvoff_xdp_md", 24, 48, (
    Field("data", 0, 4, 24), Field("data_end", 4, 4, 32), Field("data_meta", 8, 4, 40)))
TC = Context("tc", 2, "rvoff_sk_buff", 192, 216, (
    Field("data", 76, 4, 192), Field("data_end", 80, 4, 200), Field("data_meta", 140, 4, 208),
    Field("flow_keys", 144, 8, None), Field("sk", 168, 8, None)))
CONTEXTS = {c.name: c for c in (XDP, TC)}
# Program types (rvjit.program.PROG_TYPES names) -> their context; "raw": R1 is a plain buffer.
CONTEXT_OF = {"xdp": "xdp", "sched_cls": "tc", "sched_act": "tc", "tc": "tc", "raw": None}
# XDP_PACKET_HEADROOM: what the runtime provides before `data`.
XDP_PACKET_HEADROOM = 256
