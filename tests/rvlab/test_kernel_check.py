"""The corpus objects that use maps, helpers, calls, tail calls, global data or TC, in Linux
6.1 (one VM boot): the verifier accepts every one (bpftool prog loadall), and rvjit's map
references, used-maps order, value offsets, map definitions and call targets are the
kernel's (rvlab/kernel_check.py).  A planted bug in rvjit's side is caught."""
from __future__ import annotations

import dataclasses

import pytest

from rvlab import corpus, kernel_check, vm

need_vm = pytest.mark.skipif(not vm.vm_available(),
                             reason="VM not available: apt-get install " + " ".join(vm.missing()))


@pytest.fixture(scope="module")
def featured():
    return [e for e in corpus.build() if e.features]


@pytest.fixture(scope="module")
def report(featured):
    return kernel_check.run(featured)


@need_vm
def test_vm_verifier_accepts_every_object_and_rvjit_links_as_the_kernel_sees_it(featured, report):
    assert len(featured) >= 27 and {f for e in featured for f in e.features} == set(
        corpus.FEATURES)
    problems = [d for e in featured for d in kernel_check.compare(e, report)]
    assert not problems, "\n\n".join(problems)
    assert report.release.startswith("6.1") and report.bad_lines == 0
    progs = [(e, p) for e in featured for p, _, _ in e.programs]
    assert all((e.name, p[:15]) in report.progs or (e.name, p) in report.progs for e, p in progs)
    refs = sum(len(kernel_check._refs(e.load(p).code, (5, 6))) for e, p in progs)
    assert refs >= 80
    # the JIT was on, so call targets were compared too
    assert report.jit == 1 and any(kernel_check._calls(e.load(p).code) for e, p in progs)


@need_vm
@pytest.mark.parametrize("bug", ["map order", "value offset", "call target"])
def test_vm_check_catches_a_planted_bug(featured, report, bug, monkeypatch):
    """rvjit's program altered the way a broken linker would alter it: two maps swapped
    (used-maps order), a global-data offset off by 4, a call to the wrong function."""
    import struct
    orig = corpus.Entry.load

    def broken(self, program=None):
        p = orig(self, program)
        slots = [list(struct.unpack_from("<BBhi", p.code, 8 * i)) for i in range(len(p.code) // 8)]
        for i, s in enumerate(slots):
            if bug == "map order" and s[0] == 0x18 and s[1] >> 4 == 5 and len(p.maps) > 1:
                s[3] = (s[3] + 1) % len(p.maps)
            if bug == "value offset" and s[0] == 0x18 and s[1] >> 4 == 6:
                slots[i + 1][3] += 4
            if bug == "call target" and s[0] == 0x85 and s[1] >> 4 == 1 and len(p.functions) > 2:
                s[3] += dict(p.functions)[p.functions[2][0]] - dict(p.functions)[p.functions[1][0]]
        code = b"".join(struct.pack("<BBhi", *s) for s in slots)
        return dataclasses.replace(p, code=code)

    monkeypatch.setattr(corpus.Entry, "load", broken)
    found = [d for e in featured for d in kernel_check.compare(e, report)]
    assert found, bug
