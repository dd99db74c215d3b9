"""The kernel module (kmod/): it builds the ways a user builds it, and `make vm-test` (run by
`make test` before pytest) catches a module with a planted bug, each in a VM of its own.

The real module's run is `make vm-test` itself; here every mutant must make that same check
fail, for the reason the bug should cause."""
import re
import shutil
import subprocess
import zlib

import pytest

from rvlab import vm, vmtest

pytestmark = pytest.mark.skipif(bool(vm.missing()), reason=f"VM pieces missing: {vm.missing()}")


def _release():
    return vmtest.kernel_release(vm.find_kernel())


def _copy_sources(dst):
    vmtest._sync_tree(vmtest.KMOD, dst)
    return dst


def test_kbuild_as_documented(tmp_path):
    """kmod/ builds with `make -C <headers> M=$PWD` (the README's command, without W=1)."""
    src = _copy_sources(tmp_path / "kmod")
    kdir = vmtest.headers_dir(_release())
    res = subprocess.run(["make", "-C", str(kdir), f"M={src}"], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "warning:" not in res.stdout + res.stderr
    ko = (src / "rvjit.ko").read_bytes()
    assert ko[:4] == b"\x7fELF"
    # The module carries the VM kernel's version magic, so insmod there takes it.
    assert f"vermagic={_release()} ".encode() in ko


def test_kbuild_as_documented_via_kmod_makefile(tmp_path):
    """kmod/Makefile's `make KDIR=...` does the same."""
    src = _copy_sources(tmp_path / "kmod")
    res = subprocess.run(["make", "-C", str(src), f"KDIR={vmtest.headers_dir(_release())}"],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
    assert (src / "rvjit.ko").exists()


@pytest.mark.skipif(shutil.which("dkms") is None, reason="dkms is not installed")
def test_dkms_build(tmp_path):
    """kmod/dkms.conf: `dkms build` (private source and DKMS trees) produces rvjit.ko."""
    src_tree, dkms_tree = tmp_path / "src", tmp_path / "dkms"
    _copy_sources(src_tree / "rvjit-0.1")
    shutil.copy(vmtest.KMOD / "dkms.conf", src_tree / "rvjit-0.1" / "dkms.conf")
    dkms_tree.mkdir()
    res = subprocess.run(["dkms", "build", "-m", "rvjit", "-v", "0.1", "-k", _release(),
                          "--sourcetree", str(src_tree), "--dkmstree", str(dkms_tree)],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
    built = list(dkms_tree.rglob("rvjit.ko"))
    assert built, res.stdout


CHECKPATCH = ("scripts/checkpatch.pl", "scripts/spelling.txt", "scripts/const_structs.checkpatch")
TARBALL = "/usr/src/linux-source-6.1.tar.xz"


def _checkpatch(files) -> subprocess.CompletedProcess:
    top = vmtest.ROOT / "build" / "checkpatch"
    script = top / "linux-source-6.1" / CHECKPATCH[0]
    if not script.exists():
        top.mkdir(parents=True, exist_ok=True)
        subprocess.run(["tar", "-xJf", TARBALL, "-C", str(top)]
                       + [f"linux-source-6.1/{m}" for m in CHECKPATCH], check=True)
    return subprocess.run(["perl", str(script), "--no-tree", "-f", "--terse", *map(str, files)],
                          capture_output=True, text=True)


def _style_problems(res) -> list:
    return [ln for ln in res.stdout.splitlines() if re.search(r": (ERROR|WARNING):", ln)]


@pytest.mark.skipif(not shutil.which("perl"), reason="perl is not installed")
def test_kernel_coding_style(tmp_path):
    """checkpatch.pl of Debian's linux-source-6.1 finds no error and no warning in any C file
    of kmod/, generated ones included (its CHECK level, for long message strings, is left);
    and it does find them in a badly styled copy of one, so this check can fail."""
    files = sorted(p for p in vmtest.KMOD.rglob("*") if p.suffix in (".c", ".h")
                   and "shim" not in p.parts and "test" not in p.parts)
    assert len(files) >= 8
    res = _checkpatch(files)
    assert res.returncode == 0 and not _style_problems(res), res.stdout + res.stderr
    bad = tmp_path / "bad.c"
    bad.write_text((vmtest.KMOD / "rvjit_offload.c").read_text().replace("\t", "    ")
                   .replace(") {\n", ")\n{\n", 3))
    assert _style_problems(_checkpatch([bad]))


# --- the output protocol ---------------------------------------------------------------------------

def _img_line(data: bytes) -> str:
    text = f"IMG {len(data)} {data.hex()}"
    return f"{text} ~{zlib.crc32(text.encode()):08x}"


def test_parse_reads_images_and_steps():
    out = vmtest.parse("\n".join(["P base prog_a", "info", _img_line(b"\x13\x05"), "E base prog_a",
                                  "B links", "rvoff0: up", "/B links rc=0"]))
    assert [(o.name, o.image) for o in out.offloads] == [("prog_a", b"\x13\x05")]
    assert out.steps == {"links": (0, "rvoff0: up")}
    assert not out.problems


def test_parse_rejects_a_damaged_image_line():
    line = _img_line(b"\x13\x05\x00\x00")
    damaged = line.replace("1305", "1306", 1)
    out = vmtest.parse(f"P base p\n{damaged}\nE base p")
    assert out.offloads[0].image is None and "CRC" in out.offloads[0].error


def test_parse_reports_truncated_output():
    out = vmtest.parse("B links\nrvoff0")
    assert out.problems and "ends inside" in out.problems[0]


def test_dead_code_expectation_is_not_the_unedited_program():
    """The hand-edited program differs from the loaded one, so the dead-code check can fail."""
    assert vmtest.DEAD_CODE_EDITED != vmtest.DEAD_CODE
    assert vmtest._expected(vmtest.DEAD_CODE_EDITED, "") != vmtest._expected(vmtest.DEAD_CODE, "")


# --- mutants ---------------------------------------------------------------------------------------

OFFLOAD, MAIN, MAP = "rvjit_offload.c", "rvjit_main.c", "rvjit_map.c"

MUTANTS = {
    # remove_insns() moves the code but forgets the hole's size: jumps across it overshoot.
    "remove_insns_keeps_offsets": (OFFLOAD, [(
        "rvjit_adj_insn(&rp->insns[i], off, (s64)off + cnt, i);",
        "rvjit_adj_insn(&rp->insns[i], off, off, i);")]),
    # translate() compiles what the host left in prog->insnsi (division guards included).
    "translate_host_program": (OFFLOAD, [(
        "rvjit_compile(rp->insns, rp->n,", "rvjit_compile(prog->insnsi, prog->len,")]),
    # insn_hook() lets everything through: the load still fails, in translate(), but silently.
    "insn_hook_accepts_all": (OFFLOAD, [(
        "\tinsn = &rp->insns[insn_idx];\n",
        "\tinsn = &rp->insns[insn_idx];\n\tif (insn)\n\t\treturn 0;\n")]),
    # ndo_bpf refuses the detach that unregistering the netdev makes (WARN_ON in the core).
    "ndo_bpf_refuses_detach": (MAIN, [(
        "\t\t/* Also the detach at unregister (prog NULL), which must not fail */\n",
        "\t\tif (!bpf->prog)\n\t\t\treturn -EBUSY;\n")]),
    # destroy() forgets the image.
    "destroy_keeps_image": (OFFLOAD, [(
        "\tif (rp->image) {\n\t\tatomic_long_dec(&rvjit_stats.images);\n"
        "\t\tatomic_long_sub(rp->len, &rvjit_stats.image_bytes);\n\t}\n", ""),
        ("\trvjit_kvfree(rp->image);\n\trvjit_kvfree(rp->insns);\n",
         "\trvjit_kvfree(rp->insns);\n")]),
    # An array answers an update with BPF_NOEXIST as if the element were absent.
    "map_array_noexist_ignored": (MAP, [(
        "\t\telse if (flags == BPF_NOEXIST)\n\t\t\terr = -EEXIST;"
        "\t\t/* every element of an array exists */\n", "")]),
    # A hash delete unlinks the element but never returns it to the free list: the map
    # fills up before max_entries.
    "hash_delete_loses_slot": (MAP, [("\t\te->next = m->free;\n\t\tm->free = i;\n", "")]),
    # A lookup past an array's end returns with the map's mutex still held.
    "map_lookup_keeps_lock": (MAP, [(
        "\t\telse\n\t\t\terr = -ENOENT;\n\t} else {\n",
        "\t\telse\n\t\t\treturn -ENOENT;\n\t} else {\n")]),
    # The error path of a map allocation forgets the buckets (seen with fail_nth).
    "map_alloc_error_leaks": (MAP, [(
        "err_free:\n\trvjit_kvfree(m->buckets);\n", "err_free:\n")]),
    # Every helper passes insn_hook, not only the ABI's: a helper no device has is offloaded.
    "helper_any_accepted": (OFFLOAD, [(
        "if (insn->src_reg == 0 && rvoff_helper_provided(id))",
        "if (insn->src_reg == 0)")]),
    # Every map reference becomes map 0: a program with two maps reads the wrong one.
    "map_index_ignored": (OFFLOAD, [(
        "insn[0].imm = env->insn_aux_data[idx].map_index;", "insn[0].imm = 0;")]),
    # remove_insns() moves bpf-to-bpf calls' targets as if they were plain instructions.
    "remove_insns_skips_calls": (OFFLOAD, [(
        "\telse if (op == BPF_CALL && insn->src_reg == BPF_PSEUDO_CALL)\n"
        "\t\tinsn->imm = rvjit_adj(insn->imm, pos, end_old, curr);\n", "")]),
    # The device's description of a program forgets its helpers: an image read back with
    # rvjit-image elf is not what rvjit compile -f elf writes (a runtime would refuse it).
    "description_without_helpers": (OFFLOAD, [(
        "insn->src_reg == 0 && insn->imm > 0 &&", "insn->src_reg == 0 && insn->imm > 4096 &&")]),
    # A TC replace leaves the old program as the device's: a later add is refused.
    "tc_replace_keeps_old": (MAIN, [(
        "\trd->tc_prog = prog;\n\treturn 0;\n",
        "\tif (!rd->tc_prog || !prog)\n\t\trd->tc_prog = prog;\n\treturn 0;\n")]),
}


def _failed(rep, step):
    return any(f.startswith(f"step {step}:") for f in rep.failures)


EXPECT = {
    "remove_insns_keeps_offsets": lambda rep: any("dead-code" in m for m in rep.mismatches)
    or _failed(rep, "dead_load"),
    "translate_host_program": lambda rep: any(m.startswith("rand_") for m in rep.mismatches),
    "insn_hook_accepts_all": lambda rep: _failed(rep, "refuse_helper"),
    "ndo_bpf_refuses_detach": lambda rep: any("WARNING:" in ln for ln in rep.dmesg_bad),
    "destroy_keeps_image": lambda rep: _failed(rep, "drained_base")
    and any("leaked" in ln for ln in rep.dmesg_bad),
    "map_array_noexist_ignored": lambda rep: _failed(rep, "map_array_noexist"),
    "hash_delete_loses_slot": lambda rep: _failed(rep, "map_full"),
    # the next access to that map blocks: the hung-task detector names it (VM timed out)
    "map_lookup_keeps_lock": lambda rep: any("blocked for more than" in ln
                                             for ln in rep.dmesg_bad),
    "map_alloc_error_leaks": lambda rep: _failed(rep, "drained_base")
    and any("leaked" in ln for ln in rep.dmesg_bad),
    "tc_replace_keeps_old": lambda rep: _failed(rep, "tc_readd"),
    "helper_any_accepted": lambda rep: _failed(rep, "refuse_helper"),
    "map_index_ignored": lambda rep: any(m.startswith("maps_helpers") for m in rep.mismatches),
    "remove_insns_skips_calls": lambda rep: any("dead-call" in m for m in
                                                rep.mismatches + rep.failures),
    "description_without_helpers": lambda rep: any(
        f.startswith("readback ") and "is not rvjit compile -f elf's" in f for f in rep.failures),
}

# Programs read back whole (rvlab/readback.py): only where the mutant is in the description,
# as each costs two rvoff-run runs.
READBACK = {"description_without_helpers": 1}

# Mutants whose VM never finishes the script (a task blocks): a short VM timeout.
VM_TIMEOUT = {"map_lookup_keeps_lock": 100}


@pytest.mark.parametrize("name", sorted(MUTANTS))
def test_vm_test_catches_mutant(name, tmp_path):
    fname, edits = MUTANTS[name]
    src = _copy_sources(tmp_path / "src")
    text = (src / fname).read_text()
    for old, new in edits:
        assert text.count(old) >= 1, f"mutant {name}: {old!r} is not in {fname} any more"
        text = text.replace(old, new)
    (src / fname).write_text(text)
    # One build tree for every mutant: only the planted file is compiled again, not the
    # generated emitter (half a minute each on two cores).
    ko = vmtest.build_module(_release(), out=vmtest.ROOT / "build" / f"kmod-mutant-{_release()}",
                             src=src)
    try:
        rep = vmtest.run(n_random=8, cycles=1, ko=ko, corpus_limit=4, verbose=False,
                         vm_timeout=VM_TIMEOUT.get(name), readback=READBACK.get(name, 0),
                         readback_packets=20)
    except vm.VMError as e:
        if name not in VM_TIMEOUT:
            raise
        rep = vmtest.Report(failures=[f"VM run incomplete: {str(e).splitlines()[0]}"],
                            dmesg_bad=[ln for ln in e.console.splitlines()
                                       if vmtest.DMESG_BAD.search(ln)])
    assert not vmtest.ok(rep), f"mutant {name} passed vm-test"
    assert EXPECT[name](rep), (f"mutant {name} failed vm-test, but not as expected:\n"
                               + "\n".join(rep.failures + rep.mismatches + rep.dmesg_bad)[:4000])


def test_translate_mutant_has_something_to_find():
    """The random programs the mutant run loads include a division by a register, which the
    host verifier guards with extra instructions in prog->insnsi."""
    cases = vmtest.random_cases(8)
    div_x = [c.name for c in cases for i in range(0, len(c.code), 8)
             if c.code[i] & 0x07 in (0x04, 0x07) and c.code[i] & 0xf0 in (0x30, 0x90)
             and c.code[i] & 0x08]
    assert div_x


def test_dmesg_patterns():
    bad = ["[ 3.1] WARNING: CPU: 0 PID: 1 at net/core/dev.c:9365 dev_xdp_uninstall+0x5b/0x70",
           "[ 3.2] BUG: unable to handle page fault", "[ 3.3] rvjit: 1 program state(s) and "
           "0 image(s) leaked at unload", "[ 3.4] general protection fault, probably for ..."]
    fine = ["[ 1.8] rvjit: loading out-of-tree module taints kernel.",
            "[ 1.9] rvjit: module verification failed: signature and/or required key missing - "
            "tainting kernel", "[ 2.0] rvjit: 2 offload device(s) rvoff*, translating for rv64im",
            "[ 0.1] kasan: KernelAddressSanitizer initialized",
            "[ 0.2] kmemleak: Kernel memory leak detector initialized (mem pool available: 38892)"]
    bad += ["[ 9.1] BUG: KASAN: null-ptr-deref in nsfs_evict+0x3d/0x50",
            "[ 9.2] kmemleak: 2 new suspected memory leaks (see /sys/kernel/debug/kmemleak)"]
    assert all(vmtest.DMESG_BAD.search(ln) for ln in bad)
    assert not any(vmtest.DMESG_BAD.search(ln) for ln in fine)


# --- other kernels, another host architecture, stress: CI sizes ------------------------------------
# (The full runs: make vm-test KERNEL=6.12, make vm-test ARCH=arm64, make vm-stress.)

@pytest.mark.parametrize("kernel,arch", [("6.12", "x86_64"), ("6.1", "arm64")])
def test_vm_test_smoke(kernel, arch):
    """The same vm-test on Linux 6.12 and on an arm64 host (the module cross-built), at a
    smaller size: every image byte-identical with the Python JIT, every check passed."""
    t = vm.target(kernel, arch)
    assert not vm.missing(t), f"{t.name}: missing {vm.missing(t)} (scripts/install test)"
    rep = vmtest.run(n_random=8, cycles=1, corpus_limit=6, verbose=False, target=t)
    assert vmtest.ok(rep), "\n".join(rep.failures + rep.mismatches + rep.dmesg_bad)[:4000]
    assert rep.per_tag["tc"] == [2, 2]


def test_vm_stress_smoke():
    """make vm-stress at a small size: cycles, concurrent loads with an rmmod in flight,
    capability checks, injected faults; nothing leaked, dmesg clean."""
    from rvlab import vmstress
    ok, line = vmstress.run(vm.target(), cycles=15, seconds=12, say=lambda *a: None)
    assert ok, line + "\n" + (vmtest.ROOT / "build" / "vmstress-output.txt").read_text()[-3000:]
    m = re.match(r"vm-stress: 15 cycles, (\d+) loads, (\d+) map ops, (\d+) faults injected, "
                 r"0 leaked, dmesg clean$", line)
    assert m and int(m.group(1)) > 15 and int(m.group(2)) > 0 and int(m.group(3)) >= 6, line


def test_stress_findings_leave_out_injected_allocation_failures():
    """vm-stress on the debug kernel injects allocation failures (fail-nth); warn_alloc's
    report of one is not a finding, a KASAN report or a kmemleak object still is."""
    from rvlab import vmstress
    injected = ["rvjit-image: vmalloc error: size 4096, vm_struct allocation failed",
                "CPU: 0 PID: 989 Comm: rvjit-image Tainted: G O 6.1.192-rvjit-debug #2",
                "Call Trace:", " <TASK>", " warn_alloc.cold+0x78/0x127", " </TASK>",
                "kmemleak: Cannot allocate a scan area, scanning the full object",
                "KMEMLEAK-BEGIN", "KMEMLEAK-END"]
    real = ["BUG: KASAN: slab-out-of-bounds in rvjit_map_update+0x12/0x80",
            "unreferenced object 0xffff888004a1c000 (size 64):",
            "WARNING: CPU: 0 PID: 7 at kernel/locking/lockdep.c:1234 lock_release+0x1/0x2",
            "Call Trace:"]
    assert vmstress.findings(injected) == []
    assert vmstress.findings(injected + real) == real
    assert vmstress.findings(real + injected) == real
