"""rvjit.encode against two independent implementations: GNU as and capstone.

For every mnemonic in `FORMS` we generate field values at the edges of their ranges (plus a few
seeded random ones, and every allowed register at least once per register field), then

* assemble all cases in ONE file with GNU as (binutils) and compare byte for byte;
* decode our bytes with capstone and compare the decoded mnemonic and operands with the fields;
* check that `encode` rejects values just outside each range, and that GNU as rejects them too
  (except where the spec makes them HINTs or the field is PC-relative, see below).

The ranges are derived here from the `Field` description (kind, bits, align, nonzero, not_) and
not from `encode.field_ok`, so a wrong `field_ok` shows up as a disagreement.
"""
from __future__ import annotations

import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from rvjit.encode import FORMS, encode  # noqa: E402

AS = "riscv64-linux-gnu-as"
OBJCOPY = "riscv64-linux-gnu-objcopy"
NM = "riscv64-linux-gnu-nm"
MARCH = "rv64gc_zba_zbb"           # G includes A (lr/sc, AMOs) and fence
SEED = 0x5EED
MASK64 = (1 << 64) - 1

# Forms whose "imm" is a byte offset relative to the instruction: written `. + OFF` for GNU as
# (a bare number would be taken as an absolute address).
PCREL = {"jal", "beq", "bne", "blt", "bge", "bltu", "bgeu", "c.j", "c.beqz", "c.bnez"}

# Loads and stores are written `ld rd, imm(rs1)` / `sd rs2, imm(rs1)`: operand order differs
# from the encoder's argument order.
MEM_SYNTAX = {**{mn: ("rd", "imm", "rs1") for mn in ("lb", "lh", "lw", "ld", "lbu", "lhu", "lwu",
                                                     "c.lw", "c.ld")},
              **{mn: ("rs2", "imm", "rs1") for mn in ("sb", "sh", "sw", "sd", "c.sw", "c.sd")}}
# C forms whose sp operand is implied by the opcode: written (and printed by capstone) as
# `c.ldsp rd, imm(sp)`, `c.sdsp rs2, imm(sp)`, `c.addi16sp sp, imm`.
SP_FORMS = {"c.ldsp": "{0}, {1}(sp)", "c.sdsp": "{0}, {1}(sp)", "c.addi16sp": "sp, {0}"}

# capstone 5 has no Zba/Zbb/Zacas decoder, so these forms are only checked against GNU as.  Must
# stay exactly the zba/zbb/zacas forms (asserted in test_capstone_skip_list).
CAPSTONE_SKIP = {"add.uw", "sh1add", "sh2add", "sh3add",
                 "andn", "orn", "xnor", "sext.b", "sext.h", "zext.h", "rev8", "rori",
                 "amocas.w", "amocas.d"}
# Debian 12's GNU as (binutils 2.40) has no Zacas either: amocas is checked by neither tool.
# Its encoding is the AMO format with funct5 00101 (test_amocas_is_the_amo_format_with_funct5_00101),
# its meaning proven; no implementation here runs it (QEMU 7.2 lacks Zacas).  docs/proofs.md says so.
GNU_SKIP = {"amocas.w", "amocas.d"}

# A extension syntax: ordering suffix from the aq/rl fields, the address register in parentheses.
AMO_FORMS = {mn for mn, f in FORMS.items() if "aq" in f.fields}
FENCE_LETTERS = "iorw"

# Values `encode` rejects but GNU as accepts because the spec makes them HINTs (rd=x0, or
# c.addi with imm 0).  `encode` is deliberately stricter there.  Asserted to be accepted by GNU.
GNU_HINTS = {("c.addi", "rd", 0), ("c.addi", "imm", 0), ("c.li", "rd", 0), ("c.lui", "rd", 0),
             ("c.slli", "rd", 0), ("c.mv", "rd", 0), ("c.add", "rd", 0)}

ABI = ["zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1",
       "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7",
       "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6"]
REGNUM = {n: i for i, n in enumerate(ABI)} | {f"x{i}": i for i in range(32)} | {"fp": 8}


# --- ranges, independent of encode.field_ok ----------------------------------------------------

def allowed_regs(spec):
    regs = range(8, 16) if spec.kind == "creg" else range(32)
    return [r for r in regs if r not in spec.not_ and not (spec.nonzero and r == 0)]


