# Bitwise operations, shifts (into big ints), popcount, masks.

def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c


def reverse_bits(x, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r


def mix(a, b):
    return a & b, a | b, a ^ b, ~a, a << 3, a >> 2


def hash32(s):
    h = 2166136261
    for ch in s:
        h ^= ord(ch)
        h = (h * 16777619) & 0xFFFFFFFF
    return h


print([popcount(i) for i in range(40)])
print(popcount(2 ** 200 - 1), popcount(-1 & (2 ** 70 - 1)))
print([reverse_bits(i, 8) for i in range(0, 256, 17)])
for i in range(50):
    m = mix(i, 0b1010)
print(m)
print(mix(-12345, 0xFF), mix(2 ** 70 + 5, 2 ** 69 + 3))
print(1 << 100, (1 << 100) >> 98, -1 >> 10, -(2 ** 80) >> 3, 5 << 0)
print([hash32(w) for w in ("", "a", "hello", "uopjit", "x" * 50)])
print(True & False, True | False, True ^ True, ~True, True << 4)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.5 & 1
except TypeError as e:
    print("TypeError:", e)
