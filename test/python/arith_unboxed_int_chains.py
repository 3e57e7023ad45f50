# Chains of int arithmetic that --uop-unbox runs on 64-bit ints (ADD_I64,
# FLOOR_DIVIDE_I64, LSHIFT_I64, COMPARE_I64_BIT, ...), driven across every
# edge where CPython's answer leaves 64 bits or raises: the sum, product or
# shift that overflows mid-chain (the exit boxes the chain's values on the
# interpreter's stack), inputs of more than two digits (UNBOX_INT's range),
# -2**63 // -1, int / int beyond 2**53, a zero divisor and a negative shift
# count inside a chain (tracebacks), and float/int mixtures.
import traceback


def eval_a(i, j):
    # spectral norm's matrix entry: int chain, then float / int
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def chain(a, b, c):
    s = a + b
    return ((s * c - a) // 3 % 1000003, (s << 2) >> 1, s & 0xFFFF ^ c | 1, s * s * c)


def mixed(a, b, x):
    n = a + b
    return (x * n + n / 7 - (n - a) * 0.5, n / (b + 1), x / n if n else None)


def compare(a, b, limit):
    s = a + b
    t = s * 3
    return (s < limit, t <= limit, s == t, t > s, s != limit, t >= limit)


def shift(a, b, n):
    s = a + b
    return (s << n) >> 1


def floor_min(a, k):
    p = a * k  # -2**62 * 2 == -2**63 fits in 64 bits
    return (p // -1, p % -1, p // 7, p % 7)


def divide_chain(a, b):
    s = a + b
    return (a * 3 + 1) // s + (a * 3) % s


def hot(f, *args):
    for _ in range(300):
        f(*args)
    return f(*args)


def main():
    for i, j in [(0, 0), (1, 2), (439, 17), (2 ** 20, 3), (-5, 2), (2 ** 31, 2 ** 31),
                 (2 ** 61, 1), (3 * 2 ** 61, 2 ** 62)]:
        print("eval_a", i, j, repr(hot(eval_a, i, j)))
    for a, b, c in [(1, 2, 3), (-7, 3, 5), (2 ** 29, 2 ** 29, 2 ** 29),
                    (2 ** 40, 2 ** 40, 2 ** 30), (2 ** 59, 2 ** 59, 2),
                    (2 ** 62, 2 ** 62, 3), (-(2 ** 62), -(2 ** 62), 7),
                    (2 ** 70, 1, 1), (-(2 ** 70), 3, -2)]:
        print("chain", a, b, c, hot(chain, a, b, c))
    for a, b, x in [(1, 2, 0.5), (2 ** 53, 1, 1.5), (2 ** 53 + 1, 2 ** 53, -2.25),
                    (2 ** 58, 2 ** 58, 3.0), (-3, 3, 2.0), (7, -8, float("inf"))]:
        try:
            print("mixed", a, b, x, hot(mixed, a, b, x))
        except ZeroDivisionError:
            print("mixed", a, b, x, "ZeroDivisionError")
    for a, b, limit in [(1, 2, 3), (2 ** 40, 2 ** 40, 2 ** 41), (-(2 ** 50), 1, 0),
                        (2 ** 59, 2 ** 59, 2 ** 61), (2 ** 62, 2 ** 62, 2 ** 64)]:
        print("compare", a, b, limit, hot(compare, a, b, limit))
    for a, b, n in [(1, 1, 3), (1, 2, 60), (3, 0, 61), (1, 0, 62), (-1, 0, 62), (5, 5, 63),
                    (2 ** 40, 0, 30), (-(2 ** 40), 1, 23), (0, 0, 200)]:
        print("shift", a, b, n, hot(shift, a, b, n))
    for a, k in [(-(2 ** 62), 2), (2 ** 62, 2), (-(2 ** 61), 4), (12345, -3)]:
        print("floor_min", a, k, hot(floor_min, a, k))
    # Errors raised inside a chain keep CPython's message and traceback.
    for a, b in [(4, 5), (4, -4)]:
        try:
            print("divide_chain", a, b, hot(divide_chain, a, b))
        except ZeroDivisionError:
            traceback.print_exc()
    for n in [1, -1]:
        try:
            print("shift", hot(shift, 3, 4, n))
        except ValueError:
            traceback.print_exc()
    # A loop whose accumulator leaves 64 bits part way (the add deoptimizes
    # each time; the result is the interpreter's).
    total = 1
    for k in range(200):
        total = total * 3 + k // 2 - (k & 7)
    print("loop", total)


main()