def intervals(spec):
    """The (lo, hi) intervals of an immediate field, hi the largest aligned value."""
    if spec.kind == "simm":
        return [(-(1 << (spec.bits - 1)), (1 << (spec.bits - 1)) - spec.align)]
    if spec.kind == "uimm":
        return [(0, (1 << spec.bits) - spec.align)]
    if spec.kind == "clui":           # nzimm[17:12] sign-extended into lui's 20-bit field
        return [(1, 31), (0xFFFE0, 0xFFFFF)]
    raise AssertionError(f"unknown field kind {spec.kind}")


def valid(spec, v):
    if spec.kind in ("reg", "creg"):
        return v in allowed_regs(spec)
    return (any(lo <= v <= hi for lo, hi in intervals(spec)) and v % spec.align == 0
            and not (spec.nonzero and v == 0))


def edge_imms(spec, rng):
    a = spec.align
    vals = []
    for lo, hi in intervals(spec):
        vals += [lo, hi, lo + a, hi - a]
    vals += [0, 1, -1, a, -a]
    for lo, hi in intervals(spec):
        vals += [rng.randrange(lo, hi + 1, a) for _ in range(4)]
    return list(dict.fromkeys(v for v in vals if valid(spec, v)))


def make_cases(mn):
    """Field dicts for one form: every edge immediate and every allowed register at least once."""
    form = FORMS[mn]
    rng = random.Random(f"{SEED}:{mn}")
    columns = {}
    for name, spec in form.fields.items():
        if spec.kind in ("reg", "creg"):
            col = allowed_regs(spec)
            rng.shuffle(col)
        else:
            col = edge_imms(spec, rng)
        assert col, (mn, name)
        columns[name] = col
    n = max(len(c) for c in columns.values())
    return [{name: col[k % len(col)] for name, col in columns.items()} for k in range(n)]


CASES = {mn: make_cases(mn) for mn in FORMS}


def bad_values(spec):
    """Values just outside a field's range (each must make `encode` raise)."""
    if spec.kind in ("reg", "creg"):
        bad = [-1, 32] + list(spec.not_) + ([0] if spec.nonzero else [])
        if spec.kind == "creg":
            bad += [0, 7, 16, 31]
    else:
        bad = []
        for lo, hi in intervals(spec):
            bad += [lo - spec.align, hi + spec.align, lo - 1, hi + 1]
        if spec.align > 1:
            bad += [1, intervals(spec)[0][1] - 1]        # misaligned, inside the range
        if spec.nonzero:
            bad.append(0)
        if spec.kind == "clui":
            bad.append(-1)                                # GNU as rejects c.lui rd,-1
    bad = list(dict.fromkeys(bad))
    assert bad and not any(valid(spec, v) for v in bad), (spec, bad)
    return bad


# --- GNU as --------------------------------------------------------------------------------

def asm_order(mn):
    """Field names in the order the assembler (and capstone) write the operands."""
    if mn in AMO_FORMS:
        return tuple(n for n in FORMS[mn].fields if n not in ("aq", "rl"))
    return MEM_SYNTAX.get(mn, tuple(FORMS[mn].fields))


def order_suffix(fields):
    return {(0, 0): "", (1, 0): ".aq", (0, 1): ".rl", (1, 1): ".aqrl"}[(fields["aq"], fields["rl"])]


def fence_set(v):
    return "".join(c for i, c in enumerate(FENCE_LETTERS) if v >> (3 - i) & 1)


def asm_operand(mn, name, v):
    spec = FORMS[mn].fields[name]
    if spec.kind in ("reg", "creg"):
        return f"x{v}"
    if mn in PCREL:
        return f".{v:+d}"                                 # . + OFF / . - OFF
    return str(v) if spec.kind == "simm" else hex(v)


def asm_line(mn, fields):
    if mn in AMO_FORMS:                                   # amoadd.w.aqrl rd, rs2, (rs1)
        ops = [f"x{fields[n]}" for n in asm_order(mn)]
        return f"{mn}{order_suffix(fields)} {', '.join(ops[:-1])}, ({ops[-1]})"
    if mn == "fence":
        return f"fence {fence_set(fields['pred'])}, {fence_set(fields['succ'])}"
    ops = [asm_operand(mn, name, fields[name]) for name in asm_order(mn)]
    if mn in SP_FORMS:
        return f"{mn} {SP_FORMS[mn].format(*ops)}"
    if mn in MEM_SYNTAX:                                  # ld rd, imm(rs1) / sd rs2, imm(rs1)
        return f"{mn} {ops[0]}, {ops[1]}({ops[2]})"
    return f"{mn} {', '.join(ops)}"


