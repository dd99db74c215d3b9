"""`pip install .` gives a working rvjit: compile, run and prove, with the rule table and the
certificate inside the installed package (nothing read from the checkout)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_installed_rvjit_works_outside_the_checkout(tmp_path):
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    if not files:
        pytest.fail("git ls-files listed nothing")
    src = tmp_path / "src"
    for f in files:
        if (ROOT / f).is_file():
            (src / f).parent.mkdir(parents=True, exist_ok=True)
            (src / f).write_bytes((ROOT / f).read_bytes())
    site = tmp_path / "site"
    # The dependencies are this interpreter's; the package is what pip builds and installs.
    r = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                        "--no-build-isolation", "--target", str(site), str(src)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert (site / "proofs" / "certificate.json").is_file()
    assert not (site / "rvlab").exists() and not (site / "tests").exists()
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = dict(os.environ, PYTHONPATH=str(site), XDG_CACHE_HOME=str(tmp_path / "cache"))
    rvjit = [sys.executable, str(site / "bin" / "rvjit")]
    obj = ROOT / "examples" / "xdp_filter.o"

    out = subprocess.run(rvjit + ["compile", str(obj), "-f", "listing"], cwd=work, env=env,
                         capture_output=True, text=True)
    assert out.returncode == 0 and "; rule ctx_xdp_data\n" in out.stdout, out.stderr
    (work / "p.bin").write_bytes(bytes.fromhex("b700000007000000" "0700000023000000" "9500000000000000"))
    out = subprocess.run(rvjit + ["run", "p.bin"], cwd=work, env=env, capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == "R0 = 0x2a (42)", out.stdout + out.stderr
    out = subprocess.run(rvjit + ["prove"], cwd=work, env=env, capture_output=True, text=True)
    assert out.returncode == 0 and " 0 failed, 0 checked" in out.stdout, \
        out.stdout + out.stderr
    assert not list(site.glob("build")), "proof times belong in the user's cache, not site-packages"
