"""ELF input: BPF objects from `clang -target bpf`, loaded into a `Program` the way libbpf
loads them for Linux.

- The object: ELF64, little-endian, EM_BPF, ET_REL, EV_CURRENT; every section, symbol and
  relocation index and every offset is checked before it is used.
- Programs: every function in an executable section other than `.text` is a program; `.text`
  functions are subprograms (libbpf's rule).  An object with nothing but `.text` offers its
  functions as programs.  The program type comes from the section name (libbpf's
  section_defs) unless the caller overrides it.
- Relocations, as libbpf performs them (bpf_program__record_reloc, bpf_object__reloc_code,
  bpf_object__relocate_data): a call to a function (`R_BPF_64_32`, or a call in the same
  section without a relocation) appends the callee after the program, depth first, and
  makes the call's imm relative to where it now sits; `LD_IMM64` of a function becomes src 4
  (BPF_PSEUDO_FUNC) the same way; `LD_IMM64` of a map (`.maps`, BTF-defined, or the legacy
  `maps` section) becomes src 5 with imm = the map's index, of global data (`.data`,
  `.rodata`, `.bss`, `.data.*`, `.rodata.*`, `.bss.*`: one-element ARRAY maps whose value is
  the section) src 6 with the symbol's offset added to the second slot's imm.  Maps are
  indexed in order of first reference in the final instruction array (Linux's used_maps).
- Refused, each with its own message: kfunc calls, `.ksyms` and `.kconfig` externs, other
  undefined symbols, relocations of other instructions or against other sections, and
  pointers stored in global data (R_BPF_64_ABS64/ABS32 in a data section: only a loader
  that knows addresses could fill them).
"""
from __future__ import annotations

import functools
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path

from rvjit import btf as btflib
from rvjit.bpf import BpfError
from rvjit.program import (PSEUDO_FUNC, PSEUDO_MAP_IDX, PSEUDO_MAP_IDX_VALUE, MapSpec,
                           Program)
from semantics.ebpf import CALL, JMP, LD_IMM64

EM_BPF = 247
ET_REL = 1
ELFCLASS64, ELFDATA2LSB, EV_CURRENT = 2, 1, 1
SHT_PROGBITS, SHT_SYMTAB, SHT_STRTAB, SHT_RELA, SHT_NOBITS, SHT_REL = 1, 2, 3, 4, 8, 9
SHF_EXECINSTR = 0x4
SHN_UNDEF, SHN_LORESERVE, SHN_XINDEX = 0, 0xFF00, 0xFFFF
STT_NOTYPE, STT_OBJECT, STT_FUNC, STT_SECTION = 0, 1, 2, 3
STB_LOCAL, STB_GLOBAL, STB_WEAK = 0, 1, 2
R_BPF_NONE, R_BPF_64_64, R_BPF_64_ABS64, R_BPF_64_ABS32, R_BPF_64_NODYLD32, R_BPF_64_32 = \
    0, 1, 2, 3, 4, 10
RELOC_NAMES = {0: "R_BPF_NONE", 1: "R_BPF_64_64", 2: "R_BPF_64_ABS64", 3: "R_BPF_64_ABS32",
               4: "R_BPF_64_NODYLD32", 10: "R_BPF_64_32"}
# enum bpf_map_type values rvjit needs by name (include/uapi/linux/bpf.h)
MAP_ARRAY, MAP_PROG_ARRAY, MAP_ARRAY_OF_MAPS, MAP_HASH_OF_MAPS = 2, 3, 12, 13
BPF_F_RDONLY_PROG = 0x80

EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
SHDR = struct.Struct("<IIQQQQIIQQ")
SYM = struct.Struct("<IBBHQQ")
REL = struct.Struct("<QQ")
_MACHINES = {0: "EM_NONE", 3: "EM_386", 40: "EM_ARM", 62: "EM_X86_64", 183: "EM_AARCH64",
             243: "EM_RISCV"}
_ETYPES = {0: "ET_NONE", 1: "ET_REL", 2: "ET_EXEC", 3: "ET_DYN", 4: "ET_CORE"}


class ElfError(BpfError):
    """A broken or unusable object, or a program that cannot be loaded off the host.  The
    message names the section and offset; the caller names the file."""

    def __init__(self, msg, index=None):
        # `index`: the instruction in the linked program, for tools that count; the message
        # already names the place in the file
        Exception.__init__(self, msg)
        self.index, self.msg = index, msg


# --- libbpf's section names -> program types (libbpf.c section_defs) ---------------------------

