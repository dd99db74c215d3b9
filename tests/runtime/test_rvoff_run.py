"""rvoff-run, the device runtime (runtime/): pcap input, maps, helpers, tail calls, faults and
bad input.  The images are hand-written RISC-V (tests/runtime/images.py) assembled by GNU as;
the expected values are Linux 6.1's, read from its code (net/core/filter.c,
kernel/bpf/{arraymap,hashtab,devmap,helpers}.c, kernel/trace/bpf_trace.c) and bpf-helpers(7),
each cited where it is used."""
from __future__ import annotations

import json
import shutil
import struct

import pytest

from rvjit import device
from rvlab import pcap
from tests.runtime import images as I

EINVAL, ENOENT, EEXIST, E2BIG, EACCES = 22, 2, 17, 7, 13
ANY, NOEXIST, EXIST, F_LOCK = 0, 1, 2, 4
XDP_ABORTED, XDP_DROP, XDP_PASS, XDP_TX, XDP_REDIRECT = range(5)

pytestmark = pytest.mark.skipif(
    not (I.have_binutils() and shutil.which("riscv64-linux-gnu-gcc")
         and (shutil.which("qemu-riscv64-static") or __import__("platform").machine() == "riscv64")),
    reason="needs gcc-riscv64-linux-gnu, binutils-riscv64-linux-gnu and qemu-user-static")


def frame(n=60, fill=0xAB) -> bytes:
    return bytes(range(1, 15)) + bytes([fill]) * (n - 14)


def run(tmp_path, objects, packets, maps=None, *, args=(), program=None, check=True, **kw):
    paths = []
    for k, o in enumerate(objects):
        p = tmp_path / f"img{k}.o"
        p.write_bytes(o)
        paths.append(p)
    pc = tmp_path / "in.pcap"
    pc.write_bytes(pcap.write(packets) if not isinstance(packets, bytes) else packets)
    mp = None
    if maps is not None:
        mp = tmp_path / "maps.json"
        mp.write_text(maps if isinstance(maps, str) else json.dumps(maps))
    r = device.run_raw(paths, pc, mp, program=program, extra=args, **kw)
    if not check:
        return r
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout) | {"stderr": r.stderr}


def probe(steps, ret=XDP_TX, maps=(), helpers=None, name="probe"):
    hs = helpers if helpers is not None else [s[1] for s in steps if s[0] == "call"]
    return I.image(name, I.assemble(I.probe_asm(steps, ret)), [I.OUT, *maps], hs)


def key_at(off, reg="a1"):
    return f"addi {reg}, s1, {off}"


def map_reg(i, reg="a0"):
    return f"ld {reg}, {-16 * (i + 1)}(s6)"


# --- pcap ------------------------------------------------------------------------------------

RET_PASS = I.image("pass", I.assemble("    li a0, 2\n    ret\n"))


def test_pcap_byte_orders_and_time_stamp_units_agree(tmp_path):
    frames = [frame(14), frame(60), frame(1514)]
    outs = []
    for nsec in (False, True):
        for be in (False, True):
            r = run(tmp_path, [I.obj(RET_PASS)], pcap.write(frames, nsec=nsec, big_endian=be))
            outs.append([(p["len"], p["verdict"]) for p in r["packets"]])
    assert outs[0] == [(14, "XDP_PASS"), (60, "XDP_PASS"), (1514, "XDP_PASS")]
    assert all(o == outs[0] for o in outs)


def test_frames_a_test_run_would_refuse_are_reported_and_the_run_goes_on(tmp_path):
    r = run(tmp_path, [I.obj(RET_PASS)], [bytes(13), frame(3521), frame(3520)])
    p = r["packets"]
    assert "error" in p[0] and "13 bytes" in p[0]["error"]
    assert "error" in p[1] and "3521 bytes" in p[1]["error"]
    assert p[2]["verdict"] == "XDP_PASS"


