"""Whole programs with calls, maps and tail calls (docs/abi.md), compiled and run on the
emulator with a runtime table (rvjit.emulator.call_with_runtime) whose helpers return a
constant and leave garbage in every other caller-saved register, as a real callee may.

The expected results are worked out by hand from the programs below (each says what it
computes), so the driver's layout, the frames and the rules are checked together: callee-saved
registers across calls, R10 per frame, arguments and return values, map slots, the tail call's
bounds, count and NULL checks.
"""
from __future__ import annotations

import struct

import pytest

from rvjit import bpf, emulator, listing
from rvjit.jit import JitError, compile_program
from rvjit.program import MapSpec, Program
from semantics.ebpf import ADD, ALU64, LDX, MEM, MOV, SIZE_DW, SIZE_W, ST, STX, SUB, X
from tests.asm import (alu64, call, call_local, exit_, insn, ld_func, ld_map, ld_map_value,
                       mov64, tail_call)

ISAS = [frozenset(), frozenset({"c"})]
PROG_ARRAY = MapSpec("progs", 3, 4, 4, 8)
ARRAY = MapSpec("arr", 2, 4, 16, 1)
HASH = MapSpec("hash", 1, 4, 8, 16)


def ldx(size, dst, src, off):
    return insn(LDX | MEM | size, dst, src, off)


def stx(size, dst, src, off):
    return insn(STX | MEM | size, dst, src, off)


def st(size, dst, off, imm):
    return insn(ST | MEM | size, dst, 0, off, imm)


def mov(dst, src):
    return alu64(MOV, dst, src)


def run(code, isa, **kw):
    img = compile_program(code, isa)
    return img, emulator.call_with_runtime(img.code, isa=isa, **kw)


@pytest.mark.parametrize("isa", ISAS, ids=["base", "c"])
def test_helper_calls_keep_r6_to_r10(isa):
    """R6-R9 and the stack survive two calls of a helper that clobbers every caller-saved
    register; R0 is its return value."""
    code = (mov64(6, 11) + mov64(7, 22) + mov64(8, 33) + mov64(9, 44) + st(SIZE_DW, 10, -8, 55)
            + call(5) + stx(SIZE_DW, 10, 0, -16) + call(7) + ldx(SIZE_DW, 1, 10, -16)
            + alu64(ADD, 0, 1)                                            # 2000 + 1000
            + alu64(ADD, 0, 6) + alu64(ADD, 0, 7) + alu64(ADD, 0, 8) + alu64(ADD, 0, 9)
            + ldx(SIZE_DW, 2, 10, -8) + alu64(ADD, 0, 2) + exit_())
    img, r = run(code, isa, helpers={5: 1000, 7: 2000})
    assert r.result.a0 == 3000 + 11 + 22 + 33 + 44 + 55
    assert img.helpers == (5, 7) and img.functions[0].frame == "frame_ra_s1_s2_s3_s4_s5_s6_stack"


@pytest.mark.parametrize("isa", ISAS, ids=["base", "c"])
def test_helper_gets_its_arguments(isa):
    """R1-R5 arrive in a0-a4: a helper that returns a0 + 2*a1 + 3*a2 + 4*a3 + 5*a4."""
    from rvjit import encode as E
    ws = [E.rv_addi(5, 11, 0), E.rv_add(10, 10, 5), E.rv_add(10, 10, 5),          # + 2*a1
          E.rv_addi(5, 12, 0), *[E.rv_add(10, 10, 5)] * 3,                          # + 3*a2
          E.rv_addi(5, 13, 0), *[E.rv_add(10, 10, 5)] * 4,                          # + 4*a3
          E.rv_addi(5, 14, 0), *[E.rv_add(10, 10, 5)] * 5,                          # + 5*a4
          E.rv_jalr(0, 1, 0)]
    weigh = b"".join(w.to_bytes(4, "little") for w in ws)
    code = (mov64(1, 1) + mov64(2, 10) + mov64(3, 100) + mov64(4, 1000) + mov64(5, 10000)
            + call(8) + exit_())
    img = compile_program(code, isa)
    blob = img.code + bytes(-len(img.code) % 4)
    data = bytes(8 * 9)
    code_addr, mem_addr = emulator.addresses(len(blob) + len(weigh), len(data))
    table = bytearray(data)
    struct.pack_into("<Q", table, 8 * 8, code_addr + len(blob))
    res = emulator.call(blob + weigh, {10: 0, 11: mem_addr, 12: 33}, bytes(table), isa)
    assert res.a0 == 1 + 20 + 300 + 4000 + 50000


