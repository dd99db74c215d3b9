"""Run commands in a throw-away Linux VM: Debian's own kernel in qemu-system-x86_64 (TCG).

    from rvlab.vm import run_in_vm
    out = run_in_vm({"prog.bin": data, "bin/loader": elf}, "loader /vm/prog.bin", timeout=60)

The VM boots the host's Debian kernel (/boot/vmlinuz-6.1.*, package linux-image-amd64) with
an initramfs built here, in Python, as newc cpio archives:

  base (cached, gzip):  busybox (busybox-static) and /init;
  per run (plain cpio): the caller's files under /vm/ (mode 0755) and the script /vm/run.sh.

The kernel unpacks the concatenation of both.  /init mounts proc, sys, dev (devtmpfs), tmpfs
/tmp and bpffs /sys/fs/bpf, then runs the script with /vm on PATH and its working directory,
stdout and stderr on the second serial port (ttyS1), and powers off.  The kernel console is
the first serial port (ttyS0), so kernel messages never interleave with the script's output.
The script's output is framed by markers carrying a per-run nonce,

  @@RVJIT-BEGIN <nonce>@@ ... @@RVJIT-END <nonce> rc=<exit status>@@

and only the text between them is returned.  If the end marker does not come (timeout,
panic, the script hanging), VMError says why and carries the console's tail.

Static C helpers: `compile_static(source)` runs `gcc -static -O2` once per source text and
caches the binary.  Caches live in $RVJIT_VM_CACHE (default ~/.cache/rvjit-vm).

The kernel is found automatically ($RVJIT_KERNEL overrides it); `vm_available()` says
whether everything needed is installed (qemu-system-x86_64, a kernel image, a static busybox,
gcc), and `missing()` what is not.
"""
from __future__ import annotations

import gzip
import hashlib
import os
import re
import secrets
import shutil
import struct
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

QEMU = "qemu-system-x86_64"
SOURCES = Path(__file__).resolve().parent / "vm"          # the C programs the VM runs
VMLINE_H = SOURCES / "vmline.h"                            # what those programs share
BUSYBOX_PATHS = ("/bin/busybox", "/usr/bin/busybox")
# no_timer_check: under TCG on a loaded host the kernel's IO-APIC timer check can fail
# ("IO-APIC + timer doesn't work!", a panic at boot); the check is for broken hardware.
DEFAULT_APPEND = ("console=ttyS0,115200 rdinit=/init panic=-1 quiet loglevel=4 mitigations=off "
                  "no_timer_check")


class VMError(RuntimeError):
    """The VM did not deliver the script's complete output (or could not be started).
    `started`: whether the script began (else the kernel failed to boot)."""

    def __init__(self, msg: str, console: str = "", output: str = "", started: bool = True):
        self.console, self.output, self.started = console, output, started
        tail = "\n".join(console.splitlines()[-40:])
        super().__init__(msg + (f"\n--- console (last lines) ---\n{tail}" if tail else ""))


class VMScriptError(VMError):
    """The script ran to the end but exited non-zero (check=True)."""


def cache_dir() -> Path:
    d = Path(os.environ.get("RVJIT_VM_CACHE") or Path.home() / ".cache" / "rvjit-vm")
    d.mkdir(parents=True, exist_ok=True)
    return d


# --- finding the pieces -------------------------------------------------------------------------

def _version_key(path: str):
    return [int(x) if x.isdigit() else x for x in re.split(r"(\d+)", path)]


def find_kernel(version: str | None = None) -> Path | None:
    """The kernel of `version` ("6.12": the newest readable /boot/vmlinuz-6.12.*, or None);
    without one, $RVJIT_KERNEL, else the newest /boot/vmlinuz-6.1.*, else the newest
    /boot/vmlinuz-*."""
    boot = Path("/boot")
    if version is not None:
        found = sorted((str(p) for p in boot.glob(f"vmlinuz-{version}.*") if os.access(p, os.R_OK)),
                       key=_version_key)
        return Path(found[-1]) if found else None
    env = os.environ.get("RVJIT_KERNEL")
    if env:
        return Path(env)
    for pattern in ("vmlinuz-6.1.*", "vmlinuz-*"):
        found = sorted((str(p) for p in boot.glob(pattern) if os.access(p, os.R_OK)),
                       key=_version_key)
        if found:
            return Path(found[-1])
    return None


