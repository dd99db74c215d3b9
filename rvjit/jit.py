"""The JIT driver: eBPF program -> RV64 image, using the generated (proven) emitter.

A program (rvjit.program) is its main function followed by the subprograms it calls or takes
the address of; `bpf.functions` splits it as the kernel's check_subprogs() does.  Each function
is a psABI function with its own proven frame (rvjit/rules/frame.py), chosen by what it names
and does: the registers R6-R10, whether it calls (ra), and for the main function whether the
program needs the runtime table (s6) or tail calls (s7).  The image (docs/abi.md section 9):

    main function:   prologue | body | epilogue | tail stub (if it tail calls)
    subprogram k:    prologue | body | epilogue

Layout is the kernel's: passes until every fragment's size is stable (jumps, calls, function
references and tail calls pick their form by distance), then a final pass whose fragments must
sit exactly where the converged layout put them, with the size it predicted.  Each instruction
is emitted by the first rule of its pattern whose ISA is enabled and whose guard holds; a load
or store whose base is the context (rvjit/ptrkind.py) looks for a context rule first.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field

from rvjit import abi, bpf, ptrkind, upper
from rvjit.generated.emit import FRAMES, RULES
from rvjit.program import PSEUDO_MAP_IDX, PSEUDO_MAP_IDX_VALUE, Program, normalise_map_fds
from rvjit.rules.frame import frame_for
from proofs.obligations import IMAGE_LIMIT
from semantics.ebpf import ATOMIC, LD_IMM64, LDX, LOAD_ACQ, ST, STX, cls_of, mode_of, size_of

MAX_PASSES = 32
ISA_NAMES = ("zba", "zbb", "c", "zacas")
PROG_TYPES = ("xdp", "sched_cls", "sched_act", "raw")
BPF_MAP_TYPE_ARRAY = 2


class JitError(bpf.BpfError):
    pass


def parse_isa(text: str | None) -> frozenset:
    """'zba,zbb,c' -> frozenset; '' or None -> base RV64IM."""
    isa = frozenset(x.strip().lower() for x in (text or "").split(",") if x.strip())
    bad = isa - set(ISA_NAMES)
    if bad:
        raise ValueError(f"unknown ISA extension(s): {', '.join(sorted(bad))} "
                         f"(known: {', '.join(ISA_NAMES)})")
    return isa


def candidates(insn: bpf.Insn, ctx: str | None = None):
    """The pattern keys (code, off, imm, src, ctx) an instruction can match, most specific
    first (rules.base.lookup_order): the first that has rules decides."""
    for src in (insn.src, None):
        for c in ((ctx, None) if ctx else (None,)):
            for off, imm in ((insn.off, insn.imm), (insn.off, None), (None, insn.imm), (None, None)):
                yield (insn.code, off, imm, src, c)


_LOOKUP = {}        # (code, off, imm, src, ctx) -> the key of the pattern that decides


def _rules_of(insn, ctx):
    """RULES of the pattern that decides for this instruction (the key is remembered, the
    rules are looked up each time: tools patch RULES in place)."""
    key = (insn.code, insn.off, insn.imm, insn.src, ctx)
    found = _LOOKUP.get(key, False)
    if found is False:
        found = _LOOKUP[key] = next((k for k in candidates(insn, ctx) if k in RULES), None)
    return RULES[found] if found is not None else ()


def select(insn: bpf.Insn, dist: int, isa: frozenset, ctx: str | None = None,
           hi_dead: bool = False):
    """The rule that translates `insn` when its target is `dist` bytes away; `ctx`: the
    instruction is a load or store whose base is that context ("xdp", "tc"); `hi_dead`: no
    later instruction reads dst's upper half (rvjit/upper.py)."""
    rules = _rules_of(insn, ctx)
    if not rules:
        raise JitError(insn.index, f"no rule translates opcode {insn.code:#04x} with off={insn.off}")
    args = (insn.dst, insn.src, insn.off & 0xFFFF, insn.imm & 0xFFFFFFFF, insn.imm64,
            dist & 0xFFFFFFFFFFFFFFFF, "c" in isa, hi_dead)
    for r in rules:
        if set(r.isa) <= isa and r.guard(*args):
            return r, args
    raise JitError(insn.index, f"no rule's guard holds for {bpf.disasm(insn)} (dist={dist})")


@dataclass
class Fragment:
    insn: bpf.Insn
    rule: str
    offset: int
    code: bytes