def rvc_option(mn):
    # Only the explicit c.* mnemonics may be compressed; everything else is assembled with
    # norvc so GNU as cannot silently pick a 16-bit form for it.
    return ".option rvc" if mn.startswith("c.") else ".option norvc"


def need_binutils():
    for tool in (AS, OBJCOPY, NM):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} not installed")


def run_as(tmp, lines):
    src, obj = tmp / "cases.s", tmp / "cases.o"
    src.write_text("\n".join(lines) + "\n")
    return src, obj, subprocess.run([AS, f"-march={MARCH}", "-mno-relax", "-o", str(obj), str(src)],
                                    capture_output=True, text=True)


def assemble(tmp, cases):
    """[(mnemonic, fields)] through one GNU as run -> ([bytes per case], {}), or, if GNU as
    rejected some, (None, {case index: error message})."""
    lines, line_of, option = [".text"], {}, None
    for i, (mn, fields) in enumerate(cases):
        if rvc_option(mn) != option:
            option = rvc_option(mn)
            lines.append(option)
        lines.append(f"case_{i}: {asm_line(mn, fields)}")
        line_of[len(lines)] = i
    _, obj, res = run_as(tmp, lines)
    diags = [(int(m.group(1)), m.group(2), m.group(3))
             for m in re.finditer(r"^[^:\n]*:(\d+): (Error|Warning): (.*)$", res.stderr, re.M)]
    assert all(line in line_of for line, _, _ in diags), res.stderr
    if res.returncode != 0:
        errors = {line_of[line]: msg for line, kind, msg in diags if kind == "Error"}
        assert errors, res.stderr
        return None, errors
    assert not res.stderr.strip(), f"GNU as warnings:\n{res.stderr}"
    binf = tmp / "cases.bin"
    subprocess.run([OBJCOPY, "-O", "binary", "--only-section=.text", str(obj), str(binf)],
                   check=True)
    text = binf.read_bytes()
    nm = subprocess.run([NM, "--defined-only", str(obj)], capture_output=True, text=True,
                        check=True).stdout
    addr = {int(m.group(2)): int(m.group(1), 16)
            for m in re.finditer(r"^([0-9a-f]+) \w case_(\d+)$", nm, re.M)}
    assert sorted(addr) == list(range(len(cases))), "case labels missing from the symbol table"
    starts = [addr[i] for i in range(len(cases))] + [len(text)]
    assert starts[0] == 0 and starts == sorted(starts)
    return [text[starts[i]:starts[i + 1]] for i in range(len(cases))], {}


@pytest.fixture(scope="module")
def gnu(tmp_path_factory):
    """All positive cases through GNU as -> {mnemonic: [bytes, or an error message, per case]}.
    One assembler run; only if GNU as rejects some cases, a second run without them (so the
    other forms are still checked)."""
    need_binutils()
    tmp = tmp_path_factory.mktemp("gnu_as")
    cases = [(mn, f) for mn in CASES if mn not in GNU_SKIP for f in CASES[mn]]
    out, errors = assemble(tmp, cases)
    if out is None:
        kept = [i for i in range(len(cases)) if i not in errors]
        out2, errors2 = assemble(tmp, [cases[i] for i in kept])
        assert out2 is not None, f"GNU as failed twice: {errors2}"
        out = [f"GNU as error: {errors.get(i)}" for i in range(len(cases))]
        for i, b in zip(kept, out2):
            out[i] = b
    result = {mn: [] for mn in CASES if mn not in GNU_SKIP}
    for (mn, _), b in zip(cases, out):
        result[mn].append(b)
    return result


def word(b):
    if isinstance(b, str):
        return b
    return f"{int.from_bytes(b, 'little'):0{2 * len(b)}x}" if b else "<none>"


