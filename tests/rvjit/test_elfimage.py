"""`rvjit compile -f elf`: the object GNU binutils link and disassemble (real ld, objdump,
readelf), and that rvoff-run runs (`rvjit run --pcap`)."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rvjit import elfimage
from rvjit.jit import compile_program
from tests.asm import alu64, exit_, mov64
from semantics.ebpf import ADD, MUL

ROOT = Path(__file__).resolve().parents[2]
GCC, OBJDUMP, READELF = ("riscv64-linux-gnu-gcc", "riscv64-linux-gnu-objdump",
                         "riscv64-linux-gnu-readelf")
QEMU = shutil.which("qemu-riscv64-static")

pytestmark = pytest.mark.skipif(not (shutil.which(GCC) and shutil.which(OBJDUMP) and QEMU),
                                reason="needs gcc-riscv64-linux-gnu and qemu-user-static")


def rvjit(*args):
    return subprocess.run([sys.executable, "-m", "rvjit.cli", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


PROG_A = mov64(0, 40) + alu64(ADD, 0, imm=2) + exit_()                   # 42
PROG_B = mov64(0, 6) + alu64(MUL, 0, imm=7) + exit_()                     # 42


@pytest.mark.parametrize("isa", ["", "c", "zba,zbb,c"])
def test_linked_by_gcc_and_run(tmp_path, isa):
    from rvjit.jit import parse_isa
    isa_set = parse_isa(isa)
    progs = [elfimage.from_image("prog_a", compile_program(PROG_A, isa_set)),
             elfimage.from_image("prog_b", compile_program(PROG_B, isa_set))]
    obj = tmp_path / "p.o"
    obj.write_bytes(elfimage.write(progs, isa_set))
    main = tmp_path / "main.c"
    main.write_text('#include <stdio.h>\n'
                    'unsigned long prog_a(void *, const void *, unsigned long);\n'
                    'unsigned long prog_b(void *, const void *, unsigned long);\n'
                    'int main(void) { printf("%lu %lu\\n", prog_a(0, 0, 33), prog_b(0, 0, 33));'
                    ' return 0; }\n')
    exe = tmp_path / "main"
    r = subprocess.run([GCC, "-static", "-o", exe, main, obj], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([QEMU, exe], capture_output=True, text=True, timeout=60)
    assert r.stdout.split() == ["42", "42"]

    dis = subprocess.run([OBJDUMP, "-d", obj], capture_output=True, text=True).stdout
    assert "<prog_a>:" in dis and "<prog_b>:" in dis
    head = subprocess.run([READELF, "-hsA", obj], capture_output=True, text=True).stdout
    assert ("RVC" in head) == ("c" in isa_set)
    assert "double-float ABI" in head
    syms = re.findall(r"\s(\d+) FUNC\s+GLOBAL\s+DEFAULT\s+1 (\w+)", head)
    assert sorted(n for _, n in syms) == ["prog_a", "prog_b"]
    assert {n: int(s) for s, n in syms} == {p.name: len(p.code) for p in progs}
    arch = re.search(r'Tag_RISCV_arch: "([^"]+)"', head)[1]
    for ext in ("zba", "zbb"):
        assert (ext in arch) == (ext in isa_set)
    # the code objdump shows under each symbol is that program's image, byte for byte
    for p in progs:
        body = dis.split(f"<{p.name}>:")[1].split("\n\n")[0]
        code = b"".join(bytes.fromhex(w)[::-1] for w in
                        re.findall(r"^\s+[0-9a-f]+:\s+([0-9a-f]+)\s", body, re.M))
        assert code == p.code


def test_atomics_say_the_a_extension(tmp_path):
    """An image with an atomic operation says A (docs/abi.md section 1) in its description's
    ISA bits and in Tag_RISCV_arch, so objdump decodes its AMO; one without does not."""
    from tests.asm import insn
    store = insn(0x7a, dst=10, off=-8, imm=0)                      # *(u64 *)(r10 - 8) = 0
    atomic = insn(0xdb, dst=10, src=0, off=-8, imm=0x00)           # lock *(u64 *)(r10 - 8) += r0
    for code, want in ((mov64(0, 1) + store + atomic + exit_(), True), (PROG_A, False)):
        img = elfimage.from_image("p", compile_program(code, frozenset()))
        obj = tmp_path / "p.o"
        obj.write_bytes(elfimage.write([img], frozenset()))
        head = subprocess.run([READELF, "-A", obj], capture_output=True, text=True).stdout
        dis = subprocess.run([OBJDUMP, "-d", obj], capture_output=True, text=True).stdout
        assert ("_a2p1" in head) == want, head
        assert ("amoadd.d" in dis) == want, dis
        assert ".4byte" not in dis and ".word" not in dis, dis
        hdr = obj.read_bytes()
        off = hdr.index(elfimage.DESC_MAGIC)
        isa_bits = int.from_bytes(hdr[off + 8:off + 12], "little")
        assert bool(isa_bits & elfimage.ISA_BITS["a"]) == want


def test_compile_f_elf_and_run_pcap(tmp_path):
    from rvlab import pcap
    src = tmp_path / "p.bin"
    src.write_bytes(mov64(0, 3) + exit_())                  # XDP_TX
    out = tmp_path / "p.o"
    r = rvjit("compile", src, "-f", "elf", "-o", out, "--isa", "c")
    assert r.returncode == 0, r.stderr
    assert out.read_bytes()[:4] == b"\x7fELF"
    pc = tmp_path / "in.pcap"
    pc.write_bytes(pcap.write([bytes(60), bytes(range(64))]))
    r = rvjit("run", src, "--pcap", pc)
    assert r.returncode == 0, r.stderr
    rows = [ln.split() for ln in r.stdout.splitlines() if re.match(r"^\s+\d+\s", ln)]
    assert [(x[0], x[1], x[2]) for x in rows] == [("0", "60", "XDP_TX"), ("1", "64", "XDP_TX")]
    r = rvjit("run", src, "--pcap", pc, "--json")
    assert [p["retval"] for p in json.loads(r.stdout)["packets"]] == [3, 3]
    r = rvjit("run", src, "--pcap", tmp_path / "missing.pcap")
    assert r.returncode == 1 and "missing.pcap: no such file" in r.stderr
    bad = tmp_path / "bad.pcap"
    bad.write_bytes(b"\xd4\xc3\xb2\xa1" + bytes(30))
    r = rvjit("run", src, "--pcap", bad)
    assert r.returncode == 1 and "pcap version" in r.stderr and "Traceback" not in r.stderr
    r = rvjit("run", src, "--maps", pc)
    assert r.returncode == 1 and "--maps needs --pcap" in r.stderr


def test_xdp_object_without_packets_gets_a_clear_message(tmp_path):
    if not shutil.which("clang"):
        pytest.skip("needs clang")
    c = tmp_path / "x.c"
    c.write_text('__attribute__((section("xdp"), used)) int prog(void *ctx) { return 2; }\n')
    o = tmp_path / "x.o"
    subprocess.run(["clang", "-O2", "-target", "bpf", "-c", c, "-o", o], check=True)
    r = rvjit("run", o)
    assert r.returncode == 1 and "runs on packets: give them with --pcap" in r.stderr
    pc = tmp_path / "in.pcap"
    from rvlab import pcap
    pc.write_bytes(pcap.write([bytes(60)]))
    r = rvjit("run", o, "--pcap", pc, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["packets"][0]["verdict"] == "XDP_PASS"


def test_run_fills_program_arrays_as_libbpf_does(tmp_path):
    """`.values = {[0] = &stage}` fills the PROG_ARRAY when Linux (libbpf) loads the object;
    `rvjit run` does the same, and --maps still overrides it."""
    if not shutil.which("clang"):
        pytest.skip("needs clang")
    from rvlab import corpus, pcap
    c = tmp_path / "t.c"
    c.write_text('''#include "common.h"
#include "bpf_helpers.h"
int stage(struct xdp_md *ctx);
int other(struct xdp_md *ctx);
struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__uint(key_size, sizeof(__u32));
	__array(values, int (void *));
} jmp SEC(".maps") = { .values = { [0] = (void *)&stage } };
SEC("xdp") int entry(struct xdp_md *ctx) { bpf_tail_call(ctx, &jmp, 0); return XDP_PASS; }
SEC("xdp") int stage(struct xdp_md *ctx) { return XDP_DROP; }
SEC("xdp") int other(struct xdp_md *ctx) { return XDP_TX; }
''')
    o = tmp_path / "t.o"
    subprocess.run(["clang", *corpus.CFLAGS, f"-I{corpus.SOURCES}",
                    *corpus._include_flags("clang"), "-c", c, "-o", o], check=True)
    pc = tmp_path / "in.pcap"
    pc.write_bytes(pcap.write([bytes(60)]))
    r = rvjit("run", o, "--pcap", pc, "--program", "entry", "--json")
    assert r.returncode == 0, r.stderr
    assert [p["verdict"] for p in json.loads(r.stdout)["packets"]] == ["XDP_DROP"]
    mp = tmp_path / "maps.json"
    mp.write_text(json.dumps({"jmp": [{"key": "00000000", "value": "other"}]}))
    r = rvjit("run", o, "--pcap", pc, "--program", "entry", "--maps", mp, "--json")
    assert r.returncode == 0, r.stderr
    assert [p["verdict"] for p in json.loads(r.stdout)["packets"]] == ["XDP_TX"]