# (name, program type): "name" matches exactly, "name+" also "name/anything", "name/" only
# "name/anything".  Order matters: the first match wins, as in libbpf.
SECTION_DEFS = [
    ("socket", "socket_filter"), ("sk_reuseport/migrate", "sk_reuseport"),
    ("sk_reuseport", "sk_reuseport"), ("kprobe+", "kprobe"), ("uprobe+", "kprobe"),
    ("uprobe.s+", "kprobe"), ("kretprobe+", "kprobe"), ("uretprobe+", "kprobe"),
    ("uretprobe.s+", "kprobe"), ("kprobe.multi+", "kprobe"), ("kretprobe.multi+", "kprobe"),
    ("ksyscall+", "kprobe"), ("kretsyscall+", "kprobe"), ("usdt+", "kprobe"),
    ("tc/ingress", "sched_cls"), ("tc/egress", "sched_cls"), ("tcx/ingress", "sched_cls"),
    ("tcx/egress", "sched_cls"), ("tc", "sched_cls"), ("classifier", "sched_cls"),
    ("action", "sched_act"), ("netkit/primary", "sched_cls"), ("netkit/peer", "sched_cls"),
    ("tracepoint+", "tracepoint"), ("tp+", "tracepoint"), ("raw_tracepoint+", "raw_tracepoint"),
    ("raw_tp+", "raw_tracepoint"), ("raw_tracepoint.w+", "raw_tracepoint_writable"),
    ("raw_tp.w+", "raw_tracepoint_writable"), ("tp_btf+", "tracing"), ("fentry+", "tracing"),
    ("fmod_ret+", "tracing"), ("fexit+", "tracing"), ("fentry.s+", "tracing"),
    ("fmod_ret.s+", "tracing"), ("fexit.s+", "tracing"), ("freplace+", "ext"), ("lsm+", "lsm"),
    ("lsm.s+", "lsm"), ("lsm_cgroup+", "lsm"), ("iter+", "tracing"), ("iter.s+", "tracing"),
    ("syscall", "syscall"), ("xdp.frags/devmap", "xdp"), ("xdp/devmap", "xdp"),
    ("xdp.frags/cpumap", "xdp"), ("xdp/cpumap", "xdp"), ("xdp.frags", "xdp"), ("xdp", "xdp"),
    ("perf_event", "perf_event"), ("lwt_in", "lwt_in"), ("lwt_out", "lwt_out"),
    ("lwt_xmit", "lwt_xmit"), ("lwt_seg6local", "lwt_seg6local"), ("sockops", "sock_ops"),
    ("sk_skb/stream_parser", "sk_skb"), ("sk_skb/stream_verdict", "sk_skb"),
    ("sk_skb/verdict", "sk_skb"), ("sk_skb", "sk_skb"), ("sk_msg", "sk_msg"),
    ("lirc_mode2", "lirc_mode2"), ("flow_dissector", "flow_dissector"),
    ("cgroup_skb/ingress", "cgroup_skb"), ("cgroup_skb/egress", "cgroup_skb"),
    ("cgroup/skb", "cgroup_skb"), ("cgroup/", "cgroup"), ("struct_ops+", "struct_ops"),
    ("struct_ops.s+", "struct_ops"), ("sk_lookup", "sk_lookup"), ("netfilter", "netfilter"),
]


def prog_type_of(section: str) -> str | None:
    """The program type libbpf gives a program in `section`, or None (libbpf 1.x refuses
    such a section; libbpf 0.x matched some names by prefix: "xdp_foo" as xdp, "classifier/x"
    as a classifier, which is also accepted here as a last resort)."""
    for name, typ in SECTION_DEFS:
        if name.endswith("+"):
            base = name[:-1]
            if section == base or section.startswith(base + "/"):
                return typ
        elif name.endswith("/"):
            if section.startswith(name):
                return typ
        elif section == name:
            return typ
    for prefix, typ in (("xdp", "xdp"), ("classifier", "sched_cls"), ("action", "sched_act"),
                        ("tc", "sched_cls")):
        if section.startswith(prefix):
            return typ
    return None


# --- the ELF file ----------------------------------------------------------------------------

@dataclass
class Section:
    index: int
    name: str
    type: int
    flags: int
    offset: int
    size: int
    link: int
    info: int
    entsize: int
    data: bytes


@dataclass(frozen=True)
class Symbol:
    index: int
    name: str
    type: int
    bind: int
    shndx: int
    value: int
    size: int


@dataclass(frozen=True)
class Reloc:
    offset: int           # byte offset in the section it applies to
    type: int
    symbol: Symbol

    @property
    def type_name(self) -> str:
        return RELOC_NAMES.get(self.type, f"relocation type {self.type}")


def _u(fmt, data, off, what):
    try:
        return fmt.unpack_from(data, off)
    except (struct.error, OverflowError):
        raise ElfError(f"malformed ELF: {what} at byte {off} is past the end of the file "
                       f"({len(data)} bytes)") from None


def _check_header(data: bytes) -> tuple:
    if len(data) < 16 or data[:4] != b"\x7fELF":
        raise ElfError("not a valid ELF file: no ELF magic (\\x7fELF) in the first 4 bytes")
    cls, order, version = data[4], data[5], data[6]
    if cls not in (1, ELFCLASS64):
        raise ElfError(f"not a valid ELF file: EI_CLASS {cls} (neither ELFCLASS32 nor ELFCLASS64)")
    if cls != ELFCLASS64:
        raise ElfError("not a BPF object: ELFCLASS32 (32-bit); BPF objects are ELFCLASS64")
    if order not in (ELFDATA2LSB, 2):
        raise ElfError(f"not a valid ELF file: EI_DATA {order} (neither little- nor big-endian)")
    if order != ELFDATA2LSB:
        raise ElfError("the object is big-endian (ELFDATA2MSB, as from clang -target bpfeb): "
                       "rvjit reads little-endian BPF objects only (clang -target bpf or "
                       "bpfel); refusing rather than misreading every instruction")
    if version != EV_CURRENT:
        raise ElfError(f"not a valid ELF file: EI_VERSION {version} (expected 1, EV_CURRENT)")
    if len(data) < EHDR.size:
        raise ElfError(f"malformed ELF: {len(data)} bytes is shorter than the 64-byte ELF64 header")
    (_, e_type, machine, e_version, _, _, shoff, _, ehsize, _, _, shentsize, shnum,
     shstrndx) = EHDR.unpack_from(data)
    if machine != EM_BPF:
        name = _MACHINES.get(machine, "")
        raise ElfError(f"not a BPF object: machine {name + ' ' if name else ''}({machine}), "
                       f"not EM_BPF ({EM_BPF}); compile with clang -target bpf")
    if e_type != ET_REL:
        raise ElfError(f"not a relocatable object: e_type {_ETYPES.get(e_type, e_type)}; "
                       "BPF objects are ET_REL (clang -c)")
    if e_version != EV_CURRENT:
        raise ElfError(f"not a valid ELF file: e_version {e_version} (expected 1, EV_CURRENT)")
    if ehsize != EHDR.size or shentsize != SHDR.size:
        raise ElfError(f"malformed ELF: header size {ehsize} and section header size "
                       f"{shentsize} (ELF64 has {EHDR.size} and {SHDR.size})")
    if shoff == 0:
        raise ElfError("malformed ELF: no section header table (e_shoff 0)")
    return shoff, shnum, shstrndx


