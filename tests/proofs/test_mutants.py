"""A proof must be able to fail: corrupt rules in every way a JIT goes wrong and check that
the prover refuses each one with a counterexample naming the broken obligation.  Includes the
historical Linux riscv64 JIT bugs Jitterbug found (missing ALU32 zero-extension,
1e692f09e091; auipc+jalr range, 489553dd13a8)."""
from __future__ import annotations

import dataclasses

import pytest

from proofs.prove import check_exhaustive, prove_rule
from rvjit import ir
from rvjit.rules import TABLE
from rvjit.rules.base import D, S, T1, ZERO, asm

RULES = {r.name: r for r in TABLE.rules}
TCC = ir.Const(23, 5)


def reg(name):
    from rvjit.regmap import X
    return ir.Const(X[name], 5)


def mutate(name, **changes):
    return dataclasses.replace(RULES[name], **changes)


def field(instr, name):
    return dict(instr.fields)[name]


def with_field(instr, name, value):
    return dataclasses.replace(instr, fields=tuple((n, value if n == name else e)
                                                   for n, e in instr.fields))


def template(name):
    return list(RULES[name].template)


def mutants():
    t = template("alu64_add_k_imm12")
    yield "wrong immediate", mutate("alu64_add_k_imm12", template=(
        with_field(t[0], "imm", field(t[0], "imm") + 1),)), "1. eBPF registers"

    # Jitterbug's 1e692f09e091: ALU32 add left its result sign-extended.
    yield "dropped zero-extension", mutate("alu32_add_x", template=tuple(template("alu32_add_x")[:1])), \
        "1. eBPF registers"

    yield "swapped operands", mutate("alu64_sub_x", template=(asm.sub(D, S, D),)), "1. eBPF registers"

    yield "wrong opcode", mutate("alu64_srl_x", template=(asm.sra(D, D, S),)), "1. eBPF registers"

    t = template("alu32_lsh_k")
    yield "off-by-one shift", mutate("alu32_lsh_k", template=(
        t[0], with_field(t[1], "imm", ir.Const(31, 64)))), "1. eBPF registers"

    yield "wrong register", mutate("alu64_add_x", template=(asm.add(S, D, S),)), "1. eBPF registers"

    yield "wrong branch target", mutate("exit_jal", template=(asm.jal(ZERO, ir.dist + 4),)), \
        "3. control flow"

    # Jitterbug's 489553dd13a8: auipc+jalr does not reach [2^31 - 2^11, 2^31).
    yield "auipc+jalr range +-2^31", mutate("exit_far", guard=ir.all_of(
        ir.sge(ir.dist, -(1 << 31)), ir.slt(ir.dist, 1 << 31))), "3. control flow"

    t = template("exit_far")
    yield "auipc+jalr low part not sign-compensated", mutate("exit_far", template=(
        with_field(t[0], "imm", ir.zext(64, ir.extract(31, 12, ir.dist))), t[1])), "3. control flow"

    yield "undeclared temporary", mutate("alu64_divu_x", temps=()), "4. frame"

    yield "clobbers a callee-saved register", mutate("alu64_mov_x", template=(
        asm.addi(D, S, 0), asm.addi(ir.Const(8, 5), ZERO, 0))), "4. frame"

    yield "unencodable immediate", mutate("alu64_add_k_imm12", guard=ir.fits_signed(ir.sext(64, ir.imm), 13)), \
        "5. encodable"

    yield "division by zero unguarded", mutate("alu64_divu_x", template=(asm.divu(D, D, S),)), \
        "1. eBPF registers"

    yield "lui+addi instead of lui+addiw", mutate("ld_imm64_lui_addiw", template=(
        template("ld_imm64_lui_addiw")[0],
        dataclasses.replace(template("ld_imm64_lui_addiw")[1], mnemonic="addi"))), "1. eBPF registers"

    yield "signed shift for unsigned", mutate("alu32_rsh_k", template=(
        template("alu32_rsh_k")[0], dataclasses.replace(template("alu32_rsh_k")[1], mnemonic="srai"))), \
        "1. eBPF registers"

    yield "temp aliases a mapped register", mutate("alu64_mul_k_lui_addiw", temps=(15,)), "not a declared scratch"

    # Jumps.
    yield "branch operands swapped", mutate("jmp_jgt_x_near", template=(
        asm.bltu(D, S, ir.dist),)), "3. control flow"
    yield "unsigned compare for a signed jump", mutate("jmp_jsgt_x_near", template=(
        asm.bltu(S, D, ir.dist),)), "3. control flow"
    yield "JMP32 compares 64 bits", mutate("jmp32_jlt_x_near", template=(
        asm.bltu(D, S, ir.dist),), guard=ir.fits_signed(ir.dist, 13)), "3. control flow"
    t = template("jmp_jeq_x_jal")
    yield "inverted branch skips too little", mutate("jmp_jeq_x_jal", template=(
        with_field(t[0], "imm", ir.Const(4, 64)), t[1])), "3. control flow"
    # Jitterbug's 489553dd13a8 again, in a conditional jump's far form.
    from rvjit.rules.jmp import far_range
    g = RULES["jmp_jne_x_far"].guard
    yield "conditional far range +-2^31", mutate("jmp_jne_x_far", guard=ir.all_of(
        ir.sge(ir.dist - 4, -(1 << 31)), ir.slt(ir.dist - 4, 1 << 31))), "3. control flow"
    assert far_range is not None and g is not None

    # Memory.
    t = template("ldx_w_off12")
    yield "sign-extending load for LDX", mutate("ldx_w_off12", template=(
        dataclasses.replace(t[0], mnemonic="lw"),)), "1. eBPF registers"
    yield "load of the wrong width", mutate("ldx_d_off12", template=(
        dataclasses.replace(template("ldx_d_off12")[0], mnemonic="lwu"),)), "2. memory trace"
    yield "store of the wrong width", mutate("stx_w_off12", template=(
        dataclasses.replace(template("stx_w_off12")[0], mnemonic="sd"),)), "2. memory trace"
    t = template("st_w_imm_lui_addiw_off12")
    yield "store to the wrong address", mutate("st_w_imm_lui_addiw_off12", template=(
        *t[:-1], with_field(t[-1], "imm", field(t[-1], "imm") + 4))), "2. memory trace"
    t = template("ldx_b_off_lui_addiw")
    yield "large offset without the base", mutate("ldx_b_off_lui_addiw", template=(
        t[0], t[1], t[3])), "2. memory trace"

    # Calls: the callee is the psABI contract (semantics/rv64.py call_out).
    t = template("call_helper")
    yield "a call that loses R6 (clobbers s1)", mutate("call_helper", template=(
        *t, asm.addi(reg("s1"), reg("a0"), 0))), "1. eBPF registers"
    yield "a call that loses a callee-saved register outside the map (s8)", mutate(
        "call_helper", template=(*t, asm.addi(reg("s8"), reg("a0"), 0))), "4. frame"
    yield "a call that clobbers RT (s6)", mutate("call_helper", template=(
        *t, asm.addi(reg("s6"), reg("a0"), 0))), "1. eBPF registers"
    yield "an argument in the wrong register", mutate("call_helper", template=(
        t[0], asm.addi(reg("a1"), reg("a2"), 0), *t[1:])), "2. memory trace"
    yield "R0 not taken from a0 after the call", mutate("call_helper", template=tuple(t[:2])), \
        "1. eBPF registers"
    yield "a helper table offset off by 8", mutate("call_helper", template=(
        with_field(t[0], "imm", field(t[0], "imm") + 8), *t[1:])), "2. memory trace"
    t = template("call_helper_lui")
    yield "a far helper slot without RT", mutate("call_helper_lui", template=(
        t[0], t[2], *t[3:])), "2. memory trace"
    yield "a call whose clobbers are not declared", mutate("call_helper", clobbers=()), "4. frame"
    t = template("call_local_jal")
    yield "a bpf-to-bpf call to the wrong function", mutate("call_local_jal", template=(
        with_field(t[0], "imm", ir.dist + 4), t[1])), "2. memory trace"
    yield "a bpf-to-bpf call with a jump, not a call (no link)", mutate(
        "call_local_jal", template=(with_field(t[0], "rd", ZERO), t[1])), \
        ("2. memory trace", "3. control flow")

    # Tail calls.
    t = template("tail_call_jal")
    is_ = lambda i, mn, **f: i.mnemonic == mn and all(field(i, k).key() == ir.lift(v, 5).key()
                                                      for k, v in f.items())
    yield "a tail call without the count check", mutate("tail_call_jal", template=tuple(
        i for i in t if not is_(i, "beq", rs1=TCC))), ("1. eBPF registers", "3. control flow")
    yield "a tail call without the decrement", mutate("tail_call_jal", template=tuple(
        i for i in t if not is_(i, "addi", rd=TCC, rs1=TCC))), ("1. eBPF registers", "3. control flow")
    yield "a tail call that skips the bounds check", mutate("tail_call_jal", template=tuple(
        i for i in t if i.mnemonic != "bgeu")), ("2. memory trace", "3. control flow")
    yield "a tail call that skips the NULL check", mutate("tail_call_jal", template=tuple(
        i for i in t if not is_(i, "beq", rs1=reg("t3")))), ("2. memory trace", "3. control flow")
    yield "a tail call with a signed index", mutate("tail_call_jal", template=(  # same length
        asm.addiw(T1, reg("a2"), 0).as_fixed(), asm.addi(T1, T1, 0).as_fixed(), *t[2:])), "2. memory trace"
    yield "a tail call into the wrong slot half (rt as entry)", mutate("tail_call_jal", template=tuple(
        with_field(i, "imm", ir.Const(16, 64)) if is_(i, "ld", rd=reg("t3")) else i for i in t)), \
        "2. memory trace"

    # Map references and context loads.
    t = template("ld_map")
    yield "a map reference reading the wrong slot (value base for handle)", mutate(
        "ld_map", template=(with_field(t[0], "imm", field(t[0], "imm") + 8),)), "2. memory trace"
    t = template("ld_map_value_addi")
    yield "a map value reference without the offset", mutate(
        "ld_map_value_addi", template=(t[0],)), "1. eBPF registers"
    t = template("ld_map_value_uw")
    yield "a large map value offset sign-extended", mutate(
        "ld_map_value_uw", template=(*t[:3], t[-1])), "1. eBPF registers"
    yield "a context load of the wrong device field", mutate("ctx_xdp_data", template=(
        asm.ld(D, S, 32),)), "2. memory trace"
    yield "a context load of the wrong width", mutate("ctx_xdp_data", template=(
        asm.lwu(D, S, 24),)), "2. memory trace"
    yield "a context load as the eBPF structure has it", mutate("ctx_tc_data", template=(
        asm.lwu(D, S, 76),)), "2. memory trace"

    yield from compressed_layout_mutants()
    yield from atomic_mutants()


