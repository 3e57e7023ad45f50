# Float corner cases in hot loops: inf/nan arithmetic, comparisons and formatting, signed zero,
# round() half-to-even, float.hex/fromhex, is_integer, as_integer_ratio, overflow errors.
import math

inf, nan = float("inf"), float("nan")


def fmt_all(x):
    return "%s|%r|%.3f|%e|%g|%+.1f|{:>8}|{:08.2f}".format(x, x) % (x, x, x, x, x, x)


def ops(a, b):
    out = []
    for f in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a % b, lambda: a // b):
        try:
            out.append(repr(f()))
        except ZeroDivisionError as e:
            out.append("ZDE")
    return out


def compares(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)


values = [0.0, -0.0, 1.5, -2.5, inf, -inf, nan, 1e308, 5e-324]
for i in range(60):
    fmt_all(values[i % 5])
    ops(values[i % 4], values[(i + 1) % 4])
    compares(1.0, 2.0)
for v in values:
    print(fmt_all(v))
for a, b in ((inf, inf), (inf, -inf), (inf, 2.0), (1.0, inf), (nan, 1.0), (-0.0, 0.0), (1e308, 1e308), (1.0, 0.0), (-7.5, 2.0)):
    print(repr(a), repr(b), ops(a, b), compares(a, b))
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675)], round(2.675, 2), round(-0.0), round(1234.5, -1))
print([float(s) for s in ("inf", "-Infinity", "nan", " 1e3 ", "-0")], math.copysign(1, -0.0), -0.0 == 0.0)
print((0.1).hex(), float.fromhex("0x1.8p1"), (3.0).is_integer(), (3.5).as_integer_ratio(), (0.1).as_integer_ratio())
for bad in (lambda: int(inf), lambda: int(nan), lambda: (inf).as_integer_ratio(), lambda: 10.0 ** 400, lambda: math.exp(1000), lambda: math.sqrt(-1), lambda: float("abc")):
    try:
        print(bad())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308 * 10), math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(max(nan, 1.0), max(1.0, nan), min([3.0, nan, 1.0]), sorted([3.0, 1.0, 2.0, -inf, inf]))
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0), hash(1.0) == hash(1), hash(2.5))
print(sum([0.1] * 10), math.fsum([0.1] * 10), 1e16 + 1.0, 2.0 ** 53 + 1, float(2 ** 53 + 1))
print(f"{1e21}", f"{1e-7}", f"{123456789.0:,}", f"{0.000012345:.2e}", f"{-inf:+}", f"{nan:10.2f}|")
print(divmod(-7.5, 2), divmod(7.5, -2), -7.5 % 2, math.fmod(-7.5, 2), 5 % -inf, -5 % inf)
