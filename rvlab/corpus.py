"""A corpus of real clang-built programs (rvlab/corpus/*.c) for whole-program checks.

    python3 -m rvlab.corpus [--out DIR] [--vm]

Each source is an XDP or TC program (or a chain of them) as someone deploying XDP would write
it, built with `clang -O2 -g -target bpf -mcpu=v1|v2|v3 -DCORPUS_MCPU=1|2|3` into
`build/corpus/NAME.vN.o`.  An object is rebuilt only when its key changes: the source, the
headers, the flags and `clang --version`.

Every source declares what it uses in its first comment, a line `Features: maps, helpers.`
(none: a pure program), from FEATURES: maps (map references), helpers (helper calls other
than bpf_tail_call), calls (bpf-to-bpf calls and function references), tail_calls,
global_data (.data/.rodata/.bss), tc (a TC program; otherwise XDP).  The build checks the
declaration against the linked object (rvjit.elf, as libbpf links it), for every -mcpu.
Consumers take what they can run with `select(entries, supported)`, which says how many
objects it leaves out and for which features; nothing is left out silently.

Without --vm: a table of every selected object's eBPF instruction count (8-byte slots,
LD_IMM64 is two) and the rvjit image size for the base ISA and for zba,zbb,c.  With --vm:
one VM boot (rvlab.vm, Debian's 6.1 kernel) loads every pure XDP object with `bpftool prog
load OBJ PIN type xdp` and reports whether the verifier accepted it and left it as it was:
the instructions it keeps (read back by rvlab/corpus/vm/xdp_run.c) must be the object's, but
for the rewrites it always makes (`xlated_diff`).  A verifier that decides a branch at load
time hard-wires it and removes the dead side, which a like-for-like comparison with the
offloaded image could not survive.  The objects with maps, helpers, calls or tail calls are
loaded whole (`bpftool prog loadall`) by rvlab.kernel_check, which also compares rvjit's map
references and calls with what the kernel made of libbpf's.

`vm_check` also runs every loaded program on sample packets (`sample_packets`) in the
kernel's interpreter, and `run_xdp` runs an rvjit image on the emulator the way a device
calls it (with the device's XDP context, docs/abi.md section 5), so the two can be compared
(tests/rvlab/test_corpus.py).
"""
from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import struct
import subprocess
import sys
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from rvjit import bpf, elf
from semantics import ebpf as E

ROOT = Path(__file__).resolve().parents[1]
SOURCES = Path(__file__).resolve().parent / "corpus"
DEFAULT_OUT = ROOT / "build" / "corpus"
MCPUS = ("v1", "v2", "v3")
CFLAGS = ("-O2", "-g", "-target", "bpf", "-Wall")  # -g: BTF, which `.maps` definitions need
SECTION = "xdp"
FEATURES = ("maps", "helpers", "calls", "tail_calls", "global_data", "tc")
# The features the Python JIT compiles: all of them.  Consumers that run images select by what
# runs where they run them: PLAIN_FEATURES for what both Linux's interpreter through
# vm_check (pure objects, one program each) and the bare emulator (rvjit.emulator.run_program,
# no runtime table) run; OFFLOAD_FEATURES for what rvjit.ko's offload path takes (the objects
# with a map or helper the device lacks are refused, vm-test checks that too); a device runtime
# (rvoff-run) could take all of RVJIT_FEATURES.
RVJIT_FEATURES = frozenset(FEATURES)
PLAIN_FEATURES = frozenset()
# vm_check runs one program an object (XDP or TC; an object that tail calls is loaded whole,
# its program arrays filled by libbpf), its maps given initial contents, pinned and read back
# after the runs: it runs every feature.
VM_CHECK_UNFIT = frozenset()
OFFLOAD_FEATURES = frozenset({"maps", "helpers", "calls"})
HEADERS = ("common.h", "bpf_helpers.h")
ISAS = (frozenset(), frozenset({"zba", "zbb", "c"}))


class CorpusError(RuntimeError):
    pass


@dataclass
class Entry:
    name: str           # "ipv4_csum.v2": source stem and -mcpu
    path: Path          # the object
    source: Path
    mcpu: str
    section: str        # the main program's section
    insns: int          # eBPF instruction slots of the main program (LD_IMM64 counts two)
    program: str = ""   # the main program's name (the first in the object)
    programs: tuple = ()              # every program: (name, section, program type)
    features: frozenset = frozenset()  # declared and checked, see FEATURES

    def code(self) -> bytes:
        return elf.load(self.path, self.program or self.section).code

    def load(self, program: str | None = None):
        """The linked rvjit Program (the main one unless named)."""
        return elf.load(self.path, program or self.program or self.section)


def select(entries, supported=(), who: str = "corpus", say=print) -> list:
    """The entries whose features are all in `supported`; says how many it leaves out, by
    feature (an object with two unsupported features counts under both)."""
    supported = set(supported)
    unknown = supported - set(FEATURES)
    if unknown:
        raise CorpusError(f"unknown corpus features {sorted(unknown)} (known: {FEATURES})")
    chosen = [e for e in entries if e.features <= supported]
    left = [e for e in entries if not e.features <= supported]
    if left and say:
        by = {f: sum(f in e.features for e in left) for f in FEATURES if f not in supported}
        say(f"{who}: {len(chosen)} of {len(entries)} corpus objects; {len(left)} left out, "
            "using " + ", ".join(f"{f} ({n})" for f, n in by.items() if n))
    return chosen