def _sections(data: bytes) -> list:
    shoff, shnum, shstrndx = _check_header(data)
    first = _u(SHDR, data, shoff, "section header 0")
    if shnum == 0:                         # extended numbering: the count is in section 0
        shnum = first[5]
    if shstrndx == SHN_XINDEX:
        shstrndx = first[6]
    end = shoff + shnum * SHDR.size
    if end > len(data):
        raise ElfError(f"malformed ELF: {shnum} section headers at byte {shoff} end at byte "
                       f"{end}, past the end of the file ({len(data)} bytes)")
    raw = [SHDR.unpack_from(data, shoff + i * SHDR.size) for i in range(shnum)]
    for i, (_, typ, _, _, off, size, *_rest) in enumerate(raw):
        if typ != SHT_NOBITS and off + size > len(data):
            raise ElfError(f"malformed ELF: section {i} (bytes {off}..{off + size}) extends past "
                           f"the end of the file ({len(data)} bytes)")
    if not 0 < shstrndx < shnum or raw[shstrndx][1] != SHT_STRTAB:
        raise ElfError(f"malformed ELF: e_shstrndx {shstrndx} is not a string table section")
    _, _, _, _, stroff, strsize, *_ = raw[shstrndx]
    names = data[stroff:stroff + strsize]
    out = []
    for i, (name, typ, flags, _, off, size, link, info, _, entsize) in enumerate(raw):
        out.append(Section(i, _str(names, name, f"the name of section {i}"), typ, flags, off,
                           size, link, info, entsize,
                           b"" if typ == SHT_NOBITS else data[off:off + size]))
    return out


def _str(table: bytes, off: int, what: str) -> str:
    if off >= len(table) and off:
        raise ElfError(f"malformed ELF: {what} is at string offset {off}, past the string "
                       f"table ({len(table)} bytes)")
    end = table.find(b"\0", off)
    return table[off:end if end >= 0 else len(table)].decode("utf-8", "replace")


