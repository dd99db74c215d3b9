"""rvjit.emulator: both backends, call() and run_sequences()."""
import os
import random
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))

from rvjit import emulator as emu                                     # noqa: E402
from rvjit.emulator import EmulatorError, call, run_sequences        # noqa: E402
from rvjit.encode import FORMS, encode, i_type, s_type               # noqa: E402
from rvlab.validate_rv64 import rand_field, rand_value, straight_line  # noqa: E402

M64 = (1 << 64) - 1
RA, SP, A0, A1, A2, S11 = 1, 2, 10, 11, 12, 27
RET = encode("jalr", rd=0, rs1=RA, imm=0)

BACKENDS = [pytest.param("unicorn", marks=pytest.mark.skipif(
                not emu.unicorn_supports(()), reason="unicorn not installed")),
            pytest.param("qemu", marks=pytest.mark.skipif(
                not emu.qemu_available(), reason="qemu-riscv64-static not installed"))]
need_both = pytest.mark.skipif(not (emu.unicorn_supports(()) and emu.qemu_available()),
                               reason="needs unicorn and qemu")
need_qemu = pytest.mark.skipif(not emu.qemu_available(), reason="qemu-riscv64-static not installed")


def ld(rd, rs1, imm): return i_type(imm, rs1, 3, rd, 0b0000011).to_bytes(4, "little")
def lbu(rd, rs1, imm): return i_type(imm, rs1, 4, rd, 0b0000011).to_bytes(4, "little")
def sd(rs2, rs1, imm): return s_type(imm, rs2, rs1, 3, 0b0100011).to_bytes(4, "little")
def sb(rs2, rs1, imm): return s_type(imm, rs2, rs1, 0, 0b0100011).to_bytes(4, "little")


def e(mn, **f):
    return encode(mn, **f)


# --- call() -------------------------------------------------------------------------------------

@pytest.mark.parametrize("backend", BACKENDS)
def test_addi_ret(backend):
    code = e("addi", rd=A0, rs1=A0, imm=5) + RET
    assert call(code, {A0: 37}, backend=backend).a0 == 42
    assert call(code, {A0: -2}, backend=backend).a0 == 3
    r = call(code, {A0: -7}, backend=backend)
    assert r.a0 == (-2) & M64 and r.backend == backend and r.mem == b""


@pytest.mark.parametrize("backend", BACKENDS)
def test_eight_arguments_and_regs_at_return(backend):
    code = b"".join(e("add", rd=A0, rs1=A0, rs2=r) for r in range(11, 18)) + RET
    args = {10 + i: 1 << (3 * i) for i in range(8)}
    r = call(code, args, backend=backend)
    assert r.a0 == sum(args.values())
    assert len(r.regs) == 32 and r.regs[0] == 0 and r.regs[A0] == r.a0
    assert r.regs[RA] == emu.RET_ADDR
    assert all(r.regs[10 + i] == args[10 + i] for i in range(1, 8))
    assert all(r.regs[x] == 0 for x in range(3, 10))        # unset registers start at 0


@pytest.mark.parametrize("backend", BACKENDS)
def test_memory_writes_visible(backend):
    mem = bytes(range(32))
    code = (ld(A2, A0, 8)                       # a2 = old bytes 8..15
            + sd(A1, A0, 16)                    # buffer[16..24] = a1
            + sb(A1, A0, 31)                    # last byte
            + e("addi", rd=A0, rs1=A2, imm=0) + RET)
    r = call(code, {A1: 0x1122334455667788}, mem=mem, backend=backend)
    assert r.a0 == int.from_bytes(mem[8:16], "little")
    assert r.mem == mem[:16] + (0x1122334455667788).to_bytes(8, "little") + mem[24:31] + b"\x88"
    assert r.mem_addr % 8 == 0 and r.regs[A0] == r.a0


