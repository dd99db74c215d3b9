"""make bench-run: dynamic RISC-V instructions per packet, rvjit's images against the Linux
6.1 riscv64 JIT's images of the same corpus programs.

    python3 -m rvlab.bench_run [--programs N] [--packets K] [--isa c]

Both run in unicorn on the same packets, each with the context its code expects: rvjit's the
device context of docs/abi.md (struct rvoff_xdp_md), Linux's a struct xdp_buff (its verifier
rewrote the program's xdp_md loads into xdp_buff loads before its JIT ran; kjit prints the
image, /work/shared/tools/kjit).  A unicorn block hook counts the instructions of every block
executed, from the entry to the return.  Both must return the same verdict and leave the same
packet, or the program is reported and left out.  Prints per program the mean instructions per
packet of each and their ratio, then the geometric mean of the ratios.
"""
from __future__ import annotations

import argparse
import math
import os
import struct
import sys
from pathlib import Path

from rvjit.jit import compile_program, parse_isa
from rvlab import corpus

KJIT_DIR = Path(os.environ.get("KJIT_DIR", "/work/shared/tools/kjit"))
RET, CODE, FRAME, CTX, RXQ, STACK = 0x1000, 0x100000, 0x200000, 0x300000, 0x301000, 0x800000
STACK_SIZE, CODE_SIZE = 0x10000, 0x40000
HEADROOM = 256


class Counter:
    """Instructions of one image executed between entry and return, block by block.  One
    unicorn instance per image: its translation cache would outlive a rewrite of the code."""

    def __init__(self, code: bytes):
        from unicorn import UC_ARCH_RISCV, UC_HOOK_BLOCK, UC_MODE_RISCV64, Uc, UC_PROT_ALL
        from unicorn import riscv_const as rc
        self.rc = rc
        self.uc = Uc(UC_ARCH_RISCV, UC_MODE_RISCV64)
        for base, size in ((0, 0x10000), (CODE, CODE_SIZE), (FRAME, 0x1000), (CTX, 0x4000),
                           (STACK, STACK_SIZE)):
            self.uc.mem_map(base, size, UC_PROT_ALL)
        self.uc.mem_write(RET, (0x00000013).to_bytes(4, "little"))       # nop
        self.uc.mem_write(CODE, code)
        self.count, self.sizes = 0, {}
        self.uc.hook_add(UC_HOOK_BLOCK, self._block)

    def _block(self, uc, addr, size, _):
        n = self.sizes.get((addr, size))
        if n is None:
            code, n, at = bytes(uc.mem_read(addr, size)), 0, 0
            while at < size:
                at += 2 if code[at] & 3 != 3 else 4
                n += 1
            self.sizes[(addr, size)] = n
        self.count += n

    def run(self, ctx: bytes, packet: bytes, rt: int = 0):
        r = self.rc
        self.uc.mem_write(FRAME, bytes(0x1000))
        self.uc.mem_write(FRAME + HEADROOM, packet)
        self.uc.mem_write(CTX, ctx.ljust(0x2000, b"\0"))
        regs = {r.UC_RISCV_REG_SP: STACK + STACK_SIZE - 64, r.UC_RISCV_REG_RA: RET,
                r.UC_RISCV_REG_A0: CTX, r.UC_RISCV_REG_A1: rt, r.UC_RISCV_REG_A2: 33}
        for reg, v in regs.items():
            self.uc.reg_write(reg, v)
        self.count = 0
        self.uc.emu_start(CODE, RET, count=1_000_000)
        if self.uc.reg_read(r.UC_RISCV_REG_PC) != RET:
            raise RuntimeError("did not return")
        return self.count, self.uc.reg_read(r.UC_RISCV_REG_A0) & 0xFFFFFFFF, bytes(
            self.uc.mem_read(FRAME + HEADROOM, len(packet)))


def rvjit_ctx(n: int) -> bytes:
    data = FRAME + HEADROOM
    return struct.pack("<6I3Q", data, data + n, data, 1, 0, 0, data, data + n, data)


def linux_ctx(n: int) -> bytes:
    """struct xdp_buff (6.1): data, data_end, data_meta, data_hard_start, rxq, txq, frame_sz,
    flags; rxq points at a zeroed struct xdp_rxq_info (dev NULL, queue_index 0)."""
    data = FRAME + HEADROOM
    return struct.pack("<6QII", data, data + n, data, FRAME, RXQ, 0, 4096, 0)


def kernel_images(entries) -> dict:
    from rvlab import kcompare
    out = kcompare.run_kjit({e.name: e.code() for e in entries}, KJIT_DIR, None, None)
    return {n: code for n, (code, _) in kcompare.parse_kjit(out).items()}


def gmean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m rvlab.bench_run",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("--programs", type=int, default=0, help="first N corpus objects (0: all)")
    ap.add_argument("--packets", type=int, default=0, help="first K sample packets (0: all)")
    ap.add_argument("--isa", default="c", help="rvjit's ISA (unicorn runs RV64GC: c or none)")
    args = ap.parse_args(argv)
    isa = parse_isa(args.isa)
    if isa - {"c"}:
        ap.error("unicorn has no Zba/Zbb: --isa c or --isa ''")
    every = corpus.build()
    entries = corpus.select(every, corpus.PLAIN_FEATURES, who="bench-run")
    featured = sum(1 for e in every if e.features)
    print(f"bench-run: the {featured} objects with maps, helpers, calls, tail calls, global "
          "data or TC are not measured: kjit loads raw bytecode as XDP and creates no maps, so "
          "it gives no Linux 6.1 image of a program with maps, global data, tail calls or a TC "
          "context; and a Linux image's helper calls and inlined map lookups address kernel "
          "memory this counting emulator does not model")
    if args.programs:
        entries = entries[:args.programs]
    packets = [p for _, p in corpus.sample_packets()]
    if args.packets:
        packets = packets[:args.packets]
    kimg = kernel_images(entries)
    ratios, skipped = [], []
    print(f"{'program':24} {'rvjit':>9} {'Linux 6.1':>10} {'ratio':>7}   (instructions per "
          f"packet, {len(packets)} packets, rvjit --isa {args.isa or 'rv64im'})")
    for e in entries:
        lk = kimg.get(e.name)
        if not lk:
            skipped.append(f"{e.name}: Linux refused it")
            continue
        mine = Counter(compile_program(e.code(), isa).code)
        linux = Counter(lk)
        a = b = 0
        bad = None
        for k, p in enumerate(packets):
            ca, ra, pa = mine.run(rvjit_ctx(len(p)), p)
            cb, rb, pb = linux.run(linux_ctx(len(p)), p)
            if (ra, pa) != (rb, pb):
                bad = f"packet {k}: rvjit returns {ra}, Linux {rb}" + (
                    "" if pa == pb else "; the packets differ")
                break
            a, b = a + ca, b + cb
        if bad:
            skipped.append(f"{e.name}: {bad}")
            continue
        ratios.append(a / b)
        print(f"{e.name:24} {a / len(packets):9.1f} {b / len(packets):10.1f} {a / b:7.3f}")
    for s in skipped:
        print("left out: " + s)
    if not ratios:
        print("bench-run: no program measured")
        return 1
    print(f"bench-run: {len(ratios)} programs, {len(packets)} packets each: dynamic instructions "
          f"per packet, rvjit / Linux 6.1 = {gmean(ratios):.3f} (geometric mean; "
          f"min {min(ratios):.3f}, max {max(ratios):.3f})")
    return 1 if skipped else 0


if __name__ == "__main__":
    sys.exit(main())