def compressed_layout_mutants():
    """Templates whose offsets depend on compression (issue 15): with rvc on, a compressible
    prefix is 2 bytes, so a branch after it must say so, and what a fixed distance skips
    must stay 4 bytes."""
    t = template("jmp_jeq_k_imm12_near")        # li t2, imm (c.li when it fits); beq
    # (With rvc on it lands 2 bytes short; the model may also be one where dist - 4 is beyond
    # beq's reach, which the guard, written for dist - 2, lets through.)
    yield "branch after a compressed prefix assumes 4 bytes", mutate("jmp_jeq_k_imm12_near", template=(
        t[0], with_field(t[1], "imm", ir.dist - 4))), ("3. control flow", "5. encodable fields")
    t = template("jmp_jeq_x_jal")               # bne +8 (fixed); jal (fixed)
    yield "branch over a jal that compresses to c.j", mutate("jmp_jeq_x_jal", template=(
        t[0], dataclasses.replace(t[1], fixed=False))), "3. control flow"


def atomic_mutants():
    """Atomics (issue 13): each way an atomic translation goes wrong."""
    from rvjit.rules.atomic import FENCE_R_RW, R0
    T2, T3 = ir.Const(7, 5), ir.Const(28, 5)
    t = template("atomic_w_fetch_add_off0")
    yield "fetch without zero-extension", mutate("atomic_w_fetch_add_off0", template=(t[0],)), \
        "1. eBPF registers"
    yield "aq/rl dropped from a fetch op", mutate("atomic_w_fetch_add_off0", template=(
        with_field(with_field(t[0], "aq", ir.Const(0, 64)), "rl", ir.Const(0, 64)), *t[1:])), \
        "2. memory trace"
    yield "plain load/op/store instead of an AMO", mutate("atomic_w_fetch_add_off0", template=(
        asm.lw(T1, D, 0), asm.addw(T2, T1, S), asm.sw(D, T2, 0), asm.addi(S, T1, 0), *t[1:]),
        temps=(6, 7)), "2. memory trace"
    t = template("atomic_w_add_off0")
    yield "an AMO on the wrong width", mutate("atomic_w_add_off0", template=(
        dataclasses.replace(t[0], mnemonic="amoadd.d"),)), "2. memory trace"

    t = template("atomic_w_cmpxchg_off0")        # addiw t2; lr.aq; bne; sc.aqrl; bnez; zext
    yield "cmpxchg comparing 64 bits for W", mutate("atomic_w_cmpxchg_off0", template=(
        dataclasses.replace(t[0], mnemonic="addi"), *t[1:])), "2. memory trace"
    # Linux's lr/sc path leaves R0 as lr.w sign-extended it, for the verifier's zext.
    yield "cmpxchg R0 not zero-extended (Linux's lr/sc path)", mutate(
        "atomic_w_cmpxchg_off0", template=tuple(t[:5])), "1. eBPF registers"
    # (Without the bnez the bne +12 lands inside the zero-extension, which moves with rvc:
    # the counterexample may be the control leaving there.)
    yield "sc result ignored", mutate("atomic_w_cmpxchg_off0", template=(*t[:4], *t[5:])), \
        ("1. eBPF registers", "2. memory trace", "3. control flow")
    yield "lr without aq (failed cmpxchg unordered)", mutate("atomic_w_cmpxchg_off0", template=(
        t[0], with_field(t[1], "aq", ir.Const(0, 64)), *t[2:])), "2. memory trace"
    yield "spins on a mismatch instead of failing", mutate("atomic_w_cmpxchg_off0", template=(
        t[0], t[1], asm.bne(R0, T2, -4), *t[3:])), "6. loop"
    yield "retry branch not to the lr (not a constrained LR/SC loop)", mutate(
        "atomic_w_cmpxchg_off0", template=(*t[:4], asm.bne(T3, ZERO, -16), *t[5:])), \
        "does not start with lr"
    t = template("atomic_d_cmpxchg_off0_zacas")
    yield "amocas without release", mutate("atomic_d_cmpxchg_off0_zacas", template=(
        with_field(t[0], "rl", ir.Const(0, 64)),)), "2. memory trace"

    t = template("store_release_w_off12")        # fence rw,w; sw
    yield "the fence after a store-release", mutate("store_release_w_off12", template=(t[1], t[0])), \
        "2. memory trace"
    yield "store-release fence w,w", mutate("store_release_w_off12", template=(
        asm.fence(0b0001, 0b0001), t[1])), "2. memory trace"
    t = template("load_acquire_w_off12")         # lwu; fence r,rw
    yield "load-acquire without its fence", mutate("load_acquire_w_off12", template=(t[0],)), \
        "2. memory trace"
    yield "load-acquire fence before the load", mutate("load_acquire_w_off12", template=(
        FENCE_R_RW, t[0])), "2. memory trace"


