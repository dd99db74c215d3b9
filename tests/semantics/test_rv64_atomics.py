"""The A extension's clauses (every AMO with aq/rl, lr/sc paired, unpaired and to another
address, fence) against implementations no one here wrote: unicorn and QEMU, one hart, random
registers and buffer contents (rvlab.validate_rv64.validate_atomics).  Zacas has none here
(QEMU 7.2 and unicorn lack it): docs/proofs.md says so."""
from __future__ import annotations

import os

import pytest

from rvlab import validate_rv64 as R
from semantics import rv64

N = int(os.environ.get("RVJIT_VALIDATE_N", "30"))


@pytest.mark.parametrize("backend", ["unicorn", "qemu"])
def test_atomics_match_the_emulators(backend):
    agree, total, bad = R.validate_atomics(N if backend == "unicorn" else max(2, N // 10),
                                           seed=backend, backend=backend)
    assert total == agree and not bad, "\n".join(bad[:10])
    assert total >= 2 * len(R.atomic_kinds())


def test_every_a_form_is_validated():
    kinds = R.atomic_kinds()
    assert {m for m in R.AMO_MNEMONICS if m.startswith("amo")} <= set(kinds)
    assert {"lr+sc.w", "lr+sc.d", "sc.w", "sc.d", "lr+other.w", "fence"} <= set(kinds)


def test_a_wrong_clause_is_caught(monkeypatch):
    """The check can fail: an amoadd.w clause that subtracts must disagree with the emulator."""
    monkeypatch.setitem(rv64.CLAUSES, "amoadd.w", rv64._amo(4, lambda a, b: a - b))
    monkeypatch.setattr(R, "atomic_kinds", lambda: ["amoadd.w"])
    agree, total, bad = R.validate_atomics(10, seed=3, backend="unicorn")
    assert bad and agree < total
