"""rvjit command line: compile, run, prove, gen."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rvjit import bpf


class UsageError(Exception):
    pass


def _read_program(path: str, program: str | None = None) -> bytes:
    """Raw bytecode, or the chosen program of a BPF ELF object."""
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise UsageError(f"{path}: {e.strerror}") from None
    if data[:4] == b"\x7fELF":
        from rvjit import elf
        return elf.load(path, program).code
    if program:
        raise UsageError(f"{path}: --program applies to ELF objects; this is raw bytecode")
    return data


def _isa(args):
    from rvjit.jit import parse_isa
    try:
        return parse_isa(args.isa)
    except ValueError as e:
        raise UsageError(str(e)) from None


def cmd_compile(args) -> int:
    from rvjit import listing
    from rvjit.jit import compile_program
    img = compile_program(_read_program(args.input, args.program), _isa(args))
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
    img = compile_program(_read_program(args.input, args.program), isa)
    mem = b""
    if args.mem:
        try:
            mem = Path(args.mem).read_bytes()
        except OSError as e:
            raise UsageError(f"{args.mem}: {e.strerror}") from None
    try:
        res = emulator.call(img.code, mem=mem, isa=isa, backend=args.emulator)
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
    isa_help = "ISA extensions to use beyond RV64IMA, comma-separated: zba,zbb,c,zacas"

    c = sub.add_parser("compile", help="translate eBPF bytecode to RV64")
    c.add_argument("input", help="a BPF ELF object (clang -target bpf) or raw eBPF bytecode "
                                 "(8-byte little-endian instructions)")
    c.add_argument("--program", "-p", help="ELF: the program's symbol or section name")
    c.add_argument("-o", "--output", help="output file (default stdout)")
    c.add_argument("--format", "-f", choices=("bin", "hex", "listing", "elf"), default="bin")
    c.add_argument("--isa", default="", help=isa_help)
    c.set_defaults(fn=cmd_compile)

    r = sub.add_parser("run", help="compile, execute in an RV64 emulator, print R0")
    r.add_argument("input")
    r.add_argument("--program", "-p", help="ELF: the program's symbol or section name")
    r.add_argument("--mem", help="file whose bytes are the context buffer passed in R1")
    r.add_argument("--isa", default="", help=isa_help)
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
