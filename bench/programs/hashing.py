"""Hashing kernels on integers: a table-driven CRC-32 written in Python
(checked against zlib.crc32), 32-bit FNV-1a, and a xorshift generator that
makes the data. Shifts, masks, xors and table lookups on small ints.

  python3.11 hashing.py [BLOCKS]
"""
import zlib

import _harness

CATEGORY = "int"
DEFAULT_SIZE = 6800
QUICK_SIZE = 50

BLOCK_BYTES = 512
MASK32 = 0xFFFFFFFF

# FNV-1a digests of all blocks, xored together.
EXPECTED = {6800: 115622822, 50: 3300693259}


def make_crc_table():
    """The 256 entries of the reflected CRC-32 table (polynomial 0xEDB88320)."""
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            if c & 1:
                c = 0xEDB88320 ^ (c >> 1)
            else:
                c >>= 1
        table.append(c)
    return table


CRC_TABLE = make_crc_table()


def crc32(data):
    crc = MASK32
    table = CRC_TABLE
    for byte in data:
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ MASK32


def fnv1a(data):
    h = 0x811C9DC5
    for byte in data:
        h ^= byte
        h = (h * 0x01000193) & MASK32
    return h


def xorshift_block(state, length):
    """length pseudo-random bytes and the generator's next state."""
    out = bytearray(length)
    for i in range(length):
        state ^= (state << 13) & MASK32
        state ^= state >> 17
        state ^= (state << 5) & MASK32
        out[i] = state & 0xFF
    return bytes(out), state


def run(blocks):
    state = 2463534242
    digest = 0
    for _ in range(blocks):
        data, state = xorshift_block(state, BLOCK_BYTES)
        crc = crc32(data)
        if crc != zlib.crc32(data):
            raise AssertionError(f"crc32 {crc:#x} != zlib.crc32 {zlib.crc32(data):#x}")
        digest ^= fnv1a(data) ^ crc
    return digest


def self_test():
    if fnv1a(b"hello") != 0x4F9F2CAB:
        raise AssertionError("fnv1a(b'hello') is wrong")


def describe(size, digest):
    return f"{size} blocks of {BLOCK_BYTES} bytes, digest {digest:#010x}"


if __name__ == "__main__":
    _harness.main("hashing", run, DEFAULT_SIZE, EXPECTED,
                  describe=describe, self_test=self_test)
