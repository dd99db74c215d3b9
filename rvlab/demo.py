"""make demo: the mission end to end on examples/xdp_filter.o, a clang-built XDP program
that ships with the repository: an IPv4 filter that counts its verdicts in an array map
(a helper call, bpf_map_lookup_elem, and an atomic add; a bpf-to-bpf call).

    python3 -m rvlab.demo [--object PATH] [--no-vm]

1. compiles it with the proven rule table and prints the listing (each eBPF instruction,
   the rule that translated it, its RV64 code);
2. runs the image on a few packets in rvoff-run, the device runtime (runtime/: the map, the
   helper table, the XDP device context of docs/abi.md), and prints each verdict next to the
   one the program's source says it must give, then the map's counters next to the counts
   those verdicts make;
3. where this machine can boot the test VM (rvlab/vm.py: Debian's kernel under QEMU, its
   headers, bpftool), builds rvjit.ko, offloads the object with bpftool to rvoff0 (its map
   becomes a device map), reads the image back and compares it byte for byte with step 1's.

Exits non-zero if a verdict, a counter or the offloaded image differs.
"""
from __future__ import annotations

import argparse
import shutil
import struct
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OBJECT = ROOT / "examples" / "xdp_filter.o"
XDP = {0: "ABORTED", 1: "DROP", 2: "PASS", 3: "TX", 4: "REDIRECT"}


def _ip4(proto: int, l4: bytes, ttl: int = 64) -> bytes:
    hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(l4), 1, 0, ttl, proto, 0,
                      bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
    return hdr + l4


def _eth(ethertype: int, payload: bytes) -> bytes:
    return bytes.fromhex("020000000002" "020000000001") + struct.pack("!H", ethertype) + payload


def _udp(dport: int) -> bytes:
    return struct.pack("!HHHH", 40000, dport, 8 + 4, 0) + b"ping"


def _tcp(dport: int) -> bytes:
    return struct.pack("!HHIIBBHHH", 40000, dport, 1, 0, 5 << 4, 0x02, 64240, 0, 0)


# (what, packet, the verdict xdp_filter.c gives it)
PACKETS = [
    ("IPv4 UDP to port 53", _eth(0x0800, _ip4(17, _udp(53))), "PASS"),
    ("IPv4 UDP to port 9 (discard)", _eth(0x0800, _ip4(17, _udp(9))), "DROP"),
    ("IPv4 TCP SYN to port 23 (telnet)", _eth(0x0800, _ip4(6, _tcp(23))), "DROP"),
    ("IPv4 TCP SYN to port 443", _eth(0x0800, _ip4(6, _tcp(443))), "PASS"),
    ("IPv4 UDP with TTL 1", _eth(0x0800, _ip4(17, _udp(53), ttl=1)), "DROP"),
    ("ARP (not IPv4)", _eth(0x0806, bytes(28)), "PASS"),
    ("truncated: 20 bytes", _eth(0x0800, bytes(6)), "DROP"),
]


def offload_in_vm(obj: Path, say) -> bytes:
    """The image rvjit.ko makes of `obj` in the test VM, read back with rvjit-image."""
    from rvlab import vm, vmtest
    t = vm.target()
    t0 = time.monotonic()
    say(f"demo: building rvjit.ko for {t.release} (kbuild, W=1) ...")
    ko = vmtest.build_module(t)
    files, preamble = vm.bundle(["bpftool"], target=t)
    files.update({"rvjit.ko": ko.read_bytes(), "rvjit-image": vmtest.build_tool(t.arch.name),
                  "prog.o": obj.read_bytes()})
    say(f"demo: booting {t.name} under QEMU (TCG) and offloading to rvoff0 "
        f"({time.monotonic() - t0:.0f} s so far) ...")
    script = preamble + """
mkdir -p /sys/fs/bpf
insmod /vm/rvjit.ko
bpftool prog load /vm/prog.o /sys/fs/bpf/demo type xdp dev rvoff0
bpftool prog show pinned /sys/fs/bpf/demo
/vm/rvjit-image hex /sys/fs/bpf/demo
"""
    res = vm.run(files, script, timeout=300, target=t)
    lines = res.output.splitlines()
    for ln in lines:
        if "offloaded_to" in ln:
            say("  bpftool: " + ln.strip())
    # rvjit-image hex: "PIN: id I, ... jited J bytes ...", then "IMG <bytes> <hex> ~<crc32>"
    img = [ln.split() for ln in lines if ln.startswith("IMG ")]
    if not img:
        raise RuntimeError("no image read back; the VM said:\n" + "\n".join(lines[-20:]))
    say(f"demo: VM boot {res.boot_time:.1f} s, total {time.monotonic() - t0:.0f} s")
    return bytes.fromhex(img[-1][2])