CASES = list(mutants())


@pytest.mark.parametrize("kind,rule,obligation", CASES, ids=[c[0] for c in CASES])
def test_prover_refuses(kind, rule, obligation):
    """Refused, with the obligation it breaks (one of them, where the solver may pick a
    counterexample that breaks another first) and what differs."""
    res = prove_rule(rule)
    assert res["status"] == "failed", f"{kind}: mutant of {rule.name} was {res['status']}"
    names = (obligation,) if isinstance(obligation, str) else obligation
    failed = res["detail"].splitlines()[0]
    ok = [n for n in names if n in failed]
    assert ok, res["detail"]
    if "2. memory trace" in failed and "failed obligation" in failed:
        assert "<-- first difference" in res["detail"], res["detail"]
    if "3. control flow" in failed:
        assert "control: RV64 ends at" in res["detail"], res["detail"]
    if ok[0].startswith("1."):
        assert "<-- differs" in res["detail"] and "eBPF gives" in res["detail"], res["detail"]


def test_kinds_cover_the_standard():
    kinds = {c[0] for c in CASES}
    for k in ("wrong immediate", "dropped zero-extension", "swapped operands", "wrong opcode",
              "off-by-one shift", "wrong register", "wrong branch target",
              # issue 13's list
              "fetch without zero-extension", "cmpxchg comparing 64 bits for W",
              "plain load/op/store instead of an AMO", "aq/rl dropped from a fetch op",
              "the fence after a store-release", "sc result ignored"):
        assert k in kinds


