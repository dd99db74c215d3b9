"""make report: the rule author's page, docs/rules.md with the picture docs/coverage.svg.

    python3 -m rvlab.report [--output docs/rules.md]

Per eBPF opcode: its patterns, the rules that cover each (base ISA first, then the ones an ISA
option enables), their proof times on this machine (build/proof-times.json, which every
`make prove` updates; missing times are measured first with a cold proof), rvjit's
instruction counts for the instances docs/kernel-comparison.md measured, next to Linux 6.1's,
and, for what the table does not cover, the reason rvjit gives when it refuses it.  The
picture is the opcode byte as a 16 x 16 grid (row: the operation or mode, high nibble;
column: the class and source bit, low nibble), coloured by coverage.
"""
from __future__ import annotations

import argparse
import collections
import datetime
import html
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "docs" / "rules.md"
KCOMPARE = ROOT / "docs" / "kernel-comparison.md"
ISAS = (("RV64IM", frozenset()), ("+Zba,Zbb", frozenset({"zba", "zbb"})))

COLOURS = {"covered": "#5cb85c", "extended": "#2e86c1", "unsupported": "#e74c3c",
           "none": "#f2f2f2"}
LEGEND = {"covered": "proven rules cover every operand (base ISA)",
          "extended": "... and ISA options (Zba, Zbb, C) have shorter rules",
          "unsupported": "a valid opcode rvjit refuses (reason in the table)",
          "none": "not an eBPF opcode"}


REFUSALS = ("not supported", "no meaning off the host", "no kernel to call into")


def _probe_messages(code: int) -> list[str]:
    """What bpf.validate says about instructions with this opcode, for a few field choices:
    the reasons rvjit gives for refusing them (empty: all accepted)."""
    from rvjit import bpf
    out = []
    for src in (0, 1, 2):
        for imm in (0,):
            try:
                bpf.validate(bpf.Insn(0, code, 1, src, 0, imm))
            except bpf.BpfError as e:
                msg = re.sub(r"^insn \d+ \(byte \d+\): ", "", str(e))
                # a refusal of what the instruction means, not of a field value probed here
                if any(m in msg for m in REFUSALS) and msg not in out:
                    out.append(msg)
    return out


def _is_opcode(code: int) -> bool:
    from rvjit import bpf
    for src in (0, 2):
        for imm in (0, 16):
            try:
                bpf.validate(bpf.Insn(0, code, 1, src, 0, imm))
                return True
            except bpf.BpfError as e:
                if "unknown opcode" not in str(e):
                    return True
    return False


def name_of(code: int) -> str:
    """A short name for the opcode byte (for the grid)."""
    from rvjit import bpf
    from semantics.ebpf import ALU_OP_NAMES, JMP_OP_NAMES
    cls = code & 7
    cname = bpf.CLASS_NAMES[cls]
    if cls in (4, 7):                                      # ALU, ALU64
        op = ALU_OP_NAMES.get(code & 0xF0, "?")
        return f"{op}{'32' if cls == 4 else ''} {'X' if code & 8 else 'K'}"
    if cls in (5, 6):
        op = JMP_OP_NAMES.get(code & 0xF0, "?")
        return f"{op}{'32' if cls == 6 else ''} {'X' if code & 8 else 'K'}"
    size = {0x00: "W", 0x08: "H", 0x10: "B", 0x18: "DW"}[code & 0x18]
    mode = {0x00: "IMM", 0x20: "ABS", 0x40: "IND", 0x60: "MEM", 0x80: "MEMSX",
            0xC0: "ATOMIC"}.get(code & 0xE0, f"mode{code >> 5}")
    return f"{cname} {mode} {size}"


def linux_rows() -> dict:
    """docs/kernel-comparison.md's per-instruction rows: text -> (rvjit RV64IM, Linux 6.1)."""
    rows = {}
    try:
        text = KCOMPARE.read_text()
    except OSError:
        return rows
    for ln in text.splitlines():
        m = re.match(r"\| `([^`]+)` \| ([^|]+) \| [^|]+ \| [^|]+ \| ([^|]+) \|", ln)
        if m:
            rows[m[1]] = m[3].strip()
    return rows


def kcompare_instances() -> dict:
    """opcode -> [(instruction bytes, text)] for the instances docs/kernel-comparison.md has."""
    from rvlab import kcompare
    by = collections.defaultdict(list)
    for c in kcompare.build_cases():
        by[c.insn[0]].append((c.insn, kcompare.insn_text(c.insn)))
    return by


