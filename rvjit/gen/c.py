"""Generate the C emitter of the kernel module (kmod/generated/rvjit_emit.{c,h}) from the proven
rule table, the proven compressions and the one set of encoders in rvjit/encode.py.

* Encoders: each Python encoder is evaluated on z3 bit-vector arguments; the resulting term (the
  encoder's own shifts, masks and ors) is rendered as C.  There is no second, hand-written copy.
* Compressions: rvjit_enc_<base>() writes the C form of the first compression whose condition
  holds (when the C extension is on), else the base instruction, as the Python emitter does.
* Rules: one guard and one emit function each, rendered with `Expr.c()`; per pattern an array
  of rules in table order; rvjit_emit_insn() looks the pattern up, takes the first rule whose
  ISA extensions are enabled and whose guard holds, and writes its bytes.

C rendering contract (rvjit/ir.py): every expression of width > 1 is a u64 below 2^width,
every width-1 expression an int 0/1.  The entry point establishes it for the operands (and
refuses registers outside R0-R10); `_check_expr` refuses IR the renderings would break it for.
"""
from __future__ import annotations

import functools
import operator

import z3

from rvjit import ir
from rvjit.encode import FORMS
from rvjit.regmap import ABI_NAMES, RV_OF_BPF
from rvjit.rules.base import EXTENSIONS

H_NAME = "rvjit_emit.h"
C_NAME = "rvjit_emit.c"

# C parameter types of the operands in rvjit_emit_insn(): what struct bpf_insn (and the
# driver's distance) give.  Each is converted to its zero-extended bit pattern, as jit.select.
OPERAND_CTYPES = {"dst": "u8", "src": "u8", "off": "s16", "imm": "s32", "imm64": "u64",
                  "dist": "s64"}
REG_OPERANDS = ("dst", "src")       # indices into rvjit_rv_of_bpf[]: must be < RVJIT_NR_BPF_REGS
RV_OF_BPF_SIZE = 16                 # every 4-bit index is in bounds (unused entries are 0)


class GenError(Exception):
    pass


def cname(s: str) -> str:
    return s.replace(".", "_")


def isa_macro(ext: str) -> str:
    return f"RVJIT_ISA_{ext.upper()}"


def isa_mask(exts) -> str:
    return " | ".join(isa_macro(e) for e in EXTENSIONS if e in exts) or "0"


def _const(v: int) -> str:
    return f"{v}ULL" if v < 10 else f"0x{v:x}ULL"


# --- encoders: Python encoder evaluated on z3 -> C ---------------------------------------------

def _z3_c(e, parent_mask=None) -> str:
    """C for a term built by a Python encoder from 64-bit z3 variables (u64 arithmetic, the
    same modular semantics as z3's)."""
    k = e.decl().kind()
    kids = e.children()
    if k == z3.Z3_OP_BNUM:
        return _const(e.as_long())
    if k == z3.Z3_OP_UNINTERPRETED and not kids:
        return str(e)
    if k in (z3.Z3_OP_BOR, z3.Z3_OP_BAND, z3.Z3_OP_BXOR, z3.Z3_OP_BADD):
        sym = {z3.Z3_OP_BOR: "|", z3.Z3_OP_BAND: "&", z3.Z3_OP_BXOR: "^", z3.Z3_OP_BADD: "+"}[k]
        flat = []

        def gather(t):
            if t.decl().kind() == k:
                for c in t.children():
                    gather(c)
            else:
                flat.append(t)
        gather(e)
        if k in (z3.Z3_OP_BOR, z3.Z3_OP_BXOR, z3.Z3_OP_BADD):       # x | 0 is x
            flat = [t for t in flat if not (z3.is_bv_value(t) and t.as_long() == 0)] or flat[:1]
        mask = None
        if k == z3.Z3_OP_BAND:
            consts = [t.as_long() for t in flat if z3.is_bv_value(t)]
            mask = functools.reduce(operator.and_, consts) if consts else None
        parts = [_z3_c(t, mask) for t in flat]
        return parts[0] if len(parts) == 1 else "(" + f" {sym} ".join(parts) + ")"
    if k == z3.Z3_OP_BSUB:
        return f"({_z3_c(kids[0])} - {_z3_c(kids[1])})"
    if k in (z3.Z3_OP_BSHL, z3.Z3_OP_BLSHR, z3.Z3_OP_BASHR):
        if not z3.is_bv_value(kids[1]) or not 0 <= kids[1].as_long() < 64:
            raise GenError(f"encoder shift by a non-constant or >= 64: {e}")
        s = kids[1].as_long()
        a = _z3_c(kids[0])
        if k == z3.Z3_OP_BSHL:
            return f"({a} << {s})"
        # Python's >> is arithmetic; under a mask that keeps none of the top `s` bits a
        # logical shift gives the same value.
        if k == z3.Z3_OP_BLSHR or s == 0 or (parent_mask is not None and parent_mask >> (64 - s) == 0):
            return f"({a} >> {s})"
        return f"rvjit_ashr({a}, {s}, 64)"
    raise GenError(f"encoder term not renderable as C: {e}")


