"""ELF input: the header checks, the refusals (one line each, naming the place), BTF against
bpftool, and the linking of maps, global data and functions on clang-built objects."""
from __future__ import annotations

import random
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from rvjit import btf, elf
from rvjit.bpf import BpfError

ROOT = Path(__file__).resolve().parents[2]
CILIUM = Path("/usr/share/gocode/src/github.com/cilium/ebpf/testdata")
XDP_TOOLS = sorted(Path("/usr/lib/x86_64-linux-gnu/bpf").glob("*.o"))


def clang(tmp_path, source: str, name="t", target="bpf", flags=("-g",)) -> Path:
    if not shutil.which("clang"):
        pytest.fail("clang is needed (Debian package clang; .ci/run installs it)")
    src = tmp_path / f"{name}.c"
    src.write_text(source)
    out = tmp_path / f"{name}.o"
    subprocess.run(["clang", "-O2", "-target", target, *flags, "-c", str(src), "-o", str(out)],
                   check=True, capture_output=True)
    return out


def cli(*args):
    return subprocess.run([sys.executable, "-m", "rvjit.cli", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def refused(path, *args) -> str:
    r = cli("compile", path, *args)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "Traceback" not in r.stderr and r.stderr.count("\n") == 1, r.stderr
    return r.stderr


HEADER = r"""
#define SEC(n) __attribute__((section(n), used))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name
typedef unsigned int u32;
typedef unsigned long long u64;
static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *)1;
"""


# --- the header ------------------------------------------------------------------------------

PASS = HEADER + 'SEC("xdp") int pass(void *ctx) { return 2; }\n'


def test_big_endian_objects_are_refused(tmp_path):
    """The issue's example: a bpfeb object's `r0 = r1; r0 += 1` read as little endian is
    `r1 = r0; r0 += 16777216`.  It must be refused, not compiled."""
    eb = clang(tmp_path, PASS, "eb", target="bpfeb")
    for path in [eb] + [p for p in [CILIUM / "loader-clang-14-eb.elf"] if p.exists()]:
        err = refused(path)
        assert "big-endian (ELFDATA2MSB" in err and "little-endian BPF objects only" in err, err
    if not (CILIUM / "loader-clang-14-eb.elf").exists():
        pytest.fail("golang-github-cilium-ebpf-dev is needed for cilium's big-endian objects "
                    "(.ci/run installs it)")


def _patched(path: Path, tmp_path: Path, at: int, fmt: str, value) -> Path:
    data = bytearray(path.read_bytes())
    struct.pack_into(fmt, data, at, value)
    out = tmp_path / f"patched_{at}.o"
    out.write_bytes(data)
    return out


def test_header_fields_are_checked(tmp_path):
    obj = clang(tmp_path, PASS)
    cases = {
        (4, "B", 1): "ELFCLASS32 (32-bit); BPF objects are ELFCLASS64",
        (6, "B", 2): "EI_VERSION 2",
        (0x10, "<H", 2): "not a relocatable object: e_type ET_EXEC",
        (0x12, "<H", 243): "machine EM_RISCV (243), not EM_BPF (247)",
        (0x14, "<I", 0): "e_version 0",
        (0x3A, "<H", 40): "section header size 40",
        (0x3E, "<H", 0): "e_shstrndx 0 is not a string table",
    }
    for (at, fmt, value), want in cases.items():
        err = refused(_patched(obj, tmp_path, at, fmt, value))
        assert want in err, (at, err)
    assert "not a BPF object: machine EM_X86_64 (62)" in refused("/bin/true")


def test_truncated_and_corrupted_objects_never_raise_anything_else(tmp_path):
    """Every truncation, and random corruptions of the header, section table and symbol
    table: an ElfError (or a located BpfError), never another exception."""
    obj = clang(tmp_path, HEADER + r"""
struct { __uint(type, 2); __uint(max_entries, 4); __type(key, u32); __type(value, u64); } m SEC(".maps");
int g = 3;
static __attribute__((noinline)) int f(int x) { return x * g; }
SEC("xdp") int p(void *ctx) { u32 k = 1; u64 *v = bpf_map_lookup_elem(&m, &k); return v ? f(*v) : 0; }
""")
    data = obj.read_bytes()
    shoff = struct.unpack_from("<Q", data, 0x28)[0]

    def attempt(blob):
        p = tmp_path / "fuzz.o"
        p.write_bytes(blob)
        try:
            o = elf.Object(p)
            for fn in o.programs():
                elf.link(o, fn)
        except BpfError as e:
            assert "\n" not in str(e), str(e)

    for n in list(range(0, 200, 7)) + list(range(200, len(data), max(1, len(data) // 150))):
        attempt(data[:n])
    rng = random.Random(11)
    hot = list(range(0, 64)) + list(range(shoff, len(data)))
    for _ in range(600):
        b = bytearray(data)
        for _ in range(rng.randint(1, 3)):
            b[rng.choice(hot)] = rng.getrandbits(8)
        attempt(bytes(b))


def test_bad_relocations_name_the_place(tmp_path):
    obj = clang(tmp_path, HEADER + r"""
struct { __uint(type, 2); __uint(max_entries, 4); __type(key, u32); __type(value, u64); } m SEC(".maps");
SEC("xdp") int p(void *ctx) { u32 k = 0; return bpf_map_lookup_elem(&m, &k) != 0; }
""")
    o = elf.Object(obj)
    rel = next(s for s in o.sections if s.name == ".relxdp")
    sym_at = rel.offset + 8 + 4                        # the first relocation's r_info symbol
    err = refused(_patched(obj, tmp_path, sym_at, "<I", 9999))
    assert "section '.relxdp', relocation 0 (byte 0): symbol index 9999 is past the symbol " \
           "table" in err, err
    off_at = rel.offset                                # its r_offset: onto the next insn
    r_off = struct.unpack_from("<Q", obj.read_bytes(), off_at)[0]
    err = refused(_patched(obj, tmp_path, off_at, "<Q", r_off + 8))
    assert f"section 'xdp' byte {r_off + 8:#x} (function 'p'): R_BPF_64_64 relocation against " \
           "'m' is not at the start of an instruction" in err, err
    err = refused(_patched(obj, tmp_path, off_at, "<Q", r_off - 8))       # onto an ALU insn
    assert f"section 'xdp' byte {r_off - 8:#x} (function 'p' insn " in err and \
        "only LD_IMM64 and CALL take relocations" in err, err
    err = refused(_patched(obj, tmp_path, off_at, "<Q", r_off + 16))      # onto the helper call
    assert "a relocated call must be a bpf-to-bpf call (src 1, BPF_PSEUDO_CALL)" in err, err
    err = refused(_patched(obj, tmp_path, off_at, "<Q", 1 << 20))
    assert "offset 0x100000 is outside 'xdp'" in err, err


def test_externs_and_kfuncs_are_refused_each_with_its_message(tmp_path):
    obj = clang(tmp_path, HEADER + r"""
extern unsigned int LINUX_KERNEL_VERSION __attribute__((section(".kconfig")));
extern const void bpf_prog_active __attribute__((section(".ksyms")));
extern int bpf_kfunc_example(int x) __attribute__((section(".ksyms")));
SEC("xdp") int uses_kconfig(void *ctx) { return LINUX_KERNEL_VERSION > 0x60000; }
SEC("xdp") int uses_ksym(void *ctx) { return (long)&bpf_prog_active & 1; }
SEC("xdp") int uses_kfunc(void *ctx) { return bpf_kfunc_example(3); }
""")
    err = refused(obj, "-p", "uses_kconfig")
    assert "refers to the kconfig extern 'LINUX_KERNEL_VERSION' (.kconfig" in err, err
    err = refused(obj, "-p", "uses_ksym")
    assert "refers to the ksym extern 'bpf_prog_active' (.ksyms" in err, err
    err = refused(obj, "-p", "uses_kfunc")
    assert "calls 'bpf_kfunc_example', a kernel function (kfunc" in err, err
    for e in (err,):
        assert "(function 'uses_kfunc' insn " in e


def test_pointers_in_global_data_are_refused(tmp_path):
    obj = clang(tmp_path, HEADER + r"""
int a = 1;
int *pa = &a;
SEC("xdp") int p(void *ctx) { return *pa; }
""")
    err = refused(obj)
    assert "section '.data' holds a pointer at byte 0x8 (R_BPF_64_ABS64 against 'a')" in err, err


# --- BTF against bpftool ---------------------------------------------------------------------

def _btf_objects():
    from rvlab import corpus
    return [e.path for e in corpus.build()] + XDP_TOOLS


def test_btf_dump_matches_bpftool():
    """rvjit/btf.py against Debian's bpftool (libbpf's parser), type for type, over every
    corpus object and every object of xdp-tools/libxdp1."""
    objs = _btf_objects()
    assert len(XDP_TOOLS) >= 15 and len(objs) >= 100
    bpftool = shutil.which("bpftool") or "/usr/sbin/bpftool"
    types = 0
    for path in objs:
        o = elf.Object(path)
        assert o.btf is not None, path
        ref = subprocess.run([bpftool, "btf", "dump", "file", str(path)], capture_output=True,
                             text=True, check=True).stdout
        mine = btf.dump(o.btf)
        assert mine == ref, (path, _first_diff(mine, ref))
        types += len(o.btf.types) - 1
    assert types > 2000


def _first_diff(a, b):
    for k, (x, y) in enumerate(zip(a.splitlines(), b.splitlines())):
        if x != y:
            return k, x, y
    return "lengths", len(a), len(b)


def _bpftool_types(text: str) -> dict:
    """bpftool's raw dump as {id: (kind, name, header fields, [member lines])}."""
    import re
    types, cur = {}, None
    for line in text.splitlines():
        m = re.match(r"\[(\d+)\] (\w+) '([^']*)'(.*)", line)
        if m:
            cur = types[int(m[1])] = (m[2], m[3], dict(re.findall(r"(\w+)=(\w+)", m[4])), [])
        elif cur is not None:
            cur[3].append(line.strip())
    return types


def test_btf_maps_against_bpftool_map_definitions():
    """Each BTF-defined map's type, sizes, entries and flags read independently from
    bpftool's dump (DATASEC '.maps' -> VAR -> struct members -> the lengths of the arrays
    their pointers point to) and compared with rvjit's MapSpec."""
    import re
    bpftool = shutil.which("bpftool") or "/usr/sbin/bpftool"
    checked = 0
    for path in _btf_objects():
        o = elf.Object(path)
        if o.by_name.get(".maps") is None:
            continue
        types = _bpftool_types(subprocess.run([bpftool, "btf", "dump", "file", str(path)],
                                              capture_output=True, text=True, check=True).stdout)
        ds = next(t for t in types.values() if t[0] == "DATASEC" and t[1] == ".maps")
        specs = {spec.name: spec for spec in o.maps.values()}
        for line in ds[3]:
            var = types[int(re.match(r"type_id=(\d+)", line)[1])]
            struct_t = types[int(var[2]["type_id"])]
            while struct_t[0] in ("TYPEDEF", "CONST", "VOLATILE"):
                struct_t = types[int(struct_t[2]["type_id"])]
            fields = {}
            for member in struct_t[3]:
                name, tid = re.match(r"'(\w+)' type_id=(\d+)", member).groups()
                ptr = types[int(tid)]
                if ptr[0] == "PTR" and types[int(ptr[2]["type_id"])][0] == "ARRAY":
                    fields[name] = int(types[int(ptr[2]["type_id"])][2]["nr_elems"])
            spec = specs[var[1]]
            assert fields["type"] == spec.type, (path, spec.name)
            assert fields.get("max_entries", 0) == spec.max_entries, (path, spec.name)
            assert fields.get("map_flags", 0) == spec.flags, (path, spec.name)
            for k in ("key_size", "value_size"):
                if k in fields:
                    assert fields[k] == getattr(spec, k), (path, spec.name, k)
            checked += 1
    assert checked >= 40


# --- linking ------------------------------------------------------------------------------------

def test_linking_appends_subprograms_and_numbers_maps_by_first_reference(tmp_path):
    """Worked out by hand from the source: main calls b first, b calls c; a and c are
    appended in call order; maps in order of first reference in the final array (m2 in main,
    then .bss in b, then m1 in c)."""
    obj = clang(tmp_path, HEADER + r"""
struct { __uint(type, 2); __uint(max_entries, 1); __type(key, u32); __type(value, u64); } m1 SEC(".maps");
struct { __uint(type, 1); __uint(max_entries, 8); __type(key, u64); __type(value, u32); } m2 SEC(".maps");
u64 counter;
u64 second;
static __attribute__((noinline)) int c(int x) { u32 k = 0; return bpf_map_lookup_elem(&m1, &k) ? x : 0; }
static __attribute__((noinline)) int b(int x) { second += x; return c(x) + 1; }
SEC("xdp") int main_prog(void *ctx) { u64 k = 7; if (!bpf_map_lookup_elem(&m2, &k)) return 0; return b(3); }
""")
    prog = elf.load(obj)
    names = [n for n, _ in prog.functions]
    assert names == ["main_prog", "b", "c"]
    assert [m.name for m in prog.maps] == ["m2", "t.bss", "m1"]
    bss = prog.maps[1]
    assert (bss.type, bss.key_size, bss.value_size, bss.max_entries, bss.data) == (2, 4, 16, 1,
                                                                                 bytes(16))
    assert prog.maps[0].key_type == "u64" and prog.maps[0].value_type == "u32"
    slots = [struct.unpack_from("<BBhi", prog.code, 8 * i) for i in range(len(prog.code) // 8)]
    refs = [(i, s[1] >> 4, s[3], slots[i + 1][3]) for i, s in enumerate(slots)
            if s[0] == 0x18 and s[1] >> 4]
    # `second` is the second u64 of .bss: value offset 8
    assert [(src, imm, off) for _, src, imm, off in refs] == [(5, 0, 0), (6, 1, 8), (5, 2, 0)]
    starts = dict(prog.functions)
    calls = [(i, i + 1 + s[3]) for i, s in enumerate(slots) if s[0] == 0x85 and s[1] >> 4 == 1]
    assert [t for _, t in calls] == [starts["b"], starts["c"]]
    assert starts["b"] < calls[1][0] < starts["c"]


def test_rodata_and_prog_array_initial_values(tmp_path):
    obj = clang(tmp_path, HEADER + r"""
#define __array(name, val) typeof(val) *name[]
const volatile u32 knob = 5;
int target(void *ctx);
struct { __uint(type, 3); __uint(max_entries, 4); __uint(key_size, 4);
         __array(values, int (void *)); } jumps SEC(".maps") = { .values = { [2] = (void *)&target } };
static long (*bpf_tail_call)(void *ctx, void *map, u32 index) = (void *)12;
SEC("xdp") int entry(void *ctx) { bpf_tail_call(ctx, &jumps, knob); return 2; }
SEC("xdp") int target(void *ctx) { return 1; }
""", "pa")
    prog = elf.load(obj, "entry")
    by = {m.name: m for m in prog.maps}
    ro = by["pa.rodata"]
    assert ro.flags == elf.BPF_F_RDONLY_PROG and ro.data == (5).to_bytes(4, "little")
    assert by["jumps"].values == ((2, "target"),) and by["jumps"].value_size == 4


def test_function_pointers_become_pseudo_func(tmp_path):
    obj = clang(tmp_path, HEADER + r"""
static long (*bpf_loop)(u32 n, void *fn, void *ctx, u64 flags) = (void *)181;
static long cb(u32 i, void *ctx) { return 0; }
SEC("xdp") int p(void *ctx) { bpf_loop(4, cb, 0, 0); return 2; }
""")
    prog = elf.load(obj)
    slots = [struct.unpack_from("<BBhi", prog.code, 8 * i) for i in range(len(prog.code) // 8)]
    ld = [i for i, s in enumerate(slots) if s[0] == 0x18 and s[1] >> 4 == 4]
    assert len(ld) == 1 and ld[0] + 1 + slots[ld[0]][3] == dict(prog.functions)["cb"]


def test_section_names_give_program_types():
    cases = {"xdp": "xdp", "xdp.frags": "xdp", "xdp/devmap": "xdp", "tc": "sched_cls",
             "classifier": "sched_cls", "action": "sched_act", "tc/ingress": "sched_cls",
             "kprobe/sys_open": "kprobe", "fentry/func": "tracing", "socket": "socket_filter",
             "cgroup/connect4": "cgroup", "nonsense": None}
    assert {s: elf.prog_type_of(s) for s in cases} == cases


def test_libbpf_internal_map_names():
    assert elf.internal_map_name("xdp-dispatcher.o", ".rodata") == "xdp_disp.rodata"
    assert elf.internal_map_name("a.o", ".bss") == "a.bss"
    assert elf.internal_map_name("my_object_name.o", ".kconfig") == "my_obje.kconfig"
    assert elf.internal_map_name("x.o", ".rodata.abracadabra") == ".rodata.abracad"


def test_legacy_maps_section(tmp_path):
    """libbpf 0.x's `struct bpf_map_def SEC("maps")` (libbpf 1.x refuses the section; rvjit
    reads it as 0.x did): one record per symbol, fields from the source."""
    obj = clang(tmp_path, HEADER + r"""
struct bpf_map_def { u32 type, key_size, value_size, max_entries, map_flags; };
struct bpf_map_def SEC("maps") counts = { 6, 4, 8, 16, 0 };
struct bpf_map_def SEC("maps") table = { 1, 8, 16, 1024, 1 };
SEC("xdp") int p(void *ctx) {
    u32 k = 0; u64 kk = 1;
    if (!bpf_map_lookup_elem(&table, &kk)) return 1;
    return bpf_map_lookup_elem(&counts, &k) != 0; }
""", flags=())
    prog = elf.load(obj)
    got = [(m.name, m.type, m.key_size, m.value_size, m.max_entries, m.flags, m.section)
           for m in prog.maps]
    assert got == [("table", 1, 8, 16, 1024, 1, "maps"), ("counts", 6, 4, 8, 16, 0, "maps")]


def test_calls_within_the_programs_own_section(tmp_path):
    """A function placed in the program's own section is called without a relocation (the
    call's imm is relative in the section); it is appended like a .text subprogram."""
    obj = clang(tmp_path, HEADER + r"""
__attribute__((noinline, section("xdp"))) static int twice(int x) { return x * 2 + 1; }
SEC("xdp") int p(void *ctx) { return twice(((long)ctx) & 7); }
""")
    o = elf.Object(obj)
    assert not o.relocs.get(o.by_name["xdp"].index)
    assert [f.name for f in o.programs()] == ["p"]           # a static function is no program
    prog = elf.load(obj)
    assert [n for n, _ in prog.functions] == ["p", "twice"]
    slots = [struct.unpack_from("<BBhi", prog.code, 8 * i) for i in range(len(prog.code) // 8)]
    call = next(i for i, s in enumerate(slots) if s[0] == 0x85)
    assert call + 1 + slots[call][3] == dict(prog.functions)["twice"]
    assert len(prog.code) == o.by_name["xdp"].size      # both functions, once each