class Object:
    """A parsed BPF object: sections, symbols, relocations, BTF, maps and functions."""

    def __init__(self, path):
        self.path = Path(path)
        try:
            data = self.path.read_bytes()
        except OSError as e:
            raise ElfError(e.strerror) from None
        self.sections = _sections(data)
        self.by_name = {s.name: s for s in self.sections}
        self.symbols = self._symbols()
        self.relocs = self._relocs()              # section index -> {byte offset: Reloc}
        self.btf = self._btf()
        self.license = self._license()
        self.text = self.by_name.get(".text")
        self.functions = self._functions()        # (section index, byte offset) -> Function
        self._data_maps = {}                      # section index -> MapSpec

    @functools.cached_property
    def maps(self) -> dict:
        """(section index, byte offset) -> MapSpec, for `.maps` and the legacy `maps`;
        parsed when a program first refers to a map."""
        return self._maps()

    # -- symbols and relocations

    def _symbols(self) -> list:
        tabs = [s for s in self.sections if s.type == SHT_SYMTAB]
        if not tabs:
            return []
        st = tabs[0]
        if st.entsize != SYM.size or st.size % SYM.size:
            raise ElfError(f"malformed ELF: symbol table {st.name!r} has entries of {st.entsize} "
                           f"bytes and size {st.size} (ELF64 symbols are {SYM.size} bytes)")
        if not 0 < st.link < len(self.sections):
            raise ElfError(f"malformed ELF: symbol table {st.name!r} links to section "
                           f"{st.link}, which does not exist")
        names = self.sections[st.link].data
        out = []
        for i in range(st.size // SYM.size):
            name, info, _, shndx, value, size = SYM.unpack_from(st.data, i * SYM.size)
            if shndx >= len(self.sections) and shndx < SHN_LORESERVE:
                raise ElfError(f"malformed ELF: symbol {i} (byte {i * SYM.size} of "
                               f"{st.name!r}) is in section {shndx}, which does not exist")
            sname = _str(names, name, f"symbol {i}'s name")
            if not sname and info & 0xF == STT_SECTION and shndx < len(self.sections):
                sname = self.sections[shndx].name
            out.append(Symbol(i, sname, info & 0xF, info >> 4, shndx, value, size))
        return out

    def _relocs(self) -> dict:
        out = {}
        for s in self.sections:
            if s.type not in (SHT_REL, SHT_RELA):
                continue
            if not 0 < s.info < len(self.sections):
                raise ElfError(f"malformed ELF: relocation section {s.name!r} applies to section "
                               f"{s.info}, which does not exist")
            target = self.sections[s.info]
            if not target.flags & SHF_EXECINSTR and not _is_data(target) and target.name != ".maps":
                continue                          # debug info, BTF: not the program's business
            if s.type == SHT_RELA:
                raise ElfError(f"section {s.name!r}: RELA relocations for {target.name!r}; BPF "
                               "objects use REL (clang -target bpf emits no RELA)")
            if s.entsize != REL.size or s.size % REL.size:
                raise ElfError(f"malformed ELF: relocation section {s.name!r} has entries of "
                               f"{s.entsize} bytes (ELF64 REL entries are {REL.size})")
            if (not self.symbols or not 0 < s.link < len(self.sections)
                    or self.sections[s.link].type != SHT_SYMTAB):
                raise ElfError(f"malformed ELF: relocation section {s.name!r} links to section "
                               f"{s.link}, which is not the symbol table")
            table = out.setdefault(s.info, {})
            for k in range(s.size // REL.size):
                off, info = REL.unpack_from(s.data, k * REL.size)
                sym, typ = info >> 32, info & 0xFFFFFFFF
                where = f"section {s.name!r}, relocation {k} (byte {k * REL.size})"
                if sym >= len(self.symbols):
                    raise ElfError(f"malformed ELF: {where}: symbol index {sym} is past the symbol "
                                   f"table ({len(self.symbols)} symbols)")
                width = 4 if typ == R_BPF_64_ABS32 else 8
                if off + width > target.size:
                    raise ElfError(f"malformed ELF: {where}: offset {off:#x} is outside "
                                   f"{target.name!r} ({target.size} bytes)")
                table[off] = Reloc(off, typ, self.symbols[sym])
        return out

    def _btf(self):
        s = self.by_name.get(".BTF")
        if s is None:
            return None
        try:
            return btflib.parse(s.data)
        except btflib.BtfError as e:
            raise ElfError(f"section '.BTF': {e}") from None

    def _license(self) -> str:
        s = self.by_name.get("license")
        return s.data.split(b"\0")[0].decode("utf-8", "replace") if s else ""

    # -- functions

    def _functions(self) -> dict:
        out = {}
        execs = [s for s in self.sections if s.flags & SHF_EXECINSTR and s.type == SHT_PROGBITS
                 and s.size]
        for s in execs:
            if s.size % 8:
                raise ElfError(f"section {s.name!r}: {s.size} bytes is not a whole number of "
                               "8-byte instructions")
            syms = sorted((y for y in self.symbols if y.shndx == s.index and y.type == STT_FUNC),
                          key=lambda y: y.value)
            if not syms:                           # hand-made object: the section is one program
                syms = [Symbol(-1, s.name, STT_FUNC, STB_GLOBAL, s.index, 0, s.size)]
            for y in syms:
                size = y.size or s.size - y.value
                if y.value % 8 or size % 8 or y.value + size > s.size:
                    raise ElfError(f"section {s.name!r}: function {y.name!r} at byte {y.value:#x}, "
                                   f"size {size}, is not whole instructions inside the section "
                                   f"({s.size} bytes)")
                out[(s.index, y.value)] = Function(y.name, s, y.value, size,
                                                    self.relocs.get(s.index, {}), y.bind)
        return out

    def programs(self) -> list:
        """Entry programs: global functions outside .text (a static one there is a
        subprogram, which libbpf refuses outright); an object with only .text offers those."""
        funcs = list(self.functions.values())
        entry = [f for f in funcs if f.section != ".text" and f.bind != STB_LOCAL]
        return entry or funcs

    def function_at(self, section: Section, byte: int, where: str):
        """The function of `section` that starts at `byte`."""
        f = self.functions.get((section.index, byte))
        if f is None:
            inside = [g for (si, off), g in self.functions.items()
                      if si == section.index and off < byte < off + g.size]
            what = (f"insn {(byte - inside[0].offset) // 8} of function {inside[0].name!r}, "
                    "not its start" if inside else "no function")
            raise ElfError(f"{where}: the target, byte {byte:#x} of {section.name!r}, is {what}")
        return f

    # -- maps

    def _maps(self) -> dict:
        out = {}
        legacy = self.by_name.get("maps")
        if legacy is not None:
            out.update(self._legacy_maps(legacy))
        btf_maps = self.by_name.get(".maps")
        if btf_maps is not None:
            out.update(self._btf_maps(btf_maps))
        return out

    def _legacy_maps(self, sec: Section) -> dict:
        """`struct bpf_map_def` records (type, key_size, value_size, max_entries, map_flags,
        then optionally inner_map_idx, numa_node): one per symbol, all the same size."""
        syms = sorted((y for y in self.symbols if y.shndx == sec.index
                       and y.type in (STT_OBJECT, STT_NOTYPE) and y.name), key=lambda y: y.value)
        if not syms:
            return {}
        size = sec.size // len(syms)
        if size < 4 or size % 4 or size * len(syms) != sec.size:
            raise ElfError(f"section 'maps': {sec.size} bytes do not divide into {len(syms)} "
                           "struct bpf_map_def records")
        out = {}
        for y in syms:
            if y.value % size:
                raise ElfError(f"section 'maps': map {y.name!r} at byte {y.value} is not at a "
                               f"record boundary ({size}-byte records)")
            rec = sec.data[y.value:y.value + size]
            words = list(struct.unpack(f"<{size // 4}I", rec)) + [0] * 7
            if any(words[7:size // 4]):
                raise ElfError(f"section 'maps': map {y.name!r} has non-zero fields past "
                               "numa_node, which this loader does not know")
            out[(sec.index, y.value)] = MapSpec(y.name, words[0], words[1], words[2], words[3],
                                                words[4], numa_node=words[6], section="maps")
        return out

    def _btf_maps(self, sec: Section) -> dict:
        """BTF-defined maps: each variable of the `.maps` DATASEC is a struct whose members
        say, through their types, what the map is (libbpf's parse_btf_map_def)."""
        if self.btf is None:
            raise ElfError("section '.maps' needs BTF to describe its maps, and the object has "
                           "no .BTF section (compile with -g)")
        ds = self.btf.by_name("DATASEC", ".maps")
        if ds is None:
            raise ElfError("section '.maps': BTF has no DATASEC '.maps' describing it")
        out, slots = {}, self.relocs.get(sec.index, {})
        for vtype, _off, size in ds.members:
            var = self.btf[vtype]
            if var.kind != "VAR":
                raise ElfError(f"section '.maps': BTF type [{vtype}] is a {var.kind}, not a VAR")
            # clang leaves DATASEC offsets 0; the symbol table has them (libbpf's
            # btf_fixup_datasec does the same)
            sym = next((y for y in self.symbols if y.name == var.name and y.shndx == sec.index),
                       None)
            if sym is None:
                raise ElfError(f"section '.maps': map {var.name!r} has no symbol in the section")
            off = sym.value
            where = f"section '.maps', map {var.name!r} (byte {off})"
            if off + size > sec.size:
                raise ElfError(f"{where}: {size} bytes run past the section ({sec.size} bytes)")
            spec = self._btf_map_def(var.name, self.btf.skip_modifiers(var.type), where,
                                     inner=False)
            if spec.type in (MAP_PROG_ARRAY, MAP_ARRAY_OF_MAPS, MAP_HASH_OF_MAPS):
                spec = self._initial_values(spec, sec, var, off, size, slots, where)
            out[(sec.index, off)] = spec
        return out

    def _btf_map_def(self, name, struct_t, where, inner) -> MapSpec:
        if struct_t.kind != "STRUCT":
            raise ElfError(f"{where}: its BTF type is a {struct_t.kind}, not a struct")
        f = dict(type=0, key_size=0, value_size=0, max_entries=0, flags=0, numa_node=0,
                 pinning=0, map_extra=0)
        key_t = value_t = None
        inner_spec = None
        for i, (mname, mtype, _bits, _size) in enumerate(struct_t.members):
            t = self.btf[mtype]
            if mname in ("type", "max_entries", "map_flags", "numa_node", "key_size",
                         "value_size", "pinning", "map_extra"):
                # __uint(name, val) is `int (*name)[val]`: the value is the array's length
                arr = self.btf[t.type] if t.kind == "PTR" else None
                if arr is None or arr.kind != "ARRAY":
                    raise ElfError(f"{where}: member {mname!r} is not __uint(): a pointer to an "
                                   "array whose length is the value")
                val = arr.array[2]
                key = {"map_flags": "flags"}.get(mname, mname)
                if mname in ("key_size", "value_size") and f[key] and f[key] != val:
                    raise ElfError(f"{where}: conflicting {mname} {f[key]} != {val}")
                f[key] = val
            elif mname in ("key", "value"):
                if t.kind != "PTR":
                    raise ElfError(f"{where}: member {mname!r} is not __type(): a pointer")
                try:
                    size = self.btf.resolve_size(t.type)
                except btflib.BtfError as e:
                    raise ElfError(f"{where}: {mname} type: {e}") from None
                k = f"{mname}_size"
                if f[k] and f[k] != size:
                    raise ElfError(f"{where}: conflicting {k} {f[k]} != {size}")
                f[k] = size
                if mname == "key":
                    key_t = self.btf.c_name(t.type)
                else:
                    value_t = self.btf.c_name(t.type)
            elif mname == "values":
                if inner:
                    raise ElfError(f"{where}: multi-level inner maps are not supported (libbpf "
                                   "refuses them too)")
                if i != len(struct_t.members) - 1:
                    raise ElfError(f"{where}: member 'values' must be the last")
                if f["type"] not in (MAP_PROG_ARRAY, MAP_ARRAY_OF_MAPS, MAP_HASH_OF_MAPS):
                    raise ElfError(f"{where}: 'values' needs a map-in-map or a PROG_ARRAY "
                                   f"(map type {f['type']})")
                if f["value_size"] not in (0, 4):
                    raise ElfError(f"{where}: conflicting value_size {f['value_size']} != 4")
                f["value_size"] = 4
                if t.kind != "ARRAY" or t.array[2]:
                    raise ElfError(f"{where}: 'values' is not a zero-sized array")
                elem = self.btf.skip_modifiers(t.array[0])
                if elem.kind != "PTR":
                    raise ElfError(f"{where}: 'values' elements are {elem.kind}, not pointers")
                target = self.btf.skip_modifiers(elem.type)
                if f["type"] == MAP_PROG_ARRAY:
                    if target.kind != "FUNC_PROTO":
                        raise ElfError(f"{where}: PROG_ARRAY 'values' do not point to functions")
                else:
                    inner_spec = self._btf_map_def(f"{name}.inner", target, where, inner=True)
            # libbpf (non-strict) ignores members it does not know; so does rvjit
        if not f["type"]:
            raise ElfError(f"{where}: the map type is not specified")
        return MapSpec(name, f["type"], f["key_size"], f["value_size"], f["max_entries"],
                       f["flags"], inner=inner_spec, key_type=key_t, value_type=value_t,
                       pinning=f["pinning"], map_extra=f["map_extra"], numa_node=f["numa_node"],
                       section=".maps")

    def _initial_values(self, spec, sec, var, off, size, slots, where) -> MapSpec:
        """`.values = { [i] = &prog_or_map }`: R_BPF_64_ABS64 relocations in `.maps` at the
        'values' member's slots (libbpf's bpf_object__collect_map_relos)."""
        struct_t = self.btf.skip_modifiers(var.type)
        last = struct_t.members[-1] if struct_t.members else None
        values = []
        for roff, rel in sorted(slots.items()):
            if not off <= roff < off + size:
                continue
            if last is None or last[0] != "values" or roff - off < last[2] // 8:
                raise ElfError(f"{where}: a relocation at byte {roff} of '.maps' is not in its "
                               "'values' member")
            k, rem = divmod(roff - off - last[2] // 8, 8)
            sym = rel.symbol
            if rem or rel.type != R_BPF_64_ABS64:
                raise ElfError(f"{where}: relocation at byte {roff} ({rel.type_name}) is not an "
                               "8-byte pointer slot of 'values'")
            if spec.type == MAP_PROG_ARRAY:
                f = self.functions.get((sym.shndx, sym.value)) if sym.type == STT_FUNC else None
                if f is None or f.section == ".text":
                    raise ElfError(f"{where}: values[{k}] = {sym.name!r} is not an entry program")
            elif sym.shndx != sec.index:
                raise ElfError(f"{where}: values[{k}] = {sym.name!r} is not a BTF-defined map")
            values.append((k, sym.name))
        return _replace(spec, values=tuple(values))

    def data_map(self, sec: Section, where: str) -> MapSpec:
        """A global-data section as libbpf makes it: a one-element ARRAY map, key 4 bytes,
        value the section; .rodata read-only for programs (BPF_F_RDONLY_PROG)."""
        if sec.index in self._data_maps:
            return self._data_maps[sec.index]
        for roff, rel in sorted(self.relocs.get(sec.index, {}).items()):
            raise ElfError(f"{where}: section {sec.name!r} holds a pointer at byte {roff:#x} "
                           f"({rel.type_name} against {rel.symbol.name!r}): an address only a "
                           "loader that places the data could fill in (libbpf leaves it "
                           "unrelocated); store an index or offset instead")
        value_t = None
        if self.btf is not None and self.btf.by_name("DATASEC", sec.name) is not None:
            value_t = f"datasec {sec.name}"
        spec = MapSpec(internal_map_name(self.path.name, sec.name), MAP_ARRAY, 4, sec.size, 1,
                       BPF_F_RDONLY_PROG if sec.name.startswith(".rodata") else 0,
                       data=bytes(sec.size) if sec.type == SHT_NOBITS else sec.data,
                       key_type=None, value_type=value_t, section=sec.name)
        self._data_maps[sec.index] = spec
        return spec


def _replace(spec: MapSpec, **kw) -> MapSpec:
    from dataclasses import replace
    return replace(spec, **kw)


def _is_data(sec: Section) -> bool:
    """libbpf's global-data sections: .data, .rodata (+ .name suffixes) with contents, .bss."""
    if sec.type == SHT_PROGBITS and sec.size and re.fullmatch(r"\.(data|rodata)(\..*)?", sec.name):
        return True
    return sec.type == SHT_NOBITS and re.fullmatch(r"\.bss(\..*)?", sec.name) is not None


def internal_map_name(file_name: str, section: str) -> str:
    """libbpf's name for a global-data map (internal_map_name): as much of the object's name
    (its file name up to the first '.') as fits before the section name in 15 characters,
    at least 7 of them reserved for the suffix; `.data.x`/`.rodata.x` sections alone."""
    obj = file_name.split(".")[0]
    sfx = min(max(7, len(section)), 15)
    pfx = 0 if "." in section[1:] else min(15 - sfx, len(obj))
    name = (obj[:pfx] + section[:sfx])[:15]
    return re.sub(r"[^A-Za-z0-9_.]", "_", name)


@dataclass
class Function:
    name: str
    sec: Section
    offset: int           # byte offset in the section
    size: int

    @property
    def section(self) -> str:
        return self.sec.name

    @property
    def code(self) -> bytes:
        return self.sec.data[self.offset:self.offset + self.size]

    @property
    def relocations(self) -> list:
        """[(slot in the function, symbol name, relocation type)]"""
        return [((off - self.offset) // 8, r.symbol.name, r.type)
                for off, r in sorted(self.obj_relocs.items())
                if self.offset <= off < self.offset + self.size]

    obj_relocs: dict = field(default_factory=dict, repr=False)
    bind: int = STB_GLOBAL


# --- linking one program -------------------------------------------------------------------------

_EXTERN_KINDS = {".ksyms": ("ksym", "the address of a symbol of the host kernel"),
                 ".kconfig": ("kconfig", "a value of the host kernel's configuration")}


class _Linker:
    """One program as libbpf hands it to BPF_PROG_LOAD: the main function, then each function
    it calls (or takes the address of), appended the first time it is reached, depth first."""

    def __init__(self, obj: Object, main: Function):
        self.obj, self.main = obj, main
        self.slots: list = []
        self.placed: dict = {}           # Function -> its first slot in the program
        self.origin: list = []           # slot -> (function, slot in the function)
        self.maps: list = []             # MapSpecs, used-maps order
        self.place(main)

    def place(self, fn: Function):
        base = len(self.slots)
        self.placed[id(fn)] = base
        code = fn.code
        self.slots += [list(struct.unpack_from("<BBhi", code, 8 * k)) for k in range(len(code) // 8)]
        self.origin += [(fn, k) for k in range(len(code) // 8)]
        relocs = self.obj.relocs.get(fn.sec.index, {})
        k, starts = 0, set()
        while k < len(code) // 8:
            op, regs, _off, imm = self.slots[base + k]
            starts.add(fn.offset + 8 * k)
            rel = relocs.get(fn.offset + 8 * k)
            where = (f"section {fn.section!r} byte {fn.offset + 8 * k:#x} (function "
                     f"{fn.name!r} insn {k})")
            index = base + k
            if op == JMP | CALL and (regs >> 4 == 1 or rel is not None):
                self._call(fn, k, index, rel, where)
            elif rel is not None and op != LD_IMM64:
                raise ElfError(f"{where}: {rel.type_name} relocation against {rel.symbol.name!r} "
                               f"on an instruction with opcode {op:#04x}; only LD_IMM64 and CALL "
                               "take relocations", index)
            elif rel is not None:
                if k + 1 >= len(code) // 8:
                    raise ElfError(f"{where}: LD_IMM64 is missing its second half", index)
                self._ld_imm64(fn, k, index, rel, where)
            k += 2 if op == LD_IMM64 else 1
        for off, rel in relocs.items():
            if fn.offset <= off < fn.offset + fn.size and off not in starts:
                raise ElfError(f"section {fn.section!r} byte {off:#x} (function {fn.name!r}): "
                               f"{rel.type_name} relocation against {rel.symbol.name!r} is not "
                               "at the start of an instruction (inside an LD_IMM64, or "
                               "misaligned)", base + (off - fn.offset) // 8)

    def _target(self, fn, k, rel, where, index, what):
        """The function a call or function reference reaches, and checks it as libbpf does."""
        sym = rel.symbol if rel else None
        if sym is None:                                   # same section, no relocation
            sec, byte = fn.sec, fn.offset + 8 * (k + 1 + self.slots[self.placed[id(fn)] + k][3])
        else:
            if sym.shndx == SHN_UNDEF or sym.shndx >= len(self.obj.sections):
                raise ElfError(f"{where}: {what} {sym.name!r}, which is not defined in a section",
                               index)
            sec = self.obj.sections[sym.shndx]
            if not sec.flags & SHF_EXECINSTR:
                raise ElfError(f"{where}: {what} {sym.name!r} in section {sec.name!r}, which holds "
                               "no code", index)
            imm = self.slots[self.placed[id(fn)] + k][3]
            byte = sym.value + 8 * (imm + 1) if what == "calls" else sym.value + imm
            if sym.value % 8 or byte % 8:
                raise ElfError(f"{where}: {what} {sym.name!r} at byte {byte}, not an instruction "
                               "boundary", index)
        if not 0 <= byte < sec.size:
            raise ElfError(f"{where}: {what} byte {byte} of {sec.name!r}, outside the section "
                           f"({sec.size} bytes)", index)
        return self.obj.function_at(sec, byte, where)

    def _append(self, callee: Function) -> int:
        if id(callee) not in self.placed:
            self.place(callee)
        return self.placed[id(callee)]

    def _call(self, fn, k, index, rel, where):
        op, regs, off, imm = self.slots[index]
        if rel is not None and _is_extern(rel.symbol):
            raise ElfError(f"{where}: calls {rel.symbol.name!r}, a kernel function (kfunc, an "
                           "extern resolved against the host kernel's BTF): kfunc calls have no "
                           "meaning off the host", index)
        if regs >> 4 != 1:
            raise ElfError(f"{where}: a relocated call must be a bpf-to-bpf call (src 1, "
                           f"BPF_PSEUDO_CALL); this one has src {regs >> 4}", index)
        callee = self._target(fn, k, rel, where, index, "calls")
        start = self._append(callee)
        self.slots[index][3] = start - index - 1

    def _ld_imm64(self, fn, k, index, rel, where):
        sym, obj = rel.symbol, self.obj
        regs = self.slots[index][1]
        if regs >> 4:
            raise ElfError(f"{where}: relocated LD_IMM64 has src {regs >> 4}; clang leaves it 0",
                           index)
        if _is_extern(sym):
            raise self._extern(sym, where, index)
        if sym.shndx == SHN_UNDEF or sym.shndx >= SHN_LORESERVE:
            raise ElfError(f"{where}: refers to {sym.name!r} in special section {sym.shndx:#x} "
                           "(an uninitialised global? libbpf refuses it too)", index)
        sec = obj.sections[sym.shndx]
        if sec.flags & SHF_EXECINSTR and (sym.type == STT_FUNC or sym.type == STT_SECTION):
            callee = self._target(fn, k, rel, where, index, "takes the address of")
            start = self._append(callee)
            self.slots[index][1] = (regs & 0x0F) | PSEUDO_FUNC << 4
            self.slots[index][3] = start - index - 1
            return
        if sec.name in (".maps", "maps"):
            try:
                spec = obj.maps.get((sec.index, sym.value))
            except ElfError as e:
                raise ElfError(f"{where}: refers to map {sym.name!r}: {e.msg}", index) from None
            if spec is None:
                raise ElfError(f"{where}: refers to {sym.name!r} at byte {sym.value} of "
                               f"{sec.name!r}, where no map is defined", index)
            self.slots[index][1] = (regs & 0x0F) | PSEUDO_MAP_IDX << 4
            self.slots[index][3] = self._map_index(spec, where, index)
            return
        if _is_data(sec):
            spec = obj.data_map(sec, where)
            self.slots[index][1] = (regs & 0x0F) | PSEUDO_MAP_IDX_VALUE << 4
            self.slots[index + 1][3] = (self.slots[index][3] + sym.value) & 0xFFFFFFFF
            if self.slots[index + 1][3] >= 1 << 31:
                self.slots[index + 1][3] -= 1 << 32
            self.slots[index][3] = self._map_index(spec, where, index)
            return
        raise ElfError(f"{where}: refers to {sym.name!r} in section {sec.name!r}, which is "
                       "neither a map section (.maps, maps), global data (.data, .rodata, .bss) "
                       "nor code", index)

    def _extern(self, sym, where, index) -> ElfError:
        section = self._extern_section(sym.name)
        if section in _EXTERN_KINDS:
            kind, what = _EXTERN_KINDS[section]
            return ElfError(f"{where}: refers to the {kind} extern {sym.name!r} ({section}: {what}), "
                            f"which has no meaning off the host", index)
        return ElfError(f"{where}: refers to {sym.name!r}, an extern no section of the object "
                        "defines (neither .ksyms nor .kconfig)", index)

    def _extern_section(self, name):
        btf = self.obj.btf
        if btf is None:
            return None
        for t in btf.types[1:]:
            if t.kind == "DATASEC" and any(btf[m[0]].name == name for m in t.members):
                return t.name
        return None

    def _map_index(self, spec, where, index) -> int:
        for i, m in enumerate(self.maps):
            if m is spec:
                return i
        if len(self.maps) == 64:
            raise ElfError(f"{where}: the program uses more than 64 maps (Linux's MAX_USED_MAPS)",
                           index)
        self.maps.append(spec)
        return len(self.maps) - 1


def _is_extern(sym: Symbol) -> bool:
    return sym.shndx == SHN_UNDEF and sym.bind in (STB_GLOBAL, STB_WEAK) and sym.type == STT_NOTYPE


def _renumber_maps(slots, maps) -> list:
    """Map indices in order of first reference in the final array (Linux's used_maps): the
    linker met them in placement order, which appended callees can make differ."""
    order, i = [], 0
    while i < len(slots):
        op, regs, _, imm = slots[i]
        if op == LD_IMM64 and regs >> 4 in (PSEUDO_MAP_IDX, PSEUDO_MAP_IDX_VALUE):
            if imm not in order:
                order.append(imm)
            slots[i][3] = order.index(imm)
        i += 2 if op == LD_IMM64 else 1
    return [maps[k] for k in order]


# --- the API ---------------------------------------------------------------------------------------

def open_object(path) -> Object:
    return Object(path)


def programs(path) -> list:
    """The entry programs of an object (Functions: name, section, offset, code, relocations)."""
    return Object(path).programs()


def link(obj: Object, fn: Function, prog_type: str | None = None) -> Program:
    ln = _Linker(obj, fn)
    maps = _renumber_maps(ln.slots, ln.maps)
    code = b"".join(struct.pack("<BBhi", *s) for s in ln.slots)
    functions = sorted(((f.name, start) for f in _unique(ln) for start in [ln.placed[id(f)]]),
                       key=lambda x: x[1])
    ptype = prog_type or prog_type_of(fn.section) or "unspec"
    return Program(fn.name, code, maps, ptype, fn.section, license=obj.license,
                   functions=functions)


def _unique(ln):
    seen = {}
    for f, _k in ln.origin:
        seen.setdefault(id(f), f)
    return seen.values()


def load(path, select: str | None = None, prog_type: str | None = None) -> Program:
    """The program named `select` (a function or section name; the only one if not given),
    linked as libbpf links it."""
    obj = Object(path)
    progs = obj.programs()
    listing = ", ".join(f"{p.name} (section {p.section})" for p in progs) or "none"
    if select is None:
        if len(progs) != 1:
            raise ElfError(f"the object has {len(progs)} programs: {listing}; choose one with --program NAME")
        fn = progs[0]
    else:
        matches = [p for p in progs if select in (p.name, p.section)]
        if not matches:
            matches = [f for f in obj.functions.values() if f.name == select]   # a subprogram
        if len(matches) != 1:
            why = "no program" if not matches else f"{len(matches)} programs"
            raise ElfError(f"{why} named {select!r}; programs: {listing}")
        fn = matches[0]
    return link(obj, fn, prog_type)
