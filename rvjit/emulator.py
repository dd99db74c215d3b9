"""The one place rvjit executes RV64 code.

Two backends run the same memory layout, so a program sees the same addresses, registers and
stack under both:

* ``"unicorn"`` -- in-process (unicorn 2.1.4, riscv64).  Fast.  Implements RV64GC only: it has
  no Zba/Zbb (their encodings raise an illegal-instruction exception), and C cannot be turned
  off (misa.C is read-only), so compressed code runs even when "c" is not in `isa`.
* ``"qemu"`` -- ``qemu-riscv64-static`` (user mode).  We write a minimal static RV64 ELF
  executable ourselves (no cross compiler): a harness assembled with `rvjit.encode`'s
  format helpers loads every register from a table, runs the code, saves every register and the
  buffer, writes them to stdout with the ``write`` syscall (64) and exits (93).  The CPU is
  ``rv64`` with ``zba``/``zbb``/``c`` switched on exactly as `isa` says (so a Zbb instruction
  in code built without "zbb" is an illegal instruction, as it would be on such hardware).
  The harness installs handlers for SIGILL/SIGTRAP/SIGBUS/SIGFPE/SIGSEGV (on an alternate
  signal stack) that report the faulting pc and address.  Only a time limit applies (no
  instruction count), and an ``ecall`` in the code is a real Linux syscall under qemu (under
  unicorn it is an error).

``"auto"`` picks unicorn when it implements every extension in `isa` (i.e. isa <= {"c"}),
otherwise qemu.

Register saving trick: after the code under test runs, every integer register may hold a value
we must report, so the harness first copies x1..x31 into f1..f31 (``fmv.d.x``, no memory
access), then materialises the table address in a free integer register and stores the float
registers (``fsd``).  Loading works the other way round: the table pointer register (t6, x31) is
loaded last.  Hence *no* integer register is reserved: `run_sequences` accepts initial values for
all of x1..x31 (`RESERVED_REGS` is empty).  The code under test must not rely on f-registers.

Memory layout (identical in both backends):

    TEXT      0x10000   harness (qemu), the return address RET_ADDR = TEXT
    CODE_ADDR 0x11000   the code under test (read + execute only)
    ...       gap (unmapped)
    SAVE      one page  register save area + fault record, then a 64 KiB signal stack (qemu)
    ...       gap (unmapped)
    stack     STACK_SIZE (256 KiB), sp = its top, 16-byte aligned; below it is unmapped
    ...       gap (unmapped)
    buffer    the copy of `mem`, placed (8-byte aligned) as close to the end of its mapping as
              possible, so reading a few bytes past its end faults
"""
from __future__ import annotations

import os
import resource
import shutil
import signal
import struct
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from rvjit import encode as E
from rvjit.encode import i_type, r_type, s_type

__all__ = ["EmulatorError", "CallResult", "SequenceResult", "call", "addresses", "device_context",
           "run_program", "clobbering_helper", "run_sequences",
           "run_sequences_detailed", "backends", "unicorn_supports", "qemu_available",
           "ISA_EXTENSIONS", "UNICORN_ISA", "RESERVED_REGS", "STEP_LIMIT", "TIME_LIMIT"]


class EmulatorError(Exception):
    """The code faulted, hit an illegal instruction, ran out of steps/time, or the emulator
    could not be run."""


@dataclass
class CallResult:
    a0: int                 # the return value, 64-bit unsigned
    mem: bytes              # the buffer after the call (b"" when none was given)
    regs: list              # x0..x31 at return, 64-bit unsigned
    backend: str = ""       # which backend ran it
    mem_addr: int = 0       # where the buffer lived (the initial a0), 0 if none


@dataclass
class SequenceResult:
    regs: list              # x0..x31 after the sequence
    pc: int                 # the address the sequence's first instruction ran at


ISA_EXTENSIONS = frozenset({"zba", "zbb", "c"})
UNICORN_ISA = frozenset({"c"})          # what unicorn 2.1.4's riscv64 CPU implements of those
RESERVED_REGS = frozenset()             # run_sequences reserves no integer register (see above)
STEP_LIMIT = 10 ** 7                    # instructions (unicorn; qemu has only the time limit)
TIME_LIMIT = 10.0                       # seconds per call / per batch of sequences
MAX_CASES_PER_PROCESS = 20000           # run_sequences: cases per qemu process

MASK64 = (1 << 64) - 1
PAGE = 0x1000
TEXT = 0x10000
RET_ADDR = TEXT                         # call(): ra; the harness epilogue lives here
ENTRY = TEXT + 0x400                    # call(): qemu entry point (prologue)
INTAB = TEXT + 0x800                    # call(): initial x0..x31 (qemu)
RTDATA = TEXT + 0x900                   # call(): sigaction + stack_t (qemu)
HANDLER = TEXT + 0xA00                  # call(): the fault handler (qemu)
CODE_ADDR = TEXT + 0x1000               # call(): the code under test
STACK_SIZE = 0x40000
GAP = 0x10000
SEQ_TEXT = 0x10000                      # run_sequences: first case's loader

