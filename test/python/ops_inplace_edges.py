# Augmented assignment corner cases in hot loops: t[0] += [x] on a tuple (TypeError after the
# list was already extended), __iadd__ returning a different object or NotImplemented,
# __iadd__ missing (falls back to __add__), comparison dunders returning non-bools in if and
# chained comparisons, and reflected-operator priority for subclasses.


class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        if isinstance(other, int):
            self.v += other
            return self
        if isinstance(other, str):
            return Acc(self.v + len(other))
        return NotImplemented

    def __add__(self, other):
        return "add-fallback"

    def __repr__(self):
        return "Acc(%r)" % (self.v,)


class AddOnly:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return AddOnly(self.v + o)


class Weird:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return ["lt", self.v, getattr(o, "v", o)] if self.v != 0 else []

    def __gt__(self, o):
        return 0


class Base:
    def __add__(self, o):
        return "Base.__add__"

    def __radd__(self, o):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"


def tuple_iadd(t, x):
    try:
        t[0] += [x]
    except TypeError as e:
        return str(e), t


def iadd_loop(a, items):
    ids = []
    for it in items:
        before = a
        try:
            a += it
        except TypeError as e:
            ids.append("TypeError: %s" % e)
            continue
        ids.append(("same" if a is before else "new", repr(a) if isinstance(a, Acc) else a if isinstance(a, str) else a.v))
    return ids


def chain(a, b, c):
    return a < b < c


def cond(a, b):
    return "yes" if a < b else "no"


for i in range(60):
    tuple_iadd(([],), i)
    iadd_loop(Acc(0), [1, 2])
    chain(1, 2, 3)
    cond(i, 30)
print(tuple_iadd(([1],), 2), tuple_iadd(([],), "s"))
t = ([],)
for i in range(3):
    tuple_iadd(t, i)
print(t)
print(iadd_loop(Acc(0), [1, 2, "abc", 3, 1.5, None]))
print(iadd_loop(AddOnly(1), [1, 2]))
print([chain(Weird(1), Weird(2), Weird(3)), chain(Weird(0), Weird(2), Weird(3)), chain(1, Weird(5), 9)], cond(Weird(1), 2), cond(Weird(0), 2), cond(1, Weird(3)))
print(Base() + Derived(), Derived() + Base(), 1 + Derived(), Base() + Base(), Derived() + 1)
x = [1]
y = x
x += (2, 3)
x = x + [4]
print(x, y)
s = "a"
s2 = s
for i in range(3):
    s += "b"
print(s, s2)
fs = frozenset([1])
fs2 = fs
fs |= {2}
print(sorted(fs), sorted(fs2), fs is fs2)
st = {1}
st2 = st
st |= {2}
print(sorted(st2), st is st2)
try:
    xs = [1]
    xs += 5
except TypeError as e:
    print("TypeError", e)
