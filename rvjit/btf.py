"""BTF, the BPF Type Format of an object's `.BTF` section (the kernel's
Documentation/bpf/btf.rst): a header, a type section, a string section.

rvjit reads it for the maps of `SEC(".maps")` (their definitions are types, not data) and to
name map key and value types for a runtime.  `dump()` renders the types the way `bpftool btf
dump file OBJ` does, so an independent implementation checks this parser
(tests/rvjit/test_btf.py).
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field

MAGIC = 0xEB9F
HEADER = struct.Struct("<HBBIIIII")          # magic version flags hdr_len type_off/len str_off/len

# BTF_KIND_*, in the order of their numbers (include/uapi/linux/btf.h).
KINDS = ("UNKNOWN", "INT", "PTR", "ARRAY", "STRUCT", "UNION", "ENUM", "FWD", "TYPEDEF",
         "VOLATILE", "CONST", "RESTRICT", "FUNC", "FUNC_PROTO", "VAR", "DATASEC", "FLOAT",
         "DECL_TAG", "TYPE_TAG", "ENUM64")
MODIFIERS = ("TYPEDEF", "VOLATILE", "CONST", "RESTRICT", "TYPE_TAG")
INT_ENCODINGS = {0: "(none)", 1: "SIGNED", 2: "CHAR", 4: "BOOL"}
LINKAGES = ("static", "global", "extern")     # BTF_FUNC_* and BTF_VAR_* alike


class BtfError(ValueError):
    pass


@dataclass
class Type:
    """One type.  `size_or_type` is the common header's third word: a size (INT, STRUCT,
    UNION, ENUM, ENUM64, DATASEC, FLOAT) or a type id (the others).  `members` holds the
    kind's trailing records as tuples: STRUCT/UNION (name, type, bit offset, bitfield size),
    ENUM/ENUM64 (name, value), FUNC_PROTO (name, type), DATASEC (type, offset, size)."""
    id: int
    kind: str
    name: str
    kflag: bool
    vlen: int
    size_or_type: int
    members: list = field(default_factory=list)
    int_encoding: int = 0          # INT: BTF_INT_ENCODING, offset, bits
    int_offset: int = 0
    int_bits: int = 0
    array: tuple = ()              # ARRAY: (element type, index type, nelems)
    linkage: int = 0               # VAR (its extra word); FUNC (vlen)
    component_idx: int = 0         # DECL_TAG

    @property
    def size(self) -> int:
        return self.size_or_type

    @property
    def type(self) -> int:
        return self.size_or_type


class Btf:
    def __init__(self, types: list, strings: bytes):
        self.types = types             # types[0] is void
        self.strings = strings

    def __getitem__(self, type_id: int) -> Type:
        if not 0 < type_id < len(self.types):
            raise BtfError(f"type id {type_id} is not in the type section (1..{len(self.types) - 1})")
        return self.types[type_id]

    def by_name(self, kind: str, name: str) -> Type | None:
        return next((t for t in self.types[1:] if t.kind == kind and t.name == name), None)

    def skip_modifiers(self, type_id: int) -> Type:
        """The type under typedefs and qualifiers."""
        t = self[type_id]
        for _ in range(len(self.types)):
            if t.kind not in MODIFIERS:
                return t
            t = self[t.type]
        raise BtfError(f"type [{type_id}]: a loop of typedefs or qualifiers")

    def resolve_size(self, type_id: int) -> int:
        """The byte size of a type, as libbpf's btf__resolve_size."""
        t, mult = self.skip_modifiers(type_id), 1
        for _ in range(len(self.types)):
            if t.kind in ("INT", "STRUCT", "UNION", "ENUM", "ENUM64", "DATASEC", "FLOAT"):
                return mult * t.size
            if t.kind == "PTR":
                return mult * 8
            if t.kind == "ARRAY":
                mult *= t.array[2]
                t = self.skip_modifiers(t.array[0])
                continue
            break
        raise BtfError(f"type [{type_id}] ({t.kind} '{t.name}') has no size")

    def c_name(self, type_id: int) -> str:
        """A C spelling of a type, for humans and runtimes: `struct flow_key`, `__u32`,
        `__u64[4]`, `void *`."""
        if type_id == 0:
            return "void"
        t = self[type_id]
        if t.kind in ("STRUCT", "UNION", "ENUM", "ENUM64"):
            tag = {"STRUCT": "struct", "UNION": "union"}.get(t.kind, "enum")
            return f"{tag} {t.name}" if t.name else f"{tag} (anon)"
        if t.kind == "FWD":
            return f"{'union' if t.kflag else 'struct'} {t.name}"
        if t.kind in ("INT", "FLOAT", "TYPEDEF"):
            return t.name
        if t.kind == "PTR":
            return self.c_name(t.type) + " *"
        if t.kind == "ARRAY":
            return f"{self.c_name(t.array[0])}[{t.array[2]}]"
        if t.kind in ("CONST", "VOLATILE", "RESTRICT"):
            return f"{t.kind.lower()} {self.c_name(t.type)}"
        if t.kind == "TYPE_TAG":
            return self.c_name(t.type)
        return f"{t.kind.lower()} {t.name}"