@pytest.mark.parametrize("isa", ISAS, ids=["base", "c"])
def test_bpf_to_bpf_calls(isa):
    """main: *(r10 - 8) = 7; r6 = 1000; sub(r10 - 8) + *(r10 - 8) + r6, where sub(p) writes
    9 to *p, uses its own stack and R6, and returns *p (7) + 100 + helper 5 (3)."""
    main = (st(SIZE_DW, 10, -8, 7) + mov64(6, 1000) + mov(1, 10) + alu64(ADD, 1, imm=-8)
            + call_local(4) + ldx(SIZE_DW, 3, 10, -8) + alu64(ADD, 0, 3) + alu64(ADD, 0, 6)
            + exit_())
    sub = (mov(6, 1) + ldx(SIZE_DW, 7, 1, 0) + st(SIZE_DW, 10, -8, 100) + st(SIZE_DW, 1, 0, 9)
           + call(5) + alu64(ADD, 0, 7) + ldx(SIZE_DW, 2, 10, -8) + alu64(ADD, 0, 2) + exit_())
    img, r = run(main + sub, isa, helpers={5: 3})
    assert r.result.a0 == (7 + 100 + 3) + 9 + 1000
    assert [f.start for f in img.functions] == [0, 9]
    # each frame has its 512-byte stack, ra and what it saves
    assert img.stack_bytes == 2 * (512 + 32)


@pytest.mark.parametrize("isa", ISAS, ids=["base", "c"])
def test_eight_frames(isa):
    """A chain of 8 functions (Linux's MAX_CALL_FRAMES), each adding its depth to R0 with
    R6 kept across the call: 1 + 2 + ... + 8."""
    funcs = []
    for d in range(1, 9):
        body = mov64(6, d)
        body += call_local(2) + alu64(ADD, 0, 6) + exit_() if d < 8 else mov(0, 6) + exit_()
        funcs.append(body)
    img, r = run(b"".join(funcs), isa)
    assert r.result.a0 == sum(range(1, 9)) and len(img.functions) == 8


@pytest.mark.parametrize("isa", ISAS, ids=["base", "c"])
def test_map_references(isa):
    """map[0] is an ARRAY (value base used, offsets 0, 8, 1000), map[1] a HASH (handle)."""
    value = struct.pack("<QQ", 5, 6) + bytes(984) + struct.pack("<Q", 7)
    code = (ld_map_value(1, 0) + ldx(SIZE_DW, 0, 1, 0)
            + ld_map_value(1, 0, 8) + ldx(SIZE_DW, 2, 1, 0) + alu64(ADD, 0, 2)
            + ld_map_value(1, 0, 1000) + ldx(SIZE_DW, 2, 1, 0) + alu64(ADD, 0, 2)
            + ld_map(3, 1) + ldx(SIZE_W, 2, 3, 0) + alu64(ADD, 0, 2) + exit_())
    img = compile_program(Program("m", code, [ARRAY, HASH]), isa)
    r = emulator.call_with_runtime(img.code, maps=[value, struct.pack("<I", 1 << 20)], isa=isa)
    assert r.result.a0 == 5 + 6 + 7 + (1 << 20)
    assert [f.rule for f in img.fragments if f.insn.code == 0x18] == [
        "ld_map_value", "ld_map_value_addi", "ld_map_value_addi", "ld_map"]


def test_map_value_offsets_choose_their_form():
    forms = {}
    for off in (0, 2047, 2048, 0x1000, 0x12345, (1 << 31) - 1, 1 << 31, (1 << 32) - 1):
        img = compile_program(Program("m", ld_map_value(1, 0, off) + exit_(), [ARRAY]))
        forms[off] = img.fragments[0].rule
    assert forms == {0: "ld_map_value", 2047: "ld_map_value_addi", 2048: "ld_map_value_lui_addiw",
                     0x1000: "ld_map_value_lui", 0x12345: "ld_map_value_lui_addiw",
                     (1 << 31) - 1: "ld_map_value_lui_addiw", 1 << 31: "ld_map_value_uw",
                     (1 << 32) - 1: "ld_map_value_uw"}
    img = compile_program(Program("m", ld_map_value(1, 0, 1 << 31) + exit_(), [ARRAY]), {"zba"})
    assert img.fragments[0].rule == "ld_map_value_uw_zba"


@pytest.mark.parametrize("isa", ISAS, ids=["base", "c"])
def test_function_reference(isa):
    """r1 = the address of the subprogram (a callback's), R0 = r1 - the entry of the program:
    the subprogram's offset in the image."""
    code = ld_func(1, 3) + mov(0, 1) + exit_() + mov64(0, 1) + exit_()
    img = compile_program(code, isa)
    r = emulator.call_with_runtime(img.code, isa=isa)
    code_addr, _ = emulator.addresses(len(img.code) + (-len(img.code) % 4), len(r.result.mem))
    assert r.result.a0 - code_addr == img.functions[1].entry and img.functions[1].callback