def test_unmutated_rules_prove():
    """The same rules, uncorrupted, are proven (so the failures above are the mutations')."""
    for name in {c[1].name for c in CASES}:
        assert prove_rule(RULES[name])["status"] == "proven", name


def test_exhaustiveness_fails_without_catch_all():
    pats = TABLE.by_pattern()
    pattern = next(p for p in pats if p.code == 0xB7)          # ALU64 MOV K
    rules = [r for r in pats[pattern] if not r.name.endswith("lui_addiw")]
    res = check_exhaustive(pattern, rules)
    assert res["status"] == "failed" and "no base-ISA rule covers imm=" in res["detail"]
    assert check_exhaustive(pattern, pats[pattern])["status"] == "proven"


def test_extension_rules_do_not_count_for_exhaustiveness():
    pats = TABLE.by_pattern()
    pattern = next(p for p in pats if p.code == 0xD4 and p.imm == 16)   # le16
    only_zbb = [r for r in pats[pattern] if "zbb" in r.isa]
    assert only_zbb and check_exhaustive(pattern, only_zbb)["status"] == "failed"


def test_wrong_compressions_are_refused():
    """Compressions are proven too: a C form under a too-weak condition must fail."""
    from proofs.prove import prove_compression
    from rvjit.rules import compress as C
    from rvjit.rules.compress import COMPRESSIONS, Compression
    by = {(c.base, c.cform): c for c in COMPRESSIONS}
    bad = [
        # c.addi is rd += imm: without rd == rs1 it computes something else.
        Compression("addi", "c.addi", ir.all_of(ir.ne(C.rd, 0), C._nzimm6(C.i)), (C.rd, C.i)),
        # c.srli only names x8..x15.
        Compression("srli", "c.srli", ir.all_of(ir.eq(C.rd, C.rs1), ir.ne(C.i, 0)), (C.rd, C.i)),
        # c.li's immediate is 6 bits.
        Compression("addi", "c.li", ir.all_of(ir.eq(C.rs1, 0), ir.ne(C.rd, 0),
                                              ir.fits_signed(C.i, 7)), (C.rd, C.i)),
        # c.sub is rd - rs2, not rs2 - rd.
        Compression("sub", "c.sub", by[("sub", "c.sub")].cond, (C.rs2, C.rd)),
        # c.beqz names x8..x15 only, and reaches +-256 bytes.
        Compression("beq", "c.beqz", ir.all_of(ir.eq(C.rs2, 0), ir.fits_signed(C.i, 9)),
                    (C.rs1, C.i)),
        Compression("beq", "c.beqz", ir.all_of(ir.eq(C.rs2, 0), C.creg(C.rs1),
                                               ir.fits_signed(C.i, 10)), (C.rs1, C.i)),
        # beq is not c.bnez.
        Compression("beq", "c.bnez", by[("beq", "c.beqz")].cond, (C.rs1, C.i)),
        # c.ldsp scales its offset by 8: a multiple of 4 does not encode.
        Compression("ld", "c.ldsp", ir.all_of(ir.eq(C.rs1, C.SP), ir.ne(C.rd, 0),
                                              C._uimm(C.i, 9, 4)), (C.rd, C.i)),
        # c.sdsp stores to sp: any other base is a different address.
        Compression("sd", "c.sdsp", ir.all_of(C._uimm(C.i, 9, 8)), (C.rs2, C.i)),
        # c.sd's address register and data register swapped.
        Compression("sd", "c.sd", by[("sd", "c.sd")].cond, (C.rs2, C.rs1, C.i)),
        # c.addi16sp adds a multiple of 16.
        Compression("addi", "c.addi16sp", ir.all_of(ir.eq(C.rd, C.SP), ir.eq(C.rs1, C.SP),
                                                    ir.ne(C.i, 0), ir.fits_signed(C.i, 10)),
                    (C.i,)),
    ]
    for c in bad:
        res = prove_compression(c)
        assert res["status"] == "failed" and "fails for" in res["detail"], (c.key(), res)
    for c in COMPRESSIONS:
        assert prove_compression(c)["status"] == "proven", c.key()


