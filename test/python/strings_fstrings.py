# f-strings with conversions, format specs, nested expressions.

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __format__(self, spec):
        if spec == "polar":
            return f"r2={self.x ** 2 + self.y ** 2}"
        return format(str(self), spec)


def describe(i, v):
    return f"{i:>3}|{v!r:<8}|{v!s:^10}|{type(v).__name__}"


def numbers(x):
    return f"{x:d} {x:5d} {x:05d} {x:x} {x:#o} {x:b} {x:,} {x:+}"


def floats(x, width, prec):
    return f"{x:{width}.{prec}f}|{x:e}|{x:g}|{x:%}|{x:10.3}"


for i in range(40):
    line = describe(i, i * 3)
print(line)
for v in ["abc", 1.5, None, [1, 2], Point(1, "y"), 2 ** 70]:
    print(describe(7, v))
for x in (0, 7, 255, -42, 123456789):
    print(numbers(x))
for w, p in ((8, 2), (12, 4), (3, 0)):
    print(floats(3.14159265, w, p))
p = Point(3, 4)
print(f"{p} {p!r} {p:polar} {p:>12}|")
name, n = "world", 3
print(f"{'hi ' * n}{name.upper()}! {n * 2 = } {name=}")
print(f"{{braces}} {[i * i for i in range(4)]} {dict(a=1)['a']}")