@pytest.mark.parametrize("backend", BACKENDS)
def test_stack_is_usable(backend):
    # a 64 KiB frame: store at its bottom, reload, restore sp
    code = (e("lui", rd=5, imm=0x10) + e("sub", rd=SP, rs1=SP, rs2=5)
            + sd(A0, SP, 0) + sd(RA, SP, 8) + e("addi", rd=A0, rs1=0, imm=0)
            + ld(A0, SP, 0) + ld(RA, SP, 8) + e("add", rd=SP, rs1=SP, rs2=5)
            + e("addi", rd=A0, rs1=A0, imm=1) + RET)
    r = call(code, {A0: 99}, backend=backend)
    assert r.a0 == 100
    assert r.regs[SP] % 16 == 0


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("what,code,args", [
    ("unmapped load", ld(A0, A0, 0) + RET, {A0: 0x123458}),
    ("unmapped store", sd(A0, A0, 0) + RET, {A0: 0x7000}),
    ("store to code", sd(A0, RA, 0) + RET, {}),                   # ra = RET_ADDR, in the text
    ("illegal instruction", b"\0\0\0\0" + RET, {}),
    ("ebreak", (0x00100073).to_bytes(4, "little") + RET, {}),
    ("jump to nowhere", e("jalr", rd=0, rs1=A0, imm=0), {A0: 0x40000000}),
    ("buffer overrun", lbu(A1, A0, 16) + RET, "mem16"),
])
def test_faults_raise(backend, what, code, args):
    mem = b""
    if args == "mem16":
        args, mem = {}, bytes(16)
    with pytest.raises(EmulatorError):
        call(code, args, mem=mem, backend=backend)


@pytest.mark.parametrize("backend", BACKENDS)
def test_infinite_loop_hits_the_limit(backend):
    with pytest.raises(EmulatorError, match="limit"):
        call(e("jal", rd=0, imm=0), backend=backend, step_limit=100000, time_limit=1.0)


@pytest.mark.skipif(not emu.unicorn_supports(()), reason="unicorn not installed")
def test_step_limit_counts_instructions():
    """unicorn counts instructions exactly (qemu has only the time limit)."""
    backend = "unicorn"
    loop = (e("add", rd=A1, rs1=A1, rs2=A0) + e("addi", rd=A0, rs1=A0, imm=-1)
            + e("bne", rs1=A0, rs2=0, imm=-8) + e("addi", rd=A0, rs1=A1, imm=0) + RET)
    assert call(loop, {A0: 100}, backend=backend, step_limit=302).a0 == 5050
    with pytest.raises(EmulatorError, match="limit"):
        call(loop, {A0: 100}, backend=backend, step_limit=301)


def test_bad_arguments():
    # a0 is the buffer's address unless args sets it (R1 = NULL with a runtime table mapped)
    assert call(RET, mem=b"x").a0 == call(RET, mem=b"x").mem_addr != 0
    assert call(RET, {A0: 1}, mem=b"x").a0 == 1
    for entry in (-4, 3, len(RET) + 4):
        with pytest.raises(EmulatorError, match="entry offset"):
            call(RET, entry=entry)
    for r in (0, RA, SP, 32):
        with pytest.raises(EmulatorError):
            call(RET, {r: 1})
    with pytest.raises(EmulatorError, match="unknown ISA"):
        call(RET, isa={"v"})
    with pytest.raises(EmulatorError, match="backend"):
        call(RET, backend="bochs")


def test_unicorn_has_no_zba_zbb():
    """unicorn 2.1.4 decodes Zba/Zbb as illegal: it must refuse (and auto must avoid) them."""
    assert emu.UNICORN_ISA == {"c"}
    if not emu.unicorn_supports(()):
        pytest.skip("unicorn not installed")
    code = e("sh1add", rd=A0, rs1=A0, rs2=A1) + RET
    lay = emu._Layout(len(code), 0)
    with pytest.raises(EmulatorError, match="illegal"):      # what unicorn does with them
        emu._call_unicorn(code, b"", emu._initial_regs({}, b"", lay), lay, 1000, 1.0)
    with pytest.raises(EmulatorError, match="unicorn"):
        call(code, isa={"zba"}, backend="unicorn")
    assert not emu.unicorn_supports({"zbb"}) and emu.unicorn_supports({"c"})


