"""`rvjit compile -f elf`: images as a RISC-V ELF relocatable object, the form a device runtime
loads (docs/abi.md section 12; `rvoff-run` reads it, `kmod/tools/rvjit-image` writes it too).

    .text              the programs' code, each at its entry offset (4-byte aligned)
    .symtab .strtab    one global STT_FUNC symbol per program, with its size
    .rvoff.progs       header (magic "RVOF", version, ISA bits, program count), then per
                       program: name, type, entry, size, stack bytes, flags, used maps, helpers
    .rvoff.maps        per map of the object: name, type, key/value size, max entries, flags,
                       initial data (global data maps)
    .rvoff.used        u32 map indices, each program's used-maps order (its RT map slots)
    .rvoff.helpers     u32 helper ids each program calls
    .rvoff.strtab      the names;  .rvoff.data: initial contents of global data
    .riscv.attributes  Tag_RISCV_arch, so objdump and ld know the extensions

`riscv64-linux-gnu-gcc` links it (each program is a psABI function, docs/abi.md section 3) and
`riscv64-linux-gnu-objdump -d` disassembles it with the symbols.  The description sections are
not allocated: a linked program keeps them as file contents only.
"""
from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field

EM_RISCV = 243
EF_RISCV_RVC = 0x1
# Images use no floating point, so any float ABI is true of them; ld refuses to mix ABIs, and
# riscv64 Linux user space (Debian's riscv64-linux-gnu-gcc) is lp64d: say double-float.
EF_RISCV_FLOAT_ABI_DOUBLE = 0x4
# The description (docs/abi.md section 12), once: this module packs it and `make gen` renders
# it into rvoff_abi.h (rvjit/gen/abi.py), the structures the runtime (runtime/loader.c) and
# kmod/tools/rvjit-image use.  Every field is a little-endian u32 (the magic is 4 chars).
DESC_MAGIC, DESC_VERSION = b"RVOF", 1
ISA_BITS = {"zba": 1 << 0, "zbb": 1 << 1, "c": 1 << 2, "a": 1 << 3, "zacas": 1 << 4}
PROG_TAIL_CALLS = 1 << 0       # rvoff_prog_desc.flags: the program tail calls
PROG_TYPES = {"xdp": 6, "sched_cls": 3, "sched_act": 4}    # enum bpf_prog_type
DESC_HDR = ("version", "isa", "nprogs")      # after char magic[4]
PROG_DESC = (("name", "offset in .rvoff.strtab"), ("prog_type", "enum bpf_prog_type"),
             ("entry", "offset in .text"), ("size", "bytes of code"),
             ("stack_bytes", "RV stack below sp at entry"), ("flags", "RVOFF_PROG_*"),
             ("maps", "first of its .rvoff.used entries"), ("nmaps", None),
             ("helpers", "first of its .rvoff.helpers entries"), ("nhelpers", None))
MAP_DESC = (("name", "offset in .rvoff.strtab"), ("type", "enum bpf_map_type"),
            ("key_size", None), ("value_size", None), ("max_entries", None), ("flags", None),
            ("data", "initial contents: offset in .rvoff.data"), ("data_size", "0: none"))

HDR = struct.Struct("<4s" + "I" * len(DESC_HDR))     # struct rvoff_desc_hdr
PROG = struct.Struct("<" + "I" * len(PROG_DESC))     # struct rvoff_prog_desc
MAP = struct.Struct("<" + "I" * len(MAP_DESC))       # struct rvoff_map_desc

# Section header flags and types
SHT_PROGBITS, SHT_SYMTAB, SHT_STRTAB, SHT_RISCV_ATTRIBUTES = 1, 2, 3, 0x70000003
SHF_ALLOC, SHF_EXECINSTR = 0x2, 0x4


@dataclass
class ProgramImage:
    """One program of the object: its name (a C identifier), its code, and what a runtime
    needs to run it."""
    name: str
    code: bytes
    prog_type: str = "xdp"
    maps: list = field(default_factory=list)      # rvjit.program.MapSpec, used-maps order
    helpers: list = field(default_factory=list)   # helper ids called
    stack_bytes: int = 0
    tail_calls: bool = False
    atomics: bool = False       # BPF_ATOMIC: the code uses the A extension (docs/abi.md s. 1)


