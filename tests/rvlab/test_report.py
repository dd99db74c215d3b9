"""make report (rvlab/report.py): the page covers the whole table and says why the rest is
refused."""
from __future__ import annotations

from rvjit.rules import TABLE
from rvlab import report


def test_report_lists_every_pattern_and_the_refusals():
    md, svg = report.build(say=lambda s: None)
    for p in TABLE.by_pattern():
        assert f"`{p.key()}`" in md, p.key()
    for r in TABLE.rules:
        assert f"`{r.name}`" in md, r.name
    # refused opcodes come with bpf.validate's reason, not a guess
    assert "| `0x20` |" in md and "LD_ABS (opcode 0x20) is a legacy packet load" in md
    refused = md.split("why rvjit refuses it |")[1].split("## ")[0]
    assert "helper id" not in refused           # helper calls are translated, every id
    assert "UNPROVEN" not in md
    # Linux's count for a row docs/kernel-comparison.md measured sits next to rvjit's
    row = next(ln for ln in md.splitlines() if "`r0 += r2`" in ln)
    assert row.rstrip(" |").split("|")[-1].strip() == report.linux_rows()["r0 += r2"]
    assert svg.count("<rect") == 256 + len(report.LEGEND)
    assert svg.count(report.COLOURS["unsupported"]) >= 2
