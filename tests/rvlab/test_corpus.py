"""The XDP corpus (rvlab/corpus/*.c through rvlab.corpus): real clang-built programs, each
for -mcpu=v1/v2/v3, compiled by rvjit for the base ISA and for Zba/Zbb/C.

Without a VM: the build and its cache, the JIT on every object, and a few programs run on
the emulator against results worked out here by hand (RFC 1071 checksums from scratch).
With a VM (test_vm_*, one boot, `pytest tests/rvlab/test_corpus.py -k vm`): Linux 6.1's verifier
accepts every object as a host XDP program without rewriting it (no branch it decided at
load time hard-wired, no dead code removed), and the kernel's interpreter and rvjit's code
agree on every object and sample packet: return value and the packet afterwards.
"""
from __future__ import annotations

import shutil
import struct
from collections import defaultdict

import pytest

from rvjit import emulator
from rvjit.jit import compile_program, parse_isa
from rvlab import corpus, vm
from semantics import ebpf as E

BASE, C, FULL = frozenset(), parse_isa("c"), parse_isa("zba,zbb,c")
XDP_ABORTED, XDP_DROP, XDP_PASS, XDP_TX = 0, 1, 2, 3
RET = (0x00008067).to_bytes(4, "little")

need_vm = pytest.mark.skipif(not vm.vm_available(),
                             reason="VM not available: apt-get install " + " ".join(vm.missing()))


def backend_for(isa):
    """unicorn when it implements the ISA (fast, in-process), else qemu-riscv64."""
    if emulator.unicorn_supports(isa):
        return "unicorn"
    if not emulator.qemu_available():
        pytest.fail("qemu-riscv64-static is needed for Zba/Zbb (Debian package qemu-user-static)")
    return "qemu"


@pytest.fixture(scope="module")
def every():
    if not shutil.which("clang"):
        pytest.fail("clang is needed (Debian package clang; .ci/run installs it)")
    return corpus.build()


@pytest.fixture(scope="module")
def entries(every):
    """What runs here and in the VM without a runtime table: no maps or helpers (every object
    is compiled, test_jit_compiles_every_object)."""
    return corpus.select(every, corpus.PLAIN_FEATURES, who="test_corpus")


@pytest.fixture(scope="module")
def by_name(entries):
    return {e.name: e for e in entries}


@pytest.fixture(scope="module")
def packets():
    return corpus.sample_packets()


# --- building ------------------------------------------------------------------------------------

def test_builds_every_source_for_every_mcpu(every):
    entries = every
    stems = {p.stem for p in corpus.sources()}
    assert len(stems) >= 20
    assert len(entries) >= 60
    assert sorted((e.source.stem, e.mcpu) for e in entries) == sorted(
        (s, m) for s in stems for m in ("v1", "v2", "v3"))
    for e in entries:
        assert e.name == f"{e.source.stem}.{e.mcpu}" and e.path.name == f"{e.name}.o"
        assert e.section in ("xdp", "tc") and e.insns == len(e.code()) // 8 > 10, e.name
        first = e.source.read_text().splitlines()[0]
        assert first.startswith("/* ") and len(first) > 20, f"{e.source.name}: no summary comment"


def test_mcpu_reaches_clang(entries):
    """v1 has no JMP32 and no JLT/JLE/JSLT/JSLE (v2 adds those, v3 adds JMP32 and ALU32)."""
    def ops(e):
        return {(E.cls_of(c), E.op_of(c)) for c, *_ in corpus._slots(e.code())}
    late = {(E.JMP, op) for op in (E.JLT, E.JLE, E.JSLT, E.JSLE)}
    for e in entries:
        if e.mcpu == "v1":
            assert not {cls for cls, _ in ops(e)} & {E.JMP32} and not ops(e) & late, e.name
    assert any(E.JMP32 in {cls for cls, _ in ops(e)} for e in entries if e.mcpu == "v3")
    assert any(ops(e) & late for e in entries if e.mcpu == "v2")