def symbol_name(text: str) -> str:
    """A C identifier for a program name (section names like xdp/foo become xdp_foo)."""
    name = re.sub(r"[^A-Za-z0-9_]", "_", text) or "prog"
    return "_" + name if name[0].isdigit() else name


def arch_string(isa) -> str:
    exts = "".join(f"_{x}1p0" for x in ("zba", "zbb") if x in isa)
    return ("rv64i2p1_m2p0" + ("_a2p1" if "a" in isa else "") + ("_c2p0" if "c" in isa else "")
            + exts + ("_zacas1p0" if "zacas" in isa else ""))


class _StrTab:
    def __init__(self):
        self.data, self.at = bytearray(b"\0"), {"": 0}

    def add(self, s: str) -> int:
        if s not in self.at:
            self.at[s] = len(self.data)
            self.data += s.encode() + b"\0"
        return self.at[s]


def _uleb(n: int) -> bytes:
    out = bytearray()
    while True:
        b, n = n & 0x7F, n >> 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _attributes(isa) -> bytes:
    arch = _uleb(5) + arch_string(isa).encode() + b"\0"       # Tag_RISCV_arch
    sub = b"\x01" + struct.pack("<I", 5 + len(arch)) + arch  # Tag_File
    vendor = b"riscv\0" + sub
    return b"A" + struct.pack("<I", 4 + len(vendor)) + vendor


def write(programs, isa) -> bytes:
    """The ELF object for these ProgramImages, all compiled for `isa`."""
    # A is not an --isa choice: the image needs it when its program uses BPF_ATOMIC, and the
    # description and Tag_RISCV_arch say so (objdump decodes AMOs only then).
    isa = frozenset(isa) | ({"a"} if any(p.atomics for p in programs) else frozenset())
    names = [p.name for p in programs]
    if not programs:
        raise ValueError("no program to write")
    if len(set(names)) != len(names):
        raise ValueError(f"two programs share a name: {names}")
    strs = _StrTab()
    text = bytearray()
    entries = []
    for p in programs:
        text += bytes(-len(text) % 4)
        entries.append(len(text))
        text += p.code
    # Maps: one per distinct MapSpec of the object, in order of first use.
    maps, used, helpers, data = [], [], [], bytearray()
    progs = bytearray(HDR.pack(DESC_MAGIC, DESC_VERSION,
                               sum(b for x, b in ISA_BITS.items() if x in isa), len(programs)))
    for p, entry in zip(programs, entries):
        first_map = len(used)
        for m in p.maps:
            if m not in maps:
                maps.append(m)
            used.append(maps.index(m))
        first_helper = len(helpers)
        helpers += list(p.helpers)
        if p.prog_type not in PROG_TYPES:
            raise ValueError(f"program {p.name}: type {p.prog_type!r} has no device context")
        progs += PROG.pack(strs.add(p.name), PROG_TYPES[p.prog_type], entry, len(p.code),
                           p.stack_bytes, PROG_TAIL_CALLS if p.tail_calls else 0,
                           first_map, len(p.maps), first_helper, len(p.helpers))
    mapsec = bytearray()
    for m in maps:
        at, size = 0, 0
        if m.data is not None:
            data += bytes(-len(data) % 8)
            at, size = len(data), len(m.data)
            data += m.data
        mapsec += MAP.pack(strs.add(m.name), m.type, m.key_size, m.value_size, m.max_entries,
                           m.flags, at, size)

    # Symbols: null, the .text section symbol, then one global function per program.
    symstr = _StrTab()
    syms = [struct.pack("<IBBHQQ", 0, 0, 0, 0, 0, 0),
            struct.pack("<IBBHQQ", 0, 3, 0, 1, 0, 0)]               # STT_SECTION, LOCAL
    for p, entry in zip(programs, entries):
        syms.append(struct.pack("<IBBHQQ", symstr.add(p.name), (1 << 4) | 2, 0, 1, entry,
                                len(p.code)))                       # GLOBAL FUNC, .text
    sections = [  # name, type, flags, data, link, info, align, entsize
        (".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, bytes(text), 0, 0, 4, 0),
        (".rvoff.progs", SHT_PROGBITS, 0, bytes(progs), 0, 0, 4, 0),
        (".rvoff.maps", SHT_PROGBITS, 0, bytes(mapsec), 0, 0, 4, MAP.size),
        (".rvoff.used", SHT_PROGBITS, 0, struct.pack(f"<{len(used)}I", *used), 0, 0, 4, 4),
        (".rvoff.helpers", SHT_PROGBITS, 0, struct.pack(f"<{len(helpers)}I", *helpers),
         0, 0, 4, 4),
        (".rvoff.strtab", SHT_STRTAB, 0, bytes(strs.data), 0, 0, 1, 0),
        (".rvoff.data", SHT_PROGBITS, 0, bytes(data), 0, 0, 8, 0),
        (".riscv.attributes", SHT_RISCV_ATTRIBUTES, 0, _attributes(isa), 0, 0, 1, 0),
        (".symtab", SHT_SYMTAB, 0, b"".join(syms), 10, 2, 8, 24),
        (".strtab", SHT_STRTAB, 0, bytes(symstr.data), 0, 0, 1, 0),
    ]
    shstr = _StrTab()
    for s in sections:
        shstr.add(s[0])
    shstr.add(".shstrtab")
    sections.append((".shstrtab", SHT_STRTAB, 0, bytes(shstr.data), 0, 0, 1, 0))

    body, offsets = bytearray(), []
    for _, _, _, d, _, _, align, _ in sections:
        pad = -(64 + len(body)) % align
        body += bytes(pad)
        offsets.append(64 + len(body))
        body += d
    body += bytes(-(64 + len(body)) % 8)
    shoff = 64 + len(body)
    shdrs = [bytes(64)]
    for (name, typ, flags, d, link, info, align, entsize), off in zip(sections, offsets):
        shdrs.append(struct.pack("<IIQQQQIIQQ", shstr.add(name), typ, flags, 0, off, len(d),
                                 link, info, align, entsize))
    e_flags = EF_RISCV_FLOAT_ABI_DOUBLE | (EF_RISCV_RVC if "c" in isa else 0)
    ident = b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8)             # ELF64, LSB, version 1
    ehdr = ident + struct.pack("<HHIQQQIHHHHHH", 1, EM_RISCV, 1, 0, 0, shoff, e_flags, 64, 0, 0,
                               64, len(shdrs), len(shdrs) - 1)      # ET_REL
    return ehdr + bytes(body) + b"".join(shdrs)