@pytest.mark.parametrize("data,message", [
    (b"\xd4\xc3\xb2", "offset 0: not a pcap file"),
    (b"\x0a\x0d\x0d\x0a" + bytes(20), "offset 0: not a classic pcap file"),
    (struct.pack("<IHHiIII", 0xA1B2C3D4, 1, 0, 0, 0, 65535, 1), "offset 4: pcap version 1.0"),
    (struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 101), "offset 20: link type 101"),
    (pcap.write([frame()])[:24 + 10], "offset 24: record 0: truncated record header"),
    (pcap.write([frame(), frame()])[:-5], "offset 108: record 1: 60 captured bytes, only 55"),
    (pcap.write([frame()])[:28] + struct.pack("<I", 1 << 20) + pcap.write([frame()])[32:],
     "record 0: time stamp fraction"),
    (pcap.write([frame()])[:32] + struct.pack("<I", 1 << 20) + pcap.write([frame()])[36:],
     "offset 32: record 0: captured length 1048576 is too large"),
])
def test_bad_pcap_refused_with_the_offset(tmp_path, data, message):
    r = run(tmp_path, [I.obj(RET_PASS)], data, check=False)
    assert r.returncode == 1 and message in r.stderr, r.stderr
    assert r.stdout == "" and "Traceback" not in r.stderr


# --- images ------------------------------------------------------------------------------------

def _patch(data: bytes, at: int, new: bytes) -> bytes:
    return data[:at] + new + data[at + len(new):]


def _section_offset(data: bytes, name: str) -> int:
    from elftools.elf.elffile import ELFFile
    import io
    return ELFFile(io.BytesIO(data)).get_section_by_name(name)["sh_offset"]