def _string(strings: bytes, off: int, where: str) -> str:
    if off >= len(strings):
        raise BtfError(f"{where}: name offset {off} is past the string section ({len(strings)} bytes)")
    end = strings.find(b"\0", off)
    if end < 0:
        raise BtfError(f"{where}: the string at {off} has no terminating NUL")
    return strings[off:end].decode("utf-8", "replace")


def parse(data: bytes) -> Btf:
    """Parse a `.BTF` section.  Little-endian only (a big-endian object is refused earlier)."""
    if len(data) < HEADER.size:
        raise BtfError(f"{len(data)} bytes is shorter than the {HEADER.size}-byte header")
    magic, version, _flags, hdr_len, type_off, type_len, str_off, str_len = HEADER.unpack_from(data)
    if magic != MAGIC:
        raise BtfError(f"bad magic {magic:#06x} (BTF has {MAGIC:#06x})")
    if version != 1:
        raise BtfError(f"version {version} (this parser knows version 1)")
    if hdr_len < HEADER.size or hdr_len > len(data):
        raise BtfError(f"header length {hdr_len} is out of range")
    body = data[hdr_len:]
    for what, off, n in (("type", type_off, type_len), ("string", str_off, str_len)):
        if off + n > len(body):
            raise BtfError(f"the {what} section ({off}+{n}) runs past the end ({len(body)} bytes)")
    strings = body[str_off:str_off + str_len]
    tsec = body[type_off:type_off + type_len]
    types = [Type(0, "UNKNOWN", "void", False, 0, 0)]
    at = 0
    while at < len(tsec):
        tid = len(types)
        where = f"type [{tid}] at byte {at} of the type section"
        if at + 12 > len(tsec):
            raise BtfError(f"{where}: truncated")
        name_off, info, sot = struct.unpack_from("<III", tsec, at)
        at += 12
        kind_no, vlen, kflag = (info >> 24) & 0x1F, info & 0xFFFF, bool(info >> 31)
        if not 0 < kind_no < len(KINDS):
            raise BtfError(f"{where}: unknown kind {kind_no}")
        t = Type(tid, KINDS[kind_no], _string(strings, name_off, where), kflag, vlen, sot)

        def take(fmt, count=1):
            nonlocal at
            n = struct.calcsize(fmt) * count
            if at + n > len(tsec):
                raise BtfError(f"{where}: {t.kind} record truncated")
            out = list(struct.iter_unpack(fmt, tsec[at:at + n]))
            at += n
            return out

        if t.kind == "INT":
            (v,), = take("<I")
            t.int_encoding, t.int_offset, t.int_bits = (v >> 24) & 0xF, (v >> 16) & 0xFF, v & 0xFF
        elif t.kind == "ARRAY":
            t.array = take("<III")[0]
        elif t.kind in ("STRUCT", "UNION"):
            for n, typ, off in take("<III", vlen):
                bits, size = (off & 0xFFFFFF, off >> 24) if kflag else (off, 0)
                t.members.append((_string(strings, n, where), typ, bits, size))
        elif t.kind == "ENUM":
            fmt = "<Ii" if kflag else "<II"
            t.members = [(_string(strings, n, where), v) for n, v in take(fmt, vlen)]
        elif t.kind == "ENUM64":
            for n, lo, hi in take("<III", vlen):
                v = lo | hi << 32
                t.members.append((_string(strings, n, where),
                                  v - (1 << 64) if kflag and v >> 63 else v))
        elif t.kind == "FUNC_PROTO":
            t.members = [(_string(strings, n, where), typ) for n, typ in take("<II", vlen)]
        elif t.kind == "FUNC":
            t.linkage = vlen
        elif t.kind == "VAR":
            (t.linkage,), = take("<I")
        elif t.kind == "DATASEC":
            t.members = take("<III", vlen)
        elif t.kind == "DECL_TAG":
            (t.component_idx,), = take("<i")
        types.append(t)
    return Btf(types, strings)