def tail_program(target_slot, then=()):
    """R1 += 1; tail call slot `target_slot` of map 0; (without a tail call) R0 = R1 + 1000."""
    return Program("t", alu64(ADD, 1, imm=1) + mov(6, 1) + ld_map(2, 0) + mov64(3, target_slot)
                   + tail_call() + mov(0, 6) + alu64(ADD, 0, imm=1000) + exit_(), [PROG_ARRAY])


@pytest.mark.parametrize("isa", ISAS, ids=["base", "c"])
def test_tail_calls(isa):
    leaf = compile_program(Program("leaf", mov(0, 1) + alu64(ADD, 0, imm=50) + exit_(),
                                   [PROG_ARRAY]), isa)
    first = compile_program(tail_program(1), isa)
    call = lambda slots, **kw: emulator.call_with_runtime(first.code, maps=[slots], isa=isa,
                                                          programs=[leaf.code], r1=0, **kw).result.a0
    assert call([None, 1]) == 1 + 50                  # into the leaf, with the context
    assert call([None, None]) == 1 + 1000             # NULL entry: go on
    assert call([None]) == 1 + 1000                   # index out of range
    assert call([None, 1], tail_calls_left=0) == 1 + 1000
    self_ = compile_program(tail_program(0), isa)     # into itself until the count is out
    for left in (33, 3, 1):
        r = emulator.call_with_runtime(self_.code, maps=[[0]], isa=isa, r1=0, tail_calls_left=left)
        assert r.result.a0 == (left + 1) + 1000
    assert first.tail_calls and first.prog_arrays == (0,) and first.functions[0].stub_offset


def test_tail_calls_index_is_32_bits():
    """bpf_tail_call's index is u32: R3 = 2^32 + 1 takes slot 1."""
    leaf = compile_program(Program("leaf", mov64(0, 7) + exit_(), [PROG_ARRAY]))
    code = (ld_map(2, 0) + insn(0x18, 3, 0, 0, 1) + insn(0, imm=1) + tail_call() + mov64(0, 9)
            + exit_())
    img = compile_program(Program("t", code, [PROG_ARRAY]))
    r = emulator.call_with_runtime(img.code, maps=[[None, 1]], programs=[leaf.code], r1=0)
    assert r.result.a0 == 7


def test_context_loads_by_program_type():
    """The XDP device context: data, data_end and data_meta are 64-bit fields after xdp_md's
    (docs/abi.md section 5); the packet's length is data_end - data whatever its address."""
    code = (ldx(SIZE_W, 2, 1, 0) + ldx(SIZE_W, 3, 1, 4) + mov(0, 3) + alu64(SUB, 0, 2)
            + ldx(SIZE_W, 4, 1, 12) + alu64(ADD, 0, 4) + exit_())
    img = compile_program(code, prog_type="xdp")
    assert [f.rule for f in img.fragments[:2]] == ["ctx_xdp_data", "ctx_xdp_data_end"]
    assert img.fragments[4].rule == "ldx_w_off12"            # ingress_ifindex: as it is
    for n in (0, 14, 1500):
        assert emulator.run_program(img.code, "xdp", bytes(n)).a0 == n + 1
    raw = compile_program(code)                               # a plain buffer: loads as written
    assert [f.rule for f in raw.fragments[:2]] == ["ldx_w_off12"] * 2
    tc = compile_program(ldx(SIZE_W, 2, 1, 76) + ldx(SIZE_W, 3, 1, 80) + mov(0, 3)
                         + alu64(SUB, 0, 2) + exit_(), prog_type="sched_cls")
    assert emulator.run_program(tc.code, "sched_cls", bytes(60)).a0 == 60


