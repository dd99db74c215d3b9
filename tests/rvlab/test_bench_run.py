"""make bench-run's instrument: the block counter counts what a per-instruction hook counts,
and an rvjit image in its device context does what the emulator's run of the corpus does."""
from __future__ import annotations

import shutil

import pytest
from unicorn import UC_HOOK_CODE

from rvjit.jit import compile_program, parse_isa
from rvlab import bench_run, corpus


def test_counts_a_two_instruction_program():
    c = bench_run.Counter((0x00200513).to_bytes(4, "little") + (0x00008067).to_bytes(4, "little"))
    assert c.run(bench_run.rvjit_ctx(60), bytes(60))[:2] == (2, 2)       # li a0, 2; ret


def test_block_counts_equal_instruction_counts_and_results_match_the_emulator():
    if not shutil.which("clang"):
        pytest.fail("clang is needed (Debian package clang)")
    entry = next(e for e in corpus.build() if e.name == "tcp_options.v2")
    for isa in (frozenset(), parse_isa("c")):
        code = compile_program(entry.code(), isa).code
        c = bench_run.Counter(code)
        seen = [0]
        c.uc.hook_add(UC_HOOK_CODE, lambda uc, a, s, _: seen.__setitem__(0, seen[0] + 1),
                      begin=bench_run.CODE, end=bench_run.CODE + len(code) - 1)
        for _, p in corpus.sample_packets(mutants=4):
            seen[0] = 0
            n, ret, out = c.run(bench_run.rvjit_ctx(len(p)), p)
            assert n == seen[0] > 5
            assert (ret, out) == corpus.run_xdp(code, p, isa, backend="unicorn")
