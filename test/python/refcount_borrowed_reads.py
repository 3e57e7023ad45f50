# Borrowed reads (lowering/lib/LowerToFlat.cpp, borrowShortReads): an item
# read from a list, a tuple or an object and used only by uops that run no
# Python code takes no reference of its own. Each reader below is called
# often with floats (so it compiles specialized) and then meets what can
# go wrong: its guard fails with the borrowed item on the way to the
# interpreter, the item is the container's only reference, or the
# container is changed or dropped between calls. Reference counts and
# __del__ timing must come out as CPython's.
import sys


class Noisy:
    """Not a float: a guard on a borrowed read fails with one of these."""
    def __init__(self, name, v):
        self.name = name
        self.v = v
    def __add__(self, other):
        return self.v + other
    __radd__ = __add__
    def __mul__(self, other):
        return self.v * other
    __rmul__ = __mul__
    def __del__(self):
        print("del", self.name)


def dot(row, b, j):
    total = 0.0
    for k in range(len(row)):
        total += row[k] * b[k][j]
    return total


class Point:
    def __init__(self, x, pair):
        self.x = x
        self.pair = pair


class Slotted:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x


# Each reader loops, so that the warm configuration compiles it from
# specialized bytecode (a function without a loop would stay interpreted).
def shifted(ps, d):
    total = 0.0
    for p in ps:
        total += p.x + d
    return total


def first_of_pair(ps):
    total = 0.0
    for p in ps:
        total += p.pair[0] + 1.0
    return total


def slot_scaled(ss):
    total = 0.0
    for s in ss:
        total += s.x * 2.0
    return total


def tuple_sum(ts):
    total = 0.0
    for t in ts:
        total += t[0] + t[1] + t[2]
    return total


def gen_items(rows, j):
    for row in rows:
        yield row[j] * 0.5


def counts(objs):
    return [sys.getrefcount(o) for o in objs]


def leaked(objs, work):
    """What `work` left in the objects' reference counts (0: nothing).
    Differences only: compiled code may hold a local in a register and in
    the frame at once, so absolute counts differ by design."""
    before = counts(objs)
    work()
    return [a - b for a, b in zip(counts(objs), before)]


b = [[float(i * 4 + j) + 0.5 for j in range(4)] for i in range(4)]
row = [1.5, 2.5, 3.5, 4.5]
for _ in range(40):
    dot(row, b, 2)
print("dot", dot(row, b, 2), dot(row, b, 0))

# A guard fails on a borrowed item: the interpreter takes over with both
# items, which it owns from then on.
b[2][1] = Noisy("cell", 10.0)
print("dot noisy", dot(row, b, 1))
print("dot floats", dot(row, b, 3))
b[2][1] = 0.0  # the only reference was the list's
print("replaced")
row[3] = Noisy("row", 2.0)
print("dot noisy row", dot(row, b, 0))
del row[3]
print("row trimmed", dot(row, b[:3], 1))
print("leaked", leaked([b[1][1], b[1], b[0][2], b, row, row[0]],
                       lambda: [dot(row, b, j) for j in range(3) for _ in range(20)]))

p = Point(1.25, (2.5, 3.5))
s = Slotted(4.0)
ps, ss = [p, Point(0.5, (1.0, 2.0))], [s, Slotted(1.0)]
ts = [(1.0, 2.0, 3.0), (4.0, 5.0, 6.0)]
for i in range(40):
    shifted(ps, float(i))
    first_of_pair(ps)
    slot_scaled(ss)
    tuple_sum(ts)
print("attrs", shifted(ps, 1.0), first_of_pair(ps), slot_scaled(ss), tuple_sum(ts))
p.x = Noisy("attr", 5.0)
print("attr noisy", shifted(ps, 1.0))
p.x = 2.0
print("attr float", shifted(ps, 1.0))
p.pair = (Noisy("pair", 7.0), 1.0)
print("pair noisy", first_of_pair(ps))
p.pair = (0.5, 1.0)
print("pair float", first_of_pair(ps))
s.x = Noisy("slot", 3.0)
print("slot noisy", slot_scaled(ss))
del s.x
try:
    slot_scaled(ss)
except AttributeError as e:
    print("AttributeError", e)
s.x = 8.0
print("slot float", slot_scaled(ss))
ts.append((1.0, Noisy("tuple", 2.0), 3.0))
print("tuple noisy", tuple_sum(ts))
del ts[-1]
print("tuple dropped")


def attr_work():
    for i in range(30):
        shifted(ps, 1.0)
        first_of_pair(ps)
        slot_scaled(ss)
        tuple_sum(ts)


print("leaked attrs", leaked([p, p.x, p.pair, p.pair[0], s, s.x, ts[0], ts[0][1]], attr_work))

rows = [[0.5 * i, 1.5 * i] for i in range(30)]
print("gen", sum(gen_items(rows, 1)))
rows[5][1] = Noisy("gen", 4.0)
print("gen noisy", sum(gen_items(rows, 1)))
del rows
print("end")
