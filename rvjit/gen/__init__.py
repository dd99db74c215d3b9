"""Generators: the proven rule table -> emitters.  `python -m rvjit.gen` writes them;
`python -m rvjit.gen --check` fails if a generated file differs from what would be written."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PY_OUT = ROOT / "rvjit" / "generated" / "emit.py"
C_DIR = Path("kmod") / "generated"         # under ROOT (read at call time: tests move ROOT)


class Unproven(Exception):
    pass


def header(table, comment: str) -> str:
    from proofs.prove import semantics_fingerprint
    return "\n".join(comment + line for line in (
        " GENERATED FILE - DO NOT EDIT.  Regenerate with `make gen` (python -m rvjit.gen).",
        f" Generated from the proven rule table: table {table.fingerprint()}, "
        f"semantics {semantics_fingerprint()}, {len(table.rules)} rules.",
    )) + "\n"


def outputs(table) -> dict:
    """Path -> text of every generated file.  Refuses a table with unproven rules."""
    from proofs.prove import valid_compressions, valid_frames, valid_names, valid_upper
    from rvjit.gen import c, python
    from rvjit.rules.compress import COMPRESSIONS
    from rvjit.rules.frame import FRAMES
    proven = valid_names(table)
    missing = [r.name for r in table.rules if r.name not in proven]
    comps = valid_compressions(COMPRESSIONS)
    missing += [f"compression {c.key()}" for c in COMPRESSIONS if c not in comps]
    frames = valid_frames(FRAMES)
    missing += [f"frame {f.name}" for f in FRAMES if f not in frames]
    pats = list(table.by_pattern())         # the hi_dead flag rests on the upper-half table
    upper = valid_upper(pats)
    missing += [f"upper-half lemma {p.key()}" for p in pats if p not in upper]
    if missing:
        raise Unproven(f"{len(missing)} rule(s) have no valid proof certificate "
                       f"(run `make prove`): {', '.join(missing[:8])}"
                       + (" ..." if len(missing) > 8 else ""))
    from rvjit.gen import abi
    files = {PY_OUT: python.render(table, COMPRESSIONS, header(table, "#"), FRAMES)}
    for name, text in c.render(table, COMPRESSIONS, header(table, "//"), FRAMES).items():
        files[ROOT / C_DIR / name] = text
    files[ROOT / C_DIR / abi.NAME] = abi.render(header(table, "//"))
    return files


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m rvjit.gen")
    ap.add_argument("--check", action="store_true", help="fail if a generated file is stale")
    args = ap.parse_args(argv)
    from rvjit.rules import TABLE
    try:
        files = outputs(TABLE)
    except Unproven as e:
        print(f"gen: refused: {e}", file=sys.stderr)
        return 1
    stale = []
    for path, text in files.items():
        old = path.read_text() if path.exists() else None
        if old != text:
            stale.append(path)
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text)
    rel = [str(p.relative_to(ROOT)) for p in stale]
    if args.check:
        if stale:
            print(f"check-generated: stale: {', '.join(rel)} (run `make gen`)", file=sys.stderr)
            return 1
        print(f"check-generated: {len(files)} generated file(s) current")
        return 0
    print(f"gen: wrote {', '.join(rel)}" if rel else "gen: all generated files current")
    return 0


if __name__ == "__main__":
    sys.exit(main())
