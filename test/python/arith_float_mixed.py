# Float and mixed int/float arithmetic; rounding and formatting with repr.
import math


def poly(x):
    return 3 * x * x - 2 * x + 1


def mean(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)


def hypot_all(points):
    return [math.sqrt(x * x + y * y) for x, y in points]


def integrate(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h


for i in range(60):
    p = poly(i)
print("poly int", p)
print("poly float", [poly(x / 4) for x in range(-4, 5)])
print("poly big", poly(10 ** 20))
print("mean", mean([1, 2, 3, 4]), mean([1.5, 2.5]), mean([1, 2.5, 3]), mean(range(101)))
print("hypot", hypot_all([(3, 4), (5.0, 12.0), (1, 1), (0, 0)]))
print("integrate", round(integrate(poly, 0, 1, 100), 10), round(integrate(math.sin, 0, math.pi, 200), 10))
print(0.1 + 0.2, 1 / 3, 2 ** -1, 10 / 4, 7.0 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(float("inf") > 1e308, float("inf") - float("inf") != float("inf") - float("inf"))
print(math.isnan(float("nan")), 1e308 * 10, -1e308 * 10)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), int(-3.9), int(3.9))
print(1e16 + 1, 2 ** 53 + 1.0, float(2 ** 100), 3 * 1.1)
print((1 << 70) / 3, (1 << 70) * 0.5, 10 ** 400 > 1e308)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