def declared_features(src: Path) -> frozenset:
    """The `Features: a, b.` line of the source's first comment; empty if it has none."""
    head = src.read_text().split("*/", 1)[0]
    m = re.search(r"^\W*Features:\s*([a-z_, ]+?)\.?\s*$", head, re.M)
    if not m:
        return frozenset()
    feats = frozenset(f.strip().replace(" ", "_") for f in m[1].split(",") if f.strip())
    bad = feats - set(FEATURES)
    if bad:
        raise CorpusError(f"{src.name}: unknown features {sorted(bad)} (known: {', '.join(FEATURES)})")
    return feats


def features_of(prog) -> set:
    """What a linked program uses, from its instructions and type (see FEATURES)."""
    out = set()
    if prog.prog_type in ("sched_cls", "sched_act"):
        out.add("tc")
    for code, regs, _off, imm in _slots(prog.code):
        src = regs >> 4
        if code == E.LD_IMM64:
            out |= {5: {"maps"}, 6: {"global_data"}, 4: {"calls"}}.get(src, set())
        elif code == E.JMP | E.CALL:
            out.add("calls" if src == 1 else "tail_calls" if imm == 12 else "helpers")
    # a map reference's second slot has src 0; the PROG_ARRAY of a tail call is a map too
    return out


# --- building ------------------------------------------------------------------------------------

def sources() -> list[Path]:
    return sorted(SOURCES.glob("*.c"))


def _clang() -> str:
    clang = shutil.which("clang")
    if clang is None:
        raise CorpusError("clang is not installed: apt-get install clang")
    return clang


def _include_flags(clang: str) -> list[str]:
    """linux/bpf.h includes <asm/types.h>, which Debian keeps under the multiarch directory
    (/usr/include/x86_64-linux-gnu); -target bpf does not search it."""
    r = subprocess.run([clang, "-print-multiarch"], capture_output=True, text=True)
    arch = r.stdout.strip()
    return [f"-idirafter/usr/include/{arch}"] if r.returncode == 0 and arch else []


def _key(src: Path, flags: list, clang_version: str) -> str:
    h = hashlib.sha256()
    for part in (src.read_bytes(), *((SOURCES / n).read_bytes() for n in HEADERS),
                 "\0".join(flags).encode(), clang_version.encode()):
        h.update(len(part).to_bytes(8, "little") + part)
    return h.hexdigest()


def _compile(clang, src: Path, mcpu: str, flags: list, key: str, out: Path) -> None:
    stamp = out.with_name(out.name + ".key")
    if out.exists() and stamp.exists() and stamp.read_text() == key:
        return
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    r = subprocess.run([clang, *flags, "-c", str(src), "-o", str(tmp)], capture_output=True,
                       text=True)
    if r.returncode:
        tmp.unlink(missing_ok=True)
        raise CorpusError(f"clang failed for {src.name} (-mcpu={mcpu}):\n{r.stderr.strip()}")
    tmp.replace(out)
    stamp.write_text(key)


def _check_object(path: Path, src: Path, mcpu: str) -> Entry:
    """The object's programs, linked as libbpf links them, must use exactly the features the
    source declares; XDP and TC programs only."""
    obj = elf.Object(path)
    progs = obj.programs()
    if not progs:
        raise CorpusError(f"{src.name}: {path.name} has no program")
    found, listing = set(), []
    for fn in progs:
        prog = elf.link(obj, fn)
        if prog.prog_type not in ("xdp", "sched_cls", "sched_act"):
            raise CorpusError(f"{src.name}: program {fn.name} in section {fn.section!r} is of "
                              f"type {prog.prog_type}; the corpus is XDP and TC programs")
        found |= features_of(prog)
        listing.append((fn.name, fn.section, prog.prog_type))
    declared = declared_features(src)
    if found != declared:
        raise CorpusError(f"{src.name}: {path.name} uses {sorted(found) or 'no features'}, but "
                          f"the source declares {sorted(declared) or 'none'} (its first "
                          "comment's 'Features:' line)")
    main = elf.link(obj, progs[0])
    return Entry(path.name[:-2], path, src, mcpu, progs[0].section, len(main.code) // 8,
                 progs[0].name, tuple(listing), frozenset(found))


def build(out_dir=None, srcs=None) -> list[Entry]:
    """Every rvlab/corpus/*.c (or the given sources) for every -mcpu, compiled or taken from
    the cache; in source order, v1 v2 v3 each."""
    out = Path(out_dir) if out_dir else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    clang = _clang()
    version = subprocess.run([clang, "--version"], capture_output=True, text=True).stdout
    base = [*CFLAGS, f"-I{SOURCES}", *_include_flags(clang)]
    jobs = []
    for src in (sources() if srcs is None else [Path(x) for x in srcs]):
        for mcpu in MCPUS:
            # clang 14 has no __BPF_CPU_VERSION__: sources that use v3-only forms (fetching
            # atomics) test CORPUS_MCPU.
            flags = [*base, f"-mcpu={mcpu}", f"-DCORPUS_MCPU={mcpu[1:]}"]
            jobs.append((src, mcpu, flags, _key(src, flags, version),
                         out / f"{src.stem}.{mcpu}.o"))
    if not jobs:
        raise CorpusError(f"no sources in {SOURCES}")
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for f in [pool.submit(_compile, clang, s, m, fl, k, o) for s, m, fl, k, o in jobs]:
            f.result()
    return [_check_object(o, s, m) for s, m, _, _, o in jobs]


