"""scripts/install, the one install path (make demo, make test, .ci/run): what it does when
packages are missing, without touching this machine (fake dpkg-query, id and apt-get)."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def fake_bin(tmp_path, uid: int, missing: set) -> dict:
    b = tmp_path / "bin"
    b.mkdir()
    (b / "id").write_text(f"#!/bin/sh\necho {uid}\n")
    cases = " ".join(sorted(missing))
    (b / "dpkg-query").write_text(
        '#!/bin/sh\nfor p in ' + cases + '; do [ "$3" = "$p" ] && exit 1; done\n'
        'echo "install ok installed"\n')
    (b / "apt-get").write_text(f'#!/bin/sh\necho "apt-get $*" >> {tmp_path}/apt.log\n')
    # the arm64 VM's preparation (dpkg --add-architecture, rvlab.vm prepare) is not ours here
    (b / "dpkg").write_text("#!/bin/sh\necho arm64\n")
    (b / "python3").write_text(f'#!/bin/sh\necho "python3 $*" >> {tmp_path}/py.log\n')
    for f in b.iterdir():
        f.chmod(0o755)
    return dict(os.environ, PATH=f"{b}:{os.environ['PATH']}", VENV=str(tmp_path / "venv"))


def run(env, *args):
    return subprocess.run([str(ROOT / "scripts" / "install"), *args], env=env,
                          capture_output=True, text=True)


def test_not_root_prints_the_one_command(tmp_path):
    env = fake_bin(tmp_path, 1000, {"qemu-user-static", "bpftool"})
    r = run(env, "--debian-only", "test")
    assert r.returncode == 1
    assert "run once, as root:  sudo apt-get install -y qemu-user-static bpftool" in r.stderr, r.stderr
    assert not (tmp_path / "apt.log").exists()


def test_root_installs_what_is_missing(tmp_path):
    env = fake_bin(tmp_path, 0, {"xdp-tools"})
    r = run(env, "--debian-only", "test")
    assert r.returncode == 0, r.stdout + r.stderr
    log = (tmp_path / "apt.log").read_text()
    assert "install -y -qq xdp-tools" in log and log.count("install") == 1, log


def test_demo_needs_only_its_own_debian_packages(tmp_path):
    """The demo needs the venv and the device runtime's packages, not the test suite's."""
    env = fake_bin(tmp_path, 1000, {"clang", "linux-image-amd64", "bpftool"})
    r = run(env, "--debian-only", "demo")
    assert r.returncode == 0 and "demo: Debian packages ready" in r.stdout, r.stdout + r.stderr
    (tmp_path / "second").mkdir()
    env = fake_bin(tmp_path / "second", 1000, {"qemu-user-static", "clang"})
    r = run(env, "--debian-only", "demo")
    assert r.returncode == 1
    assert "sudo apt-get install -y qemu-user-static" in r.stderr and "clang" not in r.stderr, r.stderr


def test_unknown_purpose(tmp_path):
    r = run(fake_bin(tmp_path, 1000, set()), "lint")
    assert r.returncode == 2 and "usage: scripts/install" in r.stderr
