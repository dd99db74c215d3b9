"""make compare-kernel-corpus: whole-image code size of the corpus, rvjit against the Linux
riscv64 BPF JIT of Linux 6.1, of 6.12 on a CPU without Zba/Zbb and of 6.12 with Zba/Zbb.

    python3 -m rvlab.kcompare_corpus [--kjit-work DIR] [-o docs/corpus-code-size.md] [--cached]

Every corpus object rvjit compiles (rvlab.corpus, `RVJIT_FEATURES`; TC programs left out, kjit
loads XDP) is compiled by rvjit with `c` and with `zba,zbb,c`, and loaded as raw bytecode
through each kernel's real JIT (kjit, /work/shared/tools/kjit: one qemu-system-riscv64 boot
per kernel, both built by its build.sh).  Whole images are compared, prologue and epilogue
included on both sides, as the three ratios the goal of issue 15 names:

    rvjit zba,zbb,c / Linux 6.12 with Zba/Zbb      rvjit c / Linux 6.12 without     rvjit c / Linux 6.1

each as a geometric mean of the per-program ratios and as a ratio of totals, per -mcpu and
over all, with the programs above 1.00.  The kernels' images depend only on the program, so
they are cached per kernel image (build/kjit-cache/): a rerun after an rvjit change boots
nothing unless the corpus changed.  `--cached` refuses to boot (fails on a cache miss).
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import math
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from rvjit.jit import compile_program, parse_isa
from rvlab import corpus
from rvlab.kcompare import DEFAULT_KJIT_DIR, _git_rev, kjit_kernel, parse_kjit, run_kjit

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO / "docs" / "corpus-code-size.md"
CACHE = REPO / "build" / "kjit-cache"

# (key, kernel version, Zba/Zbb on the CPU: None = kjit's 6.1 CPU, which has neither)
KERNELS = (("6.1", "6.1", None), ("6.12", "6.12", False), ("6.12+zb", "6.12", True))
KERNEL_TITLE = {"6.1": "Linux 6.1", "6.12": "Linux 6.12", "6.12+zb": "Linux 6.12 Zba/Zbb"}
RVJIT_ISAS = ("c", "zba,zbb,c")
# (title, rvjit ISA, kernel key): the comparisons of issue 15.
RATIOS = (("rvjit zba,zbb,c / Linux 6.12 Zba/Zbb", "zba,zbb,c", "6.12+zb"),
          ("rvjit c / Linux 6.12", "c", "6.12"),
          ("rvjit c / Linux 6.1", "c", "6.1"))
GOAL = 0.85
# What kjit's loader can load: raw XDP bytecode, helper calls and bpf-to-bpf calls included,
# but no map file descriptors and no other program type.
KJIT_FEATURES = frozenset({"helpers", "calls"})


@dataclass
class Row:
    name: str
    mcpu: str
    slots: int
    code: bytes
    rv: dict = field(default_factory=dict)      # rvjit ISA -> image bytes
    kern: dict = field(default_factory=dict)    # kernel key -> image bytes, or None (refused)
    why: dict = field(default_factory=dict)     # kernel key -> reason refused


def gmean(xs) -> float:
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


# --- the kernels' images, cached ------------------------------------------------------------

def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _cache_file(key: str) -> Path:
    return CACHE / f"{key}.json"


def kernel_images(rows, work, kjit_dir: Path, cached_only: bool, log=print) -> dict:
    """{kernel key: {"isa": the hart's isa line}}; fills row.kern / row.why for every row."""
    info = {}
    for key, version, zb in KERNELS:
        image = kjit_kernel(work, version)
        if not image.exists():
            raise SystemExit(f"compare-kernel-corpus: no Linux {version} kjit kernel at {image}: "
                             f"KJIT_VERSION={version} {kjit_dir}/build.sh (as root) builds it")
        kid = _sha(image.read_bytes())
        try:
            cache = json.loads(_cache_file(key).read_text())
        except (OSError, ValueError):
            cache = {}
        if cache.get("kernel") != kid:
            cache = {"kernel": kid, "images": {}}
        todo = {r.name: r.code for r in rows if _sha(r.code) not in cache["images"]}
        if todo:
            if cached_only:
                raise SystemExit(f"compare-kernel-corpus: --cached, but {len(todo)} program(s) "
                                 f"are not in {_cache_file(key)} (e.g. {next(iter(todo))})")
            log(f"compare-kernel-corpus: booting {KERNEL_TITLE[key]} for {len(todo)} program(s)")
            out = run_kjit(todo, kjit_dir, work, None, version=version, zb=zb)
            isa = next((ln[4:].split(":", 1)[-1].strip() for ln in out.splitlines()
                        if ln.startswith("ISA ")), "")
            if zb and not ("zba" in isa and "zbb" in isa):
                raise SystemExit(f"compare-kernel-corpus: {KERNEL_TITLE[key]}: the hart's isa "
                                 f"line does not name zba and zbb: {isa!r}")
            res = parse_kjit(out)
            missing = [n for n in todo if n not in res]
            if missing:
                raise SystemExit(f"compare-kernel-corpus: kjit printed nothing for {missing[:3]}; "
                                 f"its output ended:\n{out[-2000:]}")
            for name, code in todo.items():
                img, klog = res[name]
                cache["images"][_sha(code)] = (
                    {"code": img.hex()} if img is not None
                    else {"refused": next((ln for ln in reversed(klog)
                                           if not ln.startswith("processed ")), "?")})
            cache["isa"] = isa
            CACHE.mkdir(parents=True, exist_ok=True)
            _cache_file(key).write_text(json.dumps(cache, indent=0, sort_keys=True) + "\n")
        info[key] = {"isa": cache.get("isa", "").split(":", 1)[-1].strip()}
        for r in rows:
            e = cache["images"][_sha(r.code)]
            r.kern[key] = bytes.fromhex(e["code"]) if "code" in e else None
            if "refused" in e:
                r.why[key] = e["refused"]
    return info


# --- figures --------------------------------------------------------------------------------

@dataclass
class Figures:
    n: int
    gmean: float
    total: float
    above: list          # (ratio, name) of the programs above 1.00, largest first
    rv_bytes: int
    k_bytes: int


def figures(rows, isa: str, key: str) -> Figures | None:
    both = [r for r in rows if r.kern.get(key) is not None]
    if not both:
        return None
    ratios = [(len(r.rv[isa]) / len(r.kern[key]), r.name) for r in both]
    a, b = sum(len(r.rv[isa]) for r in both), sum(len(r.kern[key]) for r in both)
    return Figures(len(both), gmean([x for x, _ in ratios]), a / b,
                   sorted([x for x in ratios if x[0] > 1.0], reverse=True), a, b)


def groups(rows):
    out = [(f"-mcpu={m}", [r for r in rows if r.mcpu == m]) for m in corpus.MCPUS]
    return [(g, rs) for g, rs in out if rs] + [("all", rows)]


def summary_lines(rows) -> list:
    """One line per comparison and group, as the report's and stdout's summary."""
    out = []
    for title, isa, key in RATIOS:
        for g, rs in groups(rows):
            f = figures(rs, isa, key)
            if f is None:
                continue
            worst = ", ".join(f"{n} {x:.2f}" for x, n in f.above[:3])
            out.append(f"{title}, {g}: geometric mean {f.gmean:.3f}, total {f.total:.3f} "
                       f"({f.rv_bytes} / {f.k_bytes} B, {f.n} programs); "
                       f"{len(f.above)} above 1.00" + (f" ({worst})" if worst else ""))
    return out


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def render(rows, left_out, info, work) -> str:
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    L = ["# rvjit vs the Linux riscv64 BPF JIT on the corpus, whole images", "",
         f"Generated by `make compare-kernel-corpus` (`python3 -m rvlab.kcompare_corpus`) on "
         f"{now} (rvjit {_git_rev()}). Do not edit by hand: rerun the command.", "",
         "## How this was measured", "",
         "Each corpus object (`rvlab/corpus/`, clang `-O2 -target bpf` for -mcpu=v1, v2, v3) "
         "that rvjit compiles is compiled by rvjit with the C extension (`c`) and with "
         "Zba, Zbb and C (`zba,zbb,c`), and loaded as raw bytecode (an XDP program) through "
         "each kernel's real riscv64 JIT in qemu-system-riscv64 (kjit): the image is what "
         "`BPF_OBJ_GET_INFO_BY_FD` returns. Sizes are whole images in bytes, prologue and "
         "epilogue included on both sides; all three kernels emit RVC.", ""]
    for key, version, zb in KERNELS:
        L.append(f"* {KERNEL_TITLE[key]}: `KJIT_VERSION={version}`"
                 + ("" if zb is None else f" `KJIT_ZB={int(zb)}`")
                 + f"; the hart's isa line: `{info[key]['isa'] or '?'}`.")
    L += ["",
          "The kernel verifier rewrites the program before its JIT runs (context accesses, "
          "zero-extensions only where a later 64-bit read needs them, division guards); "
          "rvjit translates the program as written, with RFC 9669 semantics, and has no "
          "verifier to rely on.", ""]
    if left_out:
        L += [f"Left out: {left_out}.", ""]
    L += ["## Summary", "", f"Goal (issue 15): every geometric mean and total at most "
          f"{GOAL:.2f}, no program above 1.00.", "",
          "| comparison | objects | programs | geometric mean | total | bytes (rvjit / Linux) "
          "| above 1.00 | worst |", "|---|---|---|---|---|---|---|---|"]
    for title, isa, key in RATIOS:
        for g, rs in groups(rows):
            f = figures(rs, isa, key)
            if f is None:
                continue
            worst = ", ".join(f"{n} {x:.2f}" for x, n in f.above[:3]) or "-"
            L.append(f"| {title} | {g} | {f.n} | {f.gmean:.3f} | {f.total:.3f} | "
                     f"{f.rv_bytes} / {f.k_bytes} | {len(f.above)} | {_esc(worst)} |")
    L += ["", "## Per program", "",
          "Bytes; eBPF slots are 8-byte instruction slots (LD_IMM64 is two).", "",
          "| object | eBPF slots | rvjit c | rvjit zba,zbb,c | "
          + " | ".join(KERNEL_TITLE[k] for k, _, _ in KERNELS) + " | "
          + " | ".join(t.replace("rvjit ", "").replace("Linux ", "") for t, _, _ in RATIOS)
          + " |", "|---" * (4 + len(KERNELS) + len(RATIOS)) + "|"]
    for r in rows:
        ks = [str(len(r.kern[k])) if r.kern.get(k) is not None else "refused"
              for k, _, _ in KERNELS]
        rs = [f"{len(r.rv[isa]) / len(r.kern[k]):.3f}" if r.kern.get(k) is not None else "-"
              for _, isa, k in RATIOS]
        L.append(f"| {r.name} | {r.slots} | {len(r.rv['c'])} | {len(r.rv['zba,zbb,c'])} | "
                 + " | ".join(ks) + " | " + " | ".join(rs) + " |")
    refused = [(r.name, k, r.why[k]) for r in rows for k in r.why]
    if refused:
        L += ["", "Refused by a kernel's verifier:", ""]
        L += [f"* {n} ({KERNEL_TITLE[k]}): `{_esc(w)}`" for n, k, w in refused]
    return "\n".join(L) + "\n"


def collect(entries) -> list:
    rows = []
    for e in entries:
        code = e.code()
        r = Row(e.name, e.mcpu, len(code) // 8, code)
        for isa in RVJIT_ISAS:
            r.rv[isa] = compile_program(code, parse_isa(isa)).code
        rows.append(r)
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m rvlab.kcompare_corpus",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("--kjit-work", default=os.environ.get("KJIT_WORK"),
                    help="kjit build folder (default: $KJIT_WORK or /tmp/kjit-work)")
    ap.add_argument("--kjit-dir", default=str(DEFAULT_KJIT_DIR), help="folder with kjit.sh")
    ap.add_argument("-o", "--output", default=str(DEFAULT_OUTPUT),
                    help="Markdown report (default docs/corpus-code-size.md; - = stdout only)")
    ap.add_argument("--cached", action="store_true",
                    help="use only cached kernel images (no boot; fails on a miss)")
    args = ap.parse_args(argv)
    everything = corpus.build()
    entries = corpus.select(everything, set(corpus.RVJIT_FEATURES) & KJIT_FEATURES,
                            who="compare-kernel-corpus")
    gone = [e for e in everything if e not in entries]
    left = (f"{len(gone)} of {len(everything)} corpus objects, which use "
            + ", ".join(sorted({f for e in gone for f in e.features
                                if f not in corpus.RVJIT_FEATURES or f not in KJIT_FEATURES}))
            + " (rvjit does not compile them yet, or kjit cannot load them: it loads raw "
            "XDP bytecode, with no maps)") if gone else ""
    rows = collect(entries)
    info = kernel_images(rows, args.kjit_work, Path(args.kjit_dir), args.cached)
    for line in summary_lines(rows):
        print(line)
    if args.output != "-":
        Path(args.output).write_text(render(rows, left, info, args.kjit_work))
        print(f"compare-kernel-corpus: {len(rows)} objects; wrote {args.output}")
    bad = [(r.name, k) for r in rows for k in r.why]
    if bad:
        print(f"compare-kernel-corpus: {len(bad)} image(s) refused by a kernel, e.g. {bad[0]}",
              file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