@pytest.mark.parametrize("mn", sorted(set(FORMS) - GNU_SKIP))
def test_matches_gnu_as(mn, gnu):
    form, bad = FORMS[mn], []
    for fields, theirs in zip(CASES[mn], gnu[mn]):
        ours = encode(mn, **fields)
        if len(ours) != form.length or theirs != ours:
            size = "" if isinstance(theirs, str) else f" ({len(theirs)} bytes)"
            bad.append(f"{mn} {fields}: ours {word(ours)} ({len(ours)} bytes, form says "
                       f"{form.length}), GNU as `{asm_line(mn, fields)}` -> {word(theirs)}{size}")
    assert not bad, f"{len(bad)} of {len(CASES[mn])} cases differ:\n" + "\n".join(bad[:20])


def test_cases_cover_edges():
    """Every register appears, and every immediate's range ends are used, for each form."""
    for mn, form in FORMS.items():
        for name, spec in form.fields.items():
            used = {c[name] for c in CASES[mn]}
            if spec.kind in ("reg", "creg"):
                assert used == set(allowed_regs(spec)), (mn, name)
            else:
                for lo, hi in intervals(spec):
                    a = spec.align
                    ends = {v for v in (lo, lo + a, hi - a, hi) if valid(spec, v)}
                    assert ends <= used, (mn, name, ends - used)
                    if lo <= 0 <= hi and valid(spec, 0):
                        assert 0 in used, (mn, name)


# --- capstone ------------------------------------------------------------------------------

def _swap(a, b, off):
    return (b, a, off)


# capstone prints aliases; map (printed mnemonic, operand count) to (base mnemonic, operands).
ALIASES = {
    ("nop", 0): ("addi", lambda: (0, 0, 0)),
    ("mv", 2): ("addi", lambda rd, rs: (rd, rs, 0)),
    ("li", 2): ("addi", lambda rd, imm: (rd, 0, imm)),
    ("not", 2): ("xori", lambda rd, rs: (rd, rs, -1)),
    ("zext.b", 2): ("andi", lambda rd, rs: (rd, rs, 255)),
    ("seqz", 2): ("sltiu", lambda rd, rs: (rd, rs, 1)),
    ("snez", 2): ("sltu", lambda rd, rs: (rd, 0, rs)),
    ("sltz", 2): ("slt", lambda rd, rs: (rd, rs, 0)),
    ("sgtz", 2): ("slt", lambda rd, rs: (rd, 0, rs)),
    ("neg", 2): ("sub", lambda rd, rs: (rd, 0, rs)),
    ("negw", 2): ("subw", lambda rd, rs: (rd, 0, rs)),
    ("sext.w", 2): ("addiw", lambda rd, rs: (rd, rs, 0)),
    ("beqz", 2): ("beq", lambda rs, off: (rs, 0, off)),
    ("bnez", 2): ("bne", lambda rs, off: (rs, 0, off)),
    ("bltz", 2): ("blt", lambda rs, off: (rs, 0, off)),
    ("bgtz", 2): ("blt", lambda rs, off: (0, rs, off)),
    ("bgez", 2): ("bge", lambda rs, off: (rs, 0, off)),
    ("blez", 2): ("bge", lambda rs, off: (0, rs, off)),
    ("bgt", 3): ("blt", _swap), ("ble", 3): ("bge", _swap),
    ("bgtu", 3): ("bltu", _swap), ("bleu", 3): ("bgeu", _swap),
    ("j", 1): ("jal", lambda off: (0, off)),
    ("jal", 1): ("jal", lambda off: (1, off)),
    ("ret", 0): ("jalr", lambda: (0, 1, 0)),
    ("jr", 1): ("jalr", lambda rs: (0, rs, 0)),
    ("jalr", 1): ("jalr", lambda rs: (1, rs, 0)),
    ("jr", 2): ("jalr", lambda off, rs: (0, rs, off)),           # jr off(rs)
    ("jalr", 2): ("jalr", lambda off, rs: (1, rs, off)),         # jalr off(rs)
    ("jalr", 3): ("jalr", lambda rd, off, rs: (rd, rs, off)),    # jalr rd, off(rs)
}