def test_rebuilds_only_when_the_source_changes(tmp_path):
    src = tmp_path / "src" / "tiny.c"
    src.parent.mkdir()
    src.write_text('/* tiny */\n#include "common.h"\nSEC("xdp") int tiny(struct xdp_md *ctx)\n'
                   '{ return ctx->data_end - ctx->data > 60 ? XDP_DROP : XDP_PASS; }\n'
                   'char _license[] SEC("license") = "GPL";\n')
    out = tmp_path / "out"
    first = corpus.build(out, [src])
    assert [e.name for e in first] == ["tiny.v1", "tiny.v2", "tiny.v3"]
    stamps = {e.name: e.path.stat().st_mtime_ns for e in first}
    code = first[0].code()
    again = corpus.build(out, [src])
    assert {e.name: e.path.stat().st_mtime_ns for e in again} == stamps
    src.write_text(src.read_text().replace("60", "61"))
    changed = corpus.build(out, [src])
    assert all(e.path.stat().st_mtime_ns != stamps[e.name] for e in changed)
    assert changed[0].code() != code


def test_build_errors_name_the_file(tmp_path):
    bad = tmp_path / "broken.c"
    bad.write_text('#include "common.h"\nSEC("xdp") int broken(struct xdp_md *ctx) { return x; }\n')
    with pytest.raises(corpus.CorpusError, match=r"clang failed for broken\.c(.|\n)*undeclared"):
        corpus.build(tmp_path / "o1", [bad])
    data = tmp_path / "globals.c"
    data.write_text('#include "common.h"\nint hits;\nSEC("xdp") int g(struct xdp_md *ctx)\n'
                    '{ return hits; }\nchar _license[] SEC("license") = "GPL";\n')
    with pytest.raises(corpus.CorpusError, match=r"globals\.c: globals\.v1\.o uses "
                                                 r"\['global_data'\], but the source declares none"):
        corpus.build(tmp_path / "o2", [data])
    data.write_text("/* Counts.\n * Features: global data. */\n" + data.read_text())
    assert {e.features for e in corpus.build(tmp_path / "o3", [data])} == {
        frozenset({"global_data"})}
    data.write_text(data.read_text().replace("global data.", "global data, maps."))
    with pytest.raises(corpus.CorpusError, match=r"uses \['global_data'\], but the source "
                                                 r"declares \['global_data', 'maps'\]"):
        corpus.build(tmp_path / "o4", [data])


@pytest.mark.parametrize("isa", [BASE, FULL], ids=["base", "zba-zbb-c"])
def test_jit_compiles_every_object(every, isa):
    """Every program of every object, linked as libbpf links it (maps, helpers, bpf-to-bpf
    calls, tail calls, global data, TC), and the plain ones also as an offload device
    receives them (with zero guards)."""
    assert corpus.select(every, corpus.RVJIT_FEATURES, who="test_corpus", say=None) == every
    seen = set()
    for e in every:
        for name, _, _ in e.programs:
            prog = e.load(name)
            progs = [prog] + ([prog.code, corpus.offload_view(prog.code)] if not e.features else [])
            for p in progs:
                img = compile_program(p, isa, prog_type="xdp" if isinstance(p, bytes) else None)
                code = p if isinstance(p, bytes) else p.code
                assert len(img.fragments) == len(corpus.bpf.decode(code)), e.name
                # every epilogue returns: ret (jalr x0, 0(ra)), c.jr ra when compressed
                for f in img.functions:
                    end = f.stub_offset if f.stub_offset is not None else f.end
                    assert img.code[:end].endswith(b"\x82\x80" if "c" in isa else RET), e.name
                seen |= e.features
    assert seen == set(corpus.FEATURES)


def slot(code, dst=0, src=0, off=0, imm=0) -> bytes:
    return struct.pack("<BBhi", code, dst | src << 4, off, imm)


# r2 = data_end; r3 = data; r0 = 7; if data + 14 > data_end goto out; r5, r6 = data[12],
# data[13]; if r5 > 100 goto m; r0 /= r5; m: r0 %= r6; w0 %= w5; w0 /= w6; out: exit
PROGRAM = [slot(0x61, 2, 1, 4), slot(0x61, 3, 1, 0), slot(0xB7, 0, imm=7), slot(0xBF, 4, 3),
           slot(0x07, 4, imm=14), slot(0x2D, 4, 2, 7), slot(0x71, 5, 3, 12),
           slot(0x71, 6, 3, 13), slot(0x25, 5, 0, 1, 100), slot(0x3F, 0, 5), slot(0x9F, 0, 6),
           slot(0x9C, 0, 5), slot(0x3C, 0, 6), slot(0x95)]
