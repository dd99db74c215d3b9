"""make diff-linux at CI size: corpus programs, pure ones and one object of every source with
maps, helpers, calls, global data, tail calls, TC and redirects (maps starting non-empty),
through Linux 6.1 (one VM boot) and through rvoff-run with rvjit's images, equal on every
packet and in every map after the runs; and the check fails on a planted runtime bug, a planted
rule bug, a changed map value, a changed skb mark and maps that start otherwise."""
from __future__ import annotations

import shutil

import pytest

from rvlab import corpus, diff_linux, vm

PROGRAMS, PACKETS = 4, 48

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
    entries += [v[k % len(v)] for k, v in enumerate(by_source.values())]
    packets = diff_linux.packet_set(PACKETS)
    report, refused = diff_linux.linux_side(entries, packets)
    assert not refused, refused
    return entries, packets, report


@need
def test_device_and_linux_agree(linux):
    entries, packets, report = linux
    featured = [e for e in entries if e.features]
    assert len({e.source for e in entries}) == len(entries)          # distinct programs
    assert sum(1 for e in featured if {"maps", "helpers"} & e.features) >= 6
    assert {"tc", "tail_calls", "calls", "global_data"} <= set().union(*(e.features for e in featured))
    # the maps came back from Linux, and some were written
    assert any(any(m.values()) for m in report.maps.values())
    assert any(label.startswith("random_eth") for label, _ in packets)
    assert diff_linux.device_side(entries, packets, report) == []
    # the Linux side really ran: verdicts of more than one kind, packets rewritten by some
    rets = {report.runs[(e.name, k)].retval for e in entries for k in range(len(packets))}
    assert len(rets) >= 3, rets
    # what each new kind of program did on Linux, so the comparison above compared something:
    runs = lambda stem: [report.runs[(e.name, k)] for e in entries if e.source.stem == stem
                         for k in range(len(packets))]
    assert any(r.skb and r.skb["mark"] for r in runs("tc_dscp_mark"))     # TC wrote the skb
    assert {r.retval for r in runs("tc_port_filter")} >= {0, 2}         # TC_ACT_OK, _SHOT
    assert any(r.retval is None for r in runs("tc_port_filter"))        # frames both refuse
    assert any(r.retval == 4 for r in runs("redirect_port"))            # XDP_REDIRECT
    assert any(r.retval == 3 for r in runs("l4_lb"))    # XDP_TX: the VIPs of l4_lb.maps.json
    seen = next(m for e in entries if e.source.stem == "tail_chain"
                for m in report.maps[e.name].values())
    assert seen.get("01000000", "0").strip("0")          # SEEN_IPV4: a stage tail-called


@need
def test_a_planted_runtime_bug_is_caught(linux, tmp_path, monkeypatch):
    entries, packets, report = linux
    monkeypatch.setenv("RVOFF_RUN", str(diff_linux.plant_runtime_bug(tmp_path)))
    diffs = diff_linux.device_side(entries, packets, report)
    # the bug is in the XDP frame (data_end one byte short): every XDP program sees it
    xdp = {e.name for e in entries if "tc" not in e.features}
    assert len(diffs) > 0 and {d.program for d in diffs} == xdp


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
    init = diff_linux.initial_maps(e)
    mine = diff_linux.device_maps(diff_linux.device_runs(e, frozenset(), pc, maps=init))
    other = diff_linux.device_maps(diff_linux.device_runs(e, frozenset(), pc, deterministic=False,
                                                          maps=init))
    assert diff_linux.compare_maps(e, frozenset(), report, mine, other) == []
    name = next(n for n, m in mine.items() if m)
    key = next(iter(mine[name]))
    v, o = mine[name][key], other[name][key]
    at = next(i for i in range(0, len(v), 16) if v[i:i + 16] == o[i:i + 16])   # compared
    mine[name][key] = v[:at] + ("01" if v[at:at + 2] != "01" else "02") + v[at + 2:]
    diffs = diff_linux.compare_maps(e, frozenset(), report, mine, other)
    assert [d.what.split(":")[0] for d in diffs] == [f"map {name} key {key}"], diffs


@need
def test_maps_that_start_otherwise_are_caught(linux, tmp_path):
    """The initial contents reach both sides: l4_lb run with empty maps on the device finds
    no VIP and passes what Linux sent back out (XDP_TX)."""
    entries, packets, report = linux
    pc = tmp_path / "in.pcap"
    pc.write_bytes(diff_linux.pcap.write([f for _, f in packets]))
    e = next(e for e in entries if e.source.stem == "l4_lb")
    run = diff_linux.device_runs(e, frozenset(), pc, maps=diff_linux.initial_maps(e))
    assert diff_linux.compare(e, frozenset(), packets, report, run["packets"]) == []
    empty = diff_linux.device_runs(e, frozenset(), pc, maps={})
    diffs = diff_linux.compare(e, frozenset(), packets, report, empty["packets"])
    assert any(d.what == "verdict: Linux 3, rvoff-run 2" for d in diffs), diffs[:3]


@need
def test_a_changed_skb_mark_is_caught(linux, tmp_path):
    """The TC comparison reads the skb: one mark rvoff-run reports changed."""
    entries, packets, report = linux
    pc = tmp_path / "in.pcap"
    pc.write_bytes(diff_linux.pcap.write([f for _, f in packets]))
    e = next(e for e in entries if e.source.stem == "tc_dscp_mark")
    run = diff_linux.device_runs(e, frozenset(), pc, maps=diff_linux.initial_maps(e))["packets"]
    assert diff_linux.compare(e, frozenset(), packets, report, run) == []
    k = next(k for k, p in enumerate(run) if p.get("mark"))
    run[k]["mark"] += 1
    diffs = diff_linux.compare(e, frozenset(), packets, report, run)
    assert [(d.packet, d.what.split(":")[0]) for d in diffs] == [(k, "skb mark")], diffs