def test_context_through_copies_spills_and_calls():
    """The analysis follows the context through a copy, an 8-byte spill and fill, a helper
    call that only reads the stack (a map lookup's key) and a bpf-to-bpf call's argument; a
    helper that may write the stack (get_current_comm) leaves the spill maybe-data."""
    code = (mov(6, 1) + stx(SIZE_DW, 10, 6, -16) + ldx(SIZE_DW, 7, 10, -16)
            + ldx(SIZE_W, 0, 7, 4)                                 # data_end via the fill
            + mov(1, 7) + call_local(1) + exit_()
            + ldx(SIZE_W, 0, 1, 0) + exit_())                      # the callee reads data
    img = compile_program(code, prog_type="xdp")
    assert [f.rule for f in img.fragments if f.insn.code == 0x61] == ["ctx_xdp_data_end",
                                                                      "ctx_xdp_data"]
    spilled = lambda helper: (stx(SIZE_DW, 10, 1, -8) + mov(1, 10) + alu64(ADD, 1, imm=-16)
                              + mov64(2, 8) + call(helper) + ldx(SIZE_DW, 1, 10, -8)
                              + ldx(SIZE_W, 0, 1, 0) + exit_())
    img = compile_program(spilled(1), prog_type="xdp")
    assert img.fragments[-2].rule == "ctx_xdp_data"
    with pytest.raises(JitError, match="r1 is the context on some paths and not on others"):
        compile_program(spilled(16), prog_type="xdp")


def test_refusals_name_the_instruction():
    def refused(code, words, index, **kw):
        with pytest.raises(bpf.BpfError) as e:
            compile_program(code, **kw)
        assert e.value.index == index and words in e.value.msg, e.value

    refused(Program("p", ld_map(1, 2) + exit_(), [ARRAY]), "map index 2, and the program has 1", 0)
    refused(Program("p", ld_map_value(1, 0) + exit_(), [HASH]), "no direct value access", 0)
    refused(Program("p", ld_map(2, 0) + tail_call() + exit_(), [ARRAY]), "not a PROG_ARRAY", 2)
    refused(mov64(2, 0) + tail_call() + exit_(), "R2 is not a map reference on every path", 1)
    refused(insn(0x15, 1, 0, 1) + mov64(2, 1) + tail_call() + exit_(),
            "R2 is not a map reference on every path", 2)
    refused(ldx(SIZE_W, 0, 1, 144) + exit_(), "is a host kernel object", 0, prog_type="sched_cls")


def test_listing_shows_every_function():
    code = mov64(1, 5) + call_local(1) + exit_() + mov(0, 1) + call(5) + exit_()
    text = listing.render(compile_program(code))
    assert "main function (entry 0x0, frame_ra_s6)" in text
    assert "subprogram at insn 3" in text and "call 5 (ktime_get_ns)" in text
    assert "jalr" in text and "helpers 5" in text