def _described(img, key, default):
    """What the JIT says about the image: an attribute of Image, or (older) its meta."""
    value = getattr(img, key, None)
    return value if value is not None else img.meta.get(key, default)


def stack_bytes(img) -> int:
    """The RV stack an image needs below sp: the JIT's number when it gives one (calls: the
    deepest chain), else its one frame's size."""
    n = _described(img, "stack_bytes", 0)
    if n:
        return n
    from rvjit.jit import _used_bpf_regs
    from rvjit.rules.frame import frame_for
    return frame_for(_used_bpf_regs([f.insn for f in img.fragments])).size


def from_image(name: str, img, prog_type: str = "xdp") -> ProgramImage:
    """A ProgramImage from a compiled rvjit.jit.Image: its maps (used-maps order), helpers,
    stack and tail calls as the JIT describes them (none for programs without calls)."""
    maps = list(_described(img, "maps", []))
    if any(m is None for m in maps):
        raise ValueError(f"program {name}: its maps' definitions are unknown (raw bytecode "
                         "names maps by fd): -f elf needs the ELF object")
    return ProgramImage(symbol_name(name), img.code, prog_type, maps,
                        list(_described(img, "helpers", [])), stack_bytes(img),
                        bool(_described(img, "tail_calls", False)), uses_atomics(img))


BPF_STX, BPF_ATOMIC = 0x03, 0xc0


def uses_atomics(img) -> bool:
    """Whether the image's program has a BPF_ATOMIC instruction (its code then has AMOs)."""
    return any(f.insn.code & 0x07 == BPF_STX and f.insn.code & 0xe0 == BPF_ATOMIC
               for f in img.fragments)


def prog_type_of_section(section: str) -> str:
    """libbpf's section names for the types a device runs (default xdp)."""
    head = section.split("/")[0]
    if head in ("tc", "classifier", "tcx"):
        return "sched_cls"
    if head == "action":
        return "sched_act"
    return "xdp"