# ... as Linux 6.1's verifier leaves it (kernel/bpf/verifier.c and net/core/filter.c, written
# out by hand): ctx loads of struct xdp_buff's pointers; DIV guarded by "if src != 0 goto +2;
# wdst ^= wdst; goto +1", MOD64 by "if src == 0 goto +1", MOD32 by "if wsrc == 0 goto +2" and
# "goto +1; wdst = wdst" after; jumps retargeted past the guards, or onto the guard of the
# instruction they jump to
XLATED = [slot(0x79, 2, 1, 8), slot(0x79, 3, 1, 0), slot(0xB7, 0, imm=7), slot(0xBF, 4, 3),
          slot(0x07, 4, imm=14), slot(0x2D, 4, 2, 17), slot(0x71, 5, 3, 12),
          slot(0x71, 6, 3, 13), slot(0x25, 5, 0, 4, 100),
          slot(0x55, 5, 0, 2), slot(0xAC, 0, 0), slot(0x05, 0, 0, 1), slot(0x3F, 0, 5),
          slot(0x15, 6, 0, 1), slot(0x9F, 0, 6),
          slot(0x16, 5, 0, 2), slot(0x9C, 0, 5), slot(0x05, 0, 0, 1), slot(0xBC, 0, 0),
          slot(0x56, 6, 0, 2), slot(0xAC, 0, 0), slot(0x05, 0, 0, 1), slot(0x3C, 0, 6),
          slot(0x95)]


def test_xlated_diff_allows_only_the_verifiers_own_rewrites():
    code, xl = b"".join(PROGRAM), b"".join(XLATED)
    assert corpus.expected_xlated(code) == len(XLATED)
    assert corpus.xlated_diff(code, xl) == []
    # an offload device gets the guards, but its ctx loads raw; without divisions, no change
    assert corpus.offload_view(code) == b"".join(PROGRAM[:2] + XLATED[2:])
    plain = b"".join(PROGRAM[:5] + [slot(0x2D, 4, 2, 2)] + PROGRAM[6:8] + PROGRAM[-1:])
    assert corpus.offload_view(plain) == plain
    # the bounds check hard-wired (its fall-through decided dead and removed)
    wired = XLATED[:5] + [slot(0x05, 0, 0, 0)] + XLATED[-1:]
    assert corpus.xlated_diff(code, b"".join(wired))
    # same length, but the branch became a jump, or lands off its target
    for bad in (slot(0x05, 0, 0, 17), slot(0x2D, 4, 2, 16)):
        assert corpus.xlated_diff(code, b"".join(XLATED[:5] + [bad] + XLATED[6:]))
    # a jump to a guarded instruction landing on the instruction instead of its guard
    assert corpus.xlated_diff(code, b"".join(XLATED[:8] + [slot(0x25, 5, 0, 5, 100)] + XLATED[9:]))
    # a constant the verifier changed
    assert corpus.xlated_diff(code, b"".join(XLATED[:2] + [slot(0xB7, 0, imm=8)] + XLATED[3:]))


# --- running on the emulator, against results worked out here ------------------------------------

def csum(data: bytes) -> int:
    """RFC 1071 Internet checksum, from scratch."""
    data += b"\0" * (len(data) & 1)
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def with_csum(hdr: bytes, at: int) -> bytes:
    hdr = hdr[:at] + b"\0\0" + hdr[at + 2:]
    return hdr[:at] + struct.pack("!H", csum(hdr)) + hdr[at + 2:]


def echo_reply(frame: bytes) -> bytes:
    ip, icmp = frame[14:34], frame[34:]
    ip = ip[:8] + bytes([64]) + ip[9:10] + b"\0\0" + ip[16:20] + ip[12:16]
    return (frame[6:12] + frame[0:6] + frame[12:14] + with_csum(ip, 10)
            + with_csum(b"\0" + icmp[1:], 2))


def ttl_decremented(frame: bytes) -> bytes:
    ip = frame[14:34]
    return frame[:14] + with_csum(ip[:8] + bytes([ip[8] - 1]) + ip[9:], 10) + frame[34:]


def udp_bounced(frame: bytes) -> bytes:
    ip, udp = frame[14:34], frame[34:]
    return (frame[6:12] + frame[0:6] + frame[12:14] + ip[:12] + ip[16:20] + ip[12:16]
            + udp[2:4] + udp[0:2] + udp[4:])


