# rvjit: a formally checked eBPF -> RISC-V 64 translator.
# Every target runs the project virtualenv's Python; scripts/install creates it on first use
# and installs what the target's purpose needs (Debian and Python packages).
VENV ?= .venv
PY ?= $(VENV)/bin/python
# Prover processes: make's own -j N when given (make prove -j 4), else every core.
JOBS ?= $(or $(patsubst -j%,%,$(filter -j%,$(MAKEFLAGS))),$(shell nproc 2>/dev/null || echo 2))

.PHONY: all prove prove-cold gen check-generated demo test test-fast compare-kernel validate-rv64 clean
.PHONY: setup setup-test

all: prove gen demo

# What prove, gen and demo need; redone when the install path changes.  `make test` runs the
# full install every time (it only checks, a second, when everything is there).  With another
# Python (make PY=...), that Python's packages are its owner's business: only the Debian ones
# are installed.
ifeq ($(PY),$(VENV)/bin/python)
SETUP = $(VENV)/.setup-demo
INSTALL = VENV=$(VENV) scripts/install
else
SETUP =
INSTALL = scripts/install --debian-only
endif
$(VENV)/.setup-demo: scripts/install pyproject.toml
	$(INSTALL) demo
	touch $@
setup: $(SETUP)
setup-test:
	$(INSTALL) test

# Prove every changed rule (certificate in proofs/certificate.json), then compile an example.
prove: $(SETUP)
	$(PY) -m proofs.prove -j $(JOBS)

prove-cold: $(SETUP)
	$(PY) -m proofs.prove -j $(JOBS) --force

# Regenerate the emitters from the proven table (refuses unproven rules).
gen: $(SETUP)
	$(PY) -m rvjit.gen

check-generated: $(SETUP)
	$(PY) -m rvjit.gen --check

# examples/xdp_filter.o: its listing, its verdicts on a few packets in an emulator, and
# (where the test VM boots) its image from rvjit.ko compared with the Python JIT's.
demo: $(SETUP) prove gen
	$(PY) -m rvlab.demo $(if $(NO_VM),--no-vm)

# The rule author's page: docs/rules.md and docs/coverage.svg (rules per opcode and ISA option,
# proof times, instruction counts next to Linux's, what is unsupported and why).
.PHONY: report
report: $(SETUP) prove
	$(PY) -m rvlab.report

# The demo's object from its source (shipped built, so the demo needs no clang).
.PHONY: examples
examples:
	clang -O2 -g -target bpf -mcpu=v3 -idirafter/usr/include/$$(clang -print-multiarch) \
		-c examples/xdp_filter.c -o examples/xdp_filter.o

# The full test suite: a cold proof (CI trusts no committed certificate), generated files
# current, the kernel module in a VM, then pytest, where a skipped test (a missing
# prerequisite) counts as a failure.
test: setup-test prove-cold check-generated vm-test
	RVJIT_STRICT=1 $(PY) -m pytest -q --durations=25

test-fast: setup-test
	$(PY) -m pytest -q -x

# Per-opcode code size against Linux 6.1's riscv64 JIT (builds it once with
# ../shared/tools/kjit/build.sh into $(KJIT_WORK); needs root) -> docs/kernel-comparison.md
KJIT_WORK ?= /tmp/kjit-work
compare-kernel: setup-test
	test -e $(KJIT_WORK)/linux-source-6.1/arch/riscv/boot/Image || KJIT_WORK=$(KJIT_WORK) ../shared/tools/kjit/build.sh
	$(PY) -m rvlab.kcompare --kjit-work $(KJIT_WORK)

# The RV64 semantics against QEMU, N random executions per instruction.
N ?= 2000
validate-rv64: setup-test
	$(PY) -m rvlab.validate_rv64 $(N) --extra

clean:
	rm -rf .pytest_cache .hypothesis build
# (the virtualenv stays: make distclean removes it)
.PHONY: distclean
distclean: clean
	rm -rf $(VENV)

# The specifications against implementations no one here wrote: the eBPF semantics against
# the Linux 6.1 interpreter (N programs, in a qemu-system-x86_64 VM), the RV64 semantics
# against QEMU (RV64_N executions per mnemonic), the encoder against GNU as and capstone.
# Ends with "validate: ebpf E/E, rv64 R/R, encoder C/C agree".  E.g. make validate N=10000
RV64_N ?= 500
.PHONY: validate validate-ebpf
validate: setup-test
	$(PY) -m rvlab.validate $(N) --rv64-n $(RV64_N)

validate-ebpf: setup-test
	$(PY) -m rvlab.validate_ebpf $(N)

# Translation speed of the C emitter (kmod/, gcc -O2) against the Python JIT, same programs.
.PHONY: bench
bench: setup-test
	$(PY) -m rvlab.bench

# The Linux kernel's own JIT test suite, lib/test_bpf.c of Debian's linux-source-6.1 (extracted
# into build/conformance), through rvjit for the base ISA and with Zba/Zbb/C.  Each run ends with
# "conformance: P passed, F failed, U unsupported of N" and fails if F > 0.
.PHONY: conformance
conformance: setup-test
	$(PY) -m rvlab.conformance
	$(PY) -m rvlab.conformance --isa zba,zbb,c

