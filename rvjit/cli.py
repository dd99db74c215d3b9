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


def _device_type(prog) -> str:
    """The type a linked ELF program compiles as: its own (from its section, as libbpf names
    them) when it has a device context, else raw."""
    return prog.prog_type if prog.prog_type in ("xdp", "sched_cls", "sched_act") else "raw"


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
        return prog, prog_type or _device_type(prog)
    if program:
        raise UsageError(f"{path}: --program applies to ELF objects; this is raw bytecode")
    return data, prog_type or "xdp"


def _isa(args):
    from rvjit.jit import parse_isa
    try:
        return parse_isa(args.isa)
    except ValueError as e:
        raise UsageError(str(e)) from None


def _elf_images(args, isa, every=False) -> list:
    """Every program of the input (or the one --program names) as elfimage.ProgramImages;
    `every`: all of them, the one --program names first (a run: tail calls reach the others)."""
    from rvjit import elf, elfimage
    from rvjit.jit import compile_program
    try:
        head = Path(args.input).read_bytes()[:4]
    except OSError as e:
        raise UsageError(f"{args.input}: {e.strerror}") from None
    if head != b"\x7fELF":
        prog, ptype = _read_program(args.input, args.program, args.prog_type)
        img = compile_program(prog, isa, ptype)
        return [elfimage.from_image(Path(args.input).stem, img, ptype)]
    names = [args.program] if args.program else [p.name for p in elf.programs(args.input)]
    if every and args.program:
        names += [p.name for p in elf.programs(args.input)]
    from rvjit.bpf import BpfError
    out = []
    required = 1 if every and args.program else len(names)
    for k, name in enumerate(names):
        # the others of `every` are there for tail calls only: one the device cannot run
        # (another type, an instruction rvjit refuses) is left out of the image
        try:
            prog = elf.load(args.input, name)
            if any(im.name == prog.name for im in out):
                continue            # --program's, named by its section, listed again
            ptype = getattr(args, "prog_type", None) or _device_type(prog)
            if k >= required and ptype not in elfimage.PROG_TYPES:
                continue
            out.append(elfimage.from_image(prog.name, compile_program(prog, isa, ptype), ptype))
        except (BpfError, ValueError):
            if k < required:
                raise
    return out


def cmd_compile(args) -> int:
    from rvjit import listing
    from rvjit.jit import compile_program
    if args.format == "elf":
        from rvjit import elfimage
        isa = _isa(args)
        try:
            obj = elfimage.write(_elf_images(args, isa), isa)
        except ValueError as e:
            raise UsageError(str(e)) from None
        _write(args.output, obj)
        return 0
    prog, ptype = _read_program(args.input, args.program, args.prog_type)
    img = compile_program(prog, _isa(args), ptype)
    if args.format == "bin":
        out = img.code
    elif args.format == "hex":
        out = (img.code.hex() + "\n").encode()
    else:
        out = listing.render(img).encode()
    _write(args.output, out)
    return 0


def _write(output, data: bytes) -> None:
    if output and output != "-":
        try:
            Path(output).write_bytes(data)
        except OSError as e:
            raise UsageError(f"{output}: {e.strerror}") from None
    else:
        sys.stdout.buffer.write(data)


def cmd_run(args) -> int:
    from rvjit import emulator
    from rvjit.jit import compile_program
    isa = _isa(args)
    if args.pcap:
        return _run_pcap(args, isa)
    if args.maps:
        raise UsageError("--maps needs --pcap: map contents belong to a run on packets")
    prog, ptype = _read_program(args.input, args.program, args.prog_type)
    if not args.mem and ptype != "raw" and _is_packet_program(args):
        raise UsageError(f"{args.input}: an XDP/TC program runs on packets: give them with "
                         "--pcap FILE (rvoff-run), or one packet with --mem FILE")
    img = compile_program(prog, isa, ptype)
    if img.helpers or img.maps or img.tail_calls:
        raise UsageError("the program calls helpers, uses maps or tail calls: that needs the "
                         "device runtime's table (docs/abi.md section 4): run it on packets "
                         "with --pcap FILE (rvoff-run)")
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


