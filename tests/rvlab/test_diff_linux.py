"""make diff-linux at CI size: corpus programs through Linux 6.1 (one VM boot) and through
rvoff-run with rvjit's images, equal on every packet; and the check fails on a planted runtime
bug and on a planted rule bug (the same Linux results, three device runs)."""
from __future__ import annotations

import shutil

import pytest

from rvlab import corpus, diff_linux, vm

PROGRAMS, PACKETS = 8, 48

need = pytest.mark.skipif(
    not (vm.vm_available() and shutil.which("clang") and shutil.which("riscv64-linux-gnu-gcc")
         and shutil.which("qemu-riscv64-static")),
    reason="needs the VM (" + " ".join(vm.missing()) + "), clang, gcc-riscv64-linux-gnu, "
           "qemu-user-static")


@pytest.fixture(scope="module")
def linux():
    entries = corpus.select(corpus.build(), corpus.PLAIN_FEATURES, who="test_diff_linux")
    entries = [entries[(k * 7) % len(entries)] for k in range(PROGRAMS)]
    packets = diff_linux.packet_set(PACKETS)
    report, refused = diff_linux.linux_side(entries, packets)
    assert not refused, refused
    return entries, packets, report


@need
def test_device_and_linux_agree(linux):
    entries, packets, report = linux
    assert len({e.source for e in entries}) == PROGRAMS      # distinct programs
    assert any(label.startswith("random_eth") for label, _ in packets)
    assert diff_linux.device_side(entries, packets, report) == []
    # the Linux side really ran: verdicts of more than one kind, packets rewritten by some
    rets = {report.runs[(e.name, k)].retval for e in entries for k in range(len(packets))}
    assert len(rets) >= 3, rets


@need
def test_a_planted_runtime_bug_is_caught(linux, tmp_path, monkeypatch):
    entries, packets, report = linux
    monkeypatch.setenv("RVOFF_RUN", str(diff_linux.plant_runtime_bug(tmp_path)))
    diffs = diff_linux.device_side(entries, packets, report)
    assert len(diffs) > 0 and {d.program for d in diffs} == {e.name for e in entries}


@need
def test_a_planted_rule_bug_is_caught(linux):
    entries, packets, report = linux
    with diff_linux.planted_rule_bug():
        diffs = diff_linux.device_side(entries, packets, report)
    assert any("verdict" in d.what for d in diffs), diffs[:3]
    assert diff_linux.device_side(entries, packets, report) == []      # restored
