"""The lab: rvjit checked against implementations no one here wrote, and measured.

Not part of the installed compiler (pip install . ships rvjit, semantics and proofs): one
module per check or measurement, all booting the same VM harness (rvlab.vm).  `make validate`,
`make vm-test`, `make conformance`, `make sweep`, `make bench` and `make compare-kernel*` run
them.
"""
