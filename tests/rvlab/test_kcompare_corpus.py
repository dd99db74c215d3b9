"""make compare-kernel-corpus's arithmetic and its cache of the kernels' images, on hand-made
rows (the real run boots kjit's kernels: make compare-kernel-corpus)."""
from __future__ import annotations

import hashlib
import json
import math

import pytest

from rvlab import kcompare_corpus as K


def row(name, mcpu, rv_c, rv_zb, kern):
    r = K.Row(name, mcpu, 1, name.encode())
    r.rv = {"c": bytes(rv_c), "zba,zbb,c": bytes(rv_zb)}
    r.kern = {k: (None if v is None else bytes(v)) for k, v in kern.items()}
    return r


def test_figures_are_geometric_means_and_totals():
    rows = [row("a", "v1", 50, 40, {"6.12+zb": 100}), row("b", "v1", 30, 30, {"6.12+zb": 20}),
            row("c", "v3", 10, 10, {"6.12+zb": None})]          # refused: left out
    f = K.figures(rows, "zba,zbb,c", "6.12+zb")
    assert f.n == 2
    assert f.gmean == pytest.approx(math.sqrt(0.4 * 1.5))
    assert f.total == pytest.approx(70 / 120)
    assert (f.rv_bytes, f.k_bytes) == (70, 120)
    assert f.above == [(1.5, "b")]
    assert K.figures([rows[2]], "zba,zbb,c", "6.12+zb") is None
    lines = K.summary_lines(rows)
    assert any(ln.startswith("rvjit zba,zbb,c / Linux 6.12 Zba/Zbb, -mcpu=v1: geometric mean "
                             "0.775, total 0.583") for ln in lines), lines


def test_kernel_images_come_from_the_cache_and_a_miss_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(K, "CACHE", tmp_path / "cache")
    images = {}
    for key, version, _ in K.KERNELS:
        img = tmp_path / f"linux-source-{version}/arch/riscv/boot/Image"
        img.parent.mkdir(parents=True, exist_ok=True)
        img.write_bytes(f"kernel {version}".encode())
        images[key] = hashlib.sha256(img.read_bytes()).hexdigest()
    rows = [row("p", "v2", 4, 4, {}), row("q", "v2", 4, 4, {})]
    (tmp_path / "cache").mkdir()
    for key, _, _ in K.KERNELS:
        cache = {"kernel": images[key], "isa": "rv64imac",
                 "images": {hashlib.sha256(b"p").hexdigest(): {"code": "0102"},
                            hashlib.sha256(b"q").hexdigest(): {"refused": "R1 !read_ok"}}}
        (tmp_path / "cache" / f"{key}.json").write_text(json.dumps(cache))
    info = K.kernel_images(rows, str(tmp_path), tmp_path, cached_only=True, log=lambda *a: None)
    assert info["6.1"]["isa"] == "rv64imac"
    assert rows[0].kern == {k: b"\x01\x02" for k, _, _ in K.KERNELS}
    assert rows[1].kern == {k: None for k, _, _ in K.KERNELS}
    assert rows[1].why["6.12"] == "R1 !read_ok"

    # A program not in the cache: --cached refuses to boot, naming it.
    with pytest.raises(SystemExit, match=r"not in .*6\.1\.json \(e\.g\. new\)"):
        K.kernel_images([row("new", "v2", 4, 4, {})], str(tmp_path), tmp_path, cached_only=True,
                        log=lambda *a: None)
    # Another kernel image invalidates the cache.
    (tmp_path / "linux-source-6.1/arch/riscv/boot/Image").write_bytes(b"rebuilt")
    with pytest.raises(SystemExit, match="2 program"):
        K.kernel_images(rows, str(tmp_path), tmp_path, cached_only=True, log=lambda *a: None)


def test_a_missing_kernel_says_how_to_build_it(tmp_path, monkeypatch):
    monkeypatch.setattr(K, "CACHE", tmp_path / "cache")
    with pytest.raises(SystemExit, match=r"KJIT_VERSION=6\.1 .*build\.sh"):
        K.kernel_images([], str(tmp_path), tmp_path, cached_only=True)