def encoder_formula(form):
    return form.encoder(*(z3.BitVec(n, 64) for n in form.fields))


def render_encoder(form) -> list:
    name = "rvjit_" + form.encoder.__name__
    ret = "u32" if form.length == 4 else "u16"
    params = ", ".join(f"u64 {n}" for n in form.fields) or "void"
    body = _z3_c(encoder_formula(form))
    if body.startswith("(") and " | " in body:           # one field per line
        terms = _split_top(body[1:-1], " | ")
        body = ("(" + terms[0] + "\n" + "".join(f"\t\t| {t}\n" for t in terms[1:])).rstrip("\n") + ")"
    return [f"/* {form.mnemonic} */",
            f"static inline {ret} {name}({params})",
            "{",
            f"\treturn ({ret}){body};",
            "}", ""]


def _split_top(s: str, sep: str) -> list:
    out, depth, cur, i = [], 0, "", 0
    while i < len(s):
        if s.startswith(sep, i) and depth == 0:
            out.append(cur)
            cur, i = "", i + len(sep)
            continue
        depth += s[i] == "("
        depth -= s[i] == ")"
        cur += s[i]
        i += 1
    return out + [cur]


# --- IR checks ------------------------------------------------------------------------------------

_children, _walk, _rebuild = ir.children, ir.walk, ir.rebuild


def share(exprs):
    """Common subexpressions: IR expressions are DAGs, their renderings trees (the ld_imm64
    chains would be kilobytes per line).  Every non-trivial value-typed subexpression used more
    than once becomes a local `tN`, an Operand of its width, so renderings stay exactly those
    of rvjit/ir.py.  Returns ([(name, C)], [rewritten exprs])."""
    counts = {}

    def count(e):
        k = e.key()
        counts[k] = counts.get(k, 0) + 1
        if counts[k] == 1:
            for c in _children(e):
                count(c)
    for e in exprs:
        count(e)
    defs, done = [], {}

    def rewrite(e):
        k = e.key()
        if k in done:
            return done[k]
        n = _rebuild(e, rewrite)
        if counts[k] > 1 and e.width > 1 and not isinstance(e, (ir.Const, ir.Operand)):
            name = f"t{len(defs)}"
            defs.append((name, n.c()))
            n = ir.Operand(name, e.width)
        done[k] = n
        return n
    return defs, [rewrite(e) for e in exprs]


def operands_of(*exprs) -> list:
    names = {n.name for e in exprs for n in _walk(e) if isinstance(n, ir.Operand)}
    known = [*ir.OPERANDS, *ir.FLAGS]
    return [n for n in known if n in names] + sorted(names - set(known))