# --- small encoders the harness needs beyond rvjit.encode (loads/stores, F/D moves) -----------

LOAD, STORE, LOAD_FP, STORE_FP, OP_FP = 0b0000011, 0b0100011, 0b0000111, 0b0100111, 0b1010011
T0, T6, A0, A1, A2, A7, SP, RA = 5, 31, 10, 11, 12, 17, 2, 1
ECALL = 0x00000073


def _ld(rd, rs1, imm): return i_type(imm, rs1, 3, rd, LOAD)
def _sd(rs2, rs1, imm): return s_type(imm, rs2, rs1, 3, STORE)
def _fsd(fs2, rs1, imm): return s_type(imm, fs2, rs1, 3, STORE_FP)
def _fmv_d_x(fd, rs1): return r_type(0b1111001, 0, rs1, 0, fd, OP_FP)


def _li(rd, v):
    """Load a constant 0 <= v < 2**31 - 2048 (addresses, sizes) with at most lui + addi."""
    if -2048 <= v < 2048:
        return [E.rv_addi(rd, 0, v)]
    assert 0 <= v < (1 << 31) - 2048, hex(v)
    hi = (v + 0x800) >> 12
    lo = v - (hi << 12)
    return [E.rv_lui(rd, hi)] + ([E.rv_addi(rd, rd, lo)] if lo else [])


def _words(ws):
    return b"".join((w & 0xFFFFFFFF).to_bytes(4, "little") for w in ws)


def _load_all(table):
    """x1..x31 <- table[8*r]; the pointer (t6) is loaded last."""
    ws = _li(T6, table)
    ws += [_ld(r, T6, 8 * r) for r in range(1, 32) if r != T6]
    ws.append(_ld(T6, T6, 8 * T6))
    return ws


def _save_all(table):
    """table[8*r] <- x1..x31 without needing a free integer register first; leaves t0 = table."""
    ws = [_fmv_d_x(r, r) for r in range(1, 32)]
    ws += _li(T0, table)
    ws += [_fsd(r, T0, 8 * r) for r in range(1, 32)]
    return ws


def _write(addr_reg_or_addr, size):
    ws = [E.rv_addi(A7, 0, 64)] + _li(A0, 1)
    if isinstance(addr_reg_or_addr, tuple):      # ("reg", r)
        ws.append(E.rv_addi(A1, addr_reg_or_addr[1], 0))
    else:
        ws += _li(A1, addr_reg_or_addr)
    return ws + _li(A2, size) + [ECALL]


def _exit(code=0):
    return [E.rv_addi(A7, 0, 93)] + _li(A0, code) + [ECALL]


# Fault reporting under qemu: the harness installs handlers (rt_sigaction, on an alternate
# signal stack since the code under test may have clobbered sp) for the signals a fault raises.
# The handler writes FAULT_REC_SIZE bytes -- FAULT_TAG, signal, pc, si_addr, si_code -- to
# stdout and exits with FAULT_EXIT.
FAULT_SIGNALS = (4, 5, 7, 8, 11)                # SIGILL SIGTRAP SIGBUS SIGFPE SIGSEGV
FAULT_TAG = 0x46564A52                          # "RJVF"
FAULT_REC_SIZE = 40
FAULT_EXIT = 3
ALTSTACK_SIZE = 0x10000
SA_SIGINFO, SA_ONSTACK = 4, 0x08000000
UC_PC = 176                                      # offsetof(ucontext, uc_mcontext.sc_regs.pc)
T1 = 6


def _rt_data(handler, altstack):
    """struct sigaction {handler, flags, mask} and stack_t {sp, flags, size}: 48 bytes."""
    return (struct.pack("<QQQ", handler, SA_SIGINFO | SA_ONSTACK, 0)
            + struct.pack("<QiiQ", altstack, 0, 0, ALTSTACK_SIZE))


def _rt_setup(rt_data):
    """sigaltstack(&stack_t, 0); rt_sigaction(sig, &sigaction, 0, 8) for each fault signal."""
    ws = _li_fixed(A0, rt_data + 24) + [E.rv_addi(A1, 0, 0), E.rv_addi(A7, 0, 132), ECALL]
    for sig in FAULT_SIGNALS:
        ws += [E.rv_addi(A0, 0, sig)] + _li_fixed(A1, rt_data) + [
            E.rv_addi(A2, 0, 0), E.rv_addi(13, 0, 8), E.rv_addi(A7, 0, 134), ECALL]
    return ws


