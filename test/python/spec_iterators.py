# `for` loops --uop-speculate-iterators runs with the iterator's next()
# inline (FOR_ITER_RANGE, FOR_ITER_LIST), and what breaks the guess: ranges
# with every kind of step, empty ranges, ranges beyond C longs (a
# longrange_iterator), a global `range` rebound mid-run, lists changed
# while they are iterated, lists whose exhausted iterator releases the last
# reference (a __del__ runs), errors raised in the loop body (tracebacks).
# Results, output and tracebacks must be the interpreter's.
import builtins
import traceback


def ranges(n):
    out = []
    for i in range(n):
        out.append(i)
    for i in range(n, -n, -3):
        out.append(i)
    for i in range(5, 5):
        out.append("never")
    for i in range(-2**40, -2**40 + 3):
        out.append(i)
    return out


def big(n):
    total = 0
    for i in range(2**63 - 2, 2**63 - 2 + n):
        total += i
    return total


def mutated():
    xs = [1, 2, 3]
    seen = []
    for x in xs:
        seen.append(x)
        if x < 6:
            xs.append(x + 3)
    ys = [1, 2, 3, 4]
    for y in ys:
        seen.append(y)
        ys.clear()
    return seen


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def owned():
    total = 0
    for item in [Noisy("a"), Noisy("b")]:
        total += len(item.name)
    print("after loop", total)
    return total


def failing(n):
    total = 0
    for i in range(n):
        total += 10 // (i - 3)
    return total


def listed(xs):
    items = list(xs)
    total = 0
    for x in items:
        total += x * 2
    return total


def with_range(n):
    total = 0
    for i in range(n):
        total += i
    return total


for k in range(60):
    ranges(k % 7)
    big(3)
    mutated()
    listed(range(k % 5))
    with_range(k)
print(ranges(7))
print(big(4))
print(mutated())
owned()
owned()
print(listed(range(6)), listed((1, 2)))
try:
    failing(5)
except ZeroDivisionError:
    traceback.print_exc()

# `range` rebound: the compiled guess (FOR_ITER_RANGE) must not be used.
real_range = builtins.range


def fake_range(n):
    return iter(["x"] * n)


builtins.range = fake_range
print("range rebound")
try:
    print(with_range(3))
except TypeError:
    traceback.print_exc()
builtins.range = real_range
print(with_range(10))
