"""make diff-linux at CI size: corpus programs, pure ones and ones with maps, helpers, calls
and global data, through Linux 6.1 (one VM boot) and through rvoff-run with rvjit's images,
equal on every packet and in every map after the runs; and the check fails on a planted
runtime bug and on a planted rule bug (the same Linux results, three device runs)."""
from __future__ import annotations

import shutil

import pytest

from rvlab import corpus, diff_linux, vm

PROGRAMS, FEATURED, PACKETS = 5, 4, 48

need = pytest.mark.skipif(
    not (vm.vm_available() and shutil.which("clang") and shutil.which("riscv64-linux-gnu-gcc")
         and shutil.which("qemu-riscv64-static")),
    reason="needs the VM (" + " ".join(vm.missing()) + "), clang, gcc-riscv64-linux-gnu, "
           "qemu-user-static")


@pytest.fixture(scope="module")
def linux():
    every = corpus.build()
    entries = corpus.select(every, corpus.PLAIN_FEATURES, who="test_diff_linux")
    entries = [entries[(k * 7) % len(entries)] for k in range(PROGRAMS)]
    # one object a source (spread over -mcpu), each with maps, helpers or global data
    featured = corpus.select(every, corpus.RVJIT_FEATURES - corpus.VM_CHECK_UNFIT,
                             who="test_diff_linux", say=lambda *_: None)
    featured = [e for e in featured if e.features]
    left = diff_linux.device_refusals(featured)
    by_source = {}
    for k, e in enumerate(x for x in featured if x.name not in left):
        by_source.setdefault(e.source, []).append(e)
    entries += [v[k % len(v)] for k, v in enumerate(by_source.values())][:FEATURED]
    packets = diff_linux.packet_set(PACKETS)
    report, refused = diff_linux.linux_side(entries, packets)
    assert not refused, refused
    return entries, packets, report


@need
def test_device_and_linux_agree(linux):
    entries, packets, report = linux
    assert len({e.source for e in entries}) == PROGRAMS + FEATURED    # distinct programs
    assert sum(1 for e in entries if {"maps", "helpers"} & e.features) >= 3
    # the maps came back from Linux, and some were written
    assert any(any(m.values()) for m in report.maps.values())
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


@need
def test_a_changed_map_value_is_caught(linux, tmp_path):
    """The map comparison itself can fail: one counter word of rvoff-run's maps changed."""
    entries, packets, report = linux
    pc = tmp_path / "in.pcap"
    pc.write_bytes(diff_linux.pcap.write([f for _, f in packets]))
    e = next(e for e in entries if "maps" in e.features and any(report.maps[e.name].values()))
    mine = diff_linux.device_maps(diff_linux.device_runs(e, frozenset(), pc))
    other = diff_linux.device_maps(diff_linux.device_runs(e, frozenset(), pc, deterministic=False))
    assert diff_linux.compare_maps(e, frozenset(), report, mine, other) == []
    name = next(n for n, m in mine.items() if m)
    key = next(iter(mine[name]))
    v, o = mine[name][key], other[name][key]
    at = next(i for i in range(0, len(v), 16) if v[i:i + 16] == o[i:i + 16])   # compared
    mine[name][key] = v[:at] + ("01" if v[at:at + 2] != "01" else "02") + v[at + 2:]
    diffs = diff_linux.compare_maps(e, frozenset(), report, mine, other)
    assert [d.what.split(":")[0] for d in diffs] == [f"map {name} key {key}"], diffs
