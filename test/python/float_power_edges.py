# `**` on floats (and a float with an int) that --uop-unbox computes as
# POWER_F64 on doubles, warmed with positive bases, then fed every case
# float_pow decides itself: a zero or negative base (ZeroDivisionError, a
# complex result), inf and nan, 1 ** nan, x ** 0, results that overflow
# (OverflowError) or underflow to zero or to a subnormal, and ints mixed in.
import math
import traceback


def roots(x, y):
    d = x * x + y
    return d ** 0.5, d ** -1.5, (x * y) ** 2, 2 ** (x - y), d ** y


def hot(f, *args):
    for _ in range(300):
        f(*args)
    return f(*args)


def show(v):
    return tuple(repr(x) for x in v)


def main():
    cases = [(1.5, 2.0), (3.0, 0.5), (0.25, 1e-3), (0.0, 0.0), (-1.0, -3.0), (1.0, 0.0),
             (3.0, -9.0), (1e200, 1e200), (1e-160, 1e-300), (1e-10, 1e-20), (12.0, 700.0),
             (1.0001, 1e6), (0.5, 1100.0), (0.5, 1070.0), (math.inf, 1.0), (math.nan, 1.0),
             (1.0, math.nan), (2.0, -math.inf), (1e-3, 3), (7, 2.5), (-0.0, 0.0)]
    for args in cases:
        try:
            print(args, show(hot(roots, *args)))
        except (ZeroDivisionError, OverflowError, ValueError):
            traceback.print_exc()
    total = 0.0
    for i in range(1, 3000):
        total += (i * 0.001) ** 1.5 + i ** -0.5
    print("total", repr(total))


main()