def _check_expr(e, where: str):
    """Refuse IR whose C rendering would not keep the contract above."""
    for n in _walk(e):
        if isinstance(n, ir.Ext) and n.a.width == 1 and n.width > 1 and not n.signed:
            if not n.c().startswith("((u64)"):
                raise GenError(f"{where}: zero extension of a boolean renders as a C int "
                               f"({n.c()}); shifting it is undefined")
        if type(n) not in (ir.Const, ir.Operand, ir.BinOp, ir.Cmp, ir.BoolOp, ir.Extract,
                           ir.Ext, ir.Ite, ir.Ctz, ir.RegMap):
            raise GenError(f"{where}: IR node {type(n).__name__} has no audited C rendering")


# --- compressions -----------------------------------------------------------------------------------

def render_compressions(compressions) -> list:
    groups = {}
    for c in compressions:
        groups.setdefault(c.base, []).append(c)
    out = []
    for base, cs in groups.items():
        form = FORMS[base]
        ps = ["i" if n == "imm" else n for n in form.fields]
        out += [f"/* {base}, or its C form when the C extension is on and the fields allow */",
                f"static inline u32 rvjit_enc_{cname(base)}(u8 *p, bool rvc, "
                + ", ".join(f"u64 {p}" for p in ps) + ")",
                "{",
                "\tif (rvc) {"]
        for c in cs:
            _check_expr(c.cond, f"compression {c.key()}")
            for f in c.fields:
                _check_expr(f, f"compression {c.key()}")
            out += [f"\t\tif {_paren(c.cond.c())}\t/* {c.cform} */",
                    f"\t\t\treturn rvjit_put16(p, rvjit_{FORMS[c.cform].encoder.__name__}("
                    + ", ".join(f.c() for f in c.fields) + "));"]
        out += ["\t}",
                f"\treturn rvjit_put32(p, rvjit_{form.encoder.__name__}({', '.join(ps)}));",
                "}", ""]
    return out


def _paren(s: str) -> str:
    return s if s.startswith("(") and _balanced(s) else f"({s})"


def _balanced(s: str) -> bool:
    """s is one parenthesised group: its first '(' closes at the very end."""
    depth = 0
    for i, ch in enumerate(s):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and i != len(s) - 1:
            return False
    return True


# --- rules --------------------------------------------------------------------------------------------

def _locals(names) -> list:
    return [f"\tconst u64 {n} = op->{n};" for n in names]


def render_rule(r, compressible) -> list:
    exprs = [e for ins in r.template for _, e in ins.fields]
    _check_expr(r.guard, f"rule {r.name} guard")
    for e in exprs:
        _check_expr(e, f"rule {r.name} template")
    out = [f"static bool rvjit_guard_{r.name}(const struct rvjit_operands *op __maybe_unused)", "{"]
    names = operands_of(r.guard)
    defs, (g,) = share([r.guard])
    out += _locals(names) + [f"\tconst u64 {n} = {v};" for n, v in defs]
    out += ([""] if names or defs else []) + [f"\treturn {g.c()};", "}", ""]
    out += [f"static u32 rvjit_emit_{r.name}(const struct rvjit_operands *op __maybe_unused,",
            "\t\t\t\tu8 *out __maybe_unused)", "{"]
    names = operands_of(*exprs)
    if not r.template:
        return out + _locals(names) + ["\treturn 0;", "}", ""]
    defs, shared = share(exprs)
    compress = any(i.mnemonic in compressible and not i.fixed for i in r.template)
    out += _locals(names if "rvc" in names or not compress else names + ["rvc"])
    out += [f"\tconst u64 {n} = {v};" for n, v in defs] + ["\tu32 n = 0;", ""]
    out += _instr_lines(r.template, shared, compressible)
    return out + ["\treturn n;", "}", ""]


def _instr_lines(instrs, fields, compressible) -> list:
    """`n += ...` writing each instruction at out + n; `fields` are the instructions' field
    expressions in order.  Compressible ones go through rvjit_enc_<base>, which writes the C
    form when rvc is on and a compression's condition holds (compress.size says the same);
    `fixed` ones as written, as the Python emitter does."""
    out, fields = [], list(fields)
    for k, ins in enumerate(instrs):
        form = FORMS[ins.mnemonic]
        args = ", ".join(fields.pop(0).c() for _ in ins.fields)
        if ins.mnemonic in compressible and not ins.fixed:
            out.append(f"\tn += rvjit_enc_{cname(ins.mnemonic)}(out + n, rvc, {args});")
        else:
            put = "rvjit_put32" if form.length == 4 else "rvjit_put16"
            out.append(f"\tn += {put}(out + n, rvjit_{form.encoder.__name__}({args}));"
                       f"\t/* {ins.mnemonic} */")
    return out