@dataclass
class Function:
    """Where one function of the program is in the image."""
    start: int                  # its first eBPF slot
    entry: int                  # offset of its prologue: what a call enters
    frame: str                  # the proven frame it has
    prologue: bytes
    epilogue_offset: int
    stub_offset: int | None     # the tail stub (main function of a program that tail calls)
    end: int                    # offset just past it
    callback: bool = False      # its address is taken (a helper may call it)


@dataclass
class Image:
    code: bytes
    fragments: list
    prologue: bytes             # the main function's
    epilogue_offset: int        # the main function's
    isa: frozenset
    passes: int
    meta: dict = field(default_factory=dict)
    functions: list = field(default_factory=list)
    maps: list = field(default_factory=list)      # MapSpec (None: raw bytecode, type unknown)
    helpers: tuple = ()         # helper ids the image calls (the tail call is inline)
    stack_bytes: int = 0        # the RV stack of the deepest call chain
    tail_calls: bool = False
    needs_rt: bool = False      # it reads the runtime table (a1 at entry)
    prog_type: str = "raw"
    prog_arrays: tuple = ()     # map indices tail calls go through
    contexts: dict = field(default_factory=dict)  # slot -> the context its base is

    def context_codes(self, slots: int) -> bytes:
        """One byte per slot: the RVJIT_CTX_* of each memory instruction's base, the kernel
        module's @ctxs of rvjit_compile() (kmod/rvjit_jit.h)."""
        out = bytearray(slots)
        for k, c in self.contexts.items():
            out[k] = abi.CONTEXTS[c].code
        return bytes(out)

    def description(self) -> dict:
        """What a runtime needs to run the image (docs/abi.md sections 3, 4 and 8)."""
        return {"prog_type": self.prog_type, "isa": sorted(self.isa), "size": len(self.code),
                "entries": {f.start: f.entry for f in self.functions},
                "maps": [None if m is None else m.name for m in self.maps],
                "helpers": list(self.helpers), "stack_bytes": self.stack_bytes,
                "tail_calls": self.tail_calls, "prog_arrays": list(self.prog_arrays)}


# --- the program and its checks ---------------------------------------------------------------