def _rt_handler(rec):
    """a0 = signal, a1 = siginfo, a2 = ucontext."""
    ws = _li_fixed(T0, rec)
    ws += _li_fixed(T1, FAULT_TAG)
    ws += [_sd(T1, T0, 0), _sd(A0, T0, 8),
           _ld(T1, A2, UC_PC), _sd(T1, T0, 16),
           _ld(T1, A1, 16), _sd(T1, T0, 24),
           i_type(8, A1, 2, T1, LOAD), _sd(T1, T0, 32)]  # lw t1, 8(a1): si_code
    ws += [E.rv_addi(A7, 0, 64), E.rv_addi(A0, 0, 1), E.rv_addi(A1, T0, 0),
           E.rv_addi(A2, 0, FAULT_REC_SIZE), ECALL]
    return ws + [E.rv_addi(A7, 0, 93), E.rv_addi(A0, 0, FAULT_EXIT), ECALL]


def _parse_fault(stdout):
    """(signal, pc, address, si_code) if stdout ends with a fault record, else None."""
    if len(stdout) < FAULT_REC_SIZE:
        return None
    tag, sig, pc, addr, code = struct.unpack_from("<QQQQq", stdout, len(stdout) - FAULT_REC_SIZE)
    if tag != FAULT_TAG:
        return None
    return sig, pc, addr, code & 0xFFFFFFFF


# --- a minimal ELF64 executable -------------------------------------------------------------------

PF_X, PF_W, PF_R = 1, 2, 4


def _align(x, a):
    return (x + a - 1) // a * a


def build_elf(entry: int, segments, rvc: bool = True) -> bytes:
    """A static little-endian RV64 ELF executable.  `segments`: (vaddr, data, memsz, flags), each
    vaddr page aligned; memory beyond len(data) up to memsz is zero-filled."""
    hdr = 64 + 56 * len(segments)
    out = bytearray(_align(hdr, PAGE))
    phdrs = b""
    for vaddr, data, memsz, flags in segments:
        assert vaddr % PAGE == 0
        off = len(out)
        phdrs += struct.pack("<IIQQQQQQ", 1, flags, off, vaddr, vaddr, len(data),
                             max(memsz, len(data)), PAGE)
        out += data
        out += bytes(_align(len(out), PAGE) - len(out))
    ident = b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8)
    e_flags = 0x4 | (0x1 if rvc else 0)          # float ABI double, RVC
    ehdr = struct.pack("<16sHHIQQQIHHHHHH", ident, 2, 243, 1, entry, 64, 0, e_flags,
                       64, 56, len(segments), 64, 0, 0)
    out[:hdr] = ehdr + phdrs
    return bytes(out)


# --- backend selection ------------------------------------------------------------------------------

def _unicorn():
    try:
        import unicorn
        return unicorn
    except ImportError:
        return None


def _qemu_path():
    return shutil.which("qemu-riscv64-static") or shutil.which("qemu-riscv64")


def qemu_available() -> bool:
    return _qemu_path() is not None


def unicorn_supports(isa) -> bool:
    return _unicorn() is not None and frozenset(isa) <= UNICORN_ISA


def backends(isa=frozenset()) -> list:
    """The backends able to run code for `isa` here."""
    out = []
    if unicorn_supports(isa):
        out.append("unicorn")
    if qemu_available():
        out.append("qemu")
    return out


def _pick(isa, backend):
    isa = frozenset(isa)
    if "zacas" in isa:
        raise EmulatorError("no emulator here implements Zacas (QEMU 7.2, unicorn 2.1.4): code "
                            "built for zacas is proven but cannot be run here")
    bad = isa - ISA_EXTENSIONS
    if bad:
        raise EmulatorError(f"unknown ISA extension(s) {sorted(bad)}; known: {sorted(ISA_EXTENSIONS)}")
    if backend == "auto":
        if unicorn_supports(isa):
            return "unicorn", isa
        if qemu_available():
            return "qemu", isa
        raise EmulatorError(f"no backend for isa {sorted(isa)}: unicorn lacks "
                            f"{sorted(isa - UNICORN_ISA)} and qemu-riscv64-static is not installed")
    if backend == "unicorn":
        if _unicorn() is None:
            raise EmulatorError("backend 'unicorn': the unicorn module is not installed")
        if not isa <= UNICORN_ISA:
            raise EmulatorError(f"backend 'unicorn' does not implement {sorted(isa - UNICORN_ISA)} "
                                "(unicorn 2.1.4 riscv64 is RV64GC only)")
        return backend, isa
    if backend == "qemu":
        if not qemu_available():
            raise EmulatorError("backend 'qemu': qemu-riscv64-static not found on PATH")
        return backend, isa
    raise EmulatorError(f"unknown backend {backend!r} (auto, unicorn, qemu)")


def qemu_cpu(isa) -> str:
    on = lambda e: "true" if e in isa else "false"
    return f"rv64,zba={on('zba')},zbb={on('zbb')},c={on('c')}"