# --- frames ---------------------------------------------------------------------------------------

FRAME_REGS = tuple(range(6, 11))     # the eBPF registers whose use decides the frame (R6..R10)
# The facts beyond the registers, as bits of `used` in rvjit_emit_frame (above R0..R10's):
# the function calls (saves ra), the program needs the runtime table, it tail calls (main).
FRAME_FLAGS = (("CALLS", "calls"), ("RT", "rt"), ("TAIL_CALLS", "tail_calls"))
FRAME_FLAG_SHIFT = 16


def frame_index(frames) -> list:
    """For each subset of FRAME_REGS and FRAME_FLAGS (bit k < 5: R(6+k) is named by the
    function; bit 5 + j: flag j), the frame rvjit.rules.frame.frame_for gives; checked to
    depend on nothing else."""
    from rvjit.rules.frame import frame_for
    by_key = {(f.saved, f.stack): f for f in frames}
    out = []
    n = len(FRAME_REGS)
    for mask in range(1 << (n + len(FRAME_FLAGS))):
        used = {r for k, r in enumerate(FRAME_REGS) if mask >> k & 1}
        flags = {kw: bool(mask >> (n + j) & 1) for j, (_, kw) in enumerate(FRAME_FLAGS)}
        f = frame_for(used, **flags)
        if (f.saved, f.stack) not in by_key:
            raise GenError(f"frame_for({sorted(used)}, {flags}) = {f.name} is not among the "
                           "proven frames")
        for other in (0, 1, 2, 3, 4, 5):         # R0..R5 must not matter
            g = frame_for(used | {other}, **flags)
            if (g.saved, g.stack) != (f.saved, f.stack):
                raise GenError(f"frame_for depends on R{other}: the C frame index must change")
        out.append(by_key[(f.saved, f.stack)])
    return out


def render_frames(frames, compressible) -> list:
    out = []
    for f in frames:
        parts = [("prologue", f.prologue()), ("epilogue", f.epilogue())]
        parts += [("tail_stub", f.tail_stub())] if f.tail_calls else []
        for part, instrs in parts:
            fields = [e for ins in instrs for _, e in ins.fields]
            for e in fields:
                _check_expr(e, f"{part} of {f.name}")
            out += [f"static u32 rvjit_{part}_{f.name}(bool rvc __maybe_unused, u8 *out __maybe_unused)", "{",
                    "\tu32 n = 0;", ""]
            out += _instr_lines(instrs, fields, compressible)
            out += ["\treturn n;", "}", ""]
    n = len(FRAME_REGS)
    out += ["struct rvjit_frame_emit {", "\tconst char *name;",
            "\tu32 (*prologue)(bool rvc, u8 *out);", "\tu32 (*epilogue)(bool rvc, u8 *out);",
            "\tu32 (*tail_stub)(bool rvc, u8 *out);\t/* NULL: the program does not tail call */",
            "};", "",
            f"/* Indexed by the eBPF registers R6..R10 the function names (bit k: R(6+k)) and, from "
            f"bit {n}, */",
            "/* " + ", ".join(f"RVJIT_FRAME_{c}" for c, _ in FRAME_FLAGS) + " */",
            f"static const struct rvjit_frame_emit rvjit_frames[{1 << (n + len(FRAME_FLAGS))}] = {{"]
    for k, f in enumerate(frame_index(frames)):
        stub = f"rvjit_tail_stub_{f.name}" if f.tail_calls else "NULL"
        out.append(f'\t[0x{k:02x}] = {{ "{f.name}", rvjit_prologue_{f.name}, '
                   f'rvjit_epilogue_{f.name}, {stub} }},')
    out += ["};", "",
            "int rvjit_emit_frame(u32 used, u32 isa, u8 *pro, u32 *pro_len, u8 *epi, u32 *epi_len,",
            "\t\t     u8 *stub, u32 *stub_len, const char **name)", "{",
            f"\tu32 k = ((used >> {FRAME_REGS[0]}) & 0x{(1 << n) - 1:x}) |",
            f"\t\t(((used >> {FRAME_FLAG_SHIFT}) & 0x{(1 << len(FRAME_FLAGS)) - 1:x}) << {n});",
            "\tconst struct rvjit_frame_emit *f = &rvjit_frames[k];",
            "\tbool rvc = isa & RVJIT_ISA_C;", "",
            "\t*pro_len = f->prologue(rvc, pro);", "\t*epi_len = f->epilogue(rvc, epi);",
            "\t*stub_len = f->tail_stub ? f->tail_stub(rvc, stub) : 0;",
            "\tif (name)", "\t\t*name = f->name;", "\treturn 0;", "}", ""]
    return out