def test_wrong_frames_are_refused():
    """The prologue/epilogue contract can fail: wrong slot, missing restore, unaligned frame,
    R0 not returned, a clobbered callee-saved register."""
    from proofs.prove import prove_frame
    from rvjit.rules import frame as F

    base = next(f for f in F.FRAMES if len(f.saved) == 3 and f.stack)

    class Mutant(F.Frame):
        def __init__(self, name, prologue=None, epilogue=None, size=None):
            super().__init__(base.saved, base.stack)
            object.__setattr__(self, "_m", (name, prologue, epilogue, size))

        @property
        def name(self):
            return "mutant_" + self._m[0]

        @property
        def size(self):
            return self._m[3] if self._m[3] is not None else base.size

        def prologue(self):
            return self._m[1]() if self._m[1] else F.Frame.prologue(self)

        def epilogue(self):
            return self._m[2]() if self._m[2] else F.Frame.epilogue(self)

    def epi_wrong_slot():
        e = base.epilogue()
        e[1] = dataclasses.replace(e[1], fields=(e[1].fields[0], e[1].fields[1],
                                                 ("imm", ir.Const(base.slot(1), 64))))
        return e

    mutants = [
        # A subprogram's prologue that leaves R10 the caller's: the callee's stack would be
        # the caller's (a bpf-to-bpf call with the caller's R10).
        ("R10 not set", Mutant("r10", prologue=lambda: base.prologue()[:-1]), "prologue: R10"),
        ("restore from the wrong slot", Mutant("slot", epilogue=epi_wrong_slot),
         ("callee-saved restored", "loads only the slots")),
        ("a register not restored", Mutant("norestore", epilogue=lambda: [
            i for k, i in enumerate(base.epilogue()) if k != 2]), "callee-saved restored"),
        ("frame not 16-byte aligned", Mutant("align", size=base.size - 8), "prologue: sp"),
        ("R0 not returned", Mutant("ret", epilogue=lambda: base.epilogue()[1:]), "a0 = R0"),
        ("prologue clobbers s0", Mutant("s0", prologue=lambda: base.prologue() + [
            asm.addi(ir.Const(8, 5), ZERO, 0)]), "prologue: other registers"),
    ]
    for what, m, words in mutants:
        res = prove_frame(m)
        words = (words,) if isinstance(words, str) else words
        assert res["status"] == "failed" and any(w in res["detail"] for w in words), (what, res)
    assert prove_frame(base)["status"] == "proven"