def _no_core():
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _run_qemu(elf: bytes, isa, timeout: float) -> tuple:
    """Run an executable; returns (returncode, stdout, stderr).  Raises on a time-out."""
    with tempfile.TemporaryDirectory(prefix="rvjit-qemu-") as d:
        path = os.path.join(d, "prog")
        with open(path, "wb") as f:
            f.write(elf)
        os.chmod(path, 0o755)
        env = {k: v for k, v in os.environ.items() if not k.startswith("QEMU_")}
        try:
            p = subprocess.run([_qemu_path(), "-cpu", qemu_cpu(isa), path], cwd=d, env=env,
                               stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout,
                               preexec_fn=_no_core)
        except subprocess.TimeoutExpired:
            raise EmulatorError(f"qemu: time limit of {timeout:g} s exceeded "
                                "(the code did not return: an infinite loop?)") from None
    return p.returncode, p.stdout, p.stderr


def _signal_text(rc, stderr):
    if rc < 0:
        try:
            name = signal.Signals(-rc).name
        except ValueError:
            name = f"signal {-rc}"
        why = {"SIGILL": "illegal instruction", "SIGSEGV": "memory fault",
               "SIGBUS": "bus error / misaligned access", "SIGTRAP": "breakpoint",
               "SIGFPE": "arithmetic exception"}.get(name, "killed")
        text = f"{why} ({name})"
    else:
        text = f"exit status {rc}"
    err = stderr.decode(errors="replace").strip()
    return text + (f"; qemu says: {err}" if err else "")


# --- call ---------------------------------------------------------------------------------------------

@dataclass
class _Layout:
    code_len: int
    mem_len: int
    text_size: int = 0
    save: int = 0
    stack_lo: int = 0
    sp: int = 0
    mem_region: int = 0
    mem_region_size: int = 0
    mem_addr: int = 0

    def __post_init__(self):
        self.text_size = _align(CODE_ADDR + max(self.code_len, 4), PAGE) - TEXT
        self.save = _align(TEXT + self.text_size, GAP) + GAP     # + the signal stack after it
        self.stack_lo = self.save + PAGE + ALTSTACK_SIZE + GAP
        self.sp = self.stack_lo + STACK_SIZE
        self.mem_region = self.sp + GAP
        self.mem_region_size = _align(max(self.mem_len, 1), PAGE)
        if self.mem_len:
            end = self.mem_region + self.mem_region_size
            self.mem_addr = (end - self.mem_len) & ~7


def addresses(code_len: int, mem_len: int):
    """(where call() puts the code, where it puts a buffer of mem_len bytes): fixed by the two
    sizes, so a caller can build a buffer holding absolute addresses into both (a runtime
    table, a program array) before the call."""
    lay = _Layout(code_len, mem_len)
    return CODE_ADDR, lay.mem_addr


def _initial_regs(args, mem, lay):
    regs = [0] * 32
    regs[RA] = RET_ADDR
    regs[SP] = lay.sp
    if mem:
        regs[A0] = lay.mem_addr
    for r, v in (args or {}).items():
        if not isinstance(r, int) or not 3 <= r <= 31:
            raise EmulatorError(f"args: register x{r} cannot be set (x0, ra and sp belong to the harness)")
        regs[r] = v & MASK64
    return regs


def call(code: bytes, args: dict | None = None, mem: bytes = b"", isa=frozenset(),
         backend: str = "auto", *, step_limit: int = STEP_LIMIT,
         time_limit: float = TIME_LIMIT, entry: int = 0) -> CallResult:
    """Call `code` (at CODE_ADDR, entered at offset `entry`) as a psABI function and return
    what it left behind.

    a0..a7 (in fact any of x3..x31) come from `args` (register number -> value; other registers
    start at 0).  If `mem` is non-empty, a0 is the address of a writable copy of it, unless
    `args` sets a0 (`addresses()` says where code and buffer will be).  sp is the
    top of a 256 KiB stack, ra the harness's return address.  Raises EmulatorError on a fault,
    an illegal instruction (including an extension not in `isa`), or when the code has not
    returned within `step_limit` instructions (unicorn only) or `time_limit` seconds.
    CallResult.a0 and .regs are 64-bit unsigned."""
    code, mem = bytes(code), bytes(mem)
    name, isa = _pick(isa, backend)
    lay = _Layout(len(code), len(mem))
    regs = _initial_regs(args, mem, lay)
    if not 0 <= entry < max(len(code), 1) or entry % 2:
        raise EmulatorError(f"entry offset {entry} is not inside the code ({len(code)} bytes)")
    if name == "unicorn":
        out_regs, out_mem = _call_unicorn(code, mem, regs, lay, step_limit, time_limit, entry)
    else:
        out_regs, out_mem = _call_qemu(code, mem, regs, lay, isa, time_limit, entry)
    return CallResult(out_regs[A0], out_mem, out_regs, name, lay.mem_addr)


# --- programs as a device runs them ---------------------------------------------------------------

