"""ELF input: BPF objects from `clang -target bpf`.  A program is a function symbol in an
executable section (or a whole executable section without symbols); choose one by section
or symbol name.  Relocated instructions (map references, calls to other functions) are
refused by name, since their meaning is not in the bytes."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rvjit.bpf import BpfError

EM_BPF = 247
SHF_EXECINSTR = 0x4


@dataclass
class Program:
    name: str           # symbol name (or section name when the section has no symbols)
    section: str
    offset: int         # byte offset within the section
    code: bytes
    relocations: list   # [(slot index within the program, symbol name, relocation type)]


class ElfError(BpfError):
    def __init__(self, msg):
        super().__init__(None, msg)


def programs(path) -> list:
    from elftools.common.exceptions import ELFError
    from elftools.elf.elffile import ELFFile
    try:
        with open(path, "rb") as f:
            elf = ELFFile(f)
            if elf["e_machine"] not in ("EM_BPF", EM_BPF):
                raise ElfError(f"not a BPF object (machine {elf['e_machine']}); "
                               "compile with clang -target bpf")
            size = f.seek(0, 2)
            for sec in elf.iter_sections():
                if sec["sh_type"] != "SHT_NOBITS" and sec["sh_offset"] + sec["sh_size"] > size:
                    raise ElfError(f"malformed ELF: section {sec.name!r} extends past the end "
                                   f"of the file ({sec['sh_offset'] + sec['sh_size']} > {size} bytes)")
            return _programs(elf)
    except ELFError as e:
        raise ElfError(f"not a valid ELF file: {e}") from None
    except (KeyError, IndexError, AttributeError, ValueError, OverflowError, MemoryError) as e:
        # Dangling section links and symbol indices: pyelftools trusts the headers.
        raise ElfError(f"malformed ELF: {type(e).__name__}: {e}") from None
    except OSError as e:
        raise ElfError(f"{path}: {e.strerror}") from None


def _programs(elf) -> list:
    from elftools.elf.relocation import RelocationSection
    from elftools.elf.sections import SymbolTableSection
    sections = {i: s for i, s in enumerate(elf.iter_sections())}
    exec_secs = {i: s for i, s in sections.items()
                 if s["sh_flags"] & SHF_EXECINSTR and s["sh_size"] > 0}
    symtab = next((s for s in sections.values() if isinstance(s, SymbolTableSection)), None)
    funcs = {}
    if symtab:
        for sym in symtab.iter_symbols():
            if sym["st_info"]["type"] == "STT_FUNC" and sym["st_shndx"] in exec_secs:
                funcs.setdefault(sym["st_shndx"], []).append(sym)
    relocs = {}
    for s in sections.values():
        if isinstance(s, RelocationSection) and s["sh_info"] in exec_secs:
            syms = sections[s["sh_link"]]
            for rel in s.iter_relocations():
                sym = syms.get_symbol(rel["r_info_sym"])
                name = sym.name
                if not name and isinstance(sym["st_shndx"], int):     # a section symbol
                    name = sections[sym["st_shndx"]].name
                relocs.setdefault(s["sh_info"], []).append((rel["r_offset"], name, rel["r_info_type"]))
    out = []
    for i, sec in exec_secs.items():
        data = sec.data()
        syms = sorted(funcs.get(i, []), key=lambda s: s["st_value"])
        spans = [(s.name, s["st_value"], s["st_size"] or len(data) - s["st_value"]) for s in syms]
        if not spans:
            spans = [(sec.name, 0, len(data))]
        for name, start, size in spans:
            rels = [((off - start) // 8, sym, typ) for off, sym, typ in relocs.get(i, [])
                    if start <= off < start + size]
            out.append(Program(name, sec.name, start, data[start:start + size], rels))
    return out


def load(path, select: str | None = None) -> Program:
    """The program named `select` (a symbol or section name); the only one if not given."""
    progs = programs(path)
    listing = ", ".join(f"{p.name} (section {p.section})" for p in progs) or "none"
    if select is None:
        if len(progs) != 1:
            raise ElfError(f"{Path(path).name} has {len(progs)} programs: {listing}; "
                           "choose one with --program NAME")
        prog = progs[0]
    else:
        matches = [p for p in progs if select in (p.name, p.section)]
        if len(matches) != 1:
            why = "no program" if not matches else f"{len(matches)} programs"
            raise ElfError(f"{why} named {select!r} in {Path(path).name}; programs: {listing}")
        prog = matches[0]
    if prog.relocations:
        slot, sym, _ = prog.relocations[0]
        raise BpfError(slot, f"refers to {sym!r} through a relocation (a map reference or a call "
                             "to another function), which is not supported yet")
    return prog