# Whole images of the corpus, rvjit (c; zba,zbb,c) against the riscv64 JITs of Linux 6.1 and
# 6.12 (with and without Zba/Zbb): geometric means and totals per -mcpu, the programs above
# 1.00.  Builds both kjit kernels once (as root); the kernels' images are cached in
# build/kjit-cache, so a rerun after an rvjit change boots nothing.  -> docs/corpus-code-size.md
.PHONY: compare-kernel-corpus
compare-kernel-corpus: setup-test
	for v in 6.1 6.12; do test -e $(KJIT_WORK)/linux-source-$$v/arch/riscv/boot/Image || \
		KJIT_VERSION=$$v KJIT_WORK=$(KJIT_WORK) ../shared/tools/kjit/build.sh || exit 1; done
	$(PY) -m rvlab.kcompare_corpus --kjit-work $(KJIT_WORK)

# Whole-program code size of lib/test_bpf.c's eBPF programs, rvjit vs Linux 6.1's riscv64 JIT
# (one kjit boot; needs the kjit kernel, KJIT_WORK).  Writes docs/test_bpf-code-size.md.
.PHONY: compare-kernel-programs
compare-kernel-programs: setup-test
	$(PY) -m rvlab.kcompare_programs

# The BPF objects Debian's xdp-tools and libxdp1 install, through rvjit: one line per program
# (compiled, or the first unsupported feature and every feature it contains), then
# "summary: P programs in O objects: C compiled, U unsupported, E errors"; fails if E > 0.
.PHONY: sweep
sweep: setup-test
	$(PY) -m rvlab.sweep

# The kernel module (kmod/) in Debian's kernel under QEMU: builds rvjit.ko against the
# matching linux-headers, offloads the corpus (rvlab/corpus, clang-built XDP programs) and
# random programs with bpftool to rvoff0, reads every image back and compares it byte for
# byte with the Python JIT; XDP attach, refusals, dead-code edits, insmod/rmmod cycles with
# bound programs, leak counters, dmesg.  Ends with
# "vm-test: N programs offloaded, M byte-identical, dmesg clean", then the programs read back
# whole and run in rvoff-run against Linux (READBACK=4 programs, READBACK_PACKETS=60 each):
# "readback: P programs, K packets, D differences".
# KERNEL=6.1 (default) | 6.12 | 6.1-debug, ARCH=x86_64 (default) | arm64 pick the VM's kernel
# and architecture (rvlab/vm.py; arm64 needs `python3 -m rvlab.vm prepare arm64` once).
.PHONY: vm-test kmod
vm-test: setup-test
	$(PY) -m rvlab.vmtest $(if $(KERNEL),--kernel $(KERNEL)) $(if $(ARCH),--arch $(ARCH)) \
	    $(if $(READBACK),--readback $(READBACK)) $(if $(READBACK_PACKETS),--readback-packets $(READBACK_PACKETS))

# rvjit.ko under load and faults (rvlab/vmstress.py): CYCLES insmod/load/map/attach/rmmod
# cycles, SECONDS of 4 concurrent loaders and a map writer with an rmmod half-way, CAP_BPF-less
# loads, injected allocation failures; ends with "vm-stress: C cycles, L loads, M map ops,
# F faults injected, 0 leaked, dmesg clean".  KERNEL=6.1-debug adds KASAN, kmemleak, lockdep.
CYCLES ?= 1000
SECONDS ?= 60
.PHONY: vm-stress
vm-stress: setup-test
	$(PY) -m rvlab.vmstress --cycles $(CYCLES) --seconds $(SECONDS) $(if $(KERNEL),--kernel $(KERNEL)) $(if $(ARCH),--arch $(ARCH))

# rvjit.ko for the running kernel (see kmod/Makefile; KDIR=... for another)
kmod:
	$(MAKE) -C kmod

# The device against Linux: every corpus object through Linux 6.1's BPF_PROG_TEST_RUN (the
# interpreter, in the VM) and through rvoff-run with rvjit's image, RV64IM and Zba/Zbb/C, on
# DIFF_PACKETS packets each (crafted, corrupted, random).  Ends with
# "diff-linux: P programs, K packets, 0 differences".  DIFF_PLANT=runtime|rule plants a bug.
DIFF_PACKETS ?= 280
.PHONY: diff-linux runtime
diff-linux: setup-test runtime
	$(PY) -m rvlab.diff_linux --packets $(DIFF_PACKETS) $(if $(DIFF_PLANT),--plant $(DIFF_PLANT))

# rvoff-run, the device runtime (runtime/, riscv64-linux-gnu-gcc) -> build/runtime/rvoff-run
runtime:
	$(MAKE) -C runtime

# Dynamic instructions per packet: rvjit's images against Linux 6.1's riscv64 JIT's (kjit;
# needs its kernel: ../shared/tools/kjit/build.sh), the corpus on its sample packets, in unicorn.
.PHONY: bench-run
bench-run: setup-test
	test -e $(KJIT_WORK)/linux-source-6.1/arch/riscv/boot/Image || KJIT_WORK=$(KJIT_WORK) ../shared/tools/kjit/build.sh
	KJIT_WORK=$(KJIT_WORK) $(PY) -m rvlab.bench_run