def device_context(ctx: str, packet: bytes, at: int) -> tuple[bytes, int]:
    """A buffer to be placed at address `at`: the device's context `ctx` ("xdp", "tc";
    docs/abi.md section 5, rvjit/abi.py) for `packet`, XDP_PACKET_HEADROOM bytes of headroom,
    then the packet.  The pointer fields hold the packet's 64-bit addresses (data_meta = data),
    the eBPF structure's own words their low halves; ingress_ifindex is 1 (and for TC, len
    and ifindex are set).  Returns the buffer and the packet's offset in it."""
    from rvjit.abi import CONTEXTS, XDP_PACKET_HEADROOM
    c = CONTEXTS[ctx]
    head = (c.size + 15) // 16 * 16
    data = at + head + XDP_PACKET_HEADROOM
    value = {"data": data, "data_end": data + len(packet), "data_meta": data}
    buf = bytearray(head + XDP_PACKET_HEADROOM)
    for f in c.pointers():
        struct.pack_into("<Q", buf, f.device_off, value[f.name])
        struct.pack_into("<I", buf, f.off, value[f.name] & 0xFFFFFFFF)
    if ctx == "xdp":
        struct.pack_into("<I", buf, 12, 1)                      # ingress_ifindex
    else:                                                       # len, ingress_ifindex, ifindex
        struct.pack_into("<I", buf, 0, len(packet))
        struct.pack_into("<II", buf, 36, 1, 1)
    return bytes(buf) + packet, head + XDP_PACKET_HEADROOM


def run_program(code: bytes, prog_type: str, mem: bytes = b"", **kw) -> CallResult:
    """Call an image of a program that makes no call as a device would: for "raw" programs R1
    points at a copy of `mem`; otherwise `mem` is the packet and R1 the device's context for
    it (device_context).  CallResult.mem is then the packet afterwards."""
    from rvjit.abi import CONTEXT_OF
    ctx = CONTEXT_OF[prog_type]
    if ctx is None:
        return call(code, mem=mem, **kw)
    n = len(device_context(ctx, mem, 0)[0])
    _, at = addresses(len(code), n)
    buf, off = device_context(ctx, mem, at)
    res = call(code, mem=buf, **kw)
    res.mem = res.mem[off:off + len(mem)]
    return res


@dataclass
class RuntimeCall:
    result: CallResult
    rt: int                 # the runtime table's address (a1 at entry)
    mem: int                # where `mem` was (R1), 0 without
    maps: list              # where each map's value area was (its handle and value base)


def call_with_runtime(code: bytes, helpers: dict | None = None, maps=(), mem: bytes = b"",
                      isa=frozenset(), backend: str = "auto", tail_calls_left: int = 33,
                      r1: int | None = None, programs=()) -> RuntimeCall:
    """Call an image with a runtime table (docs/abi.md section 4), for tests of calls, maps and
    tail calls: `helpers` maps a helper id to what it returns (clobbering_helper); `maps` are
    the program's maps in index order, each the bytes of its value area (the handle and the
    value base both point at it) or, for a PROG_ARRAY (section 8), a list of program numbers
    (0: this image, k: programs[k - 1], None: an empty slot); `programs` are other images,
    which share this runtime table; `mem` is what R1 points at (unless `r1` is given).
    CallResult.mem is the whole data area (mem, maps, table)."""
    helpers = helpers or {}
    blob, starts = bytearray(), []
    for c in (code, *programs):
        starts.append(len(blob))
        blob += c + bytes(-len(c) % 4)
    at = {}
    for h in sorted(helpers):
        at[h] = len(blob)
        blob += clobbering_helper(helpers[h])
    data = bytearray(mem)
    map_at = []
    for v in maps:
        data += bytes(-len(data) % 8)
        map_at.append(len(data))
        data += bytes(8 + 16 * len(v)) if isinstance(v, list) else v
    data += bytes(-len(data) % 8)
    rt = len(data) + 16 * len(maps)
    data += bytes(16 * len(maps) + 8 * (max(helpers, default=0) + 1))
    code_addr, mem_addr = addresses(len(blob), len(data))
    for k, (v, off) in enumerate(zip(maps, map_at)):
        struct.pack_into("<QQ", data, rt - 16 * (k + 1), mem_addr + off, mem_addr + off)
        if isinstance(v, list):                             # struct rvoff_prog_array
            struct.pack_into("<II", data, off, len(v), 0)
            for j, p in enumerate(v):
                if p is not None:
                    struct.pack_into("<QQ", data, off + 8 + 16 * j, code_addr + starts[p],
                                     mem_addr + rt)
    for h, off in at.items():
        struct.pack_into("<Q", data, rt + 8 * h, code_addr + off)
    regs = {A1: mem_addr + rt, A2: tail_calls_left}
    regs[A0] = (mem_addr if mem else 0) if r1 is None else r1
    res = call(bytes(blob), regs, bytes(data), isa, backend)
    return RuntimeCall(res, mem_addr + rt, mem_addr if mem else 0, [mem_addr + o for o in map_at])