# --- sample packets ------------------------------------------------------------------------------
# Inputs for running the corpus (in the kernel and on the emulator): one or more packets for
# each path the programs take, then seeded random corruptions of them.

def _csum(data: bytes) -> int:
    data += b"\0" * (len(data) & 1)
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def _mac(last: int) -> bytes:
    return bytes([0x02, 0, 0, 0, 0, last])


def _eth(etype: int, payload: bytes, tags=()) -> bytes:
    """Ethernet (dst 02::01, src 02::02), then VLAN tags (tpid, tci), then payload."""
    out = _mac(1) + _mac(2)
    for tpid, tci in tags:
        out += struct.pack("!HH", tpid, tci)
    return out + struct.pack("!H", etype) + payload


def _ip4(src, dst, proto, payload, ttl=64, tos=0, frag=0, opts=b"", ident=0x1c46, check=None,
         tot=None):
    ihl = 5 + len(opts) // 4
    tot = 4 * ihl + len(payload) if tot is None else tot
    hdr = struct.pack("!BBHHHBBH4s4s", 0x40 | ihl, tos, tot, ident, frag, ttl, proto, 0,
                      bytes(src), bytes(dst)) + opts
    c = _csum(hdr) if check is None else check
    return hdr[:10] + struct.pack("!H", c) + hdr[12:] + payload


def _ip6(src, dst, nh, payload, hop=64, tc=0):
    first = 0x60000000 | tc << 20 | 0x12345
    return struct.pack("!IHBB16s16s", first, len(payload), nh, hop, bytes(src),
                       bytes(dst)) + payload


def _udp(sport, dport, payload, check=0x5A5A, length=None):
    return struct.pack("!HHHH", sport, dport, 8 + len(payload) if length is None else length,
                       check) + payload


def _tcp(sport, dport, flags, opts=b"", window=64240, payload=b""):
    doff = 5 + len(opts) // 4
    return struct.pack("!HHIIBBHHH", sport, dport, 0x11223344, 0x55667788 if flags & 0x10 else 0,
                       doff << 4, flags, window, 0x4B4B, 0) + opts + payload


def _icmp(typ, code, rest, payload):
    msg = struct.pack("!BBH", typ, code, 0) + rest + payload
    return msg[:2] + struct.pack("!H", _csum(msg)) + msg[4:]


def _a4(*b):
    return bytes(b)


def _a6(text):
    import ipaddress
    return ipaddress.IPv6Address(text).packed


SYN, FIN, RST, PSH, ACK, URG = 0x02, 0x01, 0x04, 0x08, 0x10, 0x20
P_IP, P_IP6, P_ARP, P_8021Q, P_8021AD = 0x0800, 0x86DD, 0x0806, 0x8100, 0x88A8