def parse_operands(op_str):
    """'a0, -0x10(sp)' -> [10, -16, 2]: registers as numbers, immediates as ints (hex or dec);
    '(a2)' -> [12]."""
    ops = []
    for tok in filter(None, (t.strip().removeprefix("(").removesuffix(")")
                             if t.strip().startswith("(") else t.strip() for t in op_str.split(","))):
        m = re.fullmatch(r"(-?(?:0x[0-9a-f]+|\d+))\((\w+)\)", tok)
        if m:
            ops += [int(m.group(1), 0), REGNUM[m.group(2)]]
        elif tok in REGNUM:
            ops.append(REGNUM[tok])
        else:
            ops.append(int(tok, 0))
    return ops


def normalise(mnemonic, op_str, mem_operand):
    if mnemonic == "fence":                                   # 'rw, w'; '' is iorw, iorw
        sets = [t.strip() for t in op_str.split(",")] if op_str else ["iorw", "iorw"]
        return "fence", tuple(sum(1 << (3 - FENCE_LETTERS.index(c)) for c in t) for t in sets)
    base = mnemonic.removesuffix(".aqrl").removesuffix(".aq").removesuffix(".rl")
    if base in AMO_FORMS:                                     # the suffix becomes aq, rl
        suffix = mnemonic[len(base):]
        aq, rl = {"": (0, 0), ".aq": (1, 0), ".rl": (0, 1), ".aqrl": (1, 1)}[suffix]
        return base, tuple(parse_operands(op_str)) + (aq, rl)
    ops = parse_operands(op_str)
    key = (mnemonic, len(ops))
    if mnemonic in ("jalr", "jr") and not mem_operand and len(ops) == 3:
        return mnemonic, tuple(ops)                              # jalr rd, rs, off
    if key in ALIASES:
        base, expand = ALIASES[key]
        return base, tuple(expand(*ops))
    return mnemonic, tuple(ops)


def expected_operands(mn, fields):
    """The operands capstone should show (aliases expanded), in assembler order."""
    out = []
    for name in asm_order(mn):
        spec, v = FORMS[mn].fields[name], fields[name]
        out.append(v - (1 << 64) if spec.kind == "simm" and v >= 1 << 63 else v)
    if mn in AMO_FORMS:
        out += [fields["aq"], fields["rl"]]
    if mn in SP_FORMS:                          # sp (x2) where the syntax writes it
        out = [2] + out if SP_FORMS[mn].startswith("sp") else out + [2]
    return tuple(out)


@pytest.fixture(scope="module")
def cs():
    capstone = pytest.importorskip("capstone")
    md = capstone.Cs(capstone.CS_ARCH_RISCV, capstone.CS_MODE_RISCV64 | capstone.CS_MODE_RISCVC)
    md.detail = True
    return md


def test_capstone_skip_list():
    assert CAPSTONE_SKIP == {mn for mn, f in FORMS.items() if f.isa in ("zba", "zbb", "zacas")}
    assert GNU_SKIP == {mn for mn, f in FORMS.items() if f.isa == "zacas"}


def test_amocas_is_the_amo_format_with_funct5_00101():
    """What can be checked of amocas here: it is amoswap's encoding with funct5 00101 (the Zacas
    spec's encoding table), for every field value the other tests use."""
    from rvjit.encode import rv_amoswap_d, rv_amoswap_w
    for w, swap in (("w", rv_amoswap_w), ("d", rv_amoswap_d)):
        for f in CASES[f"amocas.{w}"]:
            want = swap(f["rd"], f["rs2"], f["rs1"], f["aq"], f["rl"]) ^ ((0b00001 ^ 0b00101) << 27)
            assert int.from_bytes(encode(f"amocas.{w}", **f), "little") == want, f


@pytest.mark.parametrize("mn", sorted(set(FORMS) - CAPSTONE_SKIP))
def test_matches_capstone(mn, cs):
    import capstone
    form, bad = FORMS[mn], []
    for fields in CASES[mn]:
        ours = encode(mn, **fields)
        insns = list(cs.disasm(ours, 0))
        got = "; ".join(f"{i.mnemonic} {i.op_str}".strip() for i in insns) or "<no decode>"
        if len(insns) != 1 or insns[0].size != form.length or bytes(insns[0].bytes) != ours:
            bad.append(f"{mn} {fields}: ours {word(ours)} decodes as {got!r}")
            continue
        insn = insns[0]
        mem = any(o.type == capstone.riscv.RISCV_OP_MEM for o in insn.operands)
        try:
            decoded = normalise(insn.mnemonic, insn.op_str, mem)
        except (KeyError, ValueError, TypeError) as e:
            bad.append(f"{mn} {fields}: ours {word(ours)} -> {got!r}: cannot parse ({e!r})")
            continue
        want = (mn, expected_operands(mn, fields))
        printed = mn + (order_suffix(fields) if mn in AMO_FORMS else "")
        if decoded != want or insn.insn_name() != printed:
            bad.append(f"{mn} {fields}: ours {word(ours)} -> capstone {got!r} "
                       f"(id {insn.insn_name()}) = {decoded}, expected {want}")
    assert not bad, f"{len(bad)} of {len(CASES[mn])} cases differ:\n" + "\n".join(bad[:20])