def rv_count(insn: bytes, isa) -> str:
    """rvjit's RV64 instructions (bytes) for one instruction (its fragment)."""
    from rvjit.jit import compile_program
    from rvlab import kcompare
    try:
        img = compile_program(insn + kcompare.EXIT, isa)
    except Exception as e:                      # an unsupported instance: say so
        return f"refused ({type(e).__name__})"
    f = img.fragments[0]
    end = img.fragments[1].offset if len(img.fragments) > 1 else img.epilogue_offset
    n = len(kcompare.rv_lengths(img.code[f.offset:end]))
    return f"{n} ({end - f.offset} B)"


def ensure_times(say) -> dict:
    from proofs import prove
    from rvjit.rules import TABLE
    times = prove.load_times()
    missing = [r.name for r in TABLE.rules if r.name not in times.get("rule", {})]
    if missing:
        say(f"report: {len(missing)} rules have no proof time on this machine; "
            "proving cold (make prove-cold, about 20-90 s) ...")
        prove.main(["--force", "--quiet"])
        times = prove.load_times()
    return times


def svg_grid(status: dict, names: dict) -> str:
    cw, ch, left, top = 82, 26, 40, 44
    w, h = left + 16 * cw + 10, top + 16 * ch + 110
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" '
           f'font-family="sans-serif" font-size="10">',
           f'<text x="{left}" y="16" font-size="13">rvjit coverage of the eBPF opcode byte '
           '(row: high nibble, column: low nibble = source bit | class)</text>']
    from rvjit import bpf
    for col in range(16):
        cls = bpf.CLASS_NAMES[col & 7]
        # ALU/JMP: bit 3 is the source (K/X); LD/ST: it is part of the size (W,B / H,DW)
        label = f"{cls} {'X' if col & 8 else 'K'}" if col & 7 >= 4 else \
            f"{cls} {'H,DW' if col & 8 else 'W,B'}"
        out.append(f'<text x="{left + col * cw + cw / 2}" y="{top - 6}" text-anchor="middle">'
                   f'{html.escape(label)}</text>')
    for row in range(16):
        out.append(f'<text x="{left - 6}" y="{top + row * ch + ch / 2 + 4}" text-anchor="end">'
                   f'{row:X}x</text>')
        for col in range(16):
            code = row << 4 | col
            st = status[code]
            x, y = left + col * cw, top + row * ch
            out.append(f'<rect x="{x}" y="{y}" width="{cw - 2}" height="{ch - 2}" '
                       f'fill="{COLOURS[st]}"><title>{code:#04x} {html.escape(names[code])}: '
                       f'{st}</title></rect>')
            if st != "none":
                out.append(f'<text x="{x + (cw - 2) / 2}" y="{y + ch / 2 + 3}" fill="#fff" '
                           f'text-anchor="middle">{html.escape(names[code])}</text>')
    y = top + 16 * ch + 20
    for i, (st, text) in enumerate(LEGEND.items()):
        out.append(f'<rect x="{left}" y="{y + i * 20}" width="14" height="14" fill="{COLOURS[st]}" '
                   'stroke="#999"/>')
        out.append(f'<text x="{left + 20}" y="{y + i * 20 + 11}">{html.escape(text)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _git_rev() -> str:
    r = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                       text=True)
    return r.stdout.strip() or "?"