def _is_packet_program(args) -> bool:
    """An ELF program whose section makes it XDP or TC (raw bytecode says nothing)."""
    from rvjit import elf
    try:
        if Path(args.input).read_bytes()[:4] != b"\x7fELF":
            return False
    except OSError:
        return False
    prog = elf.load(args.input, args.program)
    head = prog.section.split("/")[0]
    return head in ("xdp", "tc", "classifier", "action", "tcx")


def _initial_maps(images, path):
    """The maps file for rvoff-run: each PROG_ARRAY filled as its `.values` say (as libbpf
    fills it when Linux loads the object), then the user's --maps over it, map by map."""
    import json
    from rvjit.elfimage import symbol_name
    init = {}
    for im in images:
        for m in im.maps:
            if m.type == 3 and m.values:                # BPF_MAP_TYPE_PROG_ARRAY
                init.setdefault(m.name, [{"key": i.to_bytes(4, "little").hex(),
                                          "value": symbol_name(prog)} for i, prog in m.values])
    if not init:
        return path
    if path:
        try:
            init.update(json.loads(Path(path).read_text()))
        except (OSError, ValueError, TypeError, AttributeError):
            return path             # rvoff-run reports what is wrong with it, and where
    return init


def _run_pcap(args, isa) -> int:
    import json
    from rvjit import device, elfimage
    try:
        images = _elf_images(args, isa, every=True)
        obj = elfimage.write(images, isa)
    except ValueError as e:
        raise UsageError(str(e)) from None
    for path in (args.pcap, args.maps):
        if path and not Path(path).is_file():
            raise UsageError(f"{path}: no such file")
    try:
        out = device.run(obj, args.pcap, _initial_maps(images, args.maps),
                         program=images[0].name, deterministic=args.deterministic,
                         budget_ms=args.budget_ms)
    except device.DeviceError as e:
        raise UsageError(str(e)) from None
    sys.stderr.write(out.pop("stderr"))
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    print(f"program {out['program']} ({out['type']}), {len(out['packets'])} packets")
    print(f"{'#':>5}  {'len':>5}  {'verdict':<16} detail")
    for p in out["packets"]:
        detail = []
        if "error" in p:
            verdict = p["error"].upper()
            detail.append(", ".join(f"{k} {p[k]}" for k in ("signal", "addr", "pc", "budget_ms")
                                    if k in p) or p["error"])
        else:
            verdict = p["verdict"]
            if "packet" in p:
                detail.append(f"packet changed ({len(p['packet']) // 2} bytes)")
            if "redirect" in p:
                detail.append("redirect " + " ".join(f"{k}={v}" for k, v in p["redirect"].items()))
        print(f"{p['index']:>5}  {p['len']:>5}  {verdict:<16} {'; '.join(detail)}")
    for name, m in out["maps"].items():
        print(f"map {name} ({m['type']}, key {m['key_size']} B, value {m['value_size']} B, "
              f"max {m['max_entries']}): {len(m['entries'])} entries")
        for e in m["entries"]:
            val = e.get("value", e.get("values"))
            print(f"  {e['key']}: {val}")
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
    c.add_argument("--prog-type", choices=PROG_TYPES, help=PROG_TYPE_HELP)
    c.set_defaults(fn=cmd_compile)

    r = sub.add_parser("run", help="compile and run: on packets (--pcap, through rvoff-run), "
                                  "or in an RV64 emulator (print R0)")
    r.add_argument("input")
    r.add_argument("--program", "-p", help="ELF: the program's symbol or section name")
    r.add_argument("--mem", help="one packet, a file whose bytes the device's context points at "
                                 "(--prog-type xdp, sched_cls, sched_act); with --prog-type raw "
                                 "the buffer R1 points at")
    r.add_argument("--pcap", help="run on every packet of this pcap file through rvoff-run, "
                                  "the device runtime; print verdicts and maps")
    r.add_argument("--maps", help="with --pcap: initial map contents (JSON, see runtime/README)")
    r.add_argument("--json", action="store_true", help="with --pcap: rvoff-run's JSON report")
    r.add_argument("--deterministic", action="store_true",
                   help="with --pcap: fixed time, random numbers and CPU")
    r.add_argument("--budget-ms", type=int, help="with --pcap: time limit per packet")
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