def _key_name(key) -> str:
    code, off, imm, src, ctx = key
    s = f"rvjit_rules_{code:02x}"
    s += "_off_any" if off is None else f"_off{off}".replace("-", "m")
    s += "" if imm is None else f"_imm{imm}".replace("-", "m")
    s += "" if src is None else f"_src{src}"
    return s + ("" if ctx is None else f"_{ctx}")


_JMP_NAMES = "ja jeq jgt jge jset jne jsgt jsge call exit jlt jle jslt jsle ? ?".split()


def _code_comment(code: int) -> str:
    from semantics import ebpf
    cls = ("LD", "LDX", "ST", "STX", "ALU", "JMP", "JMP32", "ALU64")[code & 7]
    if (code & 7) in (ebpf.ALU, ebpf.ALU64):
        op = ebpf.ALU_OP_NAMES.get(code & 0xF0, "?").upper()
        return f"{cls} {op} {'X' if code & ebpf.X else 'K'}"
    if (code & 7) in (ebpf.JMP, ebpf.JMP32):
        op = _JMP_NAMES[code >> 4].upper()
        return f"{cls} {op} {'X' if code & ebpf.X else 'K'}"
    return cls


def render_lookup(keys) -> list:
    """keys: {(code, off, imm, src, ctx): [rules]}.  Per code, the first pattern (in
    rules.base.lookup_order: fixed src, then context, then off and imm) whose fixed fields
    match the instruction decides, as jit.select."""
    from rvjit.abi import CONTEXTS
    from rvjit.rules.base import lookup_order
    by_code = {}
    for key in keys:
        by_code.setdefault(key[0], []).append(key)
    out = ["static const struct rvjit_rule *rvjit_lookup(u8 code, u8 src, u8 ctx, s16 off, s32 imm,",
           "\t\t\t\t\t\tu32 *count)", "{", "\tswitch (code) {"]
    for code in sorted(by_code):
        out.append(f"\tcase 0x{code:02x}:\t/* {_code_comment(code)} */")
        order = sorted(by_code[code], key=lookup_order)
        for key in order:
            _, off, imm, src, ctx = key
            conds = ([f"src == {src}"] if src is not None else []) + \
                    ([f"ctx == {_ctx_macro(ctx)}"] if ctx is not None else []) + \
                    ([f"off == {off}"] if off is not None else []) + \
                    ([f"imm == {imm}"] if imm is not None else [])
            ret = f"RVJIT_RULES({_key_name(key)}, count);"
            if conds:
                out += [f"\t\tif ({' && '.join(conds)})", f"\t\t\treturn {ret}"]
            else:
                out += [f"\t\treturn {ret}"]
        if conds:
            out.append("\t\tbreak;")
    out += ["\t}", "\treturn NULL;", "}", ""]
    assert all(c in CONTEXTS for k in keys for c in [k[4]] if c is not None)
    return out


def _ctx_macro(ctx) -> str:
    return f"RVJIT_CTX_{ctx.upper()}"