def _is_static_elf(path: str) -> bool:
    """An ELF executable without a PT_INTERP program header."""
    try:
        with open(path, "rb") as f:
            head = f.read(64)
            if head[:4] != b"\x7fELF" or head[4] != 2:          # 64-bit only
                return False
            phoff, = struct.unpack_from("<Q", head, 0x20)
            phentsize, phnum = struct.unpack_from("<HH", head, 0x36)
            f.seek(phoff)
            table = f.read(phentsize * phnum)
        return all(struct.unpack_from("<I", table, i * phentsize)[0] != 3 for i in range(phnum))
    except (OSError, struct.error, IndexError):
        return False


def find_busybox() -> Path | None:
    for p in BUSYBOX_PATHS:
        if os.path.exists(p) and _is_static_elf(p):
            return Path(p)
    return None


def missing() -> list[str]:
    """What is missing to run a VM, as Debian package names (empty: ready)."""
    out = []
    if shutil.which(QEMU) is None:
        out.append("qemu-system-x86")
    if find_kernel() is None:
        out.append("linux-image-amd64")
    if find_busybox() is None:
        out.append("busybox-static")
    if shutil.which("gcc") is None:
        out.append("gcc")
    return out


def vm_available() -> bool:
    return not missing()


# --- cpio (newc) ---------------------------------------------------------------------------------

S_IFDIR, S_IFREG, S_IFLNK = 0o040000, 0o100000, 0o120000


def cpio_newc(entries) -> bytes:
    """A newc ("070701") archive of entries (name, mode, data), mode including the file type
    bits; for a symlink, data is the target.  Parent directories must be listed first."""
    out = bytearray()
    ino = 1000

    def add(name: str, mode: int, data: bytes):
        nonlocal ino
        ino += 1
        nb = name.encode() + b"\0"
        fields = (ino, mode, 0, 0, 1, 0, len(data), 0, 0, 0, 0, len(nb), 0)
        out.extend(b"070701" + b"".join(b"%08X" % v for v in fields))
        out.extend(nb)
        out.extend(b"\0" * (-len(out) % 4))
        out.extend(data)
        out.extend(b"\0" * (-len(out) % 4))

    for name, mode, data in entries:
        add(name.lstrip("/"), mode, data if isinstance(data, bytes) else data.encode())
    add("TRAILER!!!", 0, b"")
    return bytes(out)


def _dirs_for(paths) -> list[str]:
    dirs = []
    for p in paths:
        parts = p.strip("/").split("/")[:-1]
        for i in range(1, len(parts) + 1):
            d = "/".join(parts[:i])
            if d not in dirs:
                dirs.append(d)
    return dirs


INIT = r"""#!/bin/busybox sh
/bin/busybox mkdir -p /proc /sys /dev /tmp /sbin /usr/bin /usr/sbin
/bin/busybox --install -s
export PATH=/vm:/bin:/sbin:/usr/bin:/usr/sbin HOME=/tmp
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mount -t tmpfs tmpfs /tmp
mount -t bpf bpf /sys/fs/bpf 2>/dev/null
NONCE=$(cat /vm/.nonce)
OUT=/dev/ttyS1
[ -c $OUT ] || OUT=/dev/console
stty -F $OUT raw -echo 2>/dev/null
exec 3>$OUT
echo "@@RVJIT-BEGIN $NONCE@@" >&3
cd /vm
sh /vm/run.sh >&3 2>&3 </dev/null
rc=$?
echo "" >&3
echo "@@RVJIT-END $NONCE rc=$rc@@" >&3
exec 3>&-
poweroff -f
"""


def base_initramfs() -> Path:
    """busybox + /init, gzip-compressed, built once (cached by content)."""
    bb = find_busybox()
    if bb is None:
        raise VMError("no static busybox: apt-get install busybox-static")
    data = bb.read_bytes()
    key = hashlib.sha256(data + INIT.encode()).hexdigest()[:16]
    path = cache_dir() / f"base-{key}.cpio.gz"
    if not path.exists():
        archive = cpio_newc([("bin", S_IFDIR | 0o755, b""), ("bin/busybox", S_IFREG | 0o755, data),
                             ("init", S_IFREG | 0o755, INIT), ("vm", S_IFDIR | 0o755, b"")])
        z = gzip.compress(archive, compresslevel=6, mtime=0)
        z += b"\0" * (-len(z) % 4)          # the next archive must start 4-byte aligned
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(z)
        tmp.replace(path)
    return path


