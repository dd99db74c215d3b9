"""The Linux kernel's own JIT test suite, lib/test_bpf.c (linux-source-6.1), through rvjit
(rvlab.conformance; `make conformance` prints the full report).

Every eBPF test rvjit supports must pass, for the base ISA and with Zba/Zbb/C, and at least
MIN_PASSED must be supported.  Observed (Linux 6.1.192 source, base ISA): 894 passed, 0
failed, 8 unsupported of 902 (739/0/163 before atomics, calls and tail calls); the unsupported
ones use MOV X with imm=1 (2, reserved by RFC 9669) or end with an instruction other than
EXIT/JA (6).  The tail call suite (tail calls through a PROG_ARRAY, helper calls, 1000 runs
each) passes whole.

Slow: almost all of the time is rvjit's Python JIT compiling the 150 fill-helper programs
of more than 20000 slots (14.3 of the suite's 14.4 million eBPF slots, up to 200k per program,
e.g. "ALU64_ADD_X: all register value magnitudes", 3-20 s each on a busy machine).  To keep
CI in its budget, each of them runs under one of the two ISA settings here (alternately, so
every one runs once), and every smaller test under both; `make conformance`, or
RVJIT_CONFORMANCE_FULL=1, runs every test under both.
Also checked here: the extraction and the interpretation of the suite's flags, through
programs whose outcome is known independently of rvjit.
"""
import os
import struct
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))

from rvjit import bpf, emulator, jit                                    # noqa: E402
from rvlab import conformance as C                                      # noqa: E402

MIN_PASSED = 894
ISAS = ["", "zba,zbb,c"]


@pytest.fixture(scope="module")
def suite():
    try:
        path = C.extract()
    except C.ExtractError as e:
        pytest.skip(f"lib/test_bpf.c not available: {e}")
    return C.cases(C.load(path))


def test_extraction_is_the_kernels_table(suite):
    cases, classic = suite
    by_name = {c.name: c for c in cases if c.suite == "test_bpf"}
    assert len(by_name) + len(classic) > 1000
    assert all(r["type"] == "classic" for r in classic)
    # a static test: "INT: ADD trivial" (R1 = 1; R1 += 2; R2 = 3; R1 -= R2; R1 += -1; R1 *= 3;
    # R0 = R1; exit) -> 0xfffffffd
    t = by_name["INT: ADD trivial"]
    assert t.subtests[0].result == 0xFFFFFFFD and t.ctx == "skb"
    assert bpf.disasm(bpf.decode(t.code)[0]) == "r1 = 1"
    # a fill helper's program (bpf_fill_max_jmp_taken: 32772 slots, starts with LD_IMM64)
    t = by_name["Long conditional jump: taken at runtime"]
    assert t.slots == 0x7FFF + 5 and bpf.decode(t.code)[0].imm64 == 0x0123456789ABCDEF
    # byte order: the little-endian variant of an #ifdef __BIG_ENDIAN test
    t = by_name["STX_MEM_DW: Store double word: first word in memory"]
    assert t.subtests[0].result == 0x89ABCDEF
    # flags -> what R1 points to
    assert by_name["BPF_LDX_MEM | BPF_B, large positive offset"].subtests[0].mem == bytes(4096 + 16)
    assert all(s.mem == b"" for c in cases if c.flags & C.FLAG_NO_DATA and c.suite == "test_bpf"
               for s in c.subtests)
    tail = [c for c in cases if c.suite == "tail_calls"]
    assert len(tail) == 10 and tail[0].name == "Tail call leaf"


def test_r1_liveness():
    ins = lambda raw: bpf.decode(raw)
    r = lambda code, dst=0, src=0, off=0, imm=0: struct.pack("<BBhi", code, src << 4 | dst, off, imm)
    exit_ = r(0x95)
    assert not C.reads_r1(ins(r(0xB7, 0, imm=1) + exit_))                  # r0 = 1
    assert C.reads_r1(ins(r(0xBF, 0, 1) + exit_))                          # r0 = r1
    assert not C.reads_r1(ins(r(0xAF, 1, 1) + r(0xBF, 0, 1) + exit_))      # r1 ^= r1; r0 = r1
    # r1 read only on the branch not taken ... and on the taken one it is written first
    prog = r(0x15, 0, imm=0, off=1) + r(0xBF, 0, 1) + exit_
    assert C.reads_r1(ins(prog))
    prog = r(0xB7, 1, imm=7) + r(0x15, 0, imm=0, off=1) + r(0xBF, 0, 1) + exit_
    assert not C.reads_r1(ins(prog))


