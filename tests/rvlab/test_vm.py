"""rvlab/vm.py's targets: which kernel and architecture a VM run boots, and that each boots
with its own userland (bpftool, ip, tc) and in-tree modules."""
import pytest

from rvlab import vm


def test_default_target_is_debian_6_1_on_x86_64(monkeypatch):
    monkeypatch.delenv("RVJIT_KERNEL", raising=False)
    monkeypatch.delenv("RVJIT_ARCH", raising=False)
    t = vm.target()
    assert (t.series, t.arch.name) == ("6.1", "x86_64")
    assert t.kernel is None or t.kernel.name.startswith("vmlinuz-6.1.")
    assert t.kernel is None or not t.kernel.name.startswith("vmlinuz-6.12")


def test_environment_picks_the_target(monkeypatch):
    monkeypatch.setenv("RVJIT_KERNEL", "6.12")
    monkeypatch.setenv("RVJIT_ARCH", "arm64")
    t = vm.target()
    assert (t.series, t.arch.name, t.arch.qemu) == ("6.12", "arm64", "qemu-system-aarch64")


def test_bad_names_are_refused():
    with pytest.raises(vm.VMError, match="unknown kernel '5.10'"):
        vm.target("5.10")
    with pytest.raises(vm.VMError, match="unknown architecture 'mips'"):
        vm.target("6.1", "mips")
    with pytest.raises(vm.VMError, match="x86_64 only"):
        vm.target("6.1-debug", "arm64")


def test_a_missing_target_says_how_to_get_it(monkeypatch, tmp_path):
    monkeypatch.setenv("RVJIT_VM_CACHE", str(tmp_path))
    t = vm.target("6.12", "arm64")
    assert t.kernel is None
    assert any("python3 -m rvlab.vm prepare arm64 6.12" in m for m in vm.missing(t))


TARGETS = [("6.1", "x86_64"), ("6.12", "x86_64"), ("6.1", "arm64")]


@pytest.mark.parametrize("kernel,arch", TARGETS)
def test_target_boots_with_its_userland(kernel, arch):
    """The kernel that runs is the one asked for, the bundled bpftool/ip/tc run on it, and
    in-tree modules (cls_bpf, sch_ingress: modules in Debian's kernels) load."""
    t = vm.target(kernel, arch)
    if vm.missing(t):
        pytest.skip(f"{t.name}: missing {vm.missing(t)}")
    files, pre = vm.bundle(["bpftool", "ip", "tc"], target=t)
    kf, order = vm.kernel_modules(t, ["cls_bpf", "sch_ingress"])
    files.update(kf)
    script = pre + "uname -r -m\n" + "".join(f"insmod /vm/kmod/{m}.ko\n" for m in order) + \
        "bpftool version | head -1\n/vm/bin/ip -V\n/vm/bin/tc qdisc add dev lo clsact\n" \
        "/vm/bin/tc qdisc show dev lo\n"
    out = vm.run(files, script, timeout=300, target=t).output
    machine = {"x86_64": "x86_64", "arm64": "aarch64"}[arch]
    assert out.splitlines()[0] == f"{t.release} {machine}"
    assert "bpftool v" in out and "ip utility, iproute2" in out
    assert "qdisc clsact ffff:" in out
