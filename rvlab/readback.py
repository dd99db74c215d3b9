"""vm-test's readback step: a program offloaded to rvjit.ko, read back whole and run elsewhere.

For a few corpus objects with maps and helpers, in the vm-test VM:

  1. the object is offloaded to rvoff0 (`bpftool prog load ... dev rvoff0 pinmaps`) with the
     module translating for Zba/Zbb/C, and loaded again as a host program (not offloaded);
     both sets of maps get the same initial contents (`bpftool map update`);
  2. `rvjit-image elf` reads the offloaded program back: its image and description (maps,
     helpers, stack: docs/abi.md section 12) as the RISC-V ELF object, and the device maps'
     contents as the maps file of `rvoff-run --maps`;
  3. the host program runs on the packets through BPF_PROG_TEST_RUN (corpus's xdp_run, as
     diff-linux runs it), its maps dumped after the runs.

Then on this machine: the object rvjit-image wrote must be byte-identical with what
`rvjit compile -f elf` writes for the same program and maps (rvjit/elfimage.py, the one
definition of the format), the maps file must hold the contents that were put in, and
rvoff-run (qemu-riscv64-static off RISC-V) runs the object read back with that maps file on
the same packets: verdicts, output packets and final map contents are compared with Linux's
by rvlab/diff_linux.py's comparison.  The figure:

    readback: P programs, K packets, D differences
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import random
import re
import tempfile
from pathlib import Path
from types import SimpleNamespace

from rvjit.jit import compile_program, parse_isa

ISA = "zba,zbb,c"               # what the module translates the readback programs for
NAME_LEN = 15                   # BPF_OBJ_NAME_LEN - 1: the kernel keeps this much of a name
HOST_PINS = "/sys/fs/bpf"       # xdp_run's programs (pI) and maps (mI)


def pick(cases, n: int) -> list:
    """The first `n` device-accepted objects that use maps and call helpers (the corpus's
    -mcpu versions of a source are different programs)."""
    from rvjit import bpf
    out = []
    for c in cases:
        if c.refusal or c.program is None or not c.program.maps:
            continue
        if any(bpf.is_call(i) and i.src == 0 for i in bpf.decode(c.program.code)):
            out.append(c)
    return out[:n]


def initial_maps(prog, seed: int = 3) -> dict:
    """Contents to start from, for every map of the program: {name: [(key, value)]}.  Arrays
    get their first elements, hashes the keys 0.. (as programs often count by small keys)
    and random ones; values are random and never all zero."""
    rng = random.Random(f"{prog.name}-{seed}")
    out = {}
    for m in prog.maps:
        n = min(4, m.max_entries)
        keys = [k.to_bytes(m.key_size, "little") if m.key_size >= 4 else bytes(m.key_size)
                for k in range(n if m.type == 2 else n // 2 + 1)]
        while len(keys) < n and m.type != 2:
            keys.append(bytes(rng.getrandbits(8) for _ in range(m.key_size)))
        ents = []
        for k in dict.fromkeys(keys):
            v = bytearray(rng.getrandbits(8) for _ in range(m.value_size))
            v[0] |= 1
            ents.append((k, bytes(v)))
        out[m.name] = ents
    return out


def _hexbytes(b: bytes) -> str:
    return " ".join(f"{x:02x}" for x in b)


SCRIPT_HEAD = r"""
emit() { h=$(printf '%s' "$1" | md5sum); echo "$1 ~${h%% *}"; }   # not $s: step's
hexof() { hexdump -v -e '/1 "%02x"' "$1"; }
rb_load() {  # I NAME: offloaded, its maps pinned at $PINS/rbmI; and for the host, pI and mI
    bpftool prog load /vm/c/$2.o $PINS/rb$1 type xdp dev rvoff0 pinmaps $PINS/rbm$1 &&
        bpftool prog load /vm/c/$2.o /sys/fs/bpf/p$1 type xdp pinmaps /sys/fs/bpf/m$1
}
rb_elf() {  # I: the offloaded program read back, the object and the maps file emitted
    $RVJ elf $PINS/rb$1 /tmp/rb$1.o /tmp/rb$1.json && emit "O $1 $(hexof /tmp/rb$1.o)" &&
        emit "Q $1 $(hexof /tmp/rb$1.json)"
}
"""


def script(cases, npackets: int) -> str:
    """The VM's part, run by vm-test after its base pass (the module loaded, debugfs mounted,
    $PINS, $RVJ, $PARAM and step() defined)."""
    lines = [SCRIPT_HEAD, f'step readback_isa sh -c "echo {ISA} > $PARAM && cat $PARAM"']
    for i, c in enumerate(cases):
        lines += [f"step readback_load_{i} rb_load {i} {c.pin}",
                  f"step readback_fill_{i} sh /vm/rb/fill{i}.sh $PINS/rbm{i} {HOST_PINS}/m{i}",
                  f"step readback_elf_{i} rb_elf {i}"]
    lines += [f"step readback_run /vm/xdp_run {len(cases)} /vm/packets.bin",
              'step readback_isa_off sh -c "echo > $PARAM && cat $PARAM"',
              f"rm -rf $PINS/rb* {HOST_PINS}/p[0-9]* {HOST_PINS}/m[0-9]*"]
    return "\n".join(lines) + "\n"


def files(cases, init: dict, packets, arch: str) -> dict:
    """The VM's files: the runner, the packets, and per program a script that puts the
    initial contents in the device's maps ($1) and the host's ($2)."""
    from rvlab import corpus
    out = {"xdp_run": corpus.runner_binary(arch), "packets.bin": corpus.packets_file(packets)}
    for i, c in enumerate(cases):
        fill = ["set -e"]
        for name, ents in init[c.pin].items():
            for k, v in ents:
                for d in ("$1", "$2"):
                    fill.append(f"bpftool map update pinned {d}/{name} key hex {_hexbytes(k)} "
                                f"value hex {_hexbytes(v)}")
        out[f"rb/fill{i}.sh"] = ("\n".join(fill) + "\n").encode()
    return out


_EMIT = re.compile(r"^([OQ]) (\d+) ([0-9a-f]*) ~([0-9a-f]{32})$")


def _emitted(text: str) -> dict:
    """(kind, i) -> bytes from the emit lines of a step's output (md5-checked)."""
    out = {}
    for line in text.splitlines():
        m = _EMIT.match(line.strip("\r"))
        if m and hashlib.md5(f"{m[1]} {m[2]} {m[3]}".encode()).hexdigest() == m[4]:
            out[(m[1], int(m[2]))] = bytes.fromhex(m[3])
    return out


