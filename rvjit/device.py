"""Running images on packets through rvoff-run (runtime/), the device runtime: natively on a
RISC-V host, under qemu-riscv64-static elsewhere.

    out = run(elf_bytes, "in.pcap", maps="init.json", deterministic=True)
    out["packets"][0]["verdict"], out["maps"]

rvoff-run is found at $RVOFF_RUN, else built from the checkout's runtime/ into build/runtime
(`make -C runtime`, riscv64-linux-gnu-gcc).
"""
from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNTIME_SRC = ROOT / "runtime"
DEFAULT_BINARY = ROOT / "build" / "runtime" / "rvoff-run"


class DeviceError(RuntimeError):
    pass


def binary() -> Path:
    """rvoff-run, built if the checkout has its sources and it is missing or stale."""
    env = os.environ.get("RVOFF_RUN")
    if env:
        return Path(env)
    if (RUNTIME_SRC / "Makefile").exists():
        r = subprocess.run(["make", "-s", "-C", str(RUNTIME_SRC), f"OUT={DEFAULT_BINARY.parent}"],
                           capture_output=True, text=True)
        if r.returncode:
            raise DeviceError("building rvoff-run failed (needs riscv64-linux-gnu-gcc, Debian "
                              "package gcc-riscv64-linux-gnu):\n" + (r.stderr or r.stdout)[-2000:])
    if not DEFAULT_BINARY.exists():
        raise DeviceError("rvoff-run is not built and its sources are not here; set RVOFF_RUN")
    return DEFAULT_BINARY


def command() -> list[str]:
    """How to start rvoff-run on this host."""
    if platform.machine() == "riscv64":
        return [str(binary())]
    qemu = shutil.which("qemu-riscv64-static") or shutil.which("qemu-riscv64")
    if not qemu:
        raise DeviceError("rvoff-run is a riscv64 program: this host needs qemu-riscv64-static "
                          "(Debian package qemu-user-static)")
    return [qemu, str(binary())]


def run_raw(images, pcap, maps=None, *, program=None, deterministic=True, seed=0, cpu=0,
            ncpus=1, budget_ms=None, extra=(), timeout=600) -> subprocess.CompletedProcess:
    """rvoff-run on image files (paths), its exit status and output as they come."""
    cmd = command() + ["--pcap", str(pcap)]
    if maps:
        cmd += ["--maps", str(maps)]
    if program:
        cmd += ["--program", program]
    if deterministic:
        cmd += ["--deterministic", "--seed", str(seed)]
    cmd += ["--cpu", str(cpu), "--ncpus", str(ncpus)]
    if budget_ms:
        cmd += ["--budget-ms", str(budget_ms)]
    cmd += list(extra) + [str(i) for i in images]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def run(image: bytes, pcap, maps=None, **kw) -> dict:
    """Run one image (the bytes `rvjit compile -f elf` writes) on a pcap file; the JSON report.
    `maps` is a path or a dict (written as the maps file)."""
    with tempfile.TemporaryDirectory(prefix="rvoff-") as d:
        img = Path(d) / "image.o"
        img.write_bytes(image)
        if isinstance(maps, dict):
            (Path(d) / "maps.json").write_text(json.dumps(maps))
            maps = Path(d) / "maps.json"
        r = run_raw([img], pcap, maps, **kw)
    if r.returncode:
        raise DeviceError((r.stderr.strip() or f"rvoff-run exited with status {r.returncode}"))
    try:
        out = json.loads(r.stdout)
    except json.JSONDecodeError as e:
        raise DeviceError(f"rvoff-run wrote no valid JSON ({e}); stderr:\n{r.stderr[-2000:]}")
    out["stderr"] = r.stderr
    return out