def run_archive(files: dict, script: str, nonce: str) -> bytes:
    """The per-run archive: files under /vm/, the script, the nonce."""
    entries = {"run.sh": script.encode(), ".nonce": nonce.encode()}
    for name, data in files.items():
        name = name.lstrip("/")
        if name.startswith("vm/"):
            name = name[3:]
        if not name or ".." in name.split("/") or name in ("run.sh", ".nonce"):
            raise ValueError(f"bad file name {name!r} (reserved or outside /vm)")
        entries[name] = data
    dirs = [d for d in _dirs_for(entries) if d]
    return cpio_newc([(f"vm/{d}", S_IFDIR | 0o755, b"") for d in dirs] +
                     [(f"vm/{n}", S_IFREG | 0o755, d) for n, d in entries.items()])


# --- static helpers -----------------------------------------------------------------------------

def compile_static(source: str | Path, flags=("-O2",), name: str = "prog", headers=()) -> bytes:
    """`gcc -static` a C program (a Path to it, or its text), cached by content; the ELF.
    `headers`: Paths of files it includes with "...", put beside it (their content is part
    of the cache key)."""
    text = source.read_text() if isinstance(source, Path) else source
    extra = {Path(h).name: Path(h).read_text() for h in headers}
    gcc = shutil.which("gcc")
    if gcc is None:
        raise VMError("gcc is not installed")
    ver = subprocess.run([gcc, "--version"], capture_output=True, text=True).stdout
    parts = [text, *flags, ver] + [f"{n}\0{t}" for n, t in sorted(extra.items())]
    key = hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]
    out = cache_dir() / f"{name}-{key}"
    if not out.exists():
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / f"{name}.c"
            src.write_text(text)
            for n, t in extra.items():
                (Path(tmp) / n).write_text(t)
            res = subprocess.run([gcc, "-static", *flags, "-Wall", "-o", str(Path(tmp) / name),
                                  str(src)], capture_output=True, text=True)
            if res.returncode:
                raise VMError(f"gcc failed for {name}:\n{res.stderr}")
            tmpout = out.with_suffix(f".{os.getpid()}.tmp")
            shutil.copy(Path(tmp) / name, tmpout)
            tmpout.replace(out)
    return out.read_bytes()


# --- running ------------------------------------------------------------------------------------

@dataclass
class VMResult:
    output: str         # the script's stdout+stderr, between the markers (\r removed)
    rc: int             # the script's exit status
    console: str        # the kernel console (ttyS0)
    boot_time: float    # seconds from starting QEMU to the begin marker
    elapsed: float      # seconds from starting QEMU to its exit


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8", "replace")
    except FileNotFoundError:
        return ""


def run(files: dict, script: str, timeout: float = 120.0, *, memory: str = "512M",
        kernel: str | os.PathLike | None = None, append: str = "", check: bool = True,
        qemu_args=(), boot_retries: int = 1) -> VMResult:
    """Boot the VM with `files` (name -> bytes, placed under /vm/, executable), run `script`
    (sh) in /vm, and return its output.  The VM is killed after `timeout` seconds.
    A boot that dies before the script starts is retried `boot_retries` times.
    Raises VMError if the output is incomplete, VMScriptError if check and the script's exit
    status is non-zero."""
    for attempt in range(boot_retries + 1):
        try:
            res = _run_once(files, script, timeout, memory, kernel, append, qemu_args)
            break
        except VMError as e:
            if e.started or attempt == boot_retries:
                raise
    if check and res.rc:
        raise VMScriptError(f"the VM script exited with status {res.rc}; output tail:\n"
                            + "\n".join(res.output.splitlines()[-20:]), res.console, res.output)
    return res