def clobbering_helper(value: int) -> bytes:
    """A helper for tests of calls: a psABI function that returns `value` (below 2^31 - 2^11)
    and leaves garbage in every other caller-saved register, as a real callee may."""
    ws = []
    for r in (5, 6, 7, 11, 12, 13, 14, 15, 16, 17, 28, 29, 30, 31):     # t0-t2, a1-a7, t3-t6
        ws.append(E.rv_addi(r, 0, -(r * 37 % 2000) - 1))
    ws += _li(A0, value) + [E.rv_jalr(0, RA, 0)]
    return _words(ws)


def _call_qemu(code, mem, regs, lay, isa, time_limit, entry=0):
    fault_rec = lay.save + 0x800
    epilogue = _save_all(lay.save) + _write(("reg", T0), 256)
    if mem:
        epilogue += _write(lay.mem_addr, len(mem))
    epilogue += _exit(0)
    prologue = _rt_setup(RTDATA) + _load_all(INTAB)
    prologue.append(E.rv_jal(0, CODE_ADDR + entry - (ENTRY + 4 * len(prologue))))
    text = bytearray(CODE_ADDR - TEXT)
    for addr, blob in ((TEXT, _words(epilogue)), (ENTRY, _words(prologue)),
                       (INTAB, b"".join(v.to_bytes(8, "little") for v in regs)),
                       (RTDATA, _rt_data(HANDLER, lay.save + PAGE)),
                       (HANDLER, _words(_rt_handler(fault_rec)))):
        o = addr - TEXT
        assert not any(text[o:o + len(blob)]) and o + len(blob) <= len(text)
        text[o:o + len(blob)] = blob
    text += code
    text += bytes(lay.text_size - len(text))    # no bss in a read-only segment (qemu's loader)
    segs = [(TEXT, bytes(text), lay.text_size, PF_R | PF_X),
            (lay.save, b"", PAGE + ALTSTACK_SIZE, PF_R | PF_W),
            (lay.stack_lo, b"", STACK_SIZE, PF_R | PF_W)]
    if mem:
        image = bytearray(lay.mem_region_size)
        o = lay.mem_addr - lay.mem_region
        image[o:o + len(mem)] = mem
        segs.append((lay.mem_region, bytes(image), lay.mem_region_size, PF_R | PF_W))
    elf = build_elf(ENTRY, segs, rvc="c" in isa)
    rc, out, err = _run_qemu(elf, isa, time_limit)
    fault = _parse_fault(out) if rc == FAULT_EXIT else None
    if fault:
        raise EmulatorError("qemu: " + _fault_text(fault, CODE_ADDR, code))
    want = 256 + len(mem)
    if rc != 0 or len(out) != want:
        raise EmulatorError(f"qemu: the code did not return normally: {_signal_text(rc, err)}"
                            + ("" if rc else f" (got {len(out)} of {want} result bytes)"))
    out_regs = list(struct.unpack("<32Q", out[:256]))
    out_regs[0] = 0
    return out_regs, out[256:]


_SIGNAMES = {4: ("SIGILL", "illegal instruction"), 5: ("SIGTRAP", "breakpoint/trap"),
             7: ("SIGBUS", "bus error"), 8: ("SIGFPE", "arithmetic exception"),
             11: ("SIGSEGV", "memory fault")}


def _fault_text(fault, base, code):
    sig, pc, addr, si_code = fault
    name, why = _SIGNAMES.get(sig, (f"signal {sig}", "fault"))
    text = f"{why} ({name}) at pc={pc:#x}"
    if base <= pc < base + len(code):
        off = pc - base
        word = code[off:off + 4]
        text += f" (code offset {off:#x}, bytes {word.hex()})"
    if sig in (7, 11):
        text += f", address {addr:#x}"
    return text


_CAUSES = {0: "instruction address misaligned", 1: "instruction access fault",
           2: "illegal instruction", 3: "breakpoint (ebreak)", 4: "load address misaligned",
           5: "load access fault", 6: "store address misaligned", 7: "store access fault",
           8: "ecall", 9: "ecall", 11: "ecall", 12: "instruction page fault",
           13: "load page fault", 15: "store page fault"}


