"""Run commands in a throw-away Linux VM: Debian's own kernel under QEMU (TCG).

    from rvlab.vm import run_in_vm, target
    out = run_in_vm({"prog.bin": data, "bin/loader": elf}, "loader /vm/prog.bin", timeout=60)
    t = target("6.12")                      # or "6.1", "6.1-debug", a path; arch="arm64"
    out = run_in_vm(files, script, target=t)

A target is a kernel and the architecture it runs on (`target(kernel, arch)`; the defaults
come from $RVJIT_KERNEL and $RVJIT_ARCH, else 6.1 on x86_64):

  x86_64, 6.1 / 6.12:  the host's Debian kernels, /boot/vmlinuz-6.1.* and -6.12.* (packages
                       linux-image-amd64, linux-image-6.12-amd64), in qemu-system-x86_64;
  x86_64, 6.1-debug:   the KASAN/kmemleak/lockdep kernel rvlab/debug_kernel.py builds;
  arm64, 6.1 / 6.12:   Debian's arm64 kernel and userland (busybox, bpftool, iproute2 and
                       their libraries) unpacked from the archive's arm64 packages into
                       $RVJIT_VM_CACHE/root-arm64-<series> by `python3 -m rvlab.vm prepare
                       arm64` (never installed on the host: a foreign kernel's headers
                       package would replace the host's compilers), in
                       qemu-system-aarch64 -M virt.

The VM boots with an initramfs built here, in Python, as newc cpio archives:

  base (cached, gzip):  the target's busybox, /init, and the kernel modules the console needs;
  per run (plain cpio): the caller's files under /vm/ (mode 0755) and the script /vm/run.sh.

The kernel unpacks the concatenation of both.  /init mounts proc, sys, dev (devtmpfs), tmpfs
/tmp and bpffs /sys/fs/bpf, then runs the script with /vm on PATH and its working directory,
stdout and stderr on a second console (x86_64: the second serial port ttyS1; arm64: a virtio
console, hvc0), and powers off.  The kernel console is the first serial port, so kernel
messages never interleave with the script's output.  The script's output is framed by
markers carrying a per-run nonce,

  @@RVJIT-BEGIN <nonce>@@ ... @@RVJIT-END <nonce> rc=<exit status>@@

and only the text between them is returned.  If the end marker does not come (timeout,
panic, the script hanging), VMError says why and carries the console's tail.

Static C helpers: `compile_static(source, arch=...)` runs `gcc -static -O2` (or the arm64
cross compiler) once per source text and caches the binary.  Caches live in $RVJIT_VM_CACHE
(default ~/.cache/rvjit-vm).

`vm_available(target)` says whether everything needed is installed, and `missing(target)`
what is not.
"""
from __future__ import annotations

import gzip
import hashlib
import lzma
import os
import re
import secrets
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