def test_wrong_call_and_tail_frames_are_refused():
    """The frames of whole programs: the main entry of a program with calls and tail calls
    (ra, s6 = RT, s7 = TCC) and its tail stub."""
    from proofs.prove import prove_frame
    from rvjit.rules import frame as F
    from rvjit.regmap import X

    base = F.frame_for({6, 7, 10}, calls=True, rt=True, tail_calls=True)
    assert base.saved[0] == X["ra"] and base.tail_calls

    def drop(instrs, pred):
        return [i for i in instrs if not pred(i)]

    def is_(i, mn, **f):
        return i.mnemonic == mn and all(field(i, k).key() == ir.Const(v, 5).key() for k, v in f.items())

    class Mutant(F.Frame):
        def __init__(self, name, prologue=None, epilogue=None, stub=None):
            super().__init__(base.saved, base.stack)
            object.__setattr__(self, "_m", (name, prologue, epilogue, stub))

        @property
        def name(self):
            return "mutant_" + self._m[0]

        def prologue(self):
            return self._m[1]() if self._m[1] else F.Frame.prologue(self)

        def epilogue(self):
            return self._m[2]() if self._m[2] else F.Frame.epilogue(self)

        def tail_stub(self):
            return self._m[3]() if self._m[3] else F.Frame.tail_stub(self)

    mutants = [
        ("RT not taken from a1", Mutant("rt", prologue=lambda: drop(
            base.prologue(), lambda i: is_(i, "addi", rd=X["s6"]))), "RT and TCC"),
        ("TCC from the wrong register", Mutant("tcc", prologue=lambda: [
            asm.addi(reg("s7"), reg("a1"), 0) if is_(i, "addi", rd=X["s7"]) else i
            for i in base.prologue()]), "RT and TCC"),
        ("ra not restored", Mutant("ra", epilogue=lambda: drop(
            base.epilogue(), lambda i: is_(i, "ld", rd=X["ra"]))), "sp and ra"),
        ("tail stub keeps the frame (sp)", Mutant("stubsp", stub=lambda: drop(
            base.tail_stub(), lambda i: is_(i, "addi", rd=X["sp"]))), "tail stub: sp and ra"),
        ("tail stub without restoring R6", Mutant("stubs1", stub=lambda: drop(
            base.tail_stub(), lambda i: is_(i, "ld", rd=X["s1"]))), "tail stub: callee-saved"),
        ("tail stub returns R0 (clobbers a0)", Mutant("stuba0", stub=lambda: [
            asm.addi(reg("a0"), reg("a5"), 0)] + base.tail_stub()), "a0-a2 kept"),
        ("tail stub returns instead of entering t3", Mutant("stubra", stub=lambda: base.tail_stub()[:-1] + [
            asm.jalr(ZERO, reg("ra"), 0)]), "enters t3"),
    ]
    for what, m, words in mutants:
        res = prove_frame(m)
        assert res["status"] == "failed" and words in res["detail"], (what, res)
    assert prove_frame(base)["status"] == "proven"