def run_on_device(prog, img, packets, say) -> dict:
    """rvoff-run's report of `img` on `packets` (a pcap written here)."""
    import tempfile
    from rvjit import device, elfimage
    from rvlab import pcap
    obj = elfimage.write([elfimage.from_image(prog.name, img, prog.prog_type)], img.isa)
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.pcap"
        path.write_bytes(pcap.write(packets))
        if not (device.DEFAULT_BINARY.exists()):
            say("demo: building rvoff-run (runtime/, riscv64-linux-gnu-gcc) ...")
        out = device.run(obj, path, budget_ms=2000)
    say(f"  (rvoff-run: {time.monotonic() - t0:.1f} s)")
    return out


def show_counters(maps, say) -> int:
    """The `verdicts` map next to the counts the expected verdicts make; mismatches."""
    want = {}
    for _, _, v in PACKETS:
        code = next(k for k, n in XDP.items() if n == v)
        want[code] = want.get(code, 0) + 1
    m = maps.get("verdicts")
    if m is None:
        say("demo: the program has no map `verdicts` (not examples/xdp_filter.o?)")
        return 0
    got = {int.from_bytes(bytes.fromhex(e["key"]), "little"):
           int.from_bytes(bytes.fromhex(e["value"]), "little") for e in m["entries"]}
    say(f"demo: map verdicts ({m['type']}, {m['max_entries']} entries) after the run:")
    bad = 0
    for code in sorted(set(want) | {k for k, n in got.items() if n}):
        ok = got.get(code, 0) == want.get(code, 0)
        bad += not ok
        say(f"  XDP_{XDP.get(code, str(code)):<8} {got.get(code, 0):3d}"
            + ("" if ok else f"  <-- the packets give {want.get(code, 0)}"))
    return bad


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m rvlab.demo", description=__doc__.splitlines()[0])
    ap.add_argument("--object", type=Path, default=OBJECT)
    ap.add_argument("--no-vm", action="store_true", help="skip the offload through rvjit.ko")
    args = ap.parse_args(argv)
    say = lambda s: print(s, flush=True)
    from rvjit import elf, listing
    from rvjit.jit import compile_program

    prog = elf.load(args.object)
    rel = args.object.resolve().relative_to(ROOT) if args.object.resolve().is_relative_to(ROOT) \
        else args.object
    say(f"demo: {rel}: {len(prog.code) // 8} eBPF instructions (clang -target bpf), maps: "
        f"{', '.join(m.name for m in prog.maps) or 'none'}; compiling with the proven rule table")
    img = compile_program(prog)
    sys.stdout.write(listing.render(img))
    d = img.description()
    say(f"\ndemo: running the {len(img.code)}-byte RV64 image (helpers called: "
        f"{', '.join(map(str, d['helpers'])) or 'none'}) in rvoff-run, the device runtime, on "
        f"{len(PACKETS)} packets:")
    out = run_on_device(prog, img, [pkt for _, pkt, _ in PACKETS], say)
    bad = 0
    for (what, pkt, want), res in zip(PACKETS, out["packets"]):
        name = res.get("verdict", res.get("error", "?").upper()).removeprefix("XDP_")
        ok = name == want
        bad += not ok
        say((f"  {what:<36} {len(pkt):3d} bytes  XDP_{name:<8}"
             + ("" if ok else f"  <-- the program gives XDP_{want}")).rstrip())
    bad += show_counters(out["maps"], say)
    from rvlab import vm
    missing = vm.missing(vm.target())
    if args.no_vm:
        say("demo: offload skipped (--no-vm)")
    elif missing or shutil.which("bpftool") is None and not Path("/usr/sbin/bpftool").exists():
        say("demo: offload through rvjit.ko skipped: this machine cannot boot the test VM "
            f"(missing: {', '.join(missing or ['bpftool'])}; scripts/install test installs it)")
    else:
        image = offload_in_vm(args.object, say)
        same = image == img.code
        bad += not same
        say(f"demo: rvjit.ko's image: {len(image)} bytes, "
            + ("byte-identical to the Python JIT's" if same else
               f"DIFFERS from the Python JIT's ({len(img.code)} bytes)"))
    say("demo: " + ("all verdicts as the program says" if not bad else f"{bad} mismatch(es)"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
