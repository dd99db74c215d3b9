"""A loaded program: what the translator compiles, whatever it came from (an ELF object, raw
bytecode, the kernel module's copy of a verified program).

It is what Linux loads (`BPF_PROG_LOAD`): one instruction array, the main function first and
the subprograms it calls after it (bpf-to-bpf calls are `call pc+imm`, src 1), and the maps it
uses.  Map references are normalised to `LD_IMM64` with src 5 (`BPF_PSEUDO_MAP_IDX`) or 6
(`BPF_PSEUDO_MAP_IDX_VALUE`) whose imm is the map's index in `maps`: the used-maps order,
the order of first reference, as Linux builds `prog->aux->used_maps` (docs/abi.md, section 4).
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field

from rvjit.bpf import BpfError
from semantics.ebpf import LD_IMM64

# LD_IMM64 src_reg values (include/uapi/linux/bpf.h).
PSEUDO_MAP_FD, PSEUDO_MAP_VALUE, PSEUDO_BTF_ID, PSEUDO_FUNC = 1, 2, 3, 4
PSEUDO_MAP_IDX, PSEUDO_MAP_IDX_VALUE = 5, 6
# Program types an image can have a device context for (docs/abi.md, section 5).
PROG_TYPES = {"xdp": 6, "sched_cls": 3, "sched_act": 4}


@dataclass(frozen=True)
class MapSpec:
    """A map as the program sees it.  `type` is enum bpf_map_type; `data` the initial value of
    a global-data map (.data, .rodata, .bss: one-element ARRAY maps, as libbpf makes them)."""
    name: str
    type: int
    key_size: int
    value_size: int
    max_entries: int
    flags: int = 0
    data: bytes | None = None
    inner: "MapSpec | None" = None      # ARRAY_OF_MAPS / HASH_OF_MAPS
    key_type: str | None = None         # C names of the BTF key/value types (`__type(...)`)
    value_type: str | None = None
    pinning: int = 0                    # LIBBPF_PIN_NONE 0, LIBBPF_PIN_BY_NAME 1
    map_extra: int = 0
    numa_node: int = 0
    values: tuple = ()                  # initial slots `.values = {[i] = &x}`: ((i, name), ...),
                                        # a program's name (PROG_ARRAY) or a map's (map-in-map)
    section: str = ""                   # where the object defines it: .maps, maps, .data, ...


@dataclass
class Program:
    name: str
    code: bytes                         # 8-byte slots, map references normalised
    maps: list = field(default_factory=list)       # [MapSpec], used-maps order
    prog_type: str = "xdp"
    section: str = ""
    license: str = ""
    functions: list = field(default_factory=list)  # [(name, first slot)]: main, subprograms


def _slots(code: bytes):
    return [list(struct.unpack_from("<BBhi", code, 8 * i)) for i in range(len(code) // 8)]


def _pack(slots) -> bytes:
    return b"".join(struct.pack("<BBhi", *s) for s in slots)


def normalise_map_fds(code: bytes) -> tuple[bytes, list]:
    """Raw bytecode with map fds (LD_IMM64 src 1 or 2, imm = fd): number the fds in order of
    first reference and rewrite the references to src 5 / 6 with that index.  Returns the new
    code and the fds in index order (the caller knows what each fd is)."""
    slots, fds = _slots(code), []
    i = 0
    while i < len(slots):
        code_, regs, off, imm = slots[i]
        if code_ == LD_IMM64:
            src = regs >> 4
            if src in (PSEUDO_MAP_FD, PSEUDO_MAP_VALUE):
                if imm not in fds:
                    fds.append(imm)
                new_src = PSEUDO_MAP_IDX if src == PSEUDO_MAP_FD else PSEUDO_MAP_IDX_VALUE
                slots[i] = [code_, (regs & 0x0F) | (new_src << 4), off, fds.index(imm)]
            i += 2
            continue
        i += 1
    if len(fds) > 64:
        raise BpfError(None, f"the program uses {len(fds)} maps; Linux allows 64 (MAX_USED_MAPS)")
    return _pack(slots), fds