def sample_packets(mutants: int = 10, seed: int = 1) -> list[tuple[str, bytes]]:
    """(label, frame) pairs: realistic frames for the corpus's paths, then `mutants` seeded
    random corruptions of them (1-3 bytes changed in the first 64) and two random frames.
    Frames are at least 14 bytes (BPF_PROG_TEST_RUN's minimum for XDP)."""
    import random
    c10, c11, c53 = _a4(10, 0, 0, 1), _a4(10, 0, 0, 2), _a4(10, 0, 0, 53)
    qname = b"\x03www\x07example\x03com\x00" + struct.pack("!HH", 1, 1)
    dns = struct.pack("!6H", 0xBEEF, 0x0100, 1, 0, 0, 0) + qname
    syn_opts = (b"\x02\x04\x05\xdc" + b"\x04\x02" + b"\x08\x0a" + bytes(8) + b"\x01"
                + b"\x03\x03\x07")
    rng = random.Random(seed)
    words = bytes(rng.getrandbits(8) for _ in range(40))
    inner4 = _ip4(_a4(172, 16, 1, 1), _a4(172, 16, 2, 2), 17, _udp(1000, 2000, b"inner"))
    p = [
        ("dns_query", _eth(P_IP, _ip4(c10, c53, 17, _udp(33000, 53, dns)))),
        ("dns_response", _eth(P_IP, _ip4(c53, c10, 17,
                                         _udp(33000, 53, dns[:2] + b"\x81\x80" + dns[4:])))),
        ("udp_echo_ping", _eth(P_IP, _ip4(_a4(192, 168, 7, 7), c11, 17,
                                          _udp(40000, 7, b"PING 1234567890")))),
        ("udp_sip_deadbeef", _eth(P_IP, _ip4(_a4(10, 9, 8, 7), _a4(192, 0, 2, 1), 17,
                                             _udp(5060, 5060, b"INVITE \xde\xad\xbe\xef sip:x")))),
        ("udp_arith", _eth(P_IP, _ip4(_a4(192, 168, 3, 4), c11, 17, _udp(5000, 5001, words)))),
        # divisors zero: the payload's second word, and UDP length ^ IP id
        ("udp_arith_zero", _eth(P_IP, _ip4(_a4(192, 168, 3, 5), c11, 17,
                                           _udp(5000, 5001, words[:8] + bytes(8) + words[16:32]),
                                           ident=8 + 32))),
        ("udp_ephemeral", _eth(P_IP, _ip4(_a4(8, 8, 8, 8), c10, 17, _udp(443, 50123, b"q" * 20)))),
        ("udp_sport0", _eth(P_IP, _ip4(_a4(198, 51, 100, 1), c10, 17, _udp(0, 9999, b"zero")))),
        ("udp_len_bad", _eth(P_IP, _ip4(_a4(10, 3, 3, 3), c10, 17,
                                        _udp(1234, 5678, b"abcd", length=40)))),
        ("tcp_syn_opts", _eth(P_IP, _ip4(_a4(10, 1, 2, 3), _a4(10, 2, 3, 4), 6,
                                         _tcp(40000, 22, SYN, syn_opts)))),
        ("tcp_syn_small_mss", _eth(P_IP, _ip4(_a4(10, 1, 9, 9), _a4(10, 2, 3, 5), 6,
                                              _tcp(40001, 23, SYN, b"\x02\x04\x01\xf4")))),
        ("tcp_syn_noopts", _eth(P_IP, _ip4(_a4(203, 0, 113, 5), c10, 6, _tcp(1025, 80, SYN)))),
        ("tcp_xmas", _eth(P_IP, _ip4(_a4(203, 0, 113, 6), c10, 6,
                                     _tcp(1026, 80, FIN | PSH | URG)))),
        ("tcp_null", _eth(P_IP, _ip4(_a4(203, 0, 113, 7), c10, 6, _tcp(1027, 80, 0)))),
        ("vlan150_tcp_ack_445", _eth(P_IP, _ip4(_a4(172, 16, 5, 5), _a4(172, 20, 1, 1), 6,
                                                _tcp(50000, 445, ACK | PSH, payload=b"smb")),
                                     tags=[(P_8021Q, 0x2000 | 150)])),
        ("vlan4095", _eth(P_IP, _ip4(c11, c10, 17, _udp(1, 2, b"x")), tags=[(P_8021Q, 0xFFF)])),
        ("icmp_echo", _eth(P_IP, _ip4(_a4(192, 168, 1, 10), _a4(192, 168, 1, 1), 1,
                                      _icmp(8, 0, struct.pack("!HH", 0x4242, 7),
                                            bytes(range(32)))))),
        ("icmp_redirect", _eth(P_IP, _ip4(_a4(192, 168, 1, 254), _a4(192, 168, 1, 10), 1,
                                          _icmp(5, 1, _a4(192, 168, 1, 2), inner4[:28])))),
        ("ipv4_router_alert_igmp", _eth(P_IP, _ip4(_a4(192, 168, 1, 20), _a4(224, 0, 0, 22), 2,
                                                   bytes([0x22, 0, 0xF9, 0xF6]) + bytes(4),
                                                   ttl=1, opts=b"\x94\x04\x00\x00", tos=0xC0))),
        ("ipv4_bad_csum", _eth(P_IP, _ip4(c11, c10, 17, _udp(7, 9, b"junk"), check=0x1234))),
        ("ipv4_frag_first", _eth(P_IP, _ip4(c11, c10, 17, _udp(7, 9, bytes(292)), frag=0x2000))),
        ("ipv4_frag_tiny", _eth(P_IP, _ip4(c11, c10, 6, bytes(24), frag=0x2001))),
        ("gre_key_ipv4", _eth(P_IP, _ip4(_a4(10, 5, 0, 1), _a4(10, 6, 0, 1), 47,
                                         struct.pack("!HHI", 0x2000, P_IP, 77) + inner4))),
        ("vxlan_ipv4", _eth(P_IP, _ip4(_a4(10, 7, 0, 1), _a4(10, 8, 0, 1), 17,
                                       _udp(49999, 4789, struct.pack("!II", 0x08000000, 42 << 8)
                                            + _eth(P_IP, inner4))))),
        ("ipv6_udp_ext", _eth(P_IP6, _ip6(_a6("fd00::1"), _a6("2001:db8::53"), 0,
                                          bytes([60, 0, 1, 4, 0, 0, 0, 0])           # hop-by-hop
                                          + bytes([17, 1]) + bytes([1, 12]) + bytes(12)   # dstopts
                                          + _udp(5353, 5060, b"v6 payload")))),
        ("ipv6_frag", _eth(P_IP6, _ip6(_a6("2001:db8::1"), _a6("2001:db8::2"), 44,
                                       bytes([17, 0, 0, 1, 0, 0, 0, 9]) + _udp(1, 2, bytes(16))))),
        ("ipv6_ns", _eth(P_IP6, _ip6(_a6("fe80::1"), _a6("ff02::1:ff00:2"), 58,
                                     _icmp(135, 0, bytes(4), _a6("fe80::2")), hop=255))),
        ("ipv6_ns_hop64", _eth(P_IP6, _ip6(_a6("fe80::1"), _a6("ff02::1:ff00:2"), 58,
                                           _icmp(135, 0, bytes(4), _a6("fe80::2")), hop=64))),
        ("ipv6_echo_routing", _eth(P_IP6, _ip6(_a6("2001:db8::1"), _a6("2001:db8::2"), 43,
                                               bytes([58, 2, 0, 1, 0, 0, 0, 0]) + _a6("2001:db8::9")
                                               + _icmp(128, 0, struct.pack("!HH", 1, 1), b"hi")))),
        ("ipv6_mld_global", _eth(P_IP6, _ip6(_a6("2001:db8::5"), _a6("ff02::16"), 58,
                                             _icmp(131, 0, bytes(4), _a6("ff05::2")), hop=1))),
        ("ipv6_ah_udp", _eth(P_IP6, _ip6(_a6("2001:db8::3"), _a6("2001:db8::4"), 51,
                                         bytes([17, 4, 0, 0]) + struct.pack("!II", 0x100, 1)
                                         + bytes(12) + _udp(500, 500, b"ike")))),
        ("dns_compressed", _eth(P_IP, _ip4(c10, c53, 17, _udp(33001, 53, dns[:12] + b"\xc0\x0c")))),
        ("ipv6_tcp_qinq", _eth(P_IP6, _ip6(_a6("2001:db8::7"), _a6("2001:db8::8"), 6,
                                           _tcp(443, 50001, SYN | ACK, b"\x02\x04\x05\xa0")),
                               tags=[(P_8021AD, 1000), (P_8021Q, 20)])),
        ("arp_request", _eth(P_ARP, struct.pack("!HHBBH", 1, P_IP, 6, 4, 1) + _mac(2) + c10
                             + bytes(6) + c11 + bytes(18))),
        ("arp_gratuitous", _eth(P_ARP, struct.pack("!HHBBH", 1, P_IP, 6, 4, 2) + _mac(2) + c10
                                + bytes(6) + c10 + bytes(18))),
        ("lldp", _eth(0x88CC, bytes(range(46)))),
        ("ipv4_truncated", _eth(P_IP, _ip4(c11, c10, 6, b"")[:12])),
    ]
    base = list(p)
    for k in range(mutants):
        label, frame = base[rng.randrange(len(base))]
        b = bytearray(frame)
        for _ in range(rng.randint(1, 3)):
            b[rng.randrange(min(64, len(b)))] = rng.getrandbits(8)
        p.append((f"{label}~mut{k}", bytes(b)))
    for k in range(2):
        p.append((f"random{k}", bytes(rng.getrandbits(8) for _ in range(rng.randint(14, 90)))))
    return p


