# Float arithmetic that --uop-unbox keeps in doubles, in functions called
# often enough to be compiled specialized (the differential suite's "warm"
# configuration), then fed the values where unboxed code must leave to the
# interpreter or box exactly: division by zero, inf and nan, -0.0, a float
# subclass, ints mixed in, and a traceback from inside an expression.
import math


def poly(x, y):
    return x * x + 2.0 * x * y - y * y / 3.0


def norm(v):
    s = 0.0
    for c in v:
        s = s + c * c
    return math.sqrt(s)


def ratio(a, b):
    return (a * a + 1.0) / (b * b - 4.0)


def mixed(a, b):
    return (a * b - a) * (a + b)


class Meters(float):
    def __mul__(self, other):
        return "Meters*" + repr(other)


for i in range(40):
    x = i * 0.25
    poly(x, x + 1.0)
    norm([x, x + 0.5, 1.5])
    ratio(x, 3.0)
    mixed(x, 1.5)

print(poly(1.5, -2.25), poly(-0.0, 0.0), poly(1e308, 1e308))
print(norm([3.0, 4.0]), norm([float("inf"), 1.0]), norm([float("nan")]))
print(ratio(2.0, 3.0), ratio(-0.0, 1.0))
print(math.copysign(1.0, mixed(-0.0, 0.0)))
# Ints where floats were seen: the guards leave to the interpreter.
print(poly(3, 4), mixed(2, 5))
# A float subclass with its own __mul__.
print(poly(Meters(2.0), 1.0) if False else Meters(2.0) * 3.0)
try:
    print(mixed(Meters(2.0), 1.0))
except TypeError as e:
    print("TypeError", e)
# Division by zero inside compiled, unboxed code: the same traceback.
try:
    ratio(1.0, 2.0)
except ZeroDivisionError as e:
    import traceback
    print("".join(traceback.format_exception_only(type(e), e)).strip())
    print([(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)])