def single_case_mutants():
    """Rules wrong for one register choice only: the prover decides one formula per class
    of register cases that are the same up to renaming (proofs/prove.py), so these check
    that a case treated differently still gets a formula, and a counterexample, of its own.
    (kind, rule, obligation, what the counterexample's dst and src must satisfy)."""
    A, X15, T1n = ir.all_of, ir.Const(15, 5), 6
    # Writes t1 instead of dst for exactly (R3, R7).
    yield "wrong for exactly dst=R3, src=R7", mutate("alu64_add_x", temps=(T1n,), template=(
        asm.add(ir.ite(A(ir.eq(ir.dst, 3), ir.eq(ir.src, 7)), T1, D), D, S),)), \
        "1. eBPF registers", lambda d, s: (d, s) == (3, 7)
    # Compares with zero instead of src for exactly (R2, R9).
    yield "branch wrong for exactly dst=R2, src=R9", mutate("jmp_jeq_x_near", template=(
        asm.beq(D, ir.ite(A(ir.eq(ir.dst, 2), ir.eq(ir.src, 9)), ZERO, S), ir.dist),)), \
        "3. control flow", lambda d, s: (d, s) == (2, 9)
    # x ^= y twice is the identity unless x and y are one register: then dst becomes 0.
    yield "wrong only for dst == src", mutate("alu64_add_x", template=(
        asm.xor(D, D, S), asm.xor(D, D, S), asm.add(D, D, S))), \
        "1. eBPF registers", lambda d, s: d == s
    # Spills a5 to t1 and restores it: harmless unless dst is R0 (a5), whose result it undoes.
    yield "wrong only for dst = R0 (spilled a5)", mutate("alu64_add_x", temps=(T1n,), template=(
        asm.addi(T1, X15, 0), asm.add(D, D, S), asm.addi(X15, T1, 0))), \
        "1. eBPF registers", lambda d, s: d == 0
    yield "K form wrong only for R0", mutate("alu64_add_k_imm12", template=(
        asm.addi(D, ir.ite(ir.eq(ir.dst, 0), ZERO, D), ir.sext(64, ir.imm)),)), \
        "1. eBPF registers", lambda d, s: d == 0
    yield "load base wrong only for src = R10", mutate("ldx_d_off12", template=(
        asm.ld(D, ir.ite(ir.eq(ir.src, 10), ZERO, S), ir.sext(64, ir.off)),)), \
        "2. memory trace", lambda d, s: s == 10