# (program, packet label, expected return value, expected frame afterwards (None: unchanged))
HAND = [
    ("icmp_echo", "icmp_echo", XDP_TX, echo_reply),
    ("icmp_echo", "udp_echo_ping", XDP_PASS, None),
    ("mac_swap_tx", "udp_echo_ping", XDP_TX, udp_bounced),
    ("mac_swap_tx", "dns_query", XDP_PASS, None),
    ("ttl_decrement", "dns_query", XDP_PASS, ttl_decremented),
    ("ttl_decrement", "ipv4_router_alert_igmp", XDP_DROP, None),       # TTL 1
    ("ipv4_csum", "dns_query", XDP_PASS, None),
    ("ipv4_csum", "ipv4_router_alert_igmp", XDP_PASS, None),           # IHL 6: an option word
    ("ipv4_csum", "ipv4_bad_csum", XDP_DROP, None),
    ("ethertype_filter", "lldp", XDP_DROP, None),
    ("ethertype_filter", "ipv6_tcp_qinq", XDP_PASS, None),
    ("tcp_flags", "tcp_xmas", XDP_DROP, None),
    ("tcp_flags", "tcp_syn_opts", XDP_PASS, None),
    ("dns_check", "dns_query", XDP_PASS, None),
    ("dns_check", "dns_response", XDP_DROP, None),
]


@pytest.mark.parametrize("isa", [BASE, FULL], ids=["base", "zba-zbb-c"])
def test_programs_match_hand_computed_results(by_name, packets, isa):
    frames = dict(packets)
    for prog, label, want_ret, transform in HAND:
        for mcpu in ("v1", "v2", "v3"):
            e = by_name[f"{prog}.{mcpu}"]
            frame = frames[label]
            want = transform(frame) if transform else frame
            img = compile_program(e.code(), isa, prog_type="xdp")
            ret, out = corpus.run_xdp(img.code, frame, isa, backend_for(isa))
            assert (ret, out.hex()) == (want_ret, want.hex()), f"{e.name} on {label}"


def test_hand_results_are_checked_against_valid_checksums(packets):
    """The transforms above produce frames whose checksums verify (so they are not
    vacuous), and the ICMP reply is not the request."""
    frame = dict(packets)["icmp_echo"]
    reply = echo_reply(frame)
    assert reply != frame and csum(reply[14:34]) == 0 and csum(reply[34:]) == 0
    assert csum(ttl_decremented(dict(packets)["dns_query"])[14:34]) == 0


# --- the kernel: verifier and interpreter, one VM boot -------------------------------------------

# Checks of the checks: a branch only the verifier can decide (clang is told nothing about k),
# which it hard-wires, removing the dead side; and a packet read without a bounds check.
DEAD_BRANCH = r'''/* the verifier knows k; clang does not */
#include "common.h"
SEC("xdp") int dead_branch(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	if (data + 14 > end)
		return XDP_DROP;
	int k = 3;
	asm volatile("" : "+r"(k));
	return k == 3 ? XDP_PASS : XDP_TX;
}
char _license[] SEC("license") = "GPL";
'''
UNCHECKED = r'''/* no bounds check */
#include "common.h"
SEC("xdp") int unchecked(struct xdp_md *ctx)
{
	__u8 *data = (void *)(long)ctx->data;
	return data[12] == 8 ? XDP_PASS : XDP_DROP;
}
char _license[] SEC("license") = "GPL";
'''


def guards_asm() -> str:
    """PROGRAM as an object's function (clang 14 emits no BPF MOD, so it is written out)."""
    quads = "".join(f"\t.quad {int.from_bytes(s, 'little'):#018x}\n" for s in PROGRAM)
    return ('\t.section xdp,"ax",@progbits\n\t.globl guards\n\t.type guards,@function\n'
            f'guards:\n{quads}\t.size guards, .-guards\n'
            '\t.section license,"aw",@progbits\n\t.globl _license\n_license:\n\t.asciz "GPL"\n')


@pytest.fixture(scope="module")
def mutants(tmp_path_factory, entries):
    d = tmp_path_factory.mktemp("mutants")
    (d / "dead_branch.c").write_text(DEAD_BRANCH)
    (d / "unchecked.c").write_text(UNCHECKED)
    (d / "guards.s").write_text(guards_asm())
    built = corpus.build(d / "out", [d / "dead_branch.c", d / "unchecked.c", d / "guards.s"])
    return [e for e in built if e.mcpu == "v2"]