class _UcRunner:
    """One unicorn instance with hooks that turn exceptions into EmulatorError text."""

    def __init__(self):
        uc_mod = _unicorn()
        from unicorn import riscv_const as rc
        self.m, self.rc = uc_mod, rc
        self.uc = uc_mod.Uc(uc_mod.UC_ARCH_RISCV, uc_mod.UC_MODE_RISCV64)
        self.problem = None
        self.xregs = [getattr(rc, f"UC_RISCV_REG_X{i}") for i in range(32)]
        self.uc.hook_add(uc_mod.UC_HOOK_INTR, self._intr)
        self.uc.hook_add(uc_mod.UC_HOOK_MEM_INVALID, self._mem_invalid)

    def _intr(self, uc, intno, _):
        pc = uc.reg_read(self.rc.UC_RISCV_REG_PC)
        # unicorn reports the pc *after* the faulting instruction for synchronous exceptions
        self.problem = f"{_CAUSES.get(intno, f'exception {intno}')} (cause {intno}) just before pc={pc:#x}"
        uc.emu_stop()

    def _mem_invalid(self, uc, access, address, size, value, _):
        m = self.m
        kind = {m.UC_MEM_READ_UNMAPPED: "read of unmapped", m.UC_MEM_WRITE_UNMAPPED: "write to unmapped",
                m.UC_MEM_FETCH_UNMAPPED: "fetch from unmapped", m.UC_MEM_WRITE_PROT: "write to read-only",
                m.UC_MEM_READ_PROT: "read of unreadable", m.UC_MEM_FETCH_PROT: "fetch from non-executable"
                }.get(access, f"invalid access {access} to")
        pc = uc.reg_read(self.rc.UC_RISCV_REG_PC)
        self.problem = f"memory fault: {kind} address {address:#x} ({size} bytes) at pc={pc:#x}"
        return False

    def map(self, addr, size, perms):
        self.uc.mem_map(addr, size, perms)

    def set_regs(self, regs):
        for r in range(1, 32):
            self.uc.reg_write(self.xregs[r], regs[r] & MASK64)

    def get_regs(self):
        regs = [self.uc.reg_read(self.xregs[r]) & MASK64 for r in range(32)]
        regs[0] = 0
        return regs

    def run(self, begin, until, count, timeout_s):
        self.problem = None
        try:
            self.uc.emu_start(begin, until, timeout=int(timeout_s * 1e6), count=count)
            # (timeout 0 = none: straight-line sequences are bounded by `count` alone, and
            # unicorn starts a timer thread per emu_start otherwise)
        except self.m.UcError as e:
            if self.problem is None:
                pc = self.uc.reg_read(self.rc.UC_RISCV_REG_PC)
                self.problem = f"{e} at pc={pc:#x}"
        if self.problem is None and self.uc.reg_read(self.rc.UC_RISCV_REG_PC) != until:
            pc = self.uc.reg_read(self.rc.UC_RISCV_REG_PC)
            self.problem = (f"step/time limit: not done after {count} instructions"
                            + (f" or {timeout_s:g} s" if timeout_s else "") + f" (pc={pc:#x})")
        return self.problem


def _call_unicorn(code, mem, regs, lay, step_limit, time_limit, entry=0):
    u = _UcRunner()
    m = u.m
    u.map(TEXT, lay.text_size, m.UC_PROT_READ | m.UC_PROT_EXEC)
    u.uc.mem_write(CODE_ADDR, code)
    u.map(lay.stack_lo, STACK_SIZE, m.UC_PROT_READ | m.UC_PROT_WRITE)
    if mem:
        u.map(lay.mem_region, lay.mem_region_size, m.UC_PROT_READ | m.UC_PROT_WRITE)
        u.uc.mem_write(lay.mem_addr, mem)
    u.set_regs(regs)
    problem = u.run(CODE_ADDR + entry, RET_ADDR, step_limit, time_limit)
    if problem:
        raise EmulatorError(f"unicorn: {problem}")
    out_mem = bytes(u.uc.mem_read(lay.mem_addr, len(mem))) if mem else b""
    return u.get_regs(), out_mem


# --- run_sequences -------------------------------------------------------------------------------------

def _check_cases(cases):
    out = []
    for i, case in enumerate(cases):
        code, init = case
        code = bytes(code)
        if len(code) % 2:
            raise EmulatorError(f"case {i}: code length {len(code)} is odd")
        for r in init:
            if not isinstance(r, int) or not 1 <= r <= 31:
                raise EmulatorError(f"case {i}: cannot set register x{r} (x1..x31 only)")
            if r in RESERVED_REGS:
                raise EmulatorError(f"case {i}: x{r} is reserved by the harness")
        out.append((code, {r: v & MASK64 for r, v in init.items()}))
    return out


def run_sequences(cases, isa=frozenset(), backend="auto") -> list:
    """Run straight-line snippets; returns the final x0..x31 of each.

    Each case is (code, {register number: initial value}) for any of x1..x31 (unset registers
    start at 0; no register is reserved: see the module docstring).  The code must fall off its
    end (no jumps out of it, no memory accesses: nothing but the registers is mapped for it).
    The qemu backend runs up to MAX_CASES_PER_PROCESS cases in one qemu process."""
    return [r.regs for r in run_sequences_detailed(cases, isa, backend)]