def test_unsupported_features_are_named():
    r = lambda code, dst=0, src=0, off=0, imm=0: struct.pack("<BBhi", code, src << 4 | dst, off, imm)
    exit_ = r(0x95)
    for code, want in [(r(0x20, imm=12) + exit_, "LD_ABS"),                  # ld_abs w [12]
                       (r(0x50, src=1, imm=0) + exit_, "LD_ABS"),            # ld_ind b [r1]
                       (r(0xD3, 10, 1, -8, 0x01) + exit_, "atomic"),        # fetch add, B
                       (r(0x85, imm=0) + exit_, "helper calls"),      # no such helper id
                       (r(0x18, 1, 1, 0, 3) + r(0) + exit_, "LD_IMM64 pseudo"),
                       (r(0xF5) + exit_, "tail calls"),
                       (exit_ + r(0xB7, 0, imm=1), "EXIT/JA")]:
        with pytest.raises(bpf.BpfError) as e:
            bpf.decode(code)
        assert want in C.feature(code, e.value), (want, C.feature(code, e.value))


def test_a_wrong_result_is_a_failure_with_a_listing():
    code = struct.pack("<BBhi", 0xB7, 0, 0, 5) + struct.pack("<BBhi", 0x95, 0, 0, 0)
    case = C.Case("test_bpf", 0, "r0 = 5", C.INTERNAL | C.FLAG_NO_DATA, code,
                  [C.Subtest(0, 6, b"")], "none")
    o = C.run_case(case)
    assert o.status == "F" and "expected 0x6, got 0x5" in o.detail and "r0 = 5" in o.detail
    assert "semantics/ebpf.py: 0x5" in o.detail
    case.subtests = [C.Subtest(0, 5, b"")]
    assert C.run_case(case).status == "P"


@pytest.mark.parametrize("isa", ISAS, ids=["base", "zba-zbb-c"])
def test_kernel_suite(suite, isa):
    isa = jit.parse_isa(isa)
    if not isa <= emulator.UNICORN_ISA and not emulator.qemu_available():
        pytest.skip("qemu-riscv64-static needed for Zba/Zbb")
    cases, classic = suite
    selected = cases if os.environ.get("RVJIT_CONFORMANCE_FULL") else ci_share(cases, isa)
    outcomes = C.run_all(selected, isa, jobs=os.cpu_count() or 1)
    failed = [o for o in outcomes if o.status == "F"]
    passed = sum(o.status == "P" for o in outcomes)
    assert not failed, (f"{len(failed)} of lib/test_bpf.c's tests fail:\n\n"
                        + "\n\n".join(o.detail for o in failed[:10]))
    unsupported = len(cases) - MIN_PASSED
    assert passed >= len(selected) - unsupported, f"only {passed} of {len(selected)} tests passed"
    if selected is cases:
        assert passed >= MIN_PASSED, f"only {passed} tests passed"


BIG = 20000


def ci_share(cases, isa):
    """Every test of at most BIG slots, and every other bigger one: the base ISA takes the
    even ones, Zba/Zbb/C the odd ones, so the two runs together cover the whole suite."""
    big = [c for c in cases if c.slots > BIG]
    mine = set(map(id, big[(0 if not isa else 1)::2]))
    return [c for c in cases if c.slots <= BIG or id(c) in mine]


def test_the_ci_shares_cover_the_suite(suite):
    cases, _ = suite
    shares = [ci_share(cases, jit.parse_isa(i)) for i in ISAS]
    assert set(map(id, shares[0])) | set(map(id, shares[1])) == set(map(id, cases))
    assert all(len(s) < len(cases) for s in shares)