def dump(btf: Btf) -> str:
    """The types as `bpftool btf dump file OBJ` (format raw) prints them."""
    lines = []
    for t in btf.types[1:]:
        name = t.name or "(anon)"
        s = f"[{t.id}] {t.kind} '{name}'"
        if t.kind == "INT":
            s += (f" size={t.size} bits_offset={t.int_offset} nr_bits={t.int_bits} "
                  f"encoding={INT_ENCODINGS.get(t.int_encoding, 'UNKN')}")
        elif t.kind in ("PTR", "CONST", "VOLATILE", "RESTRICT", "TYPEDEF", "TYPE_TAG"):
            s += f" type_id={t.type}"
        elif t.kind == "ARRAY":
            s += " type_id=%d index_type_id=%d nr_elems=%d" % t.array
        elif t.kind in ("STRUCT", "UNION"):
            s += f" size={t.size} vlen={t.vlen}"
            for n, typ, bits, size in t.members:
                s += f"\n\t'{n or '(anon)'}' type_id={typ} bits_offset={bits}"
                s += f" bitfield_size={size}" if size else ""
        elif t.kind in ("ENUM", "ENUM64"):
            s += f" encoding={'SIGNED' if t.kflag else 'UNSIGNED'} size={t.size} vlen={t.vlen}"
            suffix = ("LL" if t.kflag else "ULL") if t.kind == "ENUM64" else ""
            for n, v in t.members:
                s += f"\n\t'{n or '(anon)'}' val={v}{suffix}"
        elif t.kind == "FWD":
            s += f" fwd_kind={'union' if t.kflag else 'struct'}"
        elif t.kind == "FUNC":
            link = LINKAGES[t.linkage] if t.linkage < 3 else "(unknown)"
            s += f" type_id={t.type} linkage={link}"
        elif t.kind == "FUNC_PROTO":
            s += f" ret_type_id={t.type} vlen={t.vlen}"
            for n, typ in t.members:
                s += f"\n\t'{n or '(anon)'}' type_id={typ}"
        elif t.kind == "VAR":
            link = LINKAGES[t.linkage] if t.linkage < 3 else "(unknown)"
            s += f" type_id={t.type}, linkage={link}"
        elif t.kind == "DATASEC":
            s += f" size={t.size} vlen={t.vlen}"
            for typ, off, size in t.members:
                s += f"\n\ttype_id={typ} offset={off} size={size}"
                if typ < len(btf.types):
                    vt = btf.types[typ]
                    s += f" ({vt.kind} '{vt.name or '(anon)'}')"
        elif t.kind == "FLOAT":
            s += f" size={t.size}"
        elif t.kind == "DECL_TAG":
            s += f" type_id={t.type} component_idx={t.component_idx}"
        lines.append(s)
    return "\n".join(lines) + ("\n" if lines else "")
