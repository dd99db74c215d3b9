"""make demo's program and its checks (rvlab/demo.py)."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from rvjit import elf
from rvlab import demo


def test_demo_verdicts(capsys):
    """The image gives every packet the verdict xdp_filter.c says (the offload step is
    make demo's and vm-test's)."""
    assert demo.main(["--no-vm"]) == 0
    out = capsys.readouterr().out
    assert "rule ldx_w_off12" in out                       # the listing names the rules
    assert out.count("XDP_DROP") == 4 and out.count("XDP_PASS") == 3, out
    assert "all verdicts as the program says" in out


def test_demo_reports_a_wrong_verdict(capsys, monkeypatch):
    what, pkt, _ = demo.PACKETS[0]
    monkeypatch.setattr(demo, "PACKETS", [(what, pkt, "DROP")])
    assert demo.main(["--no-vm"]) == 1
    assert "<-- the program gives XDP_DROP" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("clang") is None, reason="needs clang")
def test_shipped_object_is_built_from_its_source(tmp_path):
    """examples/xdp_filter.o is what `make examples` builds from xdp_filter.c."""
    arch = subprocess.run(["clang", "-print-multiarch"], capture_output=True, text=True).stdout.strip()
    out = tmp_path / "x.o"
    subprocess.run(["clang", "-O2", "-g0", "-target", "bpf", "-mcpu=v3", f"-idirafter/usr/include/{arch}",
                    "-c", str(demo.ROOT / "examples" / "xdp_filter.c"), "-o", str(out)], check=True)
    assert elf.load(out).code == elf.load(demo.OBJECT).code