def run_sequences_detailed(cases, isa=frozenset(), backend="auto") -> list:
    """As run_sequences, but returns SequenceResult(regs, pc) with each case's start address
    (which auipc observes)."""
    cases = _check_cases(cases)
    name, isa = _pick(isa, backend)
    if not cases:
        return []
    if name == "unicorn":
        return _seq_unicorn(cases)
    chunks = [(i, cases[i:i + MAX_CASES_PER_PROCESS])
              for i in range(0, len(cases), MAX_CASES_PER_PROCESS)]
    if len(chunks) == 1:
        return _seq_qemu(cases, isa, 0)
    with ThreadPoolExecutor(max_workers=min(len(chunks), os.cpu_count() or 1)) as ex:
        parts = list(ex.map(lambda c: _seq_qemu(c[1], isa, c[0]), chunks))
    return [r for p in parts for r in p]


def _seq_qemu(cases, isa, first_index):
    n = len(cases)
    # Assemble with placeholder addresses first to learn the text size, then for real (every
    # constant is a fixed-length lui + addi, so the size does not change).
    def assemble(intab, out, handler):
        rt_data = intab                                 # sigaction + stack_t, then the cases
        text = bytearray(_words(_rt_setup(rt_data)))
        pcs = []
        for i, (code, _) in enumerate(cases):
            text += _words(_load_all_fixed(intab + 256 * (i + 1)))
            pcs.append(SEQ_TEXT + len(text))
            text += code
            text += _words(_save_all_fixed(out) + _write(("reg", T0), 256))
        text += _words(_exit(0))
        text += bytes(-len(text) % 4)
        hpc = SEQ_TEXT + len(text)
        text += _words(_rt_handler(out + 0x800))
        return bytes(text), pcs, hpc

    probe, _, _ = assemble(0x7F000000, 0x7F000000, 0)
    intab = _align(SEQ_TEXT + len(probe), PAGE) + PAGE
    out = _align(intab + 256 * (n + 1), PAGE) + PAGE
    if out + PAGE + ALTSTACK_SIZE >= (1 << 31) - 4096:
        raise EmulatorError("run_sequences: batch too large")
    text, pcs, handler = assemble(intab, out, 0)
    assert len(text) == len(probe)
    table = bytearray(256 * (n + 1))
    table[0:48] = _rt_data(handler, out + PAGE)
    for i, (_, init) in enumerate(cases):
        for r, v in init.items():
            o = 256 * (i + 1) + 8 * r
            table[o:o + 8] = v.to_bytes(8, "little")
    elf = build_elf(SEQ_TEXT, [(SEQ_TEXT, text, len(text), PF_R | PF_X),
                               (intab, bytes(table), len(table), PF_R),
                               (out, b"", PAGE + ALTSTACK_SIZE, PF_R | PF_W)], rvc="c" in isa)
    rc, stdout, err = _run_qemu(elf, isa, TIME_LIMIT + 0.002 * n)
    fault = _parse_fault(stdout) if rc == FAULT_EXIT else None
    if fault:
        done = (len(stdout) - FAULT_REC_SIZE) // 256
        code = cases[done][0] if done < n else b""
        raise EmulatorError(f"qemu: case {first_index + done} (code {code.hex()}): "
                            + _fault_text(fault, pcs[done] if done < n else 0, code))
    if rc != 0 or len(stdout) != 256 * n:
        done = len(stdout) // 256
        raise EmulatorError(f"qemu: case {first_index + done} did not complete: "
                            f"{_signal_text(rc, err)}")
    res = []
    for i in range(n):
        regs = list(struct.unpack_from("<32Q", stdout, 256 * i))
        regs[0] = 0
        res.append(SequenceResult(regs, pcs[i]))
    return res


def _li_fixed(rd, v):
    """lui + addi always (fixed length, for two-pass assembly)."""
    hi = (v + 0x800) >> 12
    return [E.rv_lui(rd, hi), E.rv_addi(rd, rd, v - (hi << 12))]


def _load_all_fixed(table):
    return _li_fixed(T6, table) + [_ld(r, T6, 8 * r) for r in range(1, 31)] + [_ld(T6, T6, 8 * T6)]


def _save_all_fixed(table):
    return ([_fmv_d_x(r, r) for r in range(1, 32)] + _li_fixed(T0, table)
            + [_fsd(r, T0, 8 * r) for r in range(1, 32)])


def _seq_unicorn(cases):
    u = _UcRunner()
    m = u.m
    starts, addr = [], SEQ_TEXT
    for code, _ in cases:                    # every case at its own address: no stale TBs
        starts.append(addr)
        addr += len(code) + 4
    size = _align(addr - SEQ_TEXT + 4, PAGE)
    u.map(SEQ_TEXT, size, m.UC_PROT_READ | m.UC_PROT_EXEC)
    res = []
    for i, ((code, init), start) in enumerate(zip(cases, starts)):
        u.uc.mem_write(start, code)
        regs = [0] * 32
        for r, v in init.items():
            regs[r] = v
        u.set_regs(regs)
        if code:
            problem = u.run(start, start + len(code), len(code) // 2 + 1, 0)
            if problem:
                raise EmulatorError(f"unicorn: case {i} (code {code.hex()}): {problem}")
        res.append(SequenceResult(u.get_regs(), start))
    return res
