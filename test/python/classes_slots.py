# __slots__ classes: attribute access, missing slots, inheritance with and without slots.

class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self


class P3(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Loose(P):
    pass


def walk(p, n):
    for i in range(n):
        p.move(1, -1)
    return p.x, p.y


for i in range(40):
    r = walk(P(0, 0), i)
print(r, walk(P(0.5, 0.5), 3), walk(P3(1, 2, 3), 5))
p = P(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
q = P(1, 2)
del q.x
try:
    q.x
except AttributeError as e:
    print("AttributeError:", e)
q.x = 9
print(q.x)
lo = Loose(1, 2)
lo.anything = "ok"
print(lo.anything, walk(lo, 4), hasattr(p, "__dict__"), hasattr(lo, "__dict__"))
print(P.__slots__, P3.__slots__, type(P.x).__name__)
pts = [P3(i, i * 2, i * 3) for i in range(5)]
print([(pt.x, pt.y, pt.z) for pt in pts])