def build(say=print) -> tuple[str, str]:
    from proofs import prove
    from rvjit.rules import TABLE
    from rvjit.rules.compress import COMPRESSIONS
    times = ensure_times(say)
    rt = times.get("rule", {})
    cert = prove.load_certificate()
    proven = prove.valid_names(TABLE, cert)
    pats = TABLE.by_pattern()
    by_code = collections.defaultdict(list)
    for p in pats:
        by_code[p.code].append(p)
    names = {c: name_of(c) for c in range(256)}
    status, reasons = {}, {}
    for code in range(256):
        reasons[code] = _probe_messages(code) if _is_opcode(code) else []
        if code in by_code:
            ext = any(r.isa for p in by_code[code] for r in pats[p])
            status[code] = "extended" if ext else "covered"
        elif _is_opcode(code):
            status[code] = "unsupported"
        else:
            status[code] = "none"
    linux = linux_rows()
    inst = kcompare_instances()

    n_rules = len(TABLE.rules)
    counts = collections.Counter(status.values())
    total_time = sum(rt.get(r.name, 0.0) for r in TABLE.rules)
    md = [f"# The rule table, per opcode\n",
          f"Generated by `make report` (`python3 -m rvlab.report`) on "
          f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC from rvjit "
          f"{_git_rev()}, table {TABLE.fingerprint()}, semantics "
          f"{prove.semantics_fingerprint()}. Do not edit by hand: rerun the command.\n",
          f"{n_rules} rules ({len(proven)} proven by the current certificate) in "
          f"{len(pats)} patterns over {len(by_code)} opcodes; {counts['unsupported']} valid "
          f"opcodes are refused with a reason. Proof times are this machine's "
          f"(build/proof-times.json, {total_time:.1f} s of solver work for all rules; "
          "`make prove-cold` for the wall time on all cores). Instruction counts: rvjit's "
          "fragment for the instances [kernel-comparison.md](kernel-comparison.md) measured, "
          "next to Linux 6.1's riscv64 JIT as measured there (including what its verifier "
          "inserts).\n",
          "![coverage of the opcode byte](coverage.svg)\n",
          "## ISA options\n"]
    from rvjit.rules.base import EXTENSIONS
    for ext in EXTENSIONS:
        rs = [r for r in TABLE.rules if ext in r.isa]
        md.append(f"* **{ext.capitalize()}**: {len(rs)} rules "
                  f"({sum(rt.get(r.name, 0) for r in rs):.1f} s of proof): "
                  + ", ".join(f"`{r.name}`" for r in rs[:12]) + (" ..." if len(rs) > 12 else ""))
    ct = times.get("compression", {})
    md.append(f"* **C**, besides: {len(COMPRESSIONS)} compressions, applied by the emitters "
              f"to every template instruction not marked fixed ({sum(ct.values()):.1f} s of proof): "
              + ", ".join(f"`{c.cform}`" for c in COMPRESSIONS))
    md.append("")
    md.append("## Unsupported\n")
    md.append("| opcode | instruction | why rvjit refuses it |")
    md.append("|---|---|---|")
    for code in range(256):
        for why in reasons[code]:
            md.append(f"| `{code:#04x}` | {names[code]} | {why} |")
    md.append("")
    md.append("## Per opcode\n")
    md.append("| opcode | instruction | pattern | rules (base ISA; [option]) | proof | "
              "instance | rvjit RV64IM | rvjit +Zba,Zbb | Linux 6.1 |")
    md.append("|---|---|---|---|---|---|---|---|---|")
    for code in sorted(by_code):
        first = True
        for p in by_code[code]:
            rules = pats[p]
            cells = ", ".join(f"`{r.name}`" + (f" [{','.join(sorted(r.isa))}]" if r.isa else "")
                              + ("" if r.name in proven else " (UNPROVEN)") for r in rules)
            t = sum(rt.get(r.name, 0.0) for r in rules)
            ex = [(b, s) for b, s in inst.get(code, [])
                  if p.imm is None or int.from_bytes(b[4:8], "little", signed=True) == p.imm]
            ex = [(b, s) for b, s in ex if p.off is None or
                  int.from_bytes(b[2:4], "little", signed=True) == p.off] or [(None, "")]
            for k, (b, text) in enumerate(ex):
                head = (f"| `{code:#04x}` | {names[code]} " if first and k == 0 else "| | ")
                head += (f"| `{p.key()}` | {cells} | {t:.2f} s " if k == 0 else "| | | ")
                counts_ = ([rv_count(b, isa) for _, isa in ISAS] + [linux.get(text, "—")]
                           if b is not None else ["—", "—", "—"])
                md.append(head + f"| {'`' + text + '`' if text else '—'} | " + " | ".join(counts_)
                          + " |")
            first = False
    return "\n".join(md) + "\n", svg_grid(status, names)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m rvlab.report", description=__doc__.splitlines()[0])
    ap.add_argument("--output", "-o", type=Path, default=OUTPUT)
    args = ap.parse_args(argv)
    md, svg = build()
    args.output.write_text(md)
    svg_path = args.output.with_name("coverage.svg")
    svg_path.write_text(svg)
    print(f"report: wrote {args.output} and {svg_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
