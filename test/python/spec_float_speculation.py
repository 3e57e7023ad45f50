# Operators CPython 3.11 never specializes for floats (/ **) with a float on
# one side and an input of unknown type on the other: --uop-unbox takes the
# unknown input to be a float (GUARD_BOTH_FLOAT, UNBOX_FLOAT). Each function
# is warmed with floats, then sees what breaks the guess: ints, bools, ints
# too large for a double, float subclasses, objects with reflected
# operators, negative bases (a complex result), zero divisors and errors
# raised inside (tracebacks). The results and tracebacks must be the
# interpreter's.
import traceback


class Half(float):
    def __truediv__(self, other):
        return "Half.__truediv__"


class Reflect:
    def __rtruediv__(self, other):
        return f"Reflect.__rtruediv__({other})"

    def __rpow__(self, other):
        return f"Reflect.__rpow__({other})"


def quarter(x):
    return x / 4.0


def inverse(x):
    return 1.5 / x


def root(x):
    return x ** 0.5


def power_of(x):
    return 2.0 ** x


def step(dt, d):
    # bench/nbody's line: dt is only ever guarded
    return dt / (d * d ** 0.5)


def warm(f, values):
    out = None
    for _ in range(40):
        for v in values:
            out = f(v)
    return out


def main():
    print(warm(quarter, [0.5, 3.25, -8.0]), quarter(7), quarter(True), quarter(Half(2.0)))
    print(quarter(2 ** 60 + 1), quarter(float("inf")), quarter(float("nan")))
    print(warm(inverse, [0.5, 4.0, -3.0]), inverse(3), inverse(True), inverse(Reflect()))
    print(warm(root, [2.0, 9.0, 0.25]), root(-4.0), root(16), root(0.0), root(float("inf")))
    print(warm(power_of, [0.5, 10.0, -2.0]), power_of(3), power_of(Reflect()), power_of(-1074.5))
    total = 0.0
    for i in range(1, 3000):
        total += step(0.01, i * 0.5)
    print("step", total, step(1, 4.0), step(True, 9.0), step(0.5, 2))
    for bad in (0.0, 0, False):
        try:
            inverse(bad)
        except ZeroDivisionError:
            traceback.print_exc()
    for bad in (2 ** 2000, "x", None, Reflect()):
        try:
            quarter(bad)
        except (OverflowError, TypeError):
            traceback.print_exc()
    try:
        power_of(2000.0)
    except OverflowError:
        traceback.print_exc()
    try:
        step(0.5, 0.0)
    except ZeroDivisionError:
        traceback.print_exc()
    for _ in range(3000):
        quarter(3)
    print("after", quarter(17), quarter(17.5), root(-1.0))


main()