def expected_object(prog) -> bytes:
    """What `rvjit compile -f elf` writes for the program, with the names the kernel kept."""
    from rvjit import elfimage
    isa = parse_isa(ISA)
    img = elfimage.from_image(prog.name[:NAME_LEN], compile_program(prog, isa), "xdp")
    img.maps = [dataclasses.replace(m, name=m.name[:NAME_LEN]) for m in img.maps]
    return elfimage.write([img], isa)


@dataclasses.dataclass
class Result:
    programs: int = 0
    packets: int = 0
    identical: int = 0          # objects byte-identical with rvjit/elfimage.py's
    differences: list = dataclasses.field(default_factory=list)
    failures: list = dataclasses.field(default_factory=list)

    def line(self) -> str:
        return (f"readback: {self.programs} programs, {self.packets} packets, "
                f"{len(self.differences)} differences")


def check(cases, init: dict, packets, steps: dict) -> Result:
    """Everything the VM gave back, against the Python writer, the maps put in, and Linux."""
    from rvjit import device
    from rvlab import corpus, diff_linux, pcap
    res = Result()
    for name, (rc, text) in steps.items():
        if name.startswith("readback_") and name != "readback_run" and rc:
            res.failures.append(f"step {name}: exit status {rc}\n"
                                + "\n".join("    | " + ln for ln in text.splitlines()[-20:]))
    got = {}
    for i in range(len(cases)):
        got.update(_emitted(steps.get(f"readback_elf_{i}", (1, ""))[1]))
    rc, text = steps.get("readback_run", (1, ""))
    names = [c.pin for c in cases]
    _, runs, lmaps, _, _, _, _, done, _ = corpus._parse(text, names, len(packets))
    if rc or done != len(cases):
        res.failures.append(f"readback: xdp_run did not finish (status {rc}, done {done})")
    linux = SimpleNamespace(runs=runs, maps={
        n: {k[:NAME_LEN]: v for k, v in ms.items()} for n, ms in lmaps.items()})
    with tempfile.TemporaryDirectory(prefix="readback-") as d:
        pc = Path(d) / "in.pcap"
        pc.write_bytes(pcap.write([f for _, f in packets]))
        for i, c in enumerate(cases):
            obj, maps = got.get(("O", i)), got.get(("Q", i))
            if obj is None or maps is None:
                res.failures.append(f"readback {c.pin}: rvjit-image elf gave nothing back")
                continue
            want = expected_object(c.program)
            if obj == want:
                res.identical += 1
            else:
                at = next((k for k, (a, b) in enumerate(zip(obj, want)) if a != b),
                          min(len(obj), len(want)))
                res.failures.append(f"readback {c.pin}: rvjit-image's object ({len(obj)} B) is "
                                    f"not rvjit compile -f elf's ({len(want)} B): first "
                                    f"difference at byte {at}")
            mfile = json.loads(maps)
            put = {n[:NAME_LEN]: sorted((k.hex(), v.hex()) for k, v in ents)
                   for n, ents in init[c.pin].items()}
            back = {n: sorted((e["key"], e["value"]) for e in ents) for n, ents in mfile.items()}
            if back != put:
                res.failures.append(f"readback {c.pin}: the maps read back are not the ones "
                                    f"put in: {json.dumps(back)[:300]}")
            entry = SimpleNamespace(name=c.pin)
            try:
                run = device.run(obj, pc, mfile, budget_ms=2000, deterministic=True)
                other = device.run(obj, pc, mfile, budget_ms=2000, deterministic=False)
            except device.DeviceError as e:
                res.failures.append(f"readback {c.pin}: rvoff-run refused the object: {e}")
                continue
            isa = parse_isa(ISA)
            res.differences += diff_linux.compare(entry, isa, packets, linux, run["packets"])
            res.differences += diff_linux.compare_maps(
                entry, isa, linux, diff_linux.device_maps(run), diff_linux.device_maps(other))
            res.programs += 1
            res.packets += len(packets)
    return res