def render_dispatch() -> list:
    params = ", ".join(f"{OPERAND_CTYPES[n]} {n}" for n in ir.OPERANDS)
    out = [f"int rvjit_emit_insn(u8 code, u8 ctx, {params},",
           "\t\t    u32 isa, u8 *out, u32 *len, const char **rule)", "{",
           "\tconst struct rvjit_rule *r;", "\tstruct rvjit_operands op;", "\tu32 count, k;", ""]
    regs = " || ".join(f"{n} >= RVJIT_NR_BPF_REGS" for n in REG_OPERANDS)
    out += [f"\tif ({regs})", "\t\treturn -EINVAL;",
            "\tr = rvjit_lookup(code, src, ctx, off, imm, &count);", "\tif (!r)",
            "\t\treturn -EOPNOTSUPP;"]
    for n, w in ir.OPERANDS.items():
        t = OPERAND_CTYPES[n]
        out.append(f"\top.{n} = (u{w}){n};" if t.startswith("s") else f"\top.{n} = {n};")
    out.append("\top.rvc = !!(isa & RVJIT_ISA_C);")
    out.append("\top.hi_dead = !!(isa & RVJIT_HI_DEAD);")
    out += ["", "\tfor (k = 0; k < count; k++, r++) {",
            "\t\tif ((r->isa & ~isa) || !r->guard(&op))", "\t\t\tcontinue;",
            "\t\t*len = r->emit(&op, out);", "\t\tif (rule)",
            "\t\t\t*rule = r->name;", "\t\treturn 0;", "\t}", "\treturn -EINVAL;", "}"]
    return out


def _emit_insn_proto() -> str:
    params = ", ".join(f"{OPERAND_CTYPES[n]} {n}" for n in ir.OPERANDS)
    return f"int rvjit_emit_insn(u8 code, u8 ctx, {params},\n\t\t    u32 isa, u8 *out, u32 *len, const char **rule);"


# --- files ----------------------------------------------------------------------------------------------

