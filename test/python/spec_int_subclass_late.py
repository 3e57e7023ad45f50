# Hot arithmetic/compare functions warmed with plain ints, then fed int/float subclasses that
# override __add__, __eq__, __lt__, __hash__, and bools; specializations must fail over late.


class Loud(int):
    def __add__(self, other):
        return Loud(int(self) + int(other) + 1000)

    __radd__ = __add__

    def __repr__(self):
        return "Loud(%d)" % int(self)


class Mod7(int):
    def __eq__(self, other):
        return int(self) % 7 == int(other) % 7

    def __hash__(self):
        return int(self) % 7

    def __lt__(self, other):
        return int(self) % 7 < int(other) % 7


class Half(float):
    def __mul__(self, other):
        return Half(float(self) * other / 2)

    def __repr__(self):
        return "Half(%r)" % float(self)


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def eq(a, b):
    return a == b


def lt(a, b):
    return a < b


def total(xs):
    s = 0
    for x in xs:
        s = s + x
    return s


def lookup(d, k):
    return d.get(k, "missing")


acc = 0
for i in range(60):
    acc = add(acc, i)
    mul(i, 3)
    eq(i, i + 1)
    lt(i, 30)
    total(range(i))
    lookup({1: "one", 8: "eight"}, i % 10)
print("warm", acc, add(2, 3), mul(4, 5), total(range(10)))
print("loud", repr(add(Loud(1), 2)), repr(add(2, Loud(1))), repr(add(Loud(3), Loud(4))))
print("total loud", repr(total([Loud(1), 2, 3])), repr(total([1, Loud(2), 3])))
print("bools", add(True, True), add(True, 2), mul(False, 10), lt(False, True), total([True] * 5))
print("floats", add(0.1, 0.2), mul(1.5, 2), lt(1.5, 1), total([0.5] * 3))
print("half", repr(mul(Half(3.0), 4)), repr(mul(4, Half(3.0))))
print("mod7 eq", eq(Mod7(1), 8), eq(1, Mod7(8)), eq(Mod7(2), 9), lt(Mod7(13), 7), lt(Mod7(6), 7))
d = {Mod7(1): "one-ish", 2: "two"}
print("mod7 lookup", lookup(d, 1), lookup(d, 8), lookup(d, Mod7(15)), lookup(d, 9))
print("mixed", add(1, 2.5), add(2 ** 70, 1), add(-(2 ** 70), 2 ** 70), mul(3, "ab"), add([1], [2]))
for i in range(5):
    acc = add(acc, Loud(i) if i % 2 else i)
print("after", repr(acc), type(acc).__name__)