def test_bad_images_refused(tmp_path):
    good = I.obj(RET_PASS)
    progs = _section_offset(good, ".rvoff.progs")
    cases = [
        (b"not an elf at all", "offset 0: not an ELF file"),
        (_patch(good, 18, struct.pack("<H", 247)), "machine 247, not RISC-V"),
        (_patch(good, 16, struct.pack("<H", 2)), "not a relocatable object"),
        (good[:len(good) // 2], "outside the file"),
        (_patch(good, progs, b"XXXX"), ".rvoff.progs: offset 0: bad magic"),
        (_patch(good, progs + 4, struct.pack("<I", 9)), "description version 9"),
        (_patch(good, progs + 12, struct.pack("<I", 1000)), "1000 programs do not fit"),
        (_patch(good, progs + 16 + 8, struct.pack("<I", 0x1000)), "is not inside .text"),
        (_patch(good, progs + 16 + 4, struct.pack("<I", 2)), "program type 2 has no device context"),
        (_patch(good, 48, struct.pack("<I", 4)), "disagree with the description's ISA"),
        (I.obj(I.image('a"b', RET_PASS.code)), "has a character (0x22) names may not have"),
    ]
    for data, message in cases:
        r = run(tmp_path, [data], [frame()], check=False)
        assert r.returncode == 1 and message in r.stderr, (message, r.stderr)
        assert "Traceback" not in r.stderr and r.stdout == ""


def test_a_helper_the_runtime_lacks_is_refused_at_load(tmp_path):
    img = I.image("p", I.assemble("    li a0, 2\n    ret\n"), helpers=[26])
    r = run(tmp_path, [I.obj(img)], [frame()], check=False)
    assert r.returncode == 1
    assert "program p calls helper 26 (skb_load_bytes), which rvoff-run does not provide" in r.stderr
    img = I.image("p", I.assemble("    li a0, 2\n    ret\n"), helpers=[9999])
    r = run(tmp_path, [I.obj(img)], [frame()], check=False)
    assert r.returncode == 1 and "helper 9999 (not a Linux 6.1 helper)" in r.stderr
    tc = I.image("t", I.assemble("    li a0, 0\n    ret\n"), helpers=[44], prog_type="sched_cls")
    r = run(tmp_path, [I.obj(tc)], [frame()], check=False)
    assert r.returncode == 1 and "bpf_xdp_adjust_head, which only XDP programs may call" in r.stderr


# --- faults and the budget ----------------------------------------------------------------------

FAULTS = I.image("faults", I.assemble("""
    ld t1, 24(a0)
    lbu t2, 14(t1)
    li t3, 1
    beq t2, t3, 1f
    li t3, 2
    beq t2, t3, 2f
    li t3, 3
    beq t2, t3, 3f
    li a0, 2
    ret
1:  ld a0, 8(zero)
    ret
2:  j 2b
3:  .word 0
"""))


def test_faults_and_overruns_are_reported_per_packet_and_the_run_goes_on(tmp_path):
    pk = [frame(fill=1), frame(fill=2), frame(fill=3), frame(fill=0)]
    r = run(tmp_path, [I.obj(FAULTS)], pk, budget_ms=200)
    p = r["packets"]
    assert p[0]["error"] == "fault" and p[0]["signal"] == "SIGSEGV" and p[0]["addr"] == "0x8"
    assert p[0]["pc"].startswith("faults+0x")
    assert p[1]["error"] == "budget" and p[1]["budget_ms"] == 200
    assert p[2]["error"] == "fault" and p[2]["signal"] == "SIGILL"
    assert p[3]["verdict"] == "XDP_PASS"


# --- maps -------------------------------------------------------------------------------------

def _upd(m, koff, voff, flags):
    return ("call", 2, [map_reg(m), key_at(koff), key_at(voff, "a2"), f"li a3, {flags}"])


def _del(m, koff):
    return ("call", 3, [map_reg(m), key_at(koff)])


def _lookup_value(m, koff):
    """lookup, then the u64 the value starts with, or -1 for NULL"""
    return [("call", 1, [map_reg(m), key_at(koff)],
             "    beqz a0, 7f\n    ld a0, 0(a0)\n    j 8f\n7:  li a0, -1\n8:\n")]


def _keys_packet():
    """keys 1, 2, 3 (u32) at 100, 104, 108; values 0x11.., 0x22.., 0x33.. (u64) at 120.."""
    body = struct.pack("<III", 1, 2, 3) + bytes(8) + struct.pack("<QQQ", 0x1111, 0x2222, 0x3333)
    return frame(100) + body + bytes(20)


def test_hash_map_flags_and_errors(tmp_path):
    h = I.hash_map("h", 4, 8, 2)
    steps = [
        _upd(1, 100, 120, ANY),          # 0: insert 1
        _upd(1, 100, 128, NOEXIST),      # -EEXIST: check_flags
        _upd(1, 104, 128, EXIST),        # -ENOENT
        _upd(1, 104, 128, NOEXIST),      # 0: insert 2
        _upd(1, 108, 136, ANY),          # -E2BIG: preallocated and full
        _upd(1, 100, 128, 3),            # -EINVAL: unknown flags
        _upd(1, 100, 128, F_LOCK),       # -EINVAL: no bpf_spin_lock in the value
        _upd(1, 100, 136, EXIST),        # 0: replace 1's value
        _del(1, 108),                    # -ENOENT
        _del(1, 104),                    # 0
        *_lookup_value(1, 100),          # 0x3333
        *_lookup_value(1, 104),          # NULL
    ]
    r = run(tmp_path, [I.obj(probe(steps, maps=[h]))], [_keys_packet()])
    assert I.results(r)[:12] == [0, -EEXIST, -ENOENT, 0, -E2BIG, -EINVAL, -EINVAL, 0, -ENOENT,
                                 0, 0x3333, -1]
    assert r["maps"]["h"]["entries"] == [{"key": "01000000", "value": "3333000000000000"}]


def test_array_map_flags_errors_and_value_base(tmp_path):
    a = I.hash_map("a", 4, 8, 4, type_=2)
    pk = frame(100) + struct.pack("<III", 4, 1, 0) + bytes(8) + struct.pack("<QQ", 0x77, 0x88) \
        + bytes(20)
    steps = [
        _upd(1, 100, 120, ANY),          # -E2BIG: index 4 of 4
        _upd(1, 104, 120, NOEXIST),      # -EEXIST: every element exists
        _upd(1, 104, 120, EXIST),        # 0
        _upd(1, 108, 128, ANY),          # 0: element 0 = 0x88
        _upd(1, 104, 120, 3),            # -EINVAL
        _del(1, 104),                    # -EINVAL: array elements cannot be deleted
        *_lookup_value(1, 100),          # NULL
        ("asm", "    ld a0, -24(s6)\n    ld a0, 0(a0)\n    ld t2, -8(s6)\n"
                "    sd a0, 56(t2)\n"),     # the RT value base is element 0's value
    ]
    r = run(tmp_path, [I.obj(probe(steps, maps=[a], helpers=[1, 2, 3]))], [pk])
    assert I.results(r)[:8] == [-E2BIG, -EEXIST, 0, 0, -EINVAL, -EINVAL, -1, 0x88]
    assert r["maps"]["a"]["entries"] == [{"key": "00000000", "value": "8800000000000000"},
                                         {"key": "01000000", "value": "7700000000000000"}]


def test_percpu_and_lru_maps_flags_and_errors(tmp_path):
    # kernel/bpf/arraymap.c bpf_percpu_array_update: NOEXIST -EEXIST, index -E2BIG, flags
    # -EINVAL; hashtab.c: the per-CPU and LRU hash maps check flags as HASH does
    pa = I.hash_map("pa", 4, 8, 2, type_=6)          # PERCPU_ARRAY
    ph = I.hash_map("ph", 4, 8, 2, type_=5)          # PERCPU_HASH, preallocated
    lru = I.hash_map("lru", 4, 8, 2, type_=9)        # LRU_HASH
    steps = [
        _upd(1, 100, 120, NOEXIST),      # -EEXIST: every element exists
        _upd(1, 108, 120, ANY),          # -E2BIG: index 3 of 2
        _upd(1, 100, 120, 4),            # -EINVAL: BPF_F_LOCK, no spin lock
        _del(1, 100),                    # -EINVAL: array elements cannot be deleted
        _upd(2, 100, 120, EXIST),        # -ENOENT
        _upd(2, 100, 120, NOEXIST),      # 0
        _upd(2, 100, 128, NOEXIST),      # -EEXIST
        _upd(2, 104, 120, ANY),          # 0
        _upd(2, 108, 120, ANY),          # -E2BIG: full
        _del(2, 108),                    # -ENOENT
        _upd(3, 100, 120, EXIST),        # -ENOENT
        _del(3, 100),                    # -ENOENT
        _upd(3, 100, 120, 3),            # -EINVAL
    ]
    r = run(tmp_path, [I.obj(probe(steps, maps=[pa, ph, lru]))], [_keys_packet()])
    assert I.results(r)[:13] == [-EEXIST, -E2BIG, -EINVAL, -EINVAL, -ENOENT, 0, -EEXIST, 0,
                                 -E2BIG, -ENOENT, -ENOENT, -ENOENT, -EINVAL]
    assert [e["key"] for e in r["maps"]["ph"]["entries"]] == ["01000000", "02000000"]
    assert r["maps"]["lru"]["entries"] == []


def test_lru_hash_evicts_the_least_recently_used(tmp_path):
    lru = I.hash_map("lru", 4, 8, 2, type_=9)
    pk = frame(100) + struct.pack("<III", 1, 2, 3) + bytes(8) + struct.pack("<Q", 5) + bytes(40)
    steps = [_upd(1, 100, 120, ANY), _upd(1, 104, 120, ANY),
             ("call", 1, [map_reg(1), key_at(100)]),           # 1 is now the most recent
             _upd(1, 108, 120, NOEXIST)]                       # full: 2 goes, no -E2BIG
    r = run(tmp_path, [I.obj(probe(steps, maps=[lru]))], [pk])
    assert I.results(r)[3] == 0
    assert [e["key"] for e in r["maps"]["lru"]["entries"]] == ["01000000", "03000000"]


def test_percpu_maps_hold_one_value_per_cpu(tmp_path):
    pa = I.hash_map("pa", 4, 8, 2, type_=6)          # PERCPU_ARRAY
    ph = I.hash_map("ph", 4, 8, 2, type_=5)          # PERCPU_HASH
    pk = frame(100) + struct.pack("<III", 1, 0, 0) + bytes(8) + struct.pack("<Q", 9) + bytes(40)
    steps = [
        ("call", 8, []),                                              # get_smp_processor_id
        _upd(1, 100, 120, ANY),
        _upd(2, 100, 120, ANY),
        ("call", 195, [map_reg(1), key_at(100), "li a2, 3"]),        # cpu 3: a value
        ("call", 195, [map_reg(1), key_at(100), "li a2, 4"]),        # cpu 4 of 4: NULL
    ]
    r = run(tmp_path, [I.obj(probe(steps, maps=[pa, ph]))], [pk], ncpus=4, cpu=2)
    res = I.results(r)
    assert res[0] == 2 and res[1] == 0 and res[2] == 0 and res[3] != 0 and res[4] == 0
    nine, zero = "0900000000000000", "0" * 16
    assert r["maps"]["pa"]["entries"] == [{"key": "01000000", "values": [zero, zero, nine, zero]}]
    assert r["maps"]["ph"]["entries"] == [{"key": "01000000", "values": [zero, zero, nine, zero]}]


def test_initial_map_contents_and_bad_maps_files(tmp_path):
    h = I.hash_map("h", 4, 8, 2)
    img = I.obj(probe(_lookup_value(1, 100), maps=[h]))
    pk = [frame(100) + struct.pack("<I", 7) + bytes(40)]
    r = run(tmp_path, [img], pk, {"h": [{"key": "07000000", "value": "2a00000000000000"}]})
    assert I.results(r)[0] == 42
    for maps, message in [
        ('{"h": [', "offset 7: unexpected end of file"),
        ('{"h": [}', "offset 7: expected a JSON value"),
        ('{"h": [{"key": "0700", "value": "2a00000000000000"}]}', "map h, entry 0: \"key\" must be a hex string of 4 bytes"),
        ('{"h": [{"key": "07000000", "value": "zz"}]}', "\"value\" must be a hex string of 8 bytes"),
        ('{"nope": []}', "no map named \"nope\" (the images' maps: out, h)"),
        ('{"h": [{"key": "01000000", "value": "0000000000000000"}, {"key": "02000000", "value": '
         '"0000000000000000"}, {"key": "03000000", "value": "0000000000000000"}]}',
         "entry 2: the map is full (E2BIG)"),
        ('[1]', "expected an object of maps"),
    ]:
        res = run(tmp_path, [img], pk, maps, check=False)
        assert res.returncode == 1 and message in res.stderr, (message, res.stderr)


# --- packet helpers ---------------------------------------------------------------------------

def _adj(hid, off):
    return ("call", hid, ["mv a0, s2", f"li a1, {off}"])


def test_xdp_adjust_head_tail_meta_keep_linux_bounds(tmp_path):
    # net/core/filter.c (6.1), BPF_PROG_TEST_RUN's frame: 256 bytes of headroom, struct
    # xdp_frame (40 bytes) at its start, a 4096-byte frame whose last 320 bytes are
    # skb_shared_info's.  The packet is 60 bytes.
    H, T, M = 44, 65, 54
    steps = [
        _adj(H, -217), _adj(H, -216), _adj(H, 216),    # data may reach hard_start + 40
        _adj(H, 47), _adj(H, 46), _adj(H, -46),         # and leave ETH_HLEN bytes
        _adj(T, 3461), _adj(T, 3460), _adj(T, -3460),   # data_end up to hard_start + 3776
        _adj(T, -47), _adj(T, -46), _adj(T, 46),        # at least ETH_HLEN bytes; grown: zeros
        _adj(M, -4), _adj(M, 4), _adj(M, 4),            # data_meta <= data
        _adj(M, -2), _adj(M, -36), _adj(M, -32),        # metalen a multiple of 4, <= 32
        _adj(H, -185), _adj(H, -184),                   # the metadata moves with the head
        _adj(M, -4),                                    # data_meta >= hard_start + 40
    ]
    r = run(tmp_path, [I.obj(probe(steps))], [frame(60)])
    assert I.results(r)[:21] == [-EINVAL, 0, 0, -EINVAL, 0, 0, -EINVAL, 0, 0, -EINVAL, 0, 0,
                                 0, 0, -EINVAL, -EACCES, -EACCES, 0, -EINVAL, 0, -EINVAL]
    # the head moved 184 bytes into the (zeroed) headroom: 184 zeros, then the first 14 bytes
    # the tail kept, then 46 zeros from the grown tail
    assert r["packets"][0]["packet"] == (bytes(184) + frame(60)[:14] + bytes(46)).hex()


def _csum_ref(words_from, words_to, seed):
    """RFC 1071 one's-complement sum of 32-bit words, folded to 32 bits (x86-64 csum_partial
    leaves a 32-bit sum: arch/x86/lib/csum-partial_64.c)."""
    s = seed + sum((~w) & 0xFFFFFFFF for w in words_from) + sum(words_to)
    while s >> 32:
        s = (s & 0xFFFFFFFF) + (s >> 32)
    return s


def test_csum_diff(tmp_path):
    import random
    rng = random.Random(5)
    frm = [rng.getrandbits(32) for _ in range(3)]
    to = [rng.getrandbits(32) for _ in range(5)]
    body = struct.pack("<3I", *frm) + struct.pack("<5I", *to)
    pk = frame(100) + body + bytes(8)
    cd = lambda fs, ts, seed, f=100, t=112: ("call", 28, [key_at(f, "a0"), f"li a1, {fs}",
                                                          key_at(t, "a2"), f"li a3, {ts}",
                                                          f"li a4, {seed}"])
    steps = [cd(12, 20, 0), cd(0, 20, 0x1234), cd(12, 0, 0), cd(4, 4, 0xFFFFFFFF),
             cd(2, 4, 0), cd(4, 6, 0), cd(260, 256, 0), cd(256, 256, 0), cd(0, 0, 0xBEEF)]
    r = run(tmp_path, [I.obj(probe(steps))], [pk])
    res = [x & 0xFFFFFFFFFFFFFFFF for x in I.results(r)[:9]]
    assert res[8] == 0xBEEF                     # nothing to sum: the seed (csum_partial, 0 bytes)
    fold16 = lambda s: (lambda s: (s & 0xFFFF) + (s >> 16))((s & 0xFFFF) + (s >> 16))
    assert res[0] == _csum_ref(frm, to, 0)
    assert res[1] == _csum_ref([], to, 0x1234)
    assert res[2] == _csum_ref(frm, [], 0)
    assert fold16(res[3]) == fold16(_csum_ref(frm[:1], to[:1], 0xFFFFFFFF))
    assert res[4] == res[5] == res[6] == (-EINVAL) & 0xFFFFFFFFFFFFFFFF  # sizes: 4n, <= 512
    assert res[7] < 1 << 32                                             # 512 bytes: allowed


def test_redirects_record_their_target(tmp_path):
    dev = I.hash_map("tx", 4, 4, 4, type_=14)        # DEVMAP
    xsk = I.hash_map("xsk", 4, 4, 4, type_=17)       # XSKMAP
    maps = {"tx": [{"key": "00000000", "value": "05000000"}]}
    red = lambda m, k, f: ("call", 51, [map_reg(m), f"li a1, {k}", f"li a2, {f}"])
    cases = [
        ([red(1, 0, 0)], XDP_REDIRECT, {"map": "tx", "type": "devmap", "key": 0, "ifindex": 5}),
        ([red(1, 1, XDP_PASS)], XDP_PASS, None),          # a missing key: flags' action bits
        ([red(1, 0, 0), red(1, 2, XDP_DROP)], XDP_DROP, None),   # the last lookup wins
        ([red(2, 0, 1 << 3)], XDP_ABORTED, None),          # XSKMAP takes no BPF_F_BROADCAST
        ([("call", 23, ["li a0, 7", "li a1, 0"])], XDP_REDIRECT, {"ifindex": 7, "flags": 0}),
        ([("call", 23, ["li a0, 7", "li a1, 1"])], XDP_ABORTED, None),   # XDP: no flags
    ]
    for steps, verdict, target in cases:
        r = run(tmp_path, [I.obj(probe(steps, ret=None, maps=[dev, xsk]))], [frame()], maps)
        p = r["packets"][0]
        assert p["retval"] == verdict, (steps, p)
        assert p.get("redirect") == target, (steps, p)


def test_trace_printk_writes_to_stderr_and_checks_the_format(tmp_path):
    fmts = [b"x=%d y=%llx c=%c%%\n\0", b"%z\n\0", b"no nul", b"%d %d %d %d\0"]
    body = b"".join(f.ljust(32, b"\0") if f != b"no nul" else f.ljust(32, b"!") for f in fmts)
    pk = frame(100) + body
    tp = lambda k, size: ("call", 6, [key_at(100 + 32 * k, "a0"), f"li a1, {size}", "li a2, -5",
                                      "li a3, 255", "li a4, 65"])
    r = run(tmp_path, [I.obj(probe([tp(0, 32), tp(1, 32), tp(2, 32), tp(3, 32)]))], [pk])
    assert "x=-5 y=ff c=A%\n" in r["stderr"]
    assert I.results(r)[:4] == [len("x=-5 y=ff c=A%\n"), -EINVAL, -EINVAL, -EINVAL]


def test_time_and_random_are_fixed_under_deterministic(tmp_path):
    steps = [("call", 5, []), ("call", 5, []), ("call", 125, []), ("call", 7, []),
             ("call", 7, [])]
    img = I.obj(probe(steps))
    a = I.results(run(tmp_path, [img], [frame()], seed=1))[:5]
    b = I.results(run(tmp_path, [img], [frame()], seed=1))[:5]
    c = I.results(run(tmp_path, [img], [frame()], seed=2))[:5]
    assert a == b and a[:3] == [10**9, 10**9 + 1000, 10**9 + 2000]
    assert a[3] != a[4] and a[3:] != c[3:] and all(0 <= x < 1 << 32 for x in a[3:])


# --- tail calls -------------------------------------------------------------------------------

JMP = I.hash_map("jmp", 4, 4, 4, type_=3)            # PROG_ARRAY


def test_tail_calls_across_images(tmp_path):
    a = I.image("a", I.assemble(I.PROLOGUE + I.tail_call_asm(1, 0) + "    li a0, 2\n"
                                + I.EPILOGUE), [I.OUT, JMP], tail_calls=True)
    b = I.image("b", I.assemble("    li a0, 1\n    ret\n"))
    objs = [I.obj(a), I.obj(b)]
    r = run(tmp_path, objs, [frame()], {"jmp": [{"key": "00000000", "value": "b"}]})
    assert r["packets"][0]["verdict"] == "XDP_DROP"
    assert r["maps"]["jmp"]["entries"] == [{"key": "00000000", "value": "b"}]
    r = run(tmp_path, objs, [frame()])                  # an empty slot: no tail call
    assert r["packets"][0]["verdict"] == "XDP_PASS"
    res = run(tmp_path, objs, [frame()], {"jmp": [{"key": "00000000", "value": "zz"}]},
              check=False)
    assert res.returncode == 1 and "names no program" in res.stderr


def test_a_tail_call_chain_stops_after_33(tmp_path):
    # the program counts its entries in OUT[0] and tail-calls itself: 1 + 33 entries
    count = "    ld t2, -8(s6)\n    ld t1, 0(t2)\n    addi t1, t1, 1\n    sd t1, 0(t2)\n"
    loop = I.image("loop", I.assemble(I.PROLOGUE + count + I.tail_call_asm(1, 1)
                                      + "    li a0, 2\n" + I.EPILOGUE), [I.OUT, JMP],
                   tail_calls=True)
    r = run(tmp_path, [I.obj(loop)], [frame()], {"jmp": [{"key": "01000000", "value": "loop"}]})
    assert r["packets"][0]["verdict"] == "XDP_PASS" and I.results(r)[0] == 34


# --- TC -------------------------------------------------------------------------------------------

def test_tc_context_and_writable_fields(tmp_path):
    # mark = len; priority = protocol (skb->protocol, network order); data/data_end at 192/200
    tc = I.image("tc", I.assemble("""
    lwu t1, 0(a0)
    sw t1, 8(a0)
    lwu t1, 16(a0)
    sw t1, 32(a0)
    ld t1, 192(a0)
    ld t2, 200(a0)
    sub t1, t2, t1
    sw t1, 44(a0)
    li a0, 2
    ret
"""), prog_type="sched_cls")
    pk = bytes(12) + b"\x08\x00" + bytes(46)
    p = run(tmp_path, [I.obj(tc)], [pk])["packets"][0]
    assert p["verdict"] == "TC_ACT_SHOT" and p["mark"] == 60 and p["priority"] == 0x0008
    assert p["tc_index"] == 60


def test_tc_frames_linux_builds_no_skb_for_are_refused(tmp_path):
    """bpf_prog_test_run_skb (net/bpf/test_run.c, 6.1) gives EINVAL for an IPv4 frame with
    less than an iphdr after Ethernet, or IPv6 with less than an ipv6hdr; XDP runs them."""
    tc = I.image("tc", I.assemble("    li a0, 0\n    ret\n"), prog_type="sched_cls")
    eth = lambda t: bytes(12) + t
    frames = [eth(b"\x08\x00") + bytes(19), eth(b"\x08\x00") + bytes(20),
              eth(b"\x86\xdd") + bytes(39), eth(b"\x86\xdd") + bytes(40), eth(b"\x08\x06")]
    p = run(tmp_path, [I.obj(tc)], frames)["packets"]
    assert [x.get("refused", False) for x in p] == [True, False, True, False, False]
    assert "0x0800" in p[0]["error"] and "0x86dd" in p[2]["error"]
    assert [p[k].get("verdict") for k in (1, 3, 4)] == ["TC_ACT_OK"] * 3
    xdp = run(tmp_path, [I.obj(RET_PASS)], frames)["packets"]
    assert [x["verdict"] for x in xdp] == ["XDP_PASS"] * 5


# --- one source for the ABI ----------------------------------------------------------------------

def test_the_runtime_retypes_no_abi_number():
    """Every number and layout of docs/abi.md reaches runtime/ through the generated
    rvoff_abi.h (from rvjit/abi.py and rvjit/elfimage.py), never a second definition."""
    import re
    from rvjit.gen import abi as gen_abi
    header = (device.ROOT / "kmod" / "generated" / gen_abi.NAME).read_text()
    defined = set(re.findall(r"^#define\s+(\w+)", header, re.M))
    defined |= {f"struct {s}" for s in re.findall(r"^struct\s+(\w+)\s*\{", header, re.M)}
    twice = []
    for src in sorted((device.ROOT / "runtime").glob("*.[ch]")):
        text = src.read_text()
        assert src.name != "rvoff.h" or '#include "rvoff_abi.h"' in text
        names = set(re.findall(r"^#define\s+(\w+)", text, re.M))
        names |= {f"struct {s}" for s in re.findall(r"^struct\s+(\w+)\s*\{", text, re.M)}
        twice += [f"{src.name}: {n}" for n in sorted(names & defined)]
    assert defined and not twice, twice