def render_header(table, header: str, frames=()) -> str:
    from proofs.obligations import IMAGE_LIMIT
    from semantics.ebpf import FP
    from rvjit.rules.frame import BPF_STACK
    for n in ir.OPERANDS:
        if n not in OPERAND_CTYPES:
            raise GenError(f"operand {n} has no C parameter type: add it to OPERAND_CTYPES")
    max_len = max([r.length for r in table.rules] + [4])
    max_frame = max([sum(i.length for i in part) for f in frames
                     for part in (f.prologue(), f.epilogue(), f.tail_stub())] + [4])
    from rvjit.abi import CONTEXTS
    out = [header.rstrip("\n"), "#ifndef _RVJIT_EMIT_H", "#define _RVJIT_EMIT_H", "",
           "#ifdef __KERNEL__", "#include <linux/kernel.h>", "#include <linux/types.h>",
           "#include <linux/errno.h>", "#else", '#include "linux_types.h"', "#endif", "",
           "/* ISA extensions beyond RV64IM a rule may need (rvjit/rules/base.py EXTENSIONS) */"]
    out += [f"#define {isa_macro(e)}\t(1U << {k})" for k, e in enumerate(EXTENSIONS)]
    out += ["/* A driver flag in the same word: no later instruction reads dst's upper half */",
            "#define RVJIT_HI_DEAD\t(1U << 31)"]
    out += ["", "/* The most bytes one eBPF instruction is translated to */",
            f"#define RVJIT_MAX_INSN_BYTES\t{max_len}",
            "/* The most bytes of a prologue, an epilogue or a tail stub */",
            f"#define RVJIT_MAX_FRAME_BYTES\t{max_frame}",
            "/* Jump rules are proven exhaustive for images below this size */",
            f"#define RVJIT_IMAGE_LIMIT\t0x{IMAGE_LIMIT:x}U",
            "/* eBPF registers R0..R10; R10 is the read-only frame pointer */",
            f"#define RVJIT_NR_BPF_REGS\t{len(RV_OF_BPF)}", f"#define RVJIT_BPF_FP\t\t{FP}",
            "/* Bytes of eBPF stack below R10 the proven frames provide */",
            f"#define RVJIT_BPF_STACK\t{BPF_STACK}", "",
            "/* The context a load's base is (rvjit/abi.py CONTEXTS): @ctx of rvjit_emit_insn() */",
            "#define RVJIT_CTX_NONE\t0"]
    out += [f"#define {_ctx_macro(c.name)}\t{c.code}\t/* struct {c.struct} */"
            for c in CONTEXTS.values()]
    out += ["", "/* rvjit_emit_frame(): what a function's frame depends on besides R6..R10 */"]
    out += [f"#define RVJIT_FRAME_{c}\t(1U << {FRAME_FLAG_SHIFT + j})"
            for j, (c, _) in enumerate(FRAME_FLAGS)]
    out += ["", "/* RV64 register numbers (rvjit/regmap.py) */"]
    out += [f"#define RVJIT_X_{n.upper()}\t{i}" for i, n in enumerate(ABI_NAMES)]
    out += ["", "/* rvjit_rv_of_bpf[i]: the RV64 register holding eBPF register Ri (0 past R10) */",
            f"extern const u64 rvjit_rv_of_bpf[{RV_OF_BPF_SIZE}];", "",
            "/*",
            " * Translate one eBPF instruction: the first rule of its pattern whose ISA extensions",
            " * are in @isa and whose guard holds writes its RV64 code to @out (room for",
            " * RVJIT_MAX_INSN_BYTES) and its length to @len, and names itself in @rule (if not NULL).",
            " * @isa may also carry RVJIT_HI_DEAD: no later instruction reads dst's upper half.",
            " * Operands are the instruction's fields; @imm64 is LD_IMM64's 64-bit immediate and",
            " * @dist the byte distance from this instruction's code to its target's (a jump's",
            " * target, the epilogue for EXIT, the called function for a bpf-to-bpf call or a",
            " * function reference, the tail stub for a tail call).  @ctx is RVJIT_CTX_XDP or",
            " * RVJIT_CTX_TC when the instruction is a load or store whose base is the context.",
            " * Returns 0, -EOPNOTSUPP if no rule translates the opcode (with this off/imm), or",
            " * -EINVAL if no rule's guard holds or a register is outside R0..R10.",
            " */", _emit_insn_proto(), "",
            "/*",
            " * The proven prologue, epilogue and tail stub (rvjit/rules/frame.py) of a function",
            " * that names the eBPF registers in @used (bit i: Ri), with RVJIT_FRAME_CALLS if it",
            " * calls, RVJIT_FRAME_RT and RVJIT_FRAME_TAIL_CALLS for the main function of a program",
            " * that needs the runtime table, that tail calls: written to @pro, @epi and @stub (room",
            " * for RVJIT_MAX_FRAME_BYTES each), lengths to @pro_len, @epi_len and @stub_len (0: no",
            " * stub), the frame's name to @name (if not NULL).  Returns 0.",
            " */",
            "int rvjit_emit_frame(u32 used, u32 isa, u8 *pro, u32 *pro_len, u8 *epi, u32 *epi_len,",
            "\t\t     u8 *stub, u32 *stub_len, const char **name);", "",
            "/* Helpers of the IR's C rendering (rvjit/ir.py): the w-bit values are u64s < 2^w */",
            "static inline u64 rvjit_mask(u64 w)", "{",
            "\treturn w >= 64 ? ~0ULL : (1ULL << w) - 1;", "}", "",
            "/* Arithmetic shift right of a w-bit value (2 <= w <= 64); b >= w gives the sign fill */",
            "static inline u64 rvjit_ashr(u64 a, u64 b, u64 w)", "{",
            "\tu64 m = rvjit_mask(w);", "\tu64 fill = ((a >> (w - 1)) & 1) ? m : 0;", "",
            "\tif (b >= w)", "\t\treturn fill;",
            "\treturn (((a & m) >> b) | (fill & ~(m >> b))) & m;", "}", "",
            "/* Trailing zero bits of a w-bit value; w for zero */",
            "static inline u64 rvjit_ctz(u64 a, u64 w)", "{", "\tu64 r = 0;", "",
            "\ta &= rvjit_mask(w);", "\tif (!a)", "\t\treturn w;",
            "\twhile (!(a & 1)) {", "\t\ta >>= 1;", "\t\tr++;", "\t}", "\treturn r;", "}", "",
            "/* Little-endian instruction parcels; return the bytes written */",
            "static inline u32 rvjit_put16(u8 *p, u16 w)", "{",
            "\tp[0] = w & 0xff;", "\tp[1] = w >> 8;", "\treturn 2;", "}", "",
            "static inline u32 rvjit_put32(u8 *p, u32 w)", "{",
            "\tp[0] = w & 0xff;", "\tp[1] = (w >> 8) & 0xff;", "\tp[2] = (w >> 16) & 0xff;",
            "\tp[3] = w >> 24;", "\treturn 4;", "}", "",
            "/*",
            " * RV64 encoders, rendered from rvjit/encode.py (each Python encoder evaluated on",
            " * symbolic arguments).  Fields as the assembler writes them; immediates as 64-bit",
            " * patterns.  Only encodable fields (FORMS ranges) give the right word.",
            " */"]
    for form in FORMS.values():
        out += render_encoder(form)
    out += ["#endif /* _RVJIT_EMIT_H */"]
    return "\n".join(out) + "\n"