@pytest.fixture(scope="module")
def kernel(entries, mutants, packets):
    return corpus.vm_check(entries + mutants, packets)


@need_vm
def test_vm_verifier_accepts_every_object_unchanged(entries, kernel):
    assert kernel.release.startswith("6.1"), kernel.release
    assert kernel.bad_lines == 0
    verdicts = corpus.verdicts(entries, kernel)
    refused = {n: log[-3000:] for n, (ok, log) in verdicts.items() if not ok}
    assert not refused, "\n\n".join(f"{n}:\n{log}" for n, log in refused.items())
    # the zero guards of DIV/MOD by a register were part of it (arith64 divides by packet
    # values), and the interpreter, not a JIT, ran the programs
    guarded = [e for e in entries if len(kernel.loads[e.name].xlated) > len(e.code())]
    assert {e.source.stem for e in guarded} >= {"arith64"}
    assert kernel.jit_enable == 0 and all(kernel.loads[e.name].jited == 0 for e in entries)


@need_vm
def test_vm_rewrite_detection_has_teeth(mutants, kernel):
    dead, unchecked, guards = mutants
    assert guards.code() == b"".join(PROGRAM)
    assert kernel.loads[guards.name].xlated == b"".join(XLATED)    # the hand-written rewrite
    ld = kernel.loads[dead.name]
    assert ld.ok and len(ld.xlated) < len(dead.code())          # the kernel removed code
    assert corpus.xlated_diff(dead.code(), ld.xlated)
    ok, log = corpus.verdicts([dead], kernel)[dead.name]
    assert not ok and "rewrote" in log
    ok, log = corpus.verdicts([unchecked], kernel)[unchecked.name]
    assert not ok and "invalid access to packet" in log, log[-2000:]
    assert kernel.runs[(unchecked.name, 0)].retval is None


@need_vm
def test_vm_packets_exercise_the_programs(entries, kernel, packets):
    """The sample packets reach more than one outcome of every program, and every action."""
    outcomes = defaultdict(set)
    for e in entries:
        for k, (_, frame) in enumerate(packets):
            r = kernel.runs[(e.name, k)]
            assert r.retval is not None, f"{e.name} on {packets[k][0]}: {r.error}"
            outcomes[e.source.stem].add((r.retval, r.data != frame))
    few = {s: o for s, o in outcomes.items() if len(o) < 2}
    assert not few, few
    actions = {ret for o in outcomes.values() for ret, _ in o}
    assert actions == {XDP_ABORTED, XDP_DROP, XDP_PASS, XDP_TX}
    assert sum(changed for o in outcomes.values() for _, changed in o) >= 6


@need_vm
@pytest.mark.parametrize("isa", [BASE, C, FULL], ids=["base", "c", "zba-zbb-c"])
def test_vm_kernel_and_rvjit_agree(entries, kernel, packets, isa):
    """Every object on the sample packets: the kernel's return value and packet afterwards
    equal rvjit's code's on the emulator, compiled from the object and (where they differ,
    with DIV by a register) from what an offload device receives.  Under qemu (Zba/Zbb: one
    process per run) each object runs on two packets per distinct kernel outcome instead
    of all of them."""
    backend = backend_for(isa)
    bad, runs = [], 0
    for e in entries:
        images = [compile_program(code, isa, prog_type="xdp").code
                  for code in dict.fromkeys([e.code(), corpus.offload_view(e.code())])]
        chosen, seen = [], []
        for k, (_, frame) in enumerate(packets):
            r = kernel.runs[(e.name, k)]
            outcome = (r.retval, r.data != frame)
            if backend == "unicorn" or seen.count(outcome) < 2:
                seen.append(outcome)
                chosen.append(k)
        for k in chosen:
            label, frame = packets[k]
            want = kernel.runs[(e.name, k)]
            for img in images:
                got = corpus.run_xdp(img, frame, isa, backend)
                runs += 1
                if (want.retval, want.data) != got:
                    bad.append(f"{e.name} on {label}: kernel {want.retval} {want.data.hex()}, "
                               f"rvjit {got[0]} {got[1].hex()}")
    assert not bad, f"{len(bad)} of {runs} runs differ:\n" + "\n".join(bad[:10])
    assert runs >= (len(entries) * len(packets) if backend == "unicorn" else 2 * len(entries))