# --- running on the emulator ---------------------------------------------------------------------

def run_xdp(image: bytes, packet: bytes, isa=frozenset(), backend: str = "auto"):
    """Run an rvjit image of an XDP program as a device would: R1 = the device's XDP context
    for the packet (rvjit.emulator.device_context; docs/abi.md section 5); corpus programs make
    no call.  Returns (R0 as u32, the packet afterwards)."""
    from rvjit import emulator
    res = emulator.run_program(image, "xdp", packet, isa=isa, backend=backend)
    return res.a0 & 0xFFFFFFFF, res.mem


# --- the verifier, in a VM -----------------------------------------------------------------------

RUNNER_SOURCE = SOURCES / "vm" / "xdp_run.c"
LDX_W, LDX_DW = E.LDX | E.MEM | E.SIZE_W, E.LDX | E.MEM | E.SIZE_DW


def _slots(code: bytes) -> list:
    return [struct.unpack_from("<BBhi", code, 8 * i) for i in range(len(code) // 8)]


def _guard(slot) -> list:
    """What Linux 6.1's do_misc_fixups makes of a DIV/MOD by a register (x/0 = 0, x%0 = x,
    zero-extended for ALU): the slots, with the original last (DIV, MOD64) or second (MOD32).
    Anything else stays one slot."""
    code, regs, _, _ = slot
    dst, src, is64 = regs & 0xF, regs >> 4, E.cls_of(code) == E.ALU64
    if (E.cls_of(code) not in (E.ALU, E.ALU64) or not code & E.X
            or E.op_of(code) not in (E.DIV, E.MOD)):
        return [slot]
    jcls = E.JMP if is64 else E.JMP32
    if E.op_of(code) == E.DIV:
        return [(jcls | E.JNE, src, 2, 0), (E.ALU | E.XOR | E.X, dst | dst << 4, 0, 0),
                (E.JMP | E.JA, 0, 1, 0), slot]
    if is64:
        return [(E.JMP | E.JEQ, src, 1, 0), slot]
    return [(E.JMP32 | E.JEQ, src, 2, 0), slot, (E.JMP | E.JA, 0, 1, 0),
            (E.ALU | E.MOV | E.X, dst | dst << 4, 0, 0)]


def expected_xlated(code: bytes) -> int:
    """The instruction count Linux 6.1's verifier leaves for an XDP program it does not
    rewrite beyond what it always does: DIV/MOD by a register get a zero guard (DIV +3
    slots, 64-bit MOD +1, 32-bit MOD +3); ctx loads of data/data_end/data_meta stay one
    slot.  Dead code it finds by tracking values is removed (opt_remove_dead_code, after
    opt_hard_wire_dead_code_branches), so that lowers the count."""
    return sum(len(_guard(s)) for s in _slots(code))


def _is_jump(code: int) -> bool:
    return E.cls_of(code) in (E.JMP, E.JMP32) and E.op_of(code) not in (E.CALL, E.EXIT)


def _guarded(code: bytes) -> list:
    """offload_view's slots, each with the index of the original slot it comes from."""
    a = _slots(code)
    start, at = [], 0                       # where each original slot's code starts
    for s in a:
        start.append(at)
        at += len(_guard(s))
    start.append(at)
    out, i = [], 0
    while i < len(a):
        if a[i][0] == E.LD_IMM64:
            out += [(i, a[i]), (i, a[i + 1])]
            i += 2
            continue
        want = _guard(a[i])
        k = want.index(a[i])
        code_i, regs, off, imm = a[i]
        if _is_jump(code_i):
            # the target moves by the guards between; a jump to a guarded instruction lands
            # on its guard (bpf_adj_branches)
            want[k] = (code_i, regs, start[i + 1 + off] - (start[i] + k) - 1, imm)
        out += [(i, w) for w in want]
        i += 1
    return out


def offload_view(code: bytes) -> bytes:
    """The program as Linux 6.1 hands an XDP object to an offload device's translate()
    (bpf_prog_select_runtime, after bpf_check) when its verifier decides no branch: every
    DIV/MOD by a register behind do_misc_fixups' zero guard, jumps retargeted around the
    guards; ctx loads stay raw (convert_ctx_accesses stops before them for dev-bound
    programs).  For a program without DIV/MOD by a register, the program itself.  (That is
    prog->insnsi; rvjit.ko translates its own copy from prepare(), without the guards, since
    the rules implement eBPF's x/0 and x%0 themselves.)"""
    return b"".join(struct.pack("<BBhi", *s) for _, s in _guarded(code))


def _fmt(slots) -> str:
    return "; ".join(f"code={c:#04x} dst=r{r & 0xF} src=r{r >> 4} off={o} imm={i}"
                     for c, r, o, i in slots)


def xlated_diff(code: bytes, xlated: bytes) -> list[str]:
    """How the verifier's output `xlated` (a host program) differs from `offload_view(code)`
    beyond the ctx loads of data/data_end/data_meta, which a host program has converted
    (LDX W at 0/4/8 -> LDX DW of struct xdp_buff).  [] when there is no other difference:
    no branch the verifier decided hard-wired, no dead code removed."""
    want, got = _guarded(code), _slots(xlated)
    if len(got) != len(want):
        return [f"the verifier left {len(got)} instructions, {len(want)} expected (it removed "
                "or added code)"]
    out = []
    for (i, w), g in zip(want, got):
        if w != g and not (w[0] == LDX_W and w[2] in (0, 4, 8) and g[:2] == (LDX_DW, w[1])):
            out.append(f"insn {i}: {_fmt([w])} became {_fmt([g])}")
    return out


@dataclass
class Load:
    ok: bool                # bpftool loaded (and pinned) it
    log: str                # bpftool's/libbpf's output: the verifier log on failure
    xlated: bytes | None    # the instructions the verifier left (None: not loaded/read)
    jited: int = 0          # jited_prog_len (0: the interpreter runs it)


@dataclass
class Run:
    retval: int | None      # None: no result (see error)
    data: bytes = b""       # the packet afterwards
    error: str = ""
    skb: dict = None        # TC: the __sk_buff fields ctx_out gives back (mark, priority)


@dataclass
class VMReport:
    loads: dict             # name -> Load
    runs: dict              # (name, packet index) -> Run
    release: str
    jit_enable: int | None  # bpf_jit_enable while the programs were loaded (0: interpreter)
    boot_time: float
    elapsed: float
    bad_lines: int          # lines that failed their checksum (their results are missing)
    maps: dict = None       # name -> {map name (as pinned) -> {key hex: value hex}} after the runs
    init_errors: dict = None  # name -> [(map, errno)]: initial entries Linux refused


# The shell side: bpftool loads and pins every object (JIT off, so the interpreter runs
# them), then xdp_run reads each pinned program back and runs it on the packets.  Lines
# printed here carry " ~MD5" (busybox md5sum of the text), xdp_run's a CRC-32, so a line
# damaged on the serial channel is recognised and dropped, never misread.
_SCRIPT = r"""
emit() { s=$(printf '%s' "$1" | md5sum); echo "$1 ~${s%% *}"; }
emit "K $(uname -r)"
echo 0 > /proc/sys/net/core/bpf_jit_enable
i=0
for name in $(cat /vm/names); do
  case " $(cat /vm/mapped) " in *" $name "*) pin="pinmaps /sys/fs/bpf/m$i";; *) pin="";; esac
  set -- $(cat /vm/kind/$name)
  if [ "$2" = "-" ]; then
    load="prog load /vm/o/$name.o /sys/fs/bpf/p$i type $1 $pin"
  else
    load="prog loadall /vm/o/$name.o /sys/fs/bpf/d$i type $1 $pin"
  fi
  if /vm/bin/bpftool $load >/tmp/log 2>&1 &&
     { [ "$2" = "-" ] || mv /sys/fs/bpf/d$i/$2 /sys/fs/bpf/p$i; }; then
    emit "L $i ok $(tail -c 2048 /tmp/log | hexdump -v -e '/1 "%02x"')"
  else
    emit "L $i fail $(tail -c 16384 /tmp/log | hexdump -v -e '/1 "%02x"')"
  fi
  i=$((i+1))
done
emit "E $i"
/vm/xdp_run $i /vm/packets.bin
"""
_MD5_LINE = re.compile(r"^([KLE]) (.*) ~([0-9a-f]{32})$")
_CRC_LINE = re.compile(r"^([JIRTNDMCU]) (.*) ~([0-9a-f]{8})$")


def _parse(text: str, names: list, npackets: int):
    loads, runs, info, maps, skbs, init_errors = {}, {}, {}, {}, {}, {}
    release, jit, loaded, done, bad = "?", None, None, None, 0
    for line in text.splitlines():
        line = line.strip("\r")
        m = _MD5_LINE.match(line)
        if m:
            if hashlib.md5(f"{m[1]} {m[2]}".encode()).hexdigest() != m[3]:
                bad += 1
                continue
        else:
            m = _CRC_LINE.match(line)
            if not m:
                continue
            if zlib.crc32(f"{m[1]} {m[2]}".encode()) != int(m[3], 16):
                bad += 1
                continue
        kind, f = m[1], m[2].split(" ")
        if kind == "K":
            release = f[0]
        elif kind == "E":
            loaded = int(f[0])
        elif kind == "L":
            log = bytes.fromhex(f[2]).decode("utf-8", "replace") if len(f) > 2 else ""
            loads[int(f[0])] = (f[1] == "ok", log)
        elif kind == "J":
            jit = int(f[0])
        elif kind == "I":
            info[int(f[0])] = (int(f[1]), bytes.fromhex(f[2]) if len(f) > 2 else b"")
        elif kind == "R":
            runs[(int(f[0]), int(f[1]))] = Run(int(f[2]),
                                               bytes.fromhex(f[3]) if len(f) > 3 else b"")
        elif kind == "T":
            runs[(int(f[0]), int(f[1]))] = Run(None,
                                               error=f"BPF_PROG_TEST_RUN failed (errno {f[2]})")
        elif kind == "N":
            info.setdefault(int(f[0]), None)
        elif kind == "D":
            done = int(f[0])
        elif kind == "C":
            skbs[(int(f[0]), int(f[1]))] = {"mark": int(f[2]), "priority": int(f[3])}
        elif kind == "U":
            init_errors.setdefault(int(f[0]), []).append((f[1], int(f[2])))
        elif kind == "M":
            maps.setdefault(int(f[0]), {}).setdefault(f[1], {})[f[2]] = f[3] if len(f) > 3 else ""
    out_loads, out_runs, out_maps, out_init = {}, {}, {}, {}
    for (i, k), skb in skbs.items():
        if (i, k) in runs:
            runs[(i, k)].skb = skb
    for i, name in enumerate(names):
        out_maps[name] = maps.get(i, {})
        if i in init_errors:
            out_init[name] = init_errors[i]
        ok, log = loads.get(i, (False, "no result came back from the VM"))
        jited, xl = info.get(i) or (0, None)
        if ok and xl is None:
            ok, log = False, log + "\n(loaded, but xdp_run could not read it back)"
        out_loads[name] = Load(ok, log, xl, jited)
        for k in range(npackets):
            out_runs[(name, k)] = runs.get((i, k),
                                           Run(None, error="no result came back from the VM"))
    return out_loads, out_runs, out_maps, out_init, release, jit, loaded, done, bad


def runner_binary(arch: str | None = None) -> bytes:
    from rvlab import vm
    return vm.compile_static(RUNNER_SOURCE, name="xdp_run", headers=[vm.VMLINE_H], arch=arch)


def packets_file(packets) -> bytes:
    """xdp_run's PACKETS file: "RVJP", u32 count, then each packet as u32 length and bytes."""
    return b"RVJP" + struct.pack("<I", len(packets)) + b"".join(
        struct.pack("<I", len(p)) + p for _, p in packets)


def vm_check(entries, packets=(), timeout: float | None = None, init=None) -> VMReport:
    """One VM boot: every object loaded by bpftool as a host program (`bpftool prog load OBJ
    PIN type xdp|classifier`: the verifier's verdict, its log, the instructions it left; an
    object that tail calls `prog loadall`, libbpf filling its program arrays), then every
    loaded program run on every packet, (label, bytes), by BPF_PROG_TEST_RUN in the kernel's
    interpreter.  `init`: name -> [(map, key hex, value hex)], put into the maps first."""
    from rvlab import vm
    entries, packets = list(entries), list(packets)
    names = [e.name for e in entries]
    files, preamble = vm.bundle(["bpftool"])
    files["mapped"] = " ".join(e.name for e in entries if e.features).encode() or b"-"
    files["names"] = "".join(f"{n}\n" for n in names).encode()
    for i, e in enumerate(entries):
        files[f"o/{e.name}.o"] = Path(e.path).read_bytes()
        kind = "classifier" if "tc" in e.features else "xdp"
        whole = "-"
        if "tail_calls" in e.features:      # loadall, then its main program to pI
            from rvlab.diff_linux import main_program
            whole = main_program(e)
        files[f"kind/{e.name}"] = f"{kind} {whole}\n".encode()
        rows = (init or {}).get(e.name)
        if rows:
            files[f"init/{i}"] = "".join(f"{m} {k} {v}\n" for m, k, v in rows).encode()
    files["xdp_run"] = runner_binary()
    files["packets.bin"] = packets_file(packets)
    if timeout is None:
        timeout = 120 + 1.0 * len(entries) + 0.01 * len(entries) * len(packets)
    r = vm.run(files, preamble + _SCRIPT, timeout=timeout, check=False)
    loads, runs, maps, init_errors, release, jit, loaded, done, bad = _parse(r.output, names,
                                                                             len(packets))
    if loaded != len(entries) or done != len(entries) or r.rc:
        raise CorpusError(f"the VM script did not finish (exit status {r.rc}, {loaded} loads, "
                          f"xdp_run done: {done}); output tail:\n"
                          + "\n".join(ln[:200] for ln in r.output.splitlines()[-10:]))
    return VMReport(loads, runs, release, jit, r.boot_time, r.elapsed, bad, maps, init_errors)


def verdicts(entries, report: VMReport) -> dict:
    """name -> (ok, log) from a vm_check report: loaded, and left as it was (`xlated_diff`:
    no branch the verifier decided at load time hard-wired, no dead code removed)."""
    out = {}
    for e in entries:
        ld = report.loads[e.name]
        ok, log = ld.ok, ld.log
        if ok and not e.features:    # maps and helpers the verifier always rewrites
            diff = xlated_diff(e.code(), ld.xlated)
            if diff:
                ok = False
                log = "the verifier rewrote the program:\n" + "\n".join(diff) + "\n" + log
        out[e.name] = (ok, log)
    return out


def verify_in_vm(entries) -> dict:
    """name -> (ok, log): whether Linux 6.1's verifier accepts each object as a host XDP
    program (`bpftool prog load OBJ PIN type xdp`) and leaves it as it was.  One VM boot."""
    entries = list(entries)
    return verdicts(entries, vm_check(entries))


# --- command line ---------------------------------------------------------------------------------

def main(argv=None) -> int:
    from rvjit.jit import compile_program
    ap = argparse.ArgumentParser(prog="python3 -m rvlab.corpus",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", help=f"object directory (default {DEFAULT_OUT.relative_to(ROOT)})")
    ap.add_argument("--vm", action="store_true",
                    help="also load every object in Linux 6.1's verifier (one VM boot)")
    args = ap.parse_args(argv)
    try:
        every = build(args.out)
        entries = select(every, RVJIT_FEATURES, who="corpus (what rvjit compiles today)")
    except (CorpusError, elf.ElfError) as e:
        print(f"corpus: error: {e}", file=sys.stderr)
        return 2
    isa_names = ["rv64im" + "+".join(["", *sorted(i)]) for i in ISAS]
    print(f"{'program':24} {'eBPF insns':>10} " + " ".join(f"{n:>16}" for n in isa_names))
    totals = [0] * (1 + len(ISAS))
    failed = 0
    for e in entries:
        sizes = []
        for isa in ISAS:
            try:
                sizes.append(len(compile_program(e.code(), isa, prog_type="xdp").code))
            except bpf.BpfError as err:
                sizes.append(None)
                failed += 1
                print(f"{e.name}: {err}", file=sys.stderr)
        for k, v in enumerate([e.insns, *sizes]):
            totals[k] += v or 0
        print(f"{e.name:24} {e.insns:>10} " + " ".join(
            f"{'-' if s is None else str(s) + ' B':>16}" for s in sizes))
    print(f"{f'total ({len(entries)} objects)':24} {totals[0]:>10} "
          + " ".join(f"{str(t) + ' B':>16}" for t in totals[1:]))
    if not args.vm:
        return 1 if failed else 0
    from rvlab import vm
    try:
        report = vm_check(entries)
    except (vm.VMError, CorpusError) as e:
        print(f"corpus: VM error: {e}", file=sys.stderr)
        return 2
    results = verdicts(entries, report)
    bad = {n: log for n, (ok, log) in results.items() if not ok}
    for n, log in bad.items():
        print(f"\n{n}: REFUSED or rewritten by the verifier:\n"
              + "\n".join(log.splitlines()[-25:]))
    print(f"verifier (Linux {report.release}): {len(results) - len(bad)} of {len(results)} "
          f"accepted unchanged; VM boot {report.boot_time:.1f} s, total {report.elapsed:.1f} s")
    return 1 if failed or bad else 0


if __name__ == "__main__":
    sys.exit(main())
