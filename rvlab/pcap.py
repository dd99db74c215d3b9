"""Classic libpcap files (what `rvoff-run --pcap` reads): write and read Ethernet frames."""
from __future__ import annotations

import struct

MAGIC_USEC, MAGIC_NSEC = 0xA1B2C3D4, 0xA1B23C4D
LINKTYPE_ETHERNET = 1


def write(frames, *, nsec: bool = False, big_endian: bool = False, snaplen: int = 65535,
          linktype: int = LINKTYPE_ETHERNET) -> bytes:
    """A pcap file of these frames (bytes), time stamps 1 s + 1 ms per frame."""
    e = ">" if big_endian else "<"
    out = bytearray(struct.pack(e + "IHHiIII", MAGIC_NSEC if nsec else MAGIC_USEC, 2, 4, 0, 0,
                                snaplen, linktype))
    for k, f in enumerate(frames):
        frac = (k % 1000) * (1000000 if nsec else 1000)
        out += struct.pack(e + "IIII", 1 + k // 1000, frac, len(f), len(f)) + bytes(f)
    return bytes(out)


def read(data: bytes) -> list[bytes]:
    """The frames of a pcap file (either byte order, usec or nsec)."""
    (magic,) = struct.unpack_from("<I", data)
    e = "<" if magic in (MAGIC_USEC, MAGIC_NSEC) else ">"
    at, out = 24, []
    while at < len(data):
        _, _, incl, _ = struct.unpack_from(e + "IIII", data, at)
        out.append(data[at + 16:at + 16 + incl])
        at += 16 + incl
    return out
