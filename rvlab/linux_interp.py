"""The Linux 6.1 BPF interpreter as an oracle: eBPF programs run in Debian's own kernel.

`run_kernel(programs)` boots the kernel once (qemu-system-x86_64, rvlab.vm) with the JIT
switched off and runs each (bytecode, input packet) pair through BPF_PROG_LOAD
(BPF_PROG_TYPE_XDP) and BPF_PROG_TEST_RUN.  The loader, rvlab/vm/bpf_testrun.c, checks every
program is interpreted (jited_prog_len 0, fdinfo "jited: 0"), reads back the packet
(registers R0..R8 and the stack region, as rvlab.ebpf_programs lays them out) and the
return value, and counts the conditional jumps left in the program the interpreter runs:
as root the verifier rewrites a conditional jump one of whose sides it never reaches (its
operands are constants it knows, or it sits in dead code) into JA or removes it, so the
interpreter never evaluates those.

Programs go in as one batch file (`batch_file`); results come back as protocol lines, each
protected by a CRC-32 (`parse_output`: a damaged line is counted and ignored, never
misread).  A program the verifier refuses comes back "rejected" with its log
(`KernelResult.reason`: its verdict line).
"""
from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass

from rvlab import vm
from rvlab.ebpf_programs import DATA_LEN, NBODY, REGS_LEN, STOPPED, XDP_PASS

LOADER_SOURCE = vm.SOURCES / "bpf_testrun.c"


@dataclass
class KernelResult:
    """One program's outcome in the kernel: kind "ok" (regs = R0..R8, stack = the region),
    "stopped" (the same, from a checkpoint that fired), "rejected" (the verifier's log),
    "test_run" (errno), "missing" (no line came back), "abort" (another return value: the
    prologue's bounds check failed)."""
    kind: str
    regs: list | None = None
    errno: int = 0
    log: str = ""
    retval: int = 0
    stack: bytes | None = None
    cond_jumps: int = -1    # conditional jumps in the program the interpreter ran (the
    #                         verifier removes those it decides), without its div guards

    @property
    def reason(self) -> str:
        """The verifier's verdict: its errno and the last line of its log before the summary
        (a log that filled its buffer has lost its verdict: said so)."""
        import errno as errno_names
        name = errno_names.errorcode.get(self.errno, str(self.errno))
        if self.errno == errno_names.E2BIG:
            name += " (too complex: over the verifier's 1M-instruction limit)"
        lines = [ln for ln in self.log.strip().splitlines() if ln.strip()]
        lines = [ln for ln in lines if not ln.startswith(("processed ", "verification time",
                                                          "stack depth"))] or lines
        last = lines[-1].strip() if lines else ""
        if re.match(r"^\d+: \(", last):      # an instruction trace line: no verdict
            last = "log truncated at: " + last[:80]
        return f"{name}: {last}" if last else name


@dataclass
class KernelRun:
    results: list           # KernelResult per program
    release: str            # uname -r in the VM
    jit_enable: int         # /proc/sys/net/core/bpf_jit_enable as read back (must be 0)
    boot_time: float
    elapsed: float
    bad_lines: int          # protocol lines that failed their CRC or did not parse


def batch_file(programs) -> bytes:
    """Version-2 batch: programs as (bytecode, input packet) pairs."""
    out = bytearray(b"RVJB" + struct.pack("<II", 2, len(programs)))
    for code, data in programs:
        out += struct.pack("<II", len(code) // 8, len(data)) + code + data
    return bytes(out)


LINE_RE = re.compile(r"^([JPFTXD]) (.*) ~([0-9a-f]{8})$")


def parse_output(text: str, count: int):
    """The loader's lines -> ({index: KernelResult}, jit_enable, done, bad_lines, errors).
    Lines whose CRC does not match (e.g. damaged by interleaved console output) are counted
    in bad_lines and ignored, so their programs come out "missing", never misread."""
    res, jit, done, bad, errors = {}, None, None, 0, []
    for line in text.splitlines():
        line = line.strip("\r")
        m = LINE_RE.match(line)
        if not m:
            continue
        kind, rest, crc = m.groups()
        if zlib.crc32(f"{kind} {rest}".encode()) != int(crc, 16):
            bad += 1
            continue
        f = rest.split(" ")
        try:
            if kind == "J":
                jit = int(f[0])
            elif kind == "D":
                done = int(f[0])
            elif kind == "P":
                i, retval, data = int(f[0]), int(f[1]), bytes.fromhex(f[2])
                if len(data) != DATA_LEN:
                    raise ValueError(f"data_out is {len(data)} bytes")
                regs = list(struct.unpack(f"<{NBODY}Q", data[:REGS_LEN]))
                kind = {XDP_PASS: "ok", STOPPED: "stopped"}.get(retval, "abort")
                res[i] = KernelResult(kind, regs,
                                      retval=retval, stack=data[REGS_LEN:],
                                      cond_jumps=int(f[3]) if len(f) > 3 else -1)
            elif kind == "F":
                log = bytes.fromhex(f[2]).decode("utf-8", "replace") if len(f) > 2 else ""
                res[int(f[0])] = KernelResult("rejected", errno=int(f[1]), log=log)
            elif kind == "T":
                res[int(f[0])] = KernelResult("test_run", errno=int(f[1]))
            elif kind == "X":
                errors.append(f"program {f[0]} was JIT-compiled (jited_prog_len {f[1]}, "
                              f"fdinfo jited {f[2]}): the interpreter was not used")
        except (ValueError, IndexError) as e:
            bad += 1
            errors.append(f"unparsable line {line[:80]!r}: {e}")
    for i in range(count):
        res.setdefault(i, KernelResult("missing"))
    return res, jit, done, bad, errors


def loader_binary() -> bytes:
    return vm.compile_static(LOADER_SOURCE, name="bpf_testrun", headers=[vm.VMLINE_H])


class KernelError(RuntimeError):
    pass


def run_kernel(programs, timeout: float | None = None, kernel=None) -> KernelRun:
    """Load and run each program, (bytecode, input packet), in one VM boot (of `kernel`, a
    kernel image path or series, as rvlab.vm.target takes; default the default target)."""
    total_slots = sum(len(c) for c, _ in programs) // 8
    if timeout is None:
        timeout = 120 + 0.05 * len(programs) + 0.0004 * total_slots
    script = 'echo "K $(uname -r)"\n/vm/bpf_testrun /vm/batch.bin\n'
    r = vm.run({"bpf_testrun": loader_binary(), "batch.bin": batch_file(programs)}, script,
               timeout=timeout, check=False, kernel=kernel)
    release = next((ln[2:].strip() for ln in r.output.splitlines() if ln.startswith("K ")), "?")
    res, jit, done, bad, errors = parse_output(r.output, len(programs))
    if jit != 0:
        errors.append(f"bpf_jit_enable reads {jit} after writing 0 (expected 0)")
    if errors or r.rc not in (0, 1) or (r.rc and done == len(programs)):
        raise KernelError("kernel run failed (loader exit status %d): %s\n--- loader output "
                          "tail ---\n%s" % (r.rc, "; ".join(errors[:5]) or "no diagnostics",
                                            "\n".join(r.output.splitlines()[-10:])))
    return KernelRun([res[i] for i in range(len(programs))], release, jit, r.boot_time,
                     r.elapsed, bad)