def _program(program, prog_type):
    """(instructions, maps or None when unknown, program type) of any input form."""
    if isinstance(program, Program):
        insns = bpf.decode(program.code)
        return insns, list(program.maps), prog_type or program.prog_type
    if isinstance(program, (bytes, bytearray)):
        # Raw bytecode names maps by fd (numbered here in first-reference order) or by index
        # (as the kernel module's copy does); their types are unknown either way.
        raw = bytes(program)
        if len(raw) % 8 or not raw:
            bpf.decode(raw)                     # its error: truncated, or empty
        by_index = any(c == LD_IMM64 and r >> 4 in (PSEUDO_MAP_IDX, PSEUDO_MAP_IDX_VALUE)
                       for c, r, _, _ in struct.iter_unpack("<BBhi", raw[:len(raw) // 8 * 8]))
        code, fds = normalise_map_fds(raw)
        insns = bpf.decode(code)
        if fds and by_index:
            raise JitError(None, "raw bytecode refers to maps both by fd and by index; their "
                                 "numbering would collide")
        n = len(fds) or max((i.imm + 1 for i in insns if i.code == LD_IMM64 and i.src in
                             (PSEUDO_MAP_IDX, PSEUDO_MAP_IDX_VALUE)), default=0)
        return insns, [None] * n, prog_type or "raw"
    insns = list(program)
    if not insns:
        raise JitError(None, "empty program")
    bpf.check_targets(insns)
    return insns, None, prog_type or "raw"


def _used_bpf_regs(insns) -> set:
    """Registers named by any instruction (a superset of those used: K forms name src=r0);
    the src field of a call or LD_IMM64 says what is called or loaded, not a register."""
    return {r for i in insns for r in ((i.dst,) if i.code in (bpf.JMP | bpf.CALL, LD_IMM64)
                                       else (i.dst, i.src))}


def _call_graph(funcs):
    """function start -> [(call instruction, callee start)]: calls and function references."""
    return {f.start: [(i, bpf.call_target(i)) for i in f.insns if bpf.call_target(i) is not None]
            for f in funcs}


def _check_calls(funcs, graph, frame_bytes) -> int:
    """No recursion, at most MAX_CALL_FRAMES frames in a chain, no tail call outside the main
    function; returns the RV stack of the deepest chain."""
    for f in funcs[1:]:
        for i in f.insns:
            if bpf.is_tail_call(i):
                raise JitError(i.index, f"tail call from the subprogram at insn {f.start}: the "
                                        "count of tail calls left could not be kept across the "
                                        "subprogram's return (docs/abi.md section 8; Linux's "
                                        "riscv64 JIT refuses the combination too)")
    memo = {}

    def walk(start, path):
        if start in memo:
            return memo[start]
        deepest, frames = 0, 1
        for insn, callee in graph[start]:
            if callee in path:
                chain = " -> ".join(f"insn {s}" for s in path + [callee])
                raise JitError(insn.index, f"{bpf.disasm(insn)} makes the call chain {chain} a "
                                           "cycle: recursion is not allowed (as in Linux)")
            if len(path) + 1 > abi.MAX_CALL_FRAMES:
                chain = " -> ".join(f"insn {s}" for s in path + [callee])
                raise JitError(insn.index, f"{bpf.disasm(insn)} makes a call chain of "
                                           f"{len(path) + 1} frames ({chain}): Linux allows "
                                           f"{abi.MAX_CALL_FRAMES} (MAX_CALL_FRAMES)")
            sub, n = walk(callee, path + [callee])
            deepest, frames = max(deepest, sub), max(frames, n + 1)
        memo[start] = (frame_bytes[start] + deepest, frames)
        return memo[start]
    return walk(funcs[0].start, [funcs[0].start])[0]


def _contexts(insns, result, ctx) -> dict:
    """slot -> context name of every memory instruction whose base is the context; refuses
    what the context does not allow and loads at a pointer field whose base is not known."""
    out = {}
    if ctx is None:
        return out
    c = abi.CONTEXTS[ctx]
    for i in insns:
        cls = cls_of(i.code)
        if cls not in (LDX, ST, STX) or i.index not in result.reached:
            continue
        size = size_of(i.code)
        atomic = cls == STX and mode_of(i.code) == ATOMIC
        base = "r" + str(i.src if cls == LDX or atomic and i.imm == LOAD_ACQ else i.dst)
        f = c.field_at(i.off, size)
        kind = result.base_kind(i.index)
        if atomic and kind == "ctx":
            raise JitError(i.index, f"{bpf.disasm(i)}: an atomic operation on the {c.name} "
                                    "context (Linux refuses it too)")
        if kind == "ctx":
            what = "load" if cls == LDX else "store"
            if not (0 <= i.off and i.off + size <= c.bpf_size):
                raise JitError(i.index, f"{bpf.disasm(i)}: {what} outside the {c.name} context "
                                        f"({c.bpf_size} bytes, offset {i.off}, {size} bytes)")
            if f is not None and f.device_off is None:
                raise JitError(i.index, f"{bpf.disasm(i)}: the {c.name} context's {f.name} "
                                        f"(offset {f.off}) is a host kernel object no device has")
            if f is not None and not (cls == LDX and i.off == f.off and size == 4):
                raise JitError(i.index, f"{bpf.disasm(i)}: a {size}-byte {what} of the {c.name} "
                                        f"context's pointer field {f.name} (offset {f.off}): only "
                                        "its 4-byte load is allowed (as in Linux)")
            out[i.index] = ctx
        elif kind == "unknown" and f is not None and cls == LDX:
            raise JitError(i.index, f"{bpf.disasm(i)}: {base} is the context on some paths and not "
                                    f"on others (or the analysis cannot tell), and offset {i.off} is "
                                    f"the context's pointer field {f.name}, which is loaded "
                                    "differently (docs/abi.md section 5); Linux refuses this too "
                                    "(same insn cannot be used with different pointers)")
    return out


def _check_maps(insns, maps, result) -> tuple:
    """Map references name maps the program has; tail calls go through a PROG_ARRAY.
    Returns the map indices tail calls use."""
    for i in insns:
        if i.code != LD_IMM64 or i.src not in (PSEUDO_MAP_IDX, PSEUDO_MAP_IDX_VALUE):
            continue
        if maps is not None and i.imm >= len(maps):
            raise JitError(i.index, f"{bpf.disasm(i)}: map reference to map index {i.imm}, and "
                                    f"the program has {len(maps)} map(s)")
        m = maps[i.imm] if maps is not None else None
        if i.src == PSEUDO_MAP_IDX_VALUE and m is not None and m.type != BPF_MAP_TYPE_ARRAY:
            raise JitError(i.index, f"{bpf.disasm(i)}: a map value reference into map {m.name!r} "
                                    f"(type {m.type}), which has no direct value access (only "
                                    "ARRAY maps have, as in Linux)")
    arrays = set()
    for i in insns:
        if not bpf.is_tail_call(i) or i.index not in result.reached:
            continue
        r2 = result.tail_r2.get(i.index, ptrkind.T)
        idx = {x[1] for x in r2 if isinstance(x, tuple) and x[0] == "map"}
        if not idx or len(idx) != len(r2):
            raise JitError(i.index, f"{bpf.disasm(i)}: R2 is not a map reference on every path "
                                    "(a tail call goes through a PROG_ARRAY)")
        for k in sorted(idx):
            m = maps[k] if maps is not None and k < len(maps) else None
            if m is not None and m.type != abi.BPF_MAP_TYPE_PROG_ARRAY:
                raise JitError(i.index, f"{bpf.disasm(i)}: R2 is map {m.name!r} (type {m.type}), "
                                        "not a PROG_ARRAY")
        arrays |= idx
    return tuple(sorted(arrays))


# --- layout and emission ---------------------------------------------------------------------

def _frame_bytes(f, rvc):
    """(prologue, epilogue, tail stub) bytes of a proven frame."""
    pro, epi, stub = FRAMES[(f.saved, f.stack)]
    pack = lambda words: b"".join(w.to_bytes(n, "little") for w, n in words)
    return pack(pro(rvc)), pack(epi(rvc)), pack(stub(rvc)) if stub else b""


def frame(insns, rvc=False):
    """(prologue, epilogue) bytes of the proven frame of a one-function program that makes no
    call (kept for the tools that size frames)."""
    pro, epi, _ = _frame_bytes(frame_for(_used_bpf_regs(insns)), rvc)
    return pro, epi


def _depends_on_layout(insn) -> bool:
    return insn.code == bpf.JMP | bpf.EXIT or bpf.jump_target(insn) is not None \
        or bpf.call_target(insn) is not None or bpf.is_tail_call(insn)


def compile_program(program, isa=frozenset(), prog_type: str | None = None) -> Image:
    """Compile a Program (rvjit.program), raw bytecode (bytes: map fds are numbered first) or
    decoded instructions into an RV64 image.  `prog_type` decides the context R1 points at
    (docs/abi.md section 5): "xdp", "sched_cls" and "sched_act" have the device's; any other
    ("raw") none, R1 is then a plain pointer.  A Program has its own type, bytes and
    instructions default to "raw"."""
    insns, maps, ptype = _program(program, prog_type)
    ctx = abi.CONTEXT_OF.get(ptype)         # other types have no device context: R1 as it is
    funcs = bpf.functions(insns)
    tail_calls = any(bpf.is_tail_call(i) for i in insns)
    # The analysis answers questions only these programs ask (it is linear in the program,
    # but the test suites' programs are long).
    result = ptrkind.analyse(insns, funcs, ctx is not None) if ctx or tail_calls else None
    contexts = _contexts(insns, result, ctx)
    prog_arrays = _check_maps(insns, maps, result)
    rvc = "c" in isa

    needs_rt = any(bpf.is_call(i) and i.src == 0 or
                   i.code == LD_IMM64 and i.src in (PSEUDO_MAP_IDX, PSEUDO_MAP_IDX_VALUE)
                   for i in insns)
    frames, pieces = {}, {}
    for k, f in enumerate(funcs):
        fr = frame_for(_used_bpf_regs(f.insns), calls=any(bpf.is_call(i) for i in f.insns),
                       rt=needs_rt and k == 0, tail_calls=tail_calls and k == 0)
        frames[f.start] = fr
        pieces[f.start] = _frame_bytes(fr, rvc)
    graph = _call_graph(funcs)
    stack_bytes = _check_calls(funcs, graph, {s: fr.size for s, fr in frames.items()})

    pos = {i.index: k for k, i in enumerate(insns)}
    func_of = {i.index: f for f in funcs for i in f.insns}
    # What the rules need besides the instruction: its context base, and whether no later
    # instruction reads dst's upper half (rvjit/upper.py; jumps stay inside a function).
    dead = upper.hi_dead(insns)
    how = lambda i: (contexts.get(i.index), dead[pos[i.index]])

    def place(sizes):
        """Offsets of every instruction and of every function's pieces for these sizes."""
        offsets, where, at = [0] * len(insns), {}, 0
        for f in funcs:
            pro, epi, stub = pieces[f.start]
            where[f.start] = {"entry": at}
            at += len(pro)
            for i in f.insns:
                offsets[pos[i.index]] = at
                at += sizes[pos[i.index]]
            where[f.start]["epilogue"] = at
            at += len(epi)
            where[f.start]["stub"] = at if stub else None
            at += len(stub)
            where[f.start]["end"] = at
        return offsets, where, at

    def dist(i, offsets, where) -> int:
        """Bytes from this instruction's code to where it goes: a jump's target, the epilogue
        (EXIT), the called or referenced function's prologue, the tail stub."""
        at = offsets[pos[i.index]]
        if i.code == bpf.JMP | bpf.EXIT:
            return where[func_of[i.index].start]["epilogue"] - at
        if bpf.is_tail_call(i):
            return where[funcs[0].start]["stub"] - at
        t = bpf.call_target(i)
        if t is not None:
            return where[t]["entry"] - at
        t = bpf.jump_target(i)
        return 0 if t is None else offsets[pos[t]] - at

    # Start from the shortest form of everything that depends on the layout and grow: sizes
    # only grow, and growing a size only lengthens distances, so the passes converge on the
    # least fixed point.  Fragments that do not depend on the layout are emitted once.
    fixed = {k: _emit(i, 0, isa, rvc, *how(i)) for k, i in enumerate(insns)
             if not _depends_on_layout(i)}
    sizes = [len(fixed[k][1]) if k in fixed else _size(i, 0, isa, rvc, *how(i))
             for k, i in enumerate(insns)]
    for passes in range(1, MAX_PASSES + 1):
        offsets, where, total = place(sizes)
        new = [_size(i, dist(i, offsets, where), isa, rvc, *how(i)) if k not in fixed else s
               for k, (i, s) in enumerate(zip(insns, sizes))]
        if new == sizes:
            break
        sizes = new
    else:
        raise JitError(None, f"layout did not converge in {MAX_PASSES} passes")
    if total > IMAGE_LIMIT:
        raise JitError(None, f"image of {total} bytes exceeds the {IMAGE_LIMIT}-byte limit "
                             "under which jump rules are proven exhaustive")

    frags, code, out_funcs = [], bytearray(), []
    for f in funcs:
        pro, epi, stub = pieces[f.start]
        w = where[f.start]
        if len(code) != w["entry"]:
            raise JitError(f.start, f"layout check: function at {len(code)}, expected {w['entry']}")
        code += pro
        for i in f.insns:
            k = pos[i.index]
            if len(code) != offsets[k]:
                raise JitError(i.index, f"layout check: fragment at {len(code)}, expected {offsets[k]}")
            r, b = fixed.get(k) or _emit(i, dist(i, offsets, where), isa, rvc, *how(i))
            if len(b) != sizes[k]:
                raise JitError(i.index, f"layout check: rule {r.name} emitted {len(b)} bytes, "
                                        f"not the {sizes[k]} the layout converged on")
            frags.append(Fragment(i, r.name, offsets[k], b))
            code += b
        if len(code) != w["epilogue"]:
            raise JitError(None, f"layout check: body ends at {len(code)}, expected {w['epilogue']}")
        code += epi + stub
        out_funcs.append(Function(f.start, w["entry"], frames[f.start].name, pro, w["epilogue"],
                                  w["stub"], w["end"], f.callback))
    if len(code) != total:
        raise JitError(None, f"layout check: image ends at {len(code)}, expected {total}")
    helpers = tuple(sorted({i.imm for i in insns if bpf.is_call(i) and i.src == 0}))
    return Image(bytes(code), frags, out_funcs[0].prologue, out_funcs[0].epilogue_offset, isa,
                 passes, functions=out_funcs, maps=list(maps or []), helpers=helpers,
                 stack_bytes=stack_bytes, tail_calls=tail_calls, needs_rt=needs_rt, prog_type=ptype,
                 prog_arrays=prog_arrays, contexts=contexts)


def _emit(insn, dist, isa, rvc, ctx=None, hi_dead=False):
    r, args = select(insn, dist, isa, ctx, hi_dead)
    return r, b"".join(w.to_bytes(n, "little") for w, n in r.emit(*args))     # (rvc in args)


def _size(insn, dist, isa, rvc, ctx=None, hi_dead=False) -> int:
    return len(_emit(insn, dist, isa, rvc, ctx, hi_dead)[1])
