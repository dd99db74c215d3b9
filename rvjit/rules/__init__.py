"""The rule table, in priority order: for each eBPF instruction the emitter takes the first
rule whose pattern matches, whose ISA extensions are enabled and whose guard holds."""
from rvjit.rules import alu, atomic, call, ctx, end, jmp, ld, ldmap, mem, tail
from rvjit.rules.base import EXTENSIONS, Pattern, Rule, Table, rule  # noqa: F401

TABLE = Table(alu.rules() + end.rules() + ld.rules() + ldmap.rules() + ctx.rules()
              + mem.rules() + atomic.rules() + jmp.rules() + call.rules() + tail.rules())