SINGLE = list(single_case_mutants())


@pytest.mark.parametrize("kind,rule,obligation,where", SINGLE, ids=[c[0] for c in SINGLE])
def test_prover_refuses_a_rule_wrong_for_one_register_case(kind, rule, obligation, where):
    import re
    res = prove_rule(rule)
    assert res["status"] == "failed", f"{kind}: mutant of {rule.name} was {res['status']}"
    assert obligation in res["detail"], res["detail"]
    m = re.search(r"operands: dst=(0x[0-9a-f]+), src=(0x[0-9a-f]+)", res["detail"])
    assert m and where(int(m[1], 16), int(m[2], 16)), res["detail"]


def test_register_cases_are_decided_once_per_renaming_class():
    """The reduction is in effect: a conditional X jump has 121 register cases (dst, src in
    R0..R10) and three classes up to renaming (dst == src, dst < src, dst > src: the order
    of the two variables is what z3's simplifier keeps); a 64-bit ALU X rule has 110 cases
    that all simplify to false or to those classes."""
    res = prove_rule(RULES["jmp_jeq_x_near"])
    assert res["status"] == "proven" and res["cases"] == 121 and 1 <= res["solved"] <= 3, res
    res = prove_rule(RULES["ld_imm64_d2_lui_addiw_aa"])
    assert res["status"] == "proven" and res["cases"] == 10 and res["solved"] == 1, res


def test_a_frame_wrong_for_one_subset_of_saved_registers_is_refused(monkeypatch):
    """Every subset of the callee-saved registers a frame may save is its own proof: an
    epilogue and tail stub that forget to restore s7 (TCC) only when s1..s5 are saved too
    are refused for exactly the frames that save all of s1..s5 and s7, and no other."""
    from proofs.prove import prove_frame
    from rvjit.regmap import X
    from rvjit.rules import frame as F

    restore = F.Frame._restore
    s1_s5 = {X[n] for n in ("s1", "s2", "s3", "s4", "s5")}

    def wrong(self):
        out = restore(self)
        if s1_s5 | {X["s7"]} <= set(self.saved):
            out = [i for i in out if not (i.mnemonic == "ld" and field(i, "rd").key()
                                          == ir.Const(X["s7"], 5).key())]
        return out
    monkeypatch.setattr(F.Frame, "_restore", wrong)
    refused = {f.name for f in F.FRAMES if prove_frame(f)["status"] != "proven"}
    meant = {f.name for f in F.FRAMES if s1_s5 | {X["s7"]} <= set(f.saved)}
    assert len(meant) == 4 and refused == meant, (sorted(refused), sorted(meant))
