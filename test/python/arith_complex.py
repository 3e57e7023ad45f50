# Complex numbers in hot loops: arithmetic mixed with ints/floats, abs, conjugate, powers,
# cmath functions, formatting, comparisons (TypeError), and a Mandelbrot membership test.
import cmath


def mandel(c, limit):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit


def render(w, h, limit):
    rows = []
    for y in range(h):
        row = ""
        for x in range(w):
            c = complex(-2.0 + 2.6 * x / w, -1.1 + 2.2 * y / h)
            n = mandel(c, limit)
            row += " .:-=+*#%@"[min(n, 9)]
        rows.append(row)
    return rows


def poly(z, coeffs):
    r = 0
    for c in coeffs:
        r = r * z + c
    return r


for i in range(60):
    mandel(complex(i / 60 - 1, 0.1), 20)
    poly(1j, [1, 2, 3])
print("\n".join(render(40, 12, 20)))
z = 3 + 4j
print(z, -z, z.conjugate(), abs(z), z.real, z.imag, z * 1j, z / 2, z / (1 - 1j), z ** 2, z ** 0.5)
print(poly(1j, [1, 2, 3]), poly(2, [1j, 0, 1]), poly(0.5, [1, 1j]), 1j ** 2, (1 + 1j) ** 8, 2 ** 1j)
print(complex("1+2j"), complex(2), complex(1, -0.0), repr(complex(-0.0, -0.0)), repr(1j * 0))
print("%s %r {:.2f} {:>12}".format(z, 1 - 2j) % (z, z), format(1.5 + 2.25j, ".1f"))
print(cmath.sqrt(-1), cmath.phase(-1), round(cmath.exp(1j * cmath.pi).real, 12), cmath.polar(1j))
print(z == 3 + 4j, z == complex(3, 4.0), 1 + 0j == 1, hash(1 + 0j) == hash(1), z != 3)
for bad in (lambda: z < 1j, lambda: z // 2, lambda: z % 2, lambda: int(z), lambda: 0j ** -1, lambda: 1 / 0j, lambda: complex("1+"), lambda: cmath.log(0)):
    try:
        print(bad())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(complex(float("inf"), 0), complex(float("nan"), 1), abs(complex(float("inf"), float("nan"))))
print(sum([1j, 2, 3.5, 1 - 1j]), sorted([3 + 1j, 1 + 5j, 2 + 0j], key=abs), max([1j, 2j, -3j], key=lambda c: c.imag))
