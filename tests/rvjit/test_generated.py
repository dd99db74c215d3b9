"""Generated files: current, refused for unproven tables, and stale ones detected."""
from __future__ import annotations

import dataclasses

import pytest

import rvjit.gen as gen
from rvjit.rules import TABLE
from rvjit.rules.base import Table, asm, D, S


def test_generated_files_are_current():
    for path, text in gen.outputs(TABLE).items():
        assert path.read_text() == text, f"{path} is stale: run make gen"
        lines = text.splitlines()
        if lines[0].startswith(("// SPDX-License-Identifier:", "/* SPDX-License-Identifier:")):
            lines = lines[1:]                   # kernel C: the licence comes first
        first, second = lines[:2]
        assert "GENERATED FILE - DO NOT EDIT." in first, path
        assert TABLE.fingerprint() in second, path


def test_generator_refuses_an_unproven_rule():
    rules = list(TABLE.rules)
    i = next(k for k, r in enumerate(rules) if r.name == "alu64_add_x")
    rules[i] = dataclasses.replace(rules[i], template=(asm.add(D, S, D),))   # fingerprint changes
    with pytest.raises(gen.Unproven, match="alu64_add_x"):
        gen.outputs(Table(rules))


def test_check_detects_a_hand_edit(tmp_path, monkeypatch, capsys):
    edited = tmp_path / "emit.py"
    edited.write_text(gen.PY_OUT.read_text().replace("rv_add(", "rv_sub(", 1))
    monkeypatch.setattr(gen, "PY_OUT", edited)
    monkeypatch.setattr(gen, "ROOT", tmp_path)
    assert gen.main(["--check"]) == 1
    assert "stale" in capsys.readouterr().err
    assert gen.main([]) == 0 and gen.main(["--check"]) == 0     # regenerating repairs it