def whole_programs():
    """(program, program type) of every kind this file compiles: for the C driver's byte
    identity (tests/kmod/test_c_emitter.py) and the listing."""
    chain = b"".join(mov64(6, d) + call_local(2) + alu64(ADD, 0, 6) + exit_() for d in range(7))
    return [
        (mov64(6, 11) + st(SIZE_DW, 10, -8, 55) + call(5) + stx(SIZE_DW, 10, 0, -16) + call(7)
         + ldx(SIZE_DW, 1, 10, -16) + alu64(ADD, 0, 1) + exit_(), None),
        (mov64(1, 1) + mov64(5, 10000) + call(200) + call(1000 // 8) + exit_(), None),
        (st(SIZE_DW, 10, -8, 7) + mov(1, 10) + alu64(ADD, 1, imm=-8) + call_local(1) + exit_()
         + mov(6, 1) + call(5) + alu64(ADD, 0, 6) + exit_(), None),
        (chain + mov(0, 6) + exit_(), None),
        (Program("m", ld_map_value(1, 0) + ld_map_value(2, 0, 8) + ld_map_value(3, 0, 1 << 31)
                 + ld_map(4, 1) + ldx(SIZE_W, 0, 4, 0) + exit_(), [ARRAY, HASH]), None),
        (ld_func(1, 3) + mov(0, 1) + exit_() + mov64(0, 1) + exit_(), None),
        (tail_program(1), None),
        (Program("t", ld_map(2, 0) + insn(0x18, 3, 0, 0, 1) + insn(0, imm=1) + tail_call()
                 + call_local(1) + exit_() + mov64(0, 1) + call(8) + exit_(), [PROG_ARRAY]), None),
        (ldx(SIZE_W, 2, 1, 0) + ldx(SIZE_W, 3, 1, 4) + ldx(SIZE_W, 4, 1, 8)
         + ldx(SIZE_W, 5, 1, 12) + mov(0, 3) + alu64(SUB, 0, 2) + exit_(), "xdp"),
        (ldx(SIZE_W, 2, 1, 76) + ldx(SIZE_W, 3, 1, 80) + ldx(SIZE_W, 4, 1, 140)
         + stx(SIZE_W, 1, 3, 8) + mov(0, 3) + exit_(), "sched_cls"),
        (mov(6, 1) + stx(SIZE_DW, 10, 6, -16) + ldx(SIZE_DW, 7, 10, -16) + ldx(SIZE_W, 0, 7, 4)
         + mov(1, 7) + call_local(1) + exit_() + ldx(SIZE_W, 0, 1, 0) + exit_(), "xdp"),
    ]


def test_whole_programs_compile_and_list():
    for prog, ptype in whole_programs():
        img = compile_program(prog, prog_type=ptype)
        assert listing.render(img).count("epilogue:") == len(img.functions)


HOST_C = r"""
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include "rvoff_abi.h"

/* Real psABI helpers, compiled by GCC: they use (and clobber) what they like. */
static __u64 weigh(__u64 a, __u64 b, __u64 c, __u64 d, __u64 e)
{
	volatile char buf[256];
	for (int i = 0; i < 256; i++)
		buf[i] = (char)(a + i);
	return a + 2 * b + 3 * c + 4 * d + 5 * e + (buf[7] - (char)(a + 7));
}

static __u64 twice(__u64 a, __u64 b, __u64 c, __u64 d, __u64 e)
{
	return 2 * a + (b & 0) + (c & 0) + (d & 0) + (e & 0);
}

static const unsigned char image[] = { IMAGE };

int main(void)
{
	static __u64 table[64 + 256];
	__u64 *rt = table + 64, value[2] = { 40, 2 };
	unsigned char *code = mmap(NULL, sizeof(image), PROT_READ | PROT_WRITE | PROT_EXEC,
				   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	__u64 (*entry)(void *, const void *, __u64);

	if (code == MAP_FAILED)
		return 2;
	memcpy(code, image, sizeof(image));
	__builtin___clear_cache((char *)code, (char *)code + sizeof(image));
	rt[RVOFF_HELPER(8) / 8] = (__u64)weigh;
	rt[RVOFF_HELPER(5) / 8] = (__u64)twice;
	rt[RVOFF_MAP_VALUE(0) / 8] = (__u64)value;
	entry = (void *)code;
	printf("%llu\n", (unsigned long long)entry(NULL, rt, RVOFF_MAX_TAIL_CALL_CNT));
	printf("%llu\n", (unsigned long long)rvoff_call_callback(code + CALLBACK, rt, 7, 0, 0, 0, 0));
	return 0;
}
"""


def test_calls_into_gcc_built_helpers_and_callbacks_from_c(tmp_path):
    """The ABI with real components: the image, run under qemu-riscv64, calls helpers GCC
    compiled (riscv64-linux-gnu-gcc, psABI callees that clobber what they like) through its
    runtime table, and C calls one of its functions back through rvoff_abi.h's
    rvoff_call_callback (s6 = the runtime table)."""
    import shutil
    import subprocess
    from rvjit.gen import C_DIR, ROOT
    if not (shutil.which("riscv64-linux-gnu-gcc") and emulator.qemu_available()):
        pytest.fail("needs riscv64-linux-gnu-gcc and qemu-riscv64-static")
    # main: R6..R9 live across the calls; R0 = weigh(1, 10, 100, 1000, 10000) + R6..R9
    #       + value[0] + value[1] (map 0's value base); the callback: twice(R1) + 1.
    main = (mov64(6, 6) + mov64(7, 7) + mov64(8, 8) + mov64(9, 9) + mov64(1, 1) + mov64(2, 10)
            + mov64(3, 100) + mov64(4, 1000) + mov64(5, 10000) + call(8) + alu64(ADD, 0, 6)
            + alu64(ADD, 0, 7) + alu64(ADD, 0, 8) + alu64(ADD, 0, 9) + ld_map_value(1, 0)
            + ldx(SIZE_DW, 2, 1, 0) + alu64(ADD, 0, 2) + ldx(SIZE_DW, 2, 1, 8) + alu64(ADD, 0, 2)
            + ld_func(3, 2) + exit_())
    cb = call(5) + alu64(ADD, 0, imm=1) + exit_()
    img = compile_program(Program("p", main + cb, [ARRAY]))
    src = HOST_C.replace("IMAGE", ", ".join(str(b) for b in img.code)) \
        .replace("CALLBACK", str(img.functions[1].entry))
    (tmp_path / "host.c").write_text(src)
    exe = tmp_path / "host"
    subprocess.run(["riscv64-linux-gnu-gcc", "-O2", "-static", "-Wall", "-Werror",
                    f"-I{ROOT / C_DIR}", str(tmp_path / "host.c"), "-o", str(exe)], check=True)
    out = subprocess.run([shutil.which("qemu-riscv64-static") or "qemu-riscv64", str(exe)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [str(54321 + 6 + 7 + 8 + 9 + 42), str(2 * 7 + 1)]