# --- out-of-range values -----------------------------------------------------------------------

def negative_cases(mn):
    """(field name, bad value, fields) for each field of a form, other fields valid."""
    base = CASES[mn][0]
    return [(name, v, {**base, name: v})
            for name, spec in FORMS[mn].fields.items() for v in bad_values(spec)]


@pytest.mark.parametrize("mn", sorted(FORMS))
def test_rejects_out_of_range(mn):
    for name, v, fields in negative_cases(mn):
        with pytest.raises(ValueError):
            encode(mn, **fields)
            pytest.fail(f"{mn}: encode accepted {name}={v} ({fields})")


def test_simm_accepts_64bit_patterns():
    """Signed immediates may also be given as their 64-bit unsigned bit pattern."""
    for mn, form in FORMS.items():
        for name, spec in form.fields.items():
            if spec.kind != "simm":
                continue
            for fields in CASES[mn]:
                if fields[name] < 0:
                    alt = {**fields, name: fields[name] & MASK64}
                    assert encode(mn, **alt) == encode(mn, **fields), (mn, fields)
            lo = intervals(spec)[0][0]
            with pytest.raises(ValueError):
                encode(mn, **{**CASES[mn][0], name: (lo - spec.align) & MASK64})


def test_gnu_as_rejects_out_of_range(tmp_path):
    """GNU as must also reject what encode rejects, so our ranges are not narrower than the
    ISA's.  Skipped: PC-relative fields (GNU as relaxes out-of-range branches into longer
    sequences and rounds misaligned offsets), negative register numbers (not writable), and the
    HINT encodings in GNU_HINTS (which GNU as must accept)."""
    need_binutils()
    lines, expect = [".text"], {}
    for mn in FORMS:
        lines.append(rvc_option(mn))
        for name, v, fields in negative_cases(mn):
            spec = FORMS[mn].fields[name]
            if (mn in PCREL and spec.kind == "simm") or (spec.kind in ("reg", "creg") and v < 0):
                continue
            if mn in GNU_SKIP or name in ("aq", "rl", "pred", "succ"):   # not writable in syntax
                continue
            lines.append(asm_line(mn, fields))
            expect[len(lines)] = (mn, name, v, lines[-1])
    _, _, res = run_as(tmp_path, lines)
    errors = {int(m.group(1)) for m in re.finditer(r":(\d+): Error:", res.stderr)}
    wrong = []
    for line, (mn, name, v, text) in expect.items():
        hint = (mn, name, v) in GNU_HINTS
        if (line in errors) == hint:
            wrong.append(f"{text!r} ({name}={v}): GNU as {'rejects' if hint else 'accepts'} it")
    assert {(mn, n, v) for mn, n, v, _ in expect.values()} >= GNU_HINTS
    assert not wrong, "\n".join(wrong)


def test_regression_clui_negative_immediate():
    """Found by the GNU as check: c.lui's field check accepted negative values, and the
    encoder kept their low 6 bits, so c.lui a0,-33 came out as c.lui a0,0x1f.  Negative
    values must be refused (the field is the 20-bit lui value: 1..31 or 0xfffe0..0xfffff)."""
    for bad in (-1, -33, -100):
        with pytest.raises(ValueError):
            encode("c.lui", rd=10, imm=bad)
    # -1 as the 20-bit field is 0xfffff: c.lui a0, 0xfffff (nzimm = -1), which GNU as writes
    # as 0x757d; 31 is the largest positive value.
    assert encode("c.lui", rd=10, imm=0xFFFFF) == (0x757D).to_bytes(2, "little")
    assert encode("c.lui", rd=10, imm=31) == (0x657D).to_bytes(2, "little")
