"""make demo's program and its checks (rvlab/demo.py)."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from rvjit import elf
from rvlab import demo


def test_demo_verdicts(capsys):
    """The image, run in rvoff-run, gives every packet the verdict xdp_filter.c says and counts
    them in its map (the offload step is make demo's and vm-test's)."""
    assert demo.main(["--no-vm"]) == 0
    out = capsys.readouterr().out
    assert "rule ldx_w_off12" in out                       # the listing names the rules
    assert "rule call_helper" in out and "rule ld_map" in out and "amoadd.d" in out
    verdicts = [ln for ln in out.splitlines() if " bytes  XDP_" in ln]
    assert len(verdicts) == len(demo.PACKETS)
    assert [ln.split()[-1] for ln in verdicts] == ["XDP_" + v for _, _, v in demo.PACKETS]
    # The counters as rvoff-run read them out of the map: 4 drops and 3 passes.
    counters = out[out.index("map verdicts"):].splitlines()[1:3]
    assert [c.split() for c in counters] == [["XDP_DROP", "4"], ["XDP_PASS", "3"]], out
    assert "all verdicts as the program says" in out


def test_demo_reports_a_wrong_verdict(capsys, monkeypatch):
    what, pkt, _ = demo.PACKETS[0]
    monkeypatch.setattr(demo, "PACKETS", [(what, pkt, "DROP")])
    assert demo.main(["--no-vm"]) == 1
    out = capsys.readouterr().out
    assert "<-- the program gives XDP_DROP" in out
    assert "XDP_PASS       1  <-- the packets give 0" in out


@pytest.mark.skipif(shutil.which("clang") is None, reason="needs clang")
def test_shipped_object_is_built_from_its_source(tmp_path):
    """examples/xdp_filter.o is what `make examples` builds from xdp_filter.c."""
    arch = subprocess.run(["clang", "-print-multiarch"], capture_output=True, text=True).stdout.strip()
    out = tmp_path / "x.o"
    subprocess.run(["clang", "-O2", "-g", "-target", "bpf", "-mcpu=v3", f"-idirafter/usr/include/{arch}",
                    "-c", str(demo.ROOT / "examples" / "xdp_filter.c"), "-o", str(out)], check=True)
    assert elf.load(out).code == elf.load(demo.OBJECT).code
