"""The register map: which RV64 register holds each eBPF register.

Linux's riscv64 JIT map (arch/riscv/net/bpf_jit_comp64.c), so images are comparable with the
kernel's: R0 -> a5, R1..R5 -> a0..a4 (the psABI argument registers, so R1 = context arrives in
a0), R6..R9 -> s1..s4 and R10 (frame pointer) -> s5 (callee-saved, as eBPF requires).
"""

# RV64 ABI register names, x0..x31.
ABI_NAMES = ("zero ra sp gp tp t0 t1 t2 s0 s1 a0 a1 a2 a3 a4 a5 a6 a7 "
             "s2 s3 s4 s5 s6 s7 s8 s9 s10 s11 t3 t4 t5 t6").split()
X = {name: i for i, name in enumerate(ABI_NAMES)}

# RV_OF_BPF[i] is the RV64 register number holding eBPF register Ri.
RV_OF_BPF = tuple(X[n] for n in ("a5", "a0", "a1", "a2", "a3", "a4", "s1", "s2", "s3", "s4", "s5"))

# Scratch registers rules may declare as temporaries.  t0 is kept free (the kernel's BPF_REG_AX).
TEMPS = (X["t1"], X["t2"], X["t3"])

# The device ABI's registers beyond the map (docs/abi.md section 2): the runtime table (RT)
# and the tail calls left (TCC), callee-saved, so calls keep them.
RT, TCC = X["s6"], X["s7"]

# What a call rule may clobber besides its temporaries and R0-R5: the psABI's caller-saved
# registers outside the map.  A function whose code calls saves ra in its frame.
CALL_CLOBBERS = tuple(X[n] for n in ("ra", "t0", "t1", "t2", "t3", "t4", "t5", "t6", "a6", "a7"))

# Registers a template must leave unchanged unless it writes them as eBPF registers or temporaries.
PRESERVED = tuple(r for r in range(1, 32) if r not in RV_OF_BPF and r not in TEMPS)

assert not set(TEMPS) & set(RV_OF_BPF)
assert not {RT, TCC} & (set(RV_OF_BPF) | set(CALL_CLOBBERS))