@need_qemu
def test_extensions_follow_isa_on_qemu():
    sh1add = e("sh1add", rd=A0, rs1=A0, rs2=A1) + RET
    assert call(sh1add, {A0: 3, A1: 100}, isa={"zba"}).a0 == 106          # auto -> qemu
    with pytest.raises(EmulatorError, match="illegal"):
        call(sh1add, {A0: 3, A1: 100}, backend="qemu")                     # no zba
    rev8 = e("rev8", rd=A0, rs1=A0) + RET
    assert call(rev8, {A0: 0x0102030405060708}, isa={"zbb"}).a0 == 0x0807060504030201
    with pytest.raises(EmulatorError):
        call(rev8, {A0: 1}, isa={"zba"}, backend="qemu")
    compressed = e("c.mv", rd=A0, rs2=A1) + e("c.addi", rd=A0, imm=-1) + e("c.jr", rs1=RA)
    assert call(compressed, {A1: 9}, isa={"c"}, backend="qemu").a0 == 8
    with pytest.raises(EmulatorError, match="illegal"):
        call(compressed, {A1: 9}, backend="qemu")                          # no c


# --- random programs: both backends agree ------------------------------------------------------------

def random_program(rng, n, mem_len):
    """Straight-line RV64IMC code (plus loads/stores into the buffer via s11) ending in ret."""
    # c.addi16sp writes sp, which call() needs to return: left out like rd = sp below.
    ok = [m for m, f in FORMS.items() if f.isa in ("i", "m", "c") and straight_line(m)
          and m != "c.addi16sp"]
    code = e("addi", rd=S11, rs1=A0, imm=0)
    for _ in range(n):
        k = rng.random()
        if k < 0.15:
            rd = rng.choice([r for r in range(3, 32) if r != S11])
            code += ld(rd, S11, 8 * rng.randrange(mem_len // 8))
        elif k < 0.3:
            code += sd(rng.randrange(32), S11, 8 * rng.randrange(mem_len // 8))
        else:
            mn = rng.choice(ok)
            form = FORMS[mn]
            while True:
                chosen, fields = [], {}
                for name, spec in form.fields.items():
                    fields[name] = v = rand_field(rng, spec, chosen)
                    if spec.kind in ("reg", "creg"):
                        chosen.append(v)
                if fields.get("rd") not in (RA, SP, S11):
                    break
            code += encode(mn, **fields)
    return code + RET


@need_both
def test_backends_agree_on_random_programs():
    rng = random.Random(1234)
    for i in range(12):
        mem = bytes(rng.getrandbits(8) for _ in range(64))
        code = random_program(rng, rng.randint(5, 40), len(mem))
        args = {r: rand_value(rng) for r in range(3, 32) if r != A0}
        u = call(code, args, mem=mem, isa={"c"}, backend="unicorn")
        q = call(code, args, mem=mem, isa={"c"}, backend="qemu")
        assert (u.regs, u.mem) == (q.regs, q.mem), f"program {i}: {code.hex()}"


# --- run_sequences ------------------------------------------------------------------------------------

@pytest.mark.parametrize("backend", BACKENDS)
def test_run_sequences_basic(backend):
    cases = [(e("add", rd=A2, rs1=A0, rs2=A1), {A0: 1, A1: 2}),
             (e("sub", rd=31, rs1=31, rs2=SP), {31: 10, SP: 3}),          # t6 and sp are free
             (b"", {5: 7}),
             (e("c.li", rd=9, imm=-1) + e("addi", rd=0, rs1=9, imm=3), {r: r for r in range(1, 32)})]
    out = run_sequences(cases, isa={"c"}, backend=backend)
    assert out[0][A2] == 3 and out[0][A0] == 1 and out[0][0] == 0
    assert out[1][31] == 7 and out[1][SP] == 3
    assert out[2][5] == 7 and sum(out[2]) == 7
    assert out[3][9] == M64 and out[3][0] == 0
    assert out[3][1:] == [r if r != 9 else M64 for r in range(1, 32)]


def test_run_sequences_refuses_bad_registers():
    assert emu.RESERVED_REGS == frozenset()
    for r in (0, 32, -1):
        with pytest.raises(EmulatorError, match="register"):
            run_sequences([(b"", {r: 1})])


@need_qemu
def test_run_sequences_one_qemu_process_for_thousands(monkeypatch):
    calls = []
    real = emu._run_qemu
    monkeypatch.setattr(emu, "_run_qemu", lambda *a: calls.append(1) or real(*a))
    rng = random.Random(5)
    cases = [(e("addi", rd=A0, rs1=A1, imm=i % 2048), {A1: rng.getrandbits(64)}) for i in range(3000)]
    out = run_sequences(cases, backend="qemu")
    assert len(calls) == 1
    assert [o[A0] for o in out] == [(c[1][A1] + i % 2048) & M64 for i, c in enumerate(cases)]


@need_qemu
def test_run_sequences_splits_big_batches_in_order(monkeypatch):
    monkeypatch.setattr(emu, "MAX_CASES_PER_PROCESS", 7)
    cases = [(e("addi", rd=A0, rs1=A0, imm=i), {A0: 1000}) for i in range(30)]
    res = emu.run_sequences_detailed(cases, backend="qemu")
    assert [r.regs[A0] for r in res] == [1000 + i for i in range(30)]


@pytest.mark.parametrize("backend", BACKENDS)
def test_run_sequences_fault_names_the_case(backend):
    cases = [(e("addi", rd=A0, rs1=A0, imm=1), {})] * 3 + [(b"\0\0\0\0", {})]
    with pytest.raises(EmulatorError, match="case 3"):
        run_sequences(cases, backend=backend)


@need_qemu
def test_qemu_fault_reports_pc_and_address():
    # the guest's fault handler runs on its own stack: sp = 0 does not matter
    with pytest.raises(EmulatorError, match=r"case 1 .*illegal instruction \(SIGILL\) at pc=0x[0-9a-f]+ "
                                            r"\(code offset 0x4, bytes 00000000\)"):
        run_sequences([(RET[:0], {}), (e("addi", rd=5, rs1=5, imm=1) + bytes(4), {SP: 0})],
                      backend="qemu")
    with pytest.raises(EmulatorError, match=r"memory fault \(SIGSEGV\) at pc=0x11004 "
                                            r"\(code offset 0x4, .*address 0x123460"):
        call(e("addi", rd=SP, rs1=0, imm=0) + ld(A0, A0, 8) + RET, {A0: 0x123458}, backend="qemu")


@pytest.mark.parametrize("backend", BACKENDS)
def test_run_sequences_auipc_sees_its_pc(backend):
    res = emu.run_sequences_detailed([(e("auipc", rd=A0, imm=1), {}),
                                      (e("auipc", rd=A0, imm=0xFFFFF), {})], backend=backend)
    assert res[0].regs[A0] == res[0].pc + 0x1000
    assert res[1].regs[A0] == (res[1].pc - 0x1000) & M64


@need_both
def test_run_sequences_backends_agree():
    rng = random.Random(99)
    ok = [m for m, f in FORMS.items()
          if f.isa in ("i", "m", "c") and straight_line(m) and m != "auipc"]
    cases = []
    for _ in range(300):
        code = b""
        for _ in range(rng.randint(1, 6)):
            mn = rng.choice(ok)
            chosen, fields = [], {}
            for name, spec in FORMS[mn].fields.items():
                fields[name] = v = rand_field(rng, spec, chosen)
                if spec.kind in ("reg", "creg"):
                    chosen.append(v)
            code += encode(mn, **fields)
        cases.append((code, {r: rand_value(rng) for r in range(1, 32)}))
    assert run_sequences(cases, {"c"}, "unicorn") == run_sequences(cases, {"c"}, "qemu")
