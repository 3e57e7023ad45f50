# Integer arithmetic right at machine-word boundaries (2**30, 2**31, 2**32, 2**62, 2**63, 2**64)
# in hot loops warmed with small ints: add/sub/mul/neg/abs/shift/floordiv/mod/pow overflowing
# into big ints, ranges near sys.maxsize, and int<->float conversions at the edges.
import sys

EDGES = [2 ** 30 - 1, 2 ** 30, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 62 - 1, 2 ** 62, 2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1, 2 ** 64]
EDGES = EDGES + [-e for e in EDGES] + [-2 ** 63 - 1]


def ops(a, b):
    return (a + b, a - b, a * b, -a, abs(a), a << 1, a >> 1, a // b if b else None, a % b if b else None, a & b, a | b, a ^ b, ~a)


def accumulate(start, step, n):
    x = start
    for _ in range(n):
        x += step
    return x


def mul_chain(x, k, n):
    for _ in range(n):
        x *= k
    return x


def checksum(vals):
    h = 0
    for v in vals:
        h = (h * 1000003 ^ v) & ((1 << 128) - 1)
    return h


for i in range(60):
    ops(i, i + 1)
    accumulate(i, 1, 5)
    mul_chain(i, 2, 3)
for e in EDGES:
    print(e, checksum(ops(e, 1)), checksum(ops(e, -1)), checksum(ops(e, e)), checksum(ops(1, e)))
print(accumulate(2 ** 63 - 3, 1, 6), accumulate(-2 ** 63 + 2, -1, 5), accumulate(2 ** 62, 2 ** 62, 3))
print(mul_chain(3, 3, 40), mul_chain(-1, 2 ** 31, 3), mul_chain(2 ** 32, 2 ** 32, 2))
M = sys.maxsize
print(M == 2 ** 63 - 1, -M - 1, (-M - 1) // -1, (-M - 1) % -1, abs(-M - 1), -(-M - 1), (-M - 1) * -1)
print(list(range(M - 2, M)), list(range(M - 1, M + 2)), len(range(0, M, M // 4)), range(M + 5)[-1], list(range(-M - 3, -M - 1)))
try:
    len(range(M + 1))
except OverflowError as e:
    print("OverflowError", e)
tot = 0
for i in range(M - 3, M + 3):
    tot += i - M
print("loop over maxsize", tot)
print(float(2 ** 63), int(float(2 ** 63)), int(2.0 ** 63) - 1, float(2 ** 53 + 1) == 2 ** 53 + 1, int(-2.0 ** 63), round(2 ** 63 + 0.5))
print(2 ** 63 // 3, -(2 ** 63) // 3, 2 ** 64 % 7, (-2 ** 64) % 7, pow(2, 63, 2 ** 63 + 1), (2 ** 63) ** 2, 1 << 63, 1 << 64, -1 << 63)
print([x.bit_length() for x in (2 ** 62, 2 ** 63 - 1, 2 ** 63, -2 ** 63)], hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 63), hash(-1), hash(-2))
