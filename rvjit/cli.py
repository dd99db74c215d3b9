"""rvjit command line: compile, run, prove, gen."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rvjit import bpf


class UsageError(Exception):
    pass


PROG_TYPES = ("xdp", "sched_cls", "sched_act", "raw")
PROG_TYPE_HELP = ("the program's type, which decides what R1 points at (docs/abi.md section 5): "
                  "xdp (the device's XDP context), sched_cls or sched_act (the device's TC "
                  "context, struct __sk_buff), raw (a plain buffer, no context); default: the "
                  "ELF section's type, xdp for raw bytecode")


def _section_type(section: str) -> str:
    """libbpf's section names for the program types a device runs."""
    head = section.split("/")[0]
    if head.startswith("xdp"):
        return "xdp"
    if head in ("tc", "classifier", "tcx"):
        return "sched_cls"
    if head == "action":
        return "sched_act"
    return "raw"


def _read_program(path: str, program: str | None = None, prog_type: str | None = None):
    """(what to compile, its program type): raw bytecode, or the chosen program of a BPF ELF
    object."""
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise UsageError(f"{path}: {e.strerror}") from None
    if data[:4] == b"\x7fELF":
        from rvjit import elf
        prog = elf.load(path, program)
        known = getattr(prog, "prog_type", None) or _section_type(getattr(prog, "section", ""))
        return (prog if hasattr(prog, "maps") else prog.code), prog_type or known
    if program:
        raise UsageError(f"{path}: --program applies to ELF objects; this is raw bytecode")
    return data, prog_type or "xdp"


def _isa(args):
    from rvjit.jit import parse_isa
    try:
        return parse_isa(args.isa)
    except ValueError as e:
        raise UsageError(str(e)) from None


def cmd_compile(args) -> int:
    from rvjit import listing
    from rvjit.jit import compile_program
    prog, ptype = _read_program(args.input, args.program, args.prog_type)
    img = compile_program(prog, _isa(args), ptype)
    if args.format == "bin":
        out = img.code
    elif args.format == "hex":
        out = (img.code.hex() + "\n").encode()
    elif args.format == "listing":
        out = listing.render(img).encode()
    else:
        raise UsageError(f"output format {args.format!r} is not supported yet")
    if args.output and args.output != "-":
        Path(args.output).write_bytes(out)
    else:
        sys.stdout.buffer.write(out)
    return 0


def cmd_run(args) -> int:
    from rvjit import emulator
    from rvjit.jit import compile_program
    isa = _isa(args)
    prog, ptype = _read_program(args.input, args.program, args.prog_type)
    img = compile_program(prog, isa, ptype)
    if img.helpers or img.maps or img.tail_calls:
        raise UsageError("the program calls helpers, uses maps or tail calls: that needs a "
                         "device runtime with its runtime table (docs/abi.md section 4), which "
                         "this emulator run does not provide")
    mem = b""
    if args.mem:
        try:
            mem = Path(args.mem).read_bytes()
        except OSError as e:
            raise UsageError(f"{args.mem}: {e.strerror}") from None
    try:
        res = emulator.run_program(img.code, ptype, mem, isa=isa, backend=args.emulator)
    except emulator.EmulatorError as e:
        raise UsageError(f"execution failed: {e}") from None
    print(f"R0 = {res.a0:#x} ({res.a0 - (1 << 64) if res.a0 >> 63 else res.a0})")
    return 0


def cmd_prove(args) -> int:
    from proofs.prove import main
    return main(args.rest)


def cmd_gen(args) -> int:
    from rvjit.gen import main
    return main(["--check"] if args.check else [])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="rvjit", description="Formally checked eBPF -> RISC-V 64 JIT")
    sub = ap.add_subparsers(dest="cmd", required=True)
    isa_help = "ISA extensions to use beyond RV64IM, comma-separated: zba,zbb,c"

    c = sub.add_parser("compile", help="translate eBPF bytecode to RV64")
    c.add_argument("input", help="a BPF ELF object (clang -target bpf) or raw eBPF bytecode "
                                 "(8-byte little-endian instructions)")
    c.add_argument("--program", "-p", help="ELF: the program's symbol or section name")
    c.add_argument("-o", "--output", help="output file (default stdout)")
    c.add_argument("--format", "-f", choices=("bin", "hex", "listing", "elf"), default="bin")
    c.add_argument("--isa", default="", help=isa_help)
    c.add_argument("--prog-type", choices=PROG_TYPES, help=PROG_TYPE_HELP)
    c.set_defaults(fn=cmd_compile)

    r = sub.add_parser("run", help="compile, execute in an RV64 emulator, print R0")
    r.add_argument("input")
    r.add_argument("--program", "-p", help="ELF: the program's symbol or section name")
    r.add_argument("--mem", help="xdp, sched_cls, sched_act: a file whose bytes are the packet "
                                 "the device's context points at (default: none); raw: the "
                                 "buffer R1 points at")
    r.add_argument("--isa", default="", help=isa_help)
    r.add_argument("--prog-type", choices=PROG_TYPES, help=PROG_TYPE_HELP)
    r.add_argument("--emulator", choices=("auto", "unicorn", "qemu"), default="auto")
    r.set_defaults(fn=cmd_run)

    p = sub.add_parser("prove", help="prove the rule table (same as `make prove`)")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(fn=cmd_prove)

    g = sub.add_parser("gen", help="regenerate the emitters from the proven table")
    g.add_argument("--check", action="store_true")
    g.set_defaults(fn=cmd_gen)

    args = ap.parse_args(argv)
    try:
        return args.fn(args)
    except bpf.BpfError as e:
        where = getattr(args, "input", "")
        print(f"rvjit: error: {where + ': ' if where else ''}{e}", file=sys.stderr)
        return 1
    except UsageError as e:
        print(f"rvjit: error: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