def _run_once(files, script, timeout, memory, kernel, append, qemu_args) -> VMResult:
    if shutil.which(QEMU) is None:
        raise VMError(f"{QEMU} not found: apt-get install qemu-system-x86")
    kern = Path(kernel) if kernel else find_kernel()
    if kern is None or not kern.exists():
        raise VMError("no kernel image in /boot: apt-get install linux-image-amd64 "
                      "(or set RVJIT_KERNEL)")
    nonce = secrets.token_hex(8)
    with tempfile.TemporaryDirectory(prefix="rvjit-vm-") as tmp:
        tmp = Path(tmp)
        initrd = tmp / "initrd.img"
        with open(initrd, "wb") as f:
            f.write(base_initramfs().read_bytes())
            f.write(run_archive(files, script, nonce))
        con, out = tmp / "console.log", tmp / "out.log"
        cmd = [QEMU, "-accel", "tcg", "-m", memory, "-smp", "1", "-nographic", "-no-reboot",
               "-nodefaults", "-monitor", "none",
               "-kernel", str(kern), "-initrd", str(initrd),
               "-append", f"{DEFAULT_APPEND} {append}".strip(),
               "-serial", f"file:{con}", "-serial", f"file:{out}", *qemu_args]
        begin = f"@@RVJIT-BEGIN {nonce}@@"
        end_re = re.compile(r"@@RVJIT-END " + nonce + r" rc=(\d+)@@")
        t0 = time.monotonic()
        boot_time = None
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT)
        timed_out = False
        try:
            while proc.poll() is None:
                if time.monotonic() - t0 > timeout:
                    timed_out = True
                    break
                if boot_time is None:
                    try:
                        with open(out, "rb") as f:
                            if begin.encode() in f.read(4096):
                                boot_time = time.monotonic() - t0
                    except FileNotFoundError:
                        pass
                time.sleep(0.05)
        finally:
            if proc.poll() is None:
                proc.kill()
            qemu_msg = proc.communicate()[0].decode("utf-8", "replace")
        elapsed = time.monotonic() - t0
        console, raw = _read(con), _read(out).replace("\r", "")
    if boot_time is None and begin in raw:
        boot_time = elapsed
    i = raw.find(begin)
    m = end_re.search(raw, i + 1 if i >= 0 else 0)
    if i < 0 or m is None:
        partial = raw[i + len(begin):].lstrip("\n") if i >= 0 else ""
        why = (f"timed out after {timeout:.0f} s" if timed_out else
               f"QEMU exited ({proc.returncode}) " + ("before the script started" if i < 0
                                                      else "before the script's end marker"))
        if qemu_msg.strip():
            why += f"; QEMU said: {qemu_msg.strip()[:2000]}"
        raise VMError(f"VM run incomplete: {why}", console, partial, started=i >= 0)
    output = raw[i + len(begin):m.start()]
    output = output[1:] if output.startswith("\n") else output
    output = output[:-1] if output.endswith("\n") else output   # the init's extra newline
    return VMResult(output, int(m.group(1)), console, boot_time or elapsed, elapsed)


def run_in_vm(files: dict, script: str, timeout: float = 120.0, **kw) -> str:
    """`run(...)`'s output only: the script's stdout and stderr (see run)."""
    return run(files, script, timeout, **kw).output


# --- host executables in the VM -----------------------------------------------------------------

def bundle(executables) -> tuple[dict, str]:
    """Dynamically linked host executables (e.g. /usr/sbin/bpftool, /sbin/ip) for the VM.
    Returns (files, preamble): files for run() -- the executables under bin/, the shared
    libraries `ldd` lists under lib/ -- and shell lines for the top of the script that make
    them runnable (the ELF interpreter at its /lib64 path, LD_LIBRARY_PATH, PATH)."""
    files, interp = {}, None
    for exe in executables:
        path = shutil.which(exe) or exe
        if not os.path.exists(path):
            raise VMError(f"{exe} is not installed")
        res = subprocess.run(["ldd", path], capture_output=True, text=True)
        if res.returncode:
            raise VMError(f"ldd {path} failed: {res.stderr.strip()}")
        for line in res.stdout.splitlines():
            m = re.match(r"\s*(\S+) => (/\S+)", line) or re.match(r"\s*(/\S+) \(", line)
            if not m:
                continue                                    # linux-vdso.so.1
            lib = m.group(m.lastindex)
            name = os.path.basename(lib)
            if m.lastindex == 1:
                interp = lib
            files[f"lib/{name}"] = Path(os.path.realpath(lib)).read_bytes()
        files[f"bin/{os.path.basename(path)}"] = Path(path).read_bytes()
    preamble = "export LD_LIBRARY_PATH=/vm/lib PATH=/vm/bin:$PATH\n"
    if interp:
        preamble = (f"mkdir -p {os.path.dirname(interp)} && "
                    f"ln -sf /vm/lib/{os.path.basename(interp)} {interp}\n") + preamble
    return files, preamble


__all__ = ["run_in_vm", "run", "VMResult", "VMError", "VMScriptError", "compile_static",
           "bundle", "find_kernel", "find_busybox", "vm_available", "missing", "cpio_newc"]