SOURCES = Path(__file__).resolve().parent / "vm"          # the C programs the VM runs
VMLINE_H = SOURCES / "vmline.h"                            # what those programs share
BUSYBOX_PATHS = ("/bin/busybox", "/usr/bin/busybox")
HOST_ARCH = {"x86_64": "x86_64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)
KERNELS = ("6.1", "6.12", "6.1-debug")                     # the kernel series a target names


@dataclass(frozen=True)
class Arch:
    """How to run one architecture: QEMU, its console devices, Debian's names for it."""
    name: str           # rvjit's name (also the kernel's ARCH=)
    qemu: str
    qemu_pkg: str       # the Debian package with `qemu`
    machine: tuple      # QEMU arguments for the machine
    console: str        # the kernel console (first serial port)
    out_dev: str        # where the script's output goes
    out_args: tuple     # QEMU arguments for that device ({out} is the file it writes)
    boot_modules: tuple  # modules /init loads first (the output device's driver)
    append: str         # extra kernel command line
    deb_arch: str       # Debian's architecture name
    flavour: str        # Debian's kernel flavour
    gnu: str            # the GNU triplet (cross compiler, library directories)
    interp: str         # the ELF interpreter of dynamically linked executables


ARCHES = {
    # no_timer_check: under TCG on a loaded host the kernel's IO-APIC timer check can fail
    # ("IO-APIC + timer doesn't work!", a panic at boot); the check is for broken hardware.
    "x86_64": Arch("x86_64", "qemu-system-x86_64", "qemu-system-x86", (), "ttyS0", "/dev/ttyS1",
                   ("-serial", "file:{out}"), (), "no_timer_check", "amd64", "amd64",
                   "x86_64-linux-gnu", "/lib64/ld-linux-x86-64.so.2"),
    # virt has one UART: the script's output goes to a virtio console, whose driver Debian
    # builds as modules (virtio_mmio, virtio_console).
    "arm64": Arch("arm64", "qemu-system-aarch64", "qemu-system-arm",
                  ("-M", "virt", "-cpu", "cortex-a72"), "ttyAMA0", "/dev/hvc0",
                  ("-device", "virtio-serial-device", "-chardev", "file,id=rvout,path={out}",
                   "-device", "virtconsole,chardev=rvout"),
                  ("kernel/drivers/virtio/virtio_mmio.ko", "kernel/drivers/char/virtio_console.ko"),
                  "", "arm64", "arm64", "aarch64-linux-gnu", "/lib/ld-linux-aarch64.so.1"),
}
DEFAULT_APPEND = "rdinit=/init panic=-1 quiet loglevel=4 mitigations=off"
QEMU = ARCHES["x86_64"].qemu                               # (the default target's)


@dataclass(frozen=True)
class Target:
    """A kernel to boot and the architecture it runs on."""
    arch: Arch
    series: str                 # "6.1", "6.12", "6.1-debug", or "" for a kernel given by path
    kernel: Path | None         # the image QEMU boots (None: not installed)
    release: str = ""           # its `uname -r`
    modules: Path | None = None  # its /lib/modules/<release> (in-tree modules), if any
    headers: Path | None = None  # the build tree external modules are built against
    root: Path | None = None    # a foreign architecture's unpacked userland, else the host's
    why_missing: tuple = field(default=(), compare=False)   # packages or steps it lacks

    @property
    def name(self) -> str:
        return f"{self.series or self.release}/{self.arch.name}"


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


def _newest(paths) -> Path | None:
    found = sorted((str(p) for p in paths if os.access(p, os.R_OK)), key=_version_key)
    return Path(found[-1]) if found else None


def _headers_for(release: str, root: Path | None = None) -> Path | None:
    top = root or Path("/")
    for d in (top / f"lib/modules/{release}/build", top / f"usr/src/linux-headers-{release}"):
        if (d / "Makefile").exists():
            return d
    return None


def _host_target(arch: Arch, series: str) -> Target:
    kernel = _newest(Path("/boot").glob(f"vmlinuz-{series}.*"))
    if kernel is None:
        pkg = "linux-image-amd64" if series == "6.1" else f"linux-image-{series}-amd64"
        return Target(arch, series, None, why_missing=(pkg,))
    release = kernel.name[len("vmlinuz-"):]
    headers = _headers_for(release)
    mods = Path(f"/lib/modules/{release}")
    return Target(arch, series, kernel, release, mods if mods.is_dir() else None, headers,
                  why_missing=() if headers else (f"linux-headers-{release}",))


def _debug_target(arch: Arch) -> Target:
    from rvlab import debug_kernel
    if not debug_kernel.built():
        return Target(arch, "6.1-debug", None,
                      why_missing=("the debug kernel: python3 -m rvlab.debug_kernel",))
    tree = debug_kernel.tree()
    return Target(arch, "6.1-debug", debug_kernel.kernel_image(), debug_kernel.release(),
                  None, tree)


def foreign_root(arch: Arch, series: str) -> Path:
    """Where `prepare` unpacks a foreign architecture's kernel and userland."""
    return cache_dir() / f"root-{arch.name}-{series}"


def _foreign_target(arch: Arch, series: str) -> Target:
    root = foreign_root(arch, series)
    stamp = root / ".prepared"
    if not stamp.exists():
        return Target(arch, series, None, root=root,
                      why_missing=(f"the {arch.name} root: python3 -m rvlab.vm prepare "
                                   f"{arch.name} {series}",))
    release = stamp.read_text().split()[0]
    return Target(arch, series, root / f"boot/vmlinuz-{release}", release,
                  root / f"lib/modules/{release}", _headers_for(release, root), root)


def target(kernel: str | os.PathLike | None = None, arch: str | None = None) -> Target:
    """The target for a kernel series ("6.1", "6.12", "6.1-debug") or an image path, on
    `arch` ("x86_64", "arm64").  Defaults: $RVJIT_KERNEL (series or path), $RVJIT_ARCH, else
    6.1 on x86_64.  A target whose pieces are not installed has kernel None and says what it
    lacks in why_missing."""
    kernel = kernel or os.environ.get("RVJIT_KERNEL") or "6.1"
    arch = arch or os.environ.get("RVJIT_ARCH") or "x86_64"
    if arch not in ARCHES:
        raise VMError(f"unknown architecture {arch!r} (known: {', '.join(ARCHES)})")
    a = ARCHES[arch]
    spec = str(kernel)
    if spec not in KERNELS:
        path = Path(spec)
        if not path.exists():
            raise VMError(f"unknown kernel {spec!r}: a series ({', '.join(KERNELS)}) or the "
                          "path of a kernel image")
        release = path.name[len("vmlinuz-"):] if path.name.startswith("vmlinuz-") else ""
        return Target(a, "", path, release, None, _headers_for(release) if release else None)
    if spec == "6.1-debug":
        if arch != "x86_64":
            raise VMError("the debug kernel is built for x86_64 only")
        return _debug_target(a)
    if arch == HOST_ARCH:
        return _host_target(a, spec)
    return _foreign_target(a, spec)


def find_kernel(t: Target | None = None) -> Path | None:
    """The kernel image of `t` (default: the default target)."""
    return (t or target()).kernel


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


def find_busybox(t: Target | None = None) -> Path | None:
    root = (t or target()).root
    for p in BUSYBOX_PATHS:
        path = root / p.lstrip("/") if root else Path(p)
        if path.exists() and _is_static_elf(str(path)):
            return path
    return None


def cross_gcc(arch: Arch) -> str:
    return "gcc" if arch.name == HOST_ARCH else f"{arch.gnu}-gcc"


def missing(t: Target | None = None) -> list[str]:
    """What is missing to run a VM of target `t`, as Debian package names or the step that
    provides it (empty: ready)."""
    t = t or target()
    out = []
    if shutil.which(t.arch.qemu) is None:
        out.append(t.arch.qemu_pkg)
    out += list(t.why_missing)
    if t.kernel is not None and find_busybox(t) is None:
        out.append("busybox-static")
    if shutil.which(cross_gcc(t.arch)) is None:
        out.append("gcc" if t.arch.name == HOST_ARCH else f"gcc-{t.arch.gnu}")
    return out


def vm_available(t: Target | None = None) -> bool:
    return not missing(t)


# --- a foreign architecture's kernel and userland, from Debian's archive -----------------------

# The userland the VM scripts use: what they run, and (found from the host's copies) the
# packages of the libraries those link against.
FOREIGN_TOOLS = ("busybox-static", "bpftool", "iproute2")
FOREIGN_EXES = ("/usr/sbin/bpftool", "/usr/sbin/ip", "/usr/sbin/tc")


def _apt(*args, cwd=None) -> str:
    res = subprocess.run(["apt-get", "-q", *args], capture_output=True, text=True, cwd=cwd)
    if res.returncode:
        raise VMError(f"apt-get {' '.join(args)} failed:\n{res.stderr.strip()[-2000:]}")
    return res.stdout


def _deb_field(deb: Path, name: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True,
                          check=True).stdout.strip()


def _host_library_packages() -> list[str]:
    """The packages that hold the libraries FOREIGN_EXES link against, on this host."""
    pkgs = set()
    for exe in FOREIGN_EXES:
        res = subprocess.run(["ldd", exe], capture_output=True, text=True)
        for m in re.finditer(r"=> (/\S+)", res.stdout):
            lib = m.group(1)
            for cand in (lib, os.path.realpath(lib), "/usr" + lib, lib.removeprefix("/usr")):
                r = subprocess.run(["dpkg", "-S", cand], capture_output=True, text=True)
                if r.returncode == 0:
                    pkgs.add(r.stdout.split(":")[0].split(",")[0].strip())
                    break
            else:
                raise VMError(f"no package holds {lib} (needed by {exe})")
    return sorted(pkgs)


def prepare(arch: str, series: str = "6.1", say=print) -> Path:
    """Unpack Debian's `arch` kernel (series 6.1 or 6.12), its headers with the host's kbuild,
    and the userland the VM scripts use into foreign_root().  Downloads with apt-get download
    (the architecture must be enabled: dpkg --add-architecture); installs nothing."""
    a = ARCHES[arch]
    if arch == HOST_ARCH:
        raise VMError(f"{arch} is this host's architecture: its kernels are installed packages")
    root = foreign_root(a, series)
    if (root / ".prepared").exists():
        return root
    meta = f"linux-image-{a.flavour}" if series == "6.1" else f"linux-image-{series}-{a.flavour}"
    deps = _apt("install", "--simulate", "--no-install-recommends", f"{meta}:{a.deb_arch}")
    m = re.search(rf"^Inst (linux-image-(\S+)-{a.flavour})(?::\S+)? ", deps, re.M)
    if m is None:
        raise VMError(f"cannot tell which kernel {meta}:{a.deb_arch} stands for:\n{deps[-1000:]}")
    abi = m.group(2)
    image_pkg = f"linux-image-{abi}-{a.flavour}"
    with tempfile.TemporaryDirectory(prefix="rvjit-prepare-") as tmp:
        tmp = Path(tmp)
        os.chmod(tmp, 0o755)
        wanted = [f"{image_pkg}:{a.deb_arch}", f"linux-headers-{abi}-{a.flavour}:{a.deb_arch}"]
        wanted += [f"{p}:{a.deb_arch}" for p in FOREIGN_TOOLS + tuple(_host_library_packages())]
        say(f"vm: downloading {len(wanted)} {a.deb_arch} packages ({image_pkg} and userland)")
        _apt("download", *wanted, cwd=tmp)
        hdr = next(tmp.glob(f"linux-headers-{abi}-{a.flavour}_*.deb"))
        # The headers need their -common part and a kbuild of the same version, for the host.
        extra = []
        for dep in _deb_field(hdr, "Depends").split(","):
            dm = re.match(r"\s*(linux-(?:headers-\S+-common|kbuild-\S+))\s*\((?:=|>=)\s*(\S+)\)",
                          dep)
            if dm:
                extra.append(f"{dm.group(1)}={dm.group(2)}")
        _apt("download", *extra, cwd=tmp)
        stage = root.with_name(root.name + ".tmp")
        shutil.rmtree(stage, ignore_errors=True)
        stage.mkdir(parents=True)
        for deb in sorted(tmp.glob("*.deb")):
            subprocess.run(["dpkg-deb", "-x", str(deb), str(stage)], check=True)
        release = f"{abi}-{a.flavour}"
        # modules.dep is made at install time, not shipped: kernel_modules() needs it.
        subprocess.run(["depmod", "-b", str(stage), release], check=True)
        mk = stage / f"usr/src/linux-headers-{release}/Makefile"
        # Its absolute include of the -common tree must point into the root.
        mk.write_text(mk.read_text().replace("include /usr/src/", f"include {root}/usr/src/"))
        (stage / ".prepared").write_text(f"{release}\n")
        shutil.rmtree(root, ignore_errors=True)
        stage.rename(root)
    say(f"vm: {arch} {series} root in {root} ({release})")
    return root


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


# /etc/rvjit/modules: modules to load first (the output device's driver); /etc/rvjit/out: the
# device the script's output goes to.
INIT = r"""#!/bin/busybox sh
/bin/busybox mkdir -p /proc /sys /dev /tmp /sbin /usr/bin /usr/sbin
/bin/busybox --install -s
export PATH=/vm:/bin:/sbin:/usr/bin:/usr/sbin HOME=/tmp
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mount -t tmpfs tmpfs /tmp
mount -t bpf bpf /sys/fs/bpf 2>/dev/null
for m in $(cat /etc/rvjit/modules 2>/dev/null); do insmod /lib/rvjit-boot/$m; done
NONCE=$(cat /vm/.nonce)
OUT=$(cat /etc/rvjit/out)
i=0
while [ ! -c $OUT ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
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


def _module_bytes(path: Path) -> bytes:
    """A kernel module, decompressed (busybox insmod takes plain ELF)."""
    data = path.read_bytes()
    if path.suffix == ".xz":
        return lzma.decompress(data)
    if path.suffix == ".gz":
        return gzip.decompress(data)
    if path.suffix == ".zst":
        return subprocess.run(["zstd", "-dc", str(path)], capture_output=True, check=True).stdout
    return data


def _find_module(t: Target, rel: str) -> Path:
    base = t.modules / rel if t.modules else None
    for cand in ([base, *(base.with_name(base.name + s) for s in (".xz", ".gz", ".zst"))]
                 if base else []):
        if cand.exists():
            return cand
    raise VMError(f"kernel module {rel} not found for {t.name} (in {t.modules})")


def kernel_modules(t: Target, names) -> tuple[dict, list[str]]:
    """In-tree modules of `t` by name (e.g. "cls_bpf"), with what they depend on (modules.dep):
    files for run() under kmod/, and their names in load order.  A module built into the
    kernel (modules.builtin) needs nothing."""
    if t.modules is None:
        return {}, []
    dep_lines = (t.modules / "modules.dep").read_text().splitlines()
    deps = {}
    for ln in dep_lines:
        mod, _, rest = ln.partition(":")
        deps[re.sub(r"\.ko(\.\w+)?$", "", os.path.basename(mod)).replace("-", "_")] = \
            (mod, rest.split())
    builtin = (t.modules / "modules.builtin").read_text() if (t.modules / "modules.builtin").exists() else ""
    files, order = {}, []

    def add(name):
        key = name.replace("-", "_")
        if key in order:
            return
        if key not in deps:
            if re.search(rf"/{re.escape(name)}\.ko$", builtin, re.M):
                return
            raise VMError(f"kernel module {name} is not in {t.modules}/modules.dep")
        mod, needs = deps[key]
        for n in needs:
            add(re.sub(r"\.ko(\.\w+)?$", "", os.path.basename(n)))
        files[f"kmod/{key}.ko"] = _module_bytes(t.modules / mod)
        order.append(key)

    for n in names:
        add(n)
    return files, order


def base_initramfs(t: Target | None = None) -> Path:
    """busybox + /init (+ the console's modules), gzip-compressed, built once (cached by
    content)."""
    t = t or target()
    bb = find_busybox(t)
    if bb is None:
        raise VMError("no static busybox: apt-get install busybox-static")
    data = bb.read_bytes()
    mods = [(Path(rel).name, _module_bytes(_find_module(t, rel))) for rel in t.arch.boot_modules]
    key = hashlib.sha256(data + INIT.encode() + t.arch.out_dev.encode()
                         + b"".join(n.encode() + m for n, m in mods)).hexdigest()[:16]
    path = cache_dir() / f"base-{key}.cpio.gz"
    if not path.exists():
        entries = [("bin", S_IFDIR | 0o755, b""), ("bin/busybox", S_IFREG | 0o755, data),
                   ("init", S_IFREG | 0o755, INIT), ("vm", S_IFDIR | 0o755, b""),
                   ("etc", S_IFDIR | 0o755, b""), ("etc/rvjit", S_IFDIR | 0o755, b""),
                   ("etc/rvjit/out", S_IFREG | 0o644, t.arch.out_dev),
                   ("etc/rvjit/modules", S_IFREG | 0o644, "\n".join(n for n, _ in mods)),
                   ("lib", S_IFDIR | 0o755, b""), ("lib/rvjit-boot", S_IFDIR | 0o755, b"")]
        entries += [(f"lib/rvjit-boot/{n}", S_IFREG | 0o644, m) for n, m in mods]
        z = gzip.compress(cpio_newc(entries), compresslevel=6, mtime=0)
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

def compile_static(source: str | Path, flags=("-O2",), name: str = "prog", headers=(),
                   arch: str | None = None) -> bytes:
    """`gcc -static` a C program (a Path to it, or its text) for `arch` (default: the default
    target's; another architecture's with its Debian cross compiler), cached by content; the
    ELF.  `headers`: Paths of files it includes with "...", put beside it (their content is
    part of the cache key)."""
    text = source.read_text() if isinstance(source, Path) else source
    extra = {Path(h).name: Path(h).read_text() for h in headers}
    a = ARCHES[arch or os.environ.get("RVJIT_ARCH") or "x86_64"]
    gcc = shutil.which(cross_gcc(a))
    if gcc is None:
        raise VMError(f"{cross_gcc(a)} is not installed")
    ver = subprocess.run([gcc, "--version"], capture_output=True, text=True).stdout
    parts = [text, *flags, ver] + [f"{n}\0{t}" for n, t in sorted(extra.items())]
    key = hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]
    out = cache_dir() / (f"{name}-{key}" if a.name == "x86_64" else f"{name}-{a.name}-{key}")
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
    console: str        # the kernel console (first serial port)
    boot_time: float    # seconds from starting QEMU to the begin marker
    elapsed: float      # seconds from starting QEMU to its exit


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8", "replace")
    except FileNotFoundError:
        return ""


def run(files: dict, script: str, timeout: float = 120.0, *, memory: str = "512M",
        kernel: str | os.PathLike | None = None, append: str = "", check: bool = True,
        qemu_args=(), boot_retries: int = 1, target: Target | None = None) -> VMResult:
    """Boot the VM of `target` (default: target(); `kernel` is the older way to name an image
    for x86_64) with `files` (name -> bytes, placed under /vm/, executable), run `script` (sh)
    in /vm, and return its output.  The VM is killed after `timeout` seconds.
    A boot that dies before the script starts is retried `boot_retries` times.
    Raises VMError if the output is incomplete, VMScriptError if check and the script's exit
    status is non-zero."""
    t = target if target is not None else globals()["target"](kernel)
    for attempt in range(boot_retries + 1):
        try:
            res = _run_once(files, script, timeout, memory, t, append, qemu_args)
            break
        except VMError as e:
            if e.started or attempt == boot_retries:
                raise
    if check and res.rc:
        raise VMScriptError(f"the VM script exited with status {res.rc}; output tail:\n"
                            + "\n".join(res.output.splitlines()[-20:]), res.console, res.output)
    return res


def _run_once(files, script, timeout, memory, t: Target, append, qemu_args) -> VMResult:
    a = t.arch
    if shutil.which(a.qemu) is None:
        raise VMError(f"{a.qemu} not found: apt-get install {a.qemu_pkg}")
    if t.kernel is None or not t.kernel.exists():
        raise VMError(f"no kernel for {t.name}: " + "; ".join(t.why_missing or ("not found",)))
    nonce = secrets.token_hex(8)
    with tempfile.TemporaryDirectory(prefix="rvjit-vm-") as tmp:
        tmp = Path(tmp)
        initrd = tmp / "initrd.img"
        with open(initrd, "wb") as f:
            f.write(base_initramfs(t).read_bytes())
            f.write(run_archive(files, script, nonce))
        con, out = tmp / "console.log", tmp / "out.log"
        cmdline = f"console={a.console},115200 {DEFAULT_APPEND} {a.append} {append}"
        cmd = [a.qemu, *a.machine, "-accel", "tcg", "-m", memory, "-smp", "1", "-nographic",
               "-no-reboot", "-nodefaults", "-monitor", "none",
               "-kernel", str(t.kernel), "-initrd", str(initrd),
               "-append", " ".join(cmdline.split()),
               "-serial", f"file:{con}", *(x.format(out=out) for x in a.out_args), *qemu_args]
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

def _needed(path: Path) -> tuple[list[str], str | None]:
    """An ELF's DT_NEEDED names and its interpreter (readelf: any architecture)."""
    res = subprocess.run(["readelf", "-d", "-l", "-W", str(path)], capture_output=True, text=True)
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[(\S+)\]", res.stdout)
    m = re.search(r"\[Requesting program interpreter: (\S+)\]", res.stdout)
    return needed, m.group(1) if m else None


def _in_root(root: Path, path: Path) -> Path:
    """`path` (inside `root`) with its symlinks followed as if `root` were /."""
    for _ in range(40):
        if not path.is_symlink():
            return path
        link = Path(os.readlink(path))
        path = root / str(link).lstrip("/") if link.is_absolute() else path.parent / link
    raise VMError(f"too many symlinks at {path}")


def _bundle_foreign(executables, t: Target) -> tuple[dict, str | None]:
    root, files, interp = t.root, {}, None
    libdirs = [root / d for d in (f"lib/{t.arch.gnu}", f"usr/lib/{t.arch.gnu}", "lib", "usr/lib")]
    todo = []
    for exe in executables:
        cands = [root / p.lstrip("/") for p in
                 ((exe,) if exe.startswith("/") else
                  (f"/usr/sbin/{exe}", f"/usr/bin/{exe}", f"/sbin/{exe}", f"/bin/{exe}"))]
        path = next((_in_root(root, c) for c in cands if c.is_symlink() or c.exists()), None)
        if path is None or not path.exists():
            raise VMError(f"{exe} is not in the {t.arch.name} root {root}")
        files[f"bin/{os.path.basename(exe)}"] = path.read_bytes()
        todo.append(path)
    seen = set()
    while todo:
        needed, ip = _needed(todo.pop())
        interp = interp or ip
        for lib in needed:
            if lib in seen:
                continue
            seen.add(lib)
            found = next((_in_root(root, d / lib) for d in libdirs
                          if (d / lib).is_symlink() or (d / lib).exists()), None)
            if found is None or not found.exists():
                raise VMError(f"{lib} is not in the {t.arch.name} root {root}")
            files[f"lib/{lib}"] = found.read_bytes()
            todo.append(found)
    if interp:
        name = os.path.basename(interp)
        found = next((_in_root(root, d / name) for d in libdirs
                      if (d / name).is_symlink() or (d / name).exists()), None)
        if found is None or not found.exists():
            raise VMError(f"the ELF interpreter {interp} is not in {root}")
        files[f"lib/{name}"] = found.read_bytes()
    return files, interp


# The start of every script that drives rvjit.ko in the VM (vm-test, vm-stress): the reader
# tool, the module's counters (debugfs rvjit/stats) and fault-injection knob, the bpffs pins.
MODULE_SCRIPT_HEAD = r"""
RVJ=/vm/rvjit-image
IP=/vm/bin/ip
ST=/sys/kernel/debug/rvjit/stats
FAIL=/sys/module/rvjit/parameters/fail_nth
PINS=/sys/fs/bpf/rv
mkdir -p $PINS
mount -t debugfs none /sys/kernel/debug 2>/dev/null
"""


def bundle(executables, target: Target | None = None) -> tuple[dict, str]:
    """Dynamically linked executables (e.g. bpftool, ip) of the target's architecture for the
    VM: the host's, or a foreign target's from its unpacked root.
    Returns (files, preamble): files for run() -- the executables under bin/, the shared
    libraries they need under lib/ -- and shell lines for the top of the script that make
    them runnable (the ELF interpreter at its path, LD_LIBRARY_PATH, PATH)."""
    t = target or globals()["target"]()
    if t.root is not None:
        files, interp = _bundle_foreign(executables, t)
    else:
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


def main(argv=None) -> int:
    import argparse
    ap = argparse.ArgumentParser(prog="python3 -m rvlab.vm",
                                 description="the VM harness's targets")
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare", help="unpack a foreign architecture's kernel and userland")
    p.add_argument("arch", choices=[a for a in ARCHES if a != HOST_ARCH])
    p.add_argument("series", nargs="?", default="6.1", choices=("6.1", "6.12"))
    s = sub.add_parser("show", help="what a target is and what it lacks")
    s.add_argument("--kernel")
    s.add_argument("--arch")
    args = ap.parse_args(argv)
    try:
        if args.cmd == "prepare":
            prepare(args.arch, args.series)
            return 0
        t = target(args.kernel, args.arch)
    except VMError as e:
        print(f"vm: error: {e}", file=sys.stderr)
        return 2
    print(f"{t.name}: kernel {t.kernel} ({t.release or '?'}), headers {t.headers}, "
          f"modules {t.modules}, root {t.root or '(host)'}")
    lack = missing(t)
    print("missing: " + (", ".join(lack) if lack else "nothing"))
    return 1 if lack else 0


__all__ = ["run_in_vm", "run", "VMResult", "VMError", "VMScriptError", "compile_static",
           "bundle", "find_kernel", "find_busybox", "vm_available", "missing", "cpio_newc",
           "target", "Target", "ARCHES", "prepare", "kernel_modules"]

if __name__ == "__main__":
    sys.exit(main())
