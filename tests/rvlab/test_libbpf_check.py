"""rvjit's linking against libbpf's (bpftool gen skeleton -L, no kernel needed): every program
of the corpus and of xdp-tools/libxdp1 must be instruction for instruction what libbpf hands
the kernel, map references compared by the map they name.  And the check has teeth: a
linker that forgets a global-data offset, or appends subprograms in another order, fails."""
from __future__ import annotations

from pathlib import Path

import pytest

from rvjit import elf
from rvlab import corpus, libbpf_check

XDP_TOOLS = sorted(Path("/usr/lib/x86_64-linux-gnu/bpf").glob("*.o"))


@pytest.fixture(scope="module")
def objects():
    if len(XDP_TOOLS) < 15:
        pytest.fail("xdp-tools and libxdp1 are needed (.ci/run installs them)")
    every = corpus.build()
    # one -mcpu per source is enough here: the relocations do not depend on it
    return [e.path for e in every if e.mcpu == "v3"] + XDP_TOOLS


def test_every_program_is_what_libbpf_loads(objects):
    findings = [(p, f) for p in objects for f in libbpf_check.check_object(p)]
    bad = [f"{Path(p).name} {f.program}: {f.detail}" for p, f in findings if not f.ok]
    assert not bad, "\n".join(bad)
    assert len(findings) >= 45
    with_maps = [f for p, f in findings if elf.load(p, f.program).maps]
    assert len(with_maps) >= 25


def _planted(monkeypatch, what):
    if what == "offset":                      # global data without the symbol's offset
        orig = elf._Linker._ld_imm64

        def ld(self, fn, k, index, rel, where):
            orig(self, fn, k, index, rel, where)
            if self.slots[index][1] >> 4 == 6:
                self.slots[index + 1][3] = 0
        monkeypatch.setattr(elf._Linker, "_ld_imm64", ld)
    else:                                     # subprograms appended breadth first
        orig = elf._Linker._append

        def append(self, callee):
            if id(callee) not in self.placed:
                self.placed[id(callee)] = None
                self.pending = getattr(self, "pending", []) + [callee]
                return 0
            return self.placed[id(callee)] or 0
        monkeypatch.setattr(elf._Linker, "_append", append)


@pytest.mark.parametrize("bug", ["offset", "order"])
def test_a_planted_linker_bug_is_caught(monkeypatch, bug):
    obj = {"offset": "global_cfg.v3.o", "order": "l4_lb.v3.o"}[bug]
    path = corpus.DEFAULT_OUT / obj
    corpus.build()
    assert all(f.ok for f in libbpf_check.check_object(path))
    _planted(monkeypatch, bug)
    try:
        found = libbpf_check.check_object(path)
    except elf.ElfError:
        return                                # the broken linker did not even link
    assert not all(f.ok for f in found), found
