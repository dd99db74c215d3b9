"""Generate rvoff_abi.h, the device ABI (docs/abi.md) for C: what a runtime (runtime/) and the
kernel module (kmod/) include.  Every number comes from rvjit/abi.py (and the register map from
rvjit/regmap.py), so the C side cannot drift from what the proofs state."""
from __future__ import annotations

from rvjit import abi, elfimage
from rvjit.regmap import ABI_NAMES, RV_OF_BPF

NAME = "rvoff_abi.h"


def _define(name, value, comment=None) -> str:
    tabs = "\t" * max(1, (40 - len(f"#define {name}") + 7) // 8)
    return f"#define {name}{tabs}{value}" + (f"\t/* {comment} */" if comment else "")


def _struct(name, fields, comment, head=()) -> list:
    out = [f"/* {comment} */", f"struct {name} {{"] + list(head)
    for f, what in fields:
        decl = f"\t__u32 {f};"
        tabs = "\t" * max(1, (32 - 8 - len(decl) + 1 + 7) // 8)
        out.append(decl + (f"{tabs}/* {what} */" if what else ""))
    size = 4 * (len(fields) + len(head))
    assert_ = f"_Static_assert(sizeof(struct {name}) == {size}, \"docs/abi.md section 12\");"
    return out + ["};", assert_, ""]


def _description() -> list:
    """Section 12: the image file's description, as rvjit/elfimage.py packs it."""
    out = ["/* Section 12: the image file's description (sections .rvoff.*), little-endian */",
           _define("RVOFF_DESC_MAGIC", f"\"{elfimage.DESC_MAGIC.decode()}\""),
           _define("RVOFF_DESC_VERSION", elfimage.DESC_VERSION)]
    out += [_define(f"RVOFF_ISA_{x.upper()}", f"(1 << {bit.bit_length() - 1})")
            for x, bit in elfimage.ISA_BITS.items()]
    tail = elfimage.PROG_TAIL_CALLS.bit_length() - 1
    out += [_define("RVOFF_PROG_TAIL_CALLS", f"(1 << {tail})"), ""]
    out += _struct("rvoff_desc_hdr", [(f, None) for f in elfimage.DESC_HDR],
                   ".rvoff.progs: this header, then nprogs struct rvoff_prog_desc",
                   ["\tchar magic[4];\t/* RVOFF_DESC_MAGIC */"])
    out += _struct("rvoff_prog_desc", elfimage.PROG_DESC,
                   "one program: its code in .text, its maps and helpers")
    out += _struct("rvoff_map_desc", elfimage.MAP_DESC, ".rvoff.maps: one per map of the object")
    return out


def render(header: str) -> str:
    x = {n: i for i, n in enumerate(ABI_NAMES)}
    out = ["/* SPDX-License-Identifier: GPL-2.0 */", header.rstrip("\n"),
           "/*", " * The rvjit device ABI (docs/abi.md): what an image expects from whatever runs it.",
           " * Numbers from rvjit/abi.py; the proofs state the same contract.", " */",
           "#ifndef _RVOFF_ABI_H", "#define _RVOFF_ABI_H", "", "#include <linux/types.h>", "",
           "/* Section 2: registers (RISC-V register numbers) */"]
    out += [_define(f"RVOFF_REG_R{i}", rv, ABI_NAMES[rv]) for i, rv in enumerate(RV_OF_BPF)]
    out += [_define("RVOFF_REG_RT", abi.RT, "s6: the runtime table"),
            _define("RVOFF_REG_TCC", abi.TCC, "s7: tail calls left"), "",
            "/* Section 3: entry(ctx, rt, tail_calls_left) */",
            _define("RVOFF_MAX_TAIL_CALL_CNT", abi.MAX_TAIL_CALL_CNT, "a2 at the first entry"),
            "", "/* Section 4: the runtime table, offsets from RT */",
            _define("RVOFF_MAP_HANDLE(i)", f"(-{abi.MAP_SLOTS} * ((i) + 1))"),
            _define("RVOFF_MAP_VALUE(i)", f"(RVOFF_MAP_HANDLE(i) + {abi.SLOT})"),
            _define("RVOFF_HELPER(id)", f"({abi.SLOT} * (id))"),
            _define("RVOFF_MAX_USED_MAPS", abi.MAX_USED_MAPS), "",
            "/* Section 6: helper ids an image may call (enum bpf_func_id), the ABI's helpers */",
            _define("RVOFF_HELPER_ID_FIRST", abi.HELPER_ID_FIRST),
            _define("RVOFF_HELPER_ID_LAST", abi.HELPER_ID_LAST)]
    out += [_define(f"RVOFF_FUNC_{name}", hid) for hid, name in sorted(abi.HELPERS.items())]
    out += [_define("RVOFF_FUNC_tail_call", abi.BPF_FUNC_tail_call, "inline (section 8)")]
    # The same list as a test (the kernel module's insn_hook accepts exactly these)
    out += ["", "/* Whether @id is one of the ABI's helpers */",
            "static inline int rvoff_helper_provided(int id)", "{", "\tswitch (id) {"]
    out += [f"\tcase RVOFF_FUNC_{name}:" for _, name in sorted(abi.HELPERS.items())]
    out += ["\t\treturn 1;", "\tdefault:", "\t\treturn 0;", "\t}", "}"]
    out += ["", "/* Section 7: calls and frames */",
            _define("RVOFF_MAX_CALL_FRAMES", abi.MAX_CALL_FRAMES),
            _define("RVOFF_BPF_STACK", abi.BPF_STACK, "bytes per frame that uses R10"), "",
            "/* Section 5: the device's contexts; pointer fields after the eBPF structure */",
            _define("RVOFF_XDP_PACKET_HEADROOM", abi.XDP_PACKET_HEADROOM, "before data")]
    xdp, tc = abi.XDP, abi.TC
    out += ["struct rvoff_xdp_md {",
            "\t__u32 data32, data_end32, data_meta32;\t/* reserved: never read by images */",
            "\t__u32 ingress_ifindex, rx_queue_index, egress_ifindex;",
            "\t__u64 data, data_end, data_meta;", "};", "",
            "struct rvoff_sk_buff {",
            f"\t__u32 skb[{tc.bpf_size // 4}];\t\t/* struct __sk_buff's offsets */",
            "\t__u64 data, data_end, data_meta;", "};", ""]
    for c, s in ((xdp, "rvoff_xdp_md"), (tc, "rvoff_sk_buff")):
        out.append(f"_Static_assert(sizeof(struct {s}) == {c.size}, \"docs/abi.md section 5\");")
        for f in c.pointers():
            out.append(f"_Static_assert(__builtin_offsetof(struct {s}, {f.name}) == "
                       f"{f.device_off}, \"{c.name} {f.name}\");")
    out += ["", "/* Section 8: what a PROG_ARRAY handle points at */",
            _define("RVOFF_MAP_TYPE_PROG_ARRAY", abi.BPF_MAP_TYPE_PROG_ARRAY),
            "struct rvoff_prog_slot {", "\tconst void *entry;", "\tconst void *rt;", "};", "",
            "struct rvoff_prog_array {", "\t__u32 max_entries;", "\t__u32 reserved;",
            "\tstruct rvoff_prog_slot slot[];", "};", "",
            f"_Static_assert(__builtin_offsetof(struct rvoff_prog_array, slot) == "
            f"{abi.PROG_ARRAY_SLOTS}, \"slot[0]\");",
            f"_Static_assert(sizeof(struct rvoff_prog_slot) == {abi.PROG_ARRAY_SLOT}, \"slot\");",
            ""]
    out += _description()
    out += ["#ifdef __riscv",
            "/*",
            " * Section 6: call a callback (a function whose address an image passed to a helper)",
            " * as images call each other: arguments in a0-a4, s6 = the runtime table of the program",
            " * that passed it, R0 back in a0.  The callback keeps the callee-saved registers.",
            " */",
            "static inline __u64 rvoff_call_callback(const void *fn, const void *rt, __u64 r1,",
            "\t\t\t\t\t__u64 r2, __u64 r3, __u64 r4, __u64 r5)", "{"]
    args = [("a0", "r1"), ("a1", "r2"), ("a2", "r3"), ("a3", "r4"), ("a4", "r5")]
    out += [f"\tregister __u64 {a} asm(\"{a}\") = {v};" for a, v in args]
    out += ["\tregister const void *s6 asm(\"s6\") = rt;", "",
            "\tasm volatile(\"jalr ra, 0(%[fn])\"",
            "\t\t     : \"+r\" (a0), \"+r\" (a1), \"+r\" (a2), \"+r\" (a3), \"+r\" (a4)",
            "\t\t     : [fn] \"r\" (fn), \"r\" (s6)",
            "\t\t     : \"ra\", \"t0\", \"t1\", \"t2\", \"t3\", \"t4\", \"t5\", \"t6\", \"a5\", \"a6\", "
            "\"a7\", \"memory\");",
            "\treturn a0;", "}", "#endif", "", "#endif /* _RVOFF_ABI_H */"]
    assert x["s6"] == abi.RT and x["s7"] == abi.TCC
    return "\n".join(out) + "\n"