def render_source(table, compressions, header: str, frames=()) -> str:
    compressible = {c.base for c in compressions}
    out = [header.rstrip("\n"), f'#include "{H_NAME}"', "",
           "/* The operands of one instruction, each its bit pattern zero-extended */",
           "struct rvjit_operands {"]
    out += [f"\tu64 {n};\t/* {w} bits */" for n, w in ir.OPERANDS.items()]
    out += ["\tu64 rvc;\t/* the driver's: the C extension is on */",
            "\tu64 hi_dead;\t/* the driver's: no later instruction reads dst's upper half */"]
    out += ["};", "",
            "struct rvjit_rule {", "\tconst char *name;",
            "\tu32 isa;\t\t/* RVJIT_ISA_* extensions the rule needs */",
            "\tbool (*guard)(const struct rvjit_operands *op);",
            "\tu32 (*emit)(const struct rvjit_operands *op, u8 *out);", "};", "",
            "#define RVJIT_RULES(a, n)\t(*(n) = ARRAY_SIZE(a), (a))", ""]
    regs = list(RV_OF_BPF) + [0] * (RV_OF_BPF_SIZE - len(RV_OF_BPF))
    out += [f"const u64 rvjit_rv_of_bpf[{RV_OF_BPF_SIZE}] = {{",
            "\t" + ", ".join(map(str, regs)), "};", ""]
    out += render_compressions(compressions)
    keys = {}
    for r in table.rules:
        if r.isa - set(EXTENSIONS):
            raise GenError(f"rule {r.name}: unknown ISA extension(s) {sorted(r.isa)}")
        out += render_rule(r, compressible)
        keys.setdefault(r.pattern.lookup_key(), []).append(r)
    for key, rules in keys.items():
        out.append(f"static const struct rvjit_rule {_key_name(key)}[] = {{")
        out += [f'\t{{ "{r.name}", {isa_mask(r.isa)}, rvjit_guard_{r.name}, rvjit_emit_{r.name} }},'
                for r in rules]
        out += ["};", ""]
    out += render_lookup(keys)
    out += render_dispatch()
    if frames:
        out += [""] + render_frames(frames, compressible)
    return "\n".join(out) + "\n"


def render(table, compressions, header: str, frames=()) -> dict:
    """File name -> text."""
    if not frames:
        raise GenError("no frames: the C driver needs the proven prologues and epilogues")
    # Line 1 of a kernel source file is its licence (Documentation/process/license-rules.rst)
    return {H_NAME: "/* SPDX-License-Identifier: GPL-2.0 */\n" + render_header(table, header, frames),
            C_NAME: "// SPDX-License-Identifier: GPL-2.0\n"
            + render_source(table, compressions, header, frames)}
