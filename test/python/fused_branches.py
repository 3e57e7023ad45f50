# Comparisons whose bool only a jump tests (--uop-fuse-branches makes them
# one raw-bit uop), in functions called often enough to be compiled
# specialized (the differential suite's "warm" configuration): every
# comparison operator, both jump senses, loops that test at the bottom,
# then values the specialization did not see -- big ints, nan, -0.0, str
# subclasses, an object with __eq__ -- which must leave to the interpreter
# and still decide the same way.


def int_ops(a, b):
    out = []
    if a < b:
        out.append("<")
    if a <= b:
        out.append("<=")
    if a == b:
        out.append("==")
    if a != b:
        out.append("!=")
    if a > b:
        out.append(">")
    if a >= b:
        out.append(">=")
    if not a < b:
        out.append("!<")
    if not a >= b:
        out.append("!>=")
    return "".join(out)


def float_ops(x, y):
    out = []
    if x < y:
        out.append("<")
    if x <= y:
        out.append("<=")
    if x == y:
        out.append("==")
    if x != y:
        out.append("!=")
    if x > y:
        out.append(">")
    if not x >= y:
        out.append("!>=")
    return "".join(out)


def str_ops(s, t):
    out = []
    if s == t:
        out.append("eq")
    if s != t:
        out.append("ne")
    if not s == t:
        out.append("!eq")
    return "-".join(out)


def identity(v, w):
    out = []
    if v is None:
        out.append("none")
    if v is not None:
        out.append("some")
    if v is w:
        out.append("same")
    if not v is not w:
        out.append("same2")
    return ",".join(out)


def count_below(n, step):
    i = 0
    hits = 0
    while i < n:
        if i % 3 != 1:
            hits += 1
        i += step
    return hits


def count_floats(limit):
    x = 0.0
    n = 0
    while x <= limit:
        x += 0.25
        n += 1
    return n


def escapes(x, y):
    # The sums and products are compared as doubles (--uop-unbox after the
    # fusion): inf * 0.0 and inf - inf make NaNs there.
    out = []
    if x * x + y * y > 4.0:
        out.append(">4")
    if x * y - y <= x:
        out.append("<=")
    if x * y != x * y:
        out.append("nan!=")
    if not x * y == x * y:
        out.append("not==")
    if x - y >= y - x:
        out.append(">=")
    return " ".join(out)


pairs = [(1, 2), (2, 2), (3, 2), (-5, -7), (0, 0), (-1, 1), (255, 256)]
for _ in range(12):
    for a, b in pairs:
        int_ops(a, b)
        float_ops(float(a), float(b))
    str_ops("ab", "ab")
    str_ops("ab", "cd")
    identity(None, None)
    identity(1, 2)
    count_below(30, 1)
    count_floats(5.0)
    for x, y in [(0.5, 1.5), (3.0, -1.0), (0.0, 0.0)]:
        escapes(x, y)

for a, b in pairs + [(2**40, 2**40 + 1), (-2**70, 3), (10**30, 10**30), (True, 1), (5, 5.0)]:
    print("int", a, b, int_ops(a, b))
for x, y in [(0.5, 1.5), (1.0, 1.0), (-0.0, 0.0), (float("nan"), 1.0), (1.0, float("nan")),
             (float("inf"), 1e308), (-float("inf"), float("inf")), (3, 2.5), (1.0, True)]:
    print("float", x, y, float_ops(x, y))


class Word(str):
    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


class Anything:
    def __eq__(self, other):
        return "yes"  # truthy, not a bool


for s, t in [("ab", "ab"), ("ab", "ba"), ("", ""), ("é", "é"), (Word("x"), "y"), ("y", Word("x")),
             (Anything(), "a"), ("a", 1)]:
    print("str", repr(s) if not isinstance(s, Anything) else "Anything", str_ops(s, t))
for v, w in [(None, None), (0, None), ([], []), (print, print), ("", "")]:
    print("is", identity(v, w))
print("loops", count_below(100, 1), count_below(100, 7), count_below(2**65, 2**64),
      count_floats(10.0), count_floats(float("nan")))
inf, nan = float("inf"), float("nan")
for x, y in [(0.5, 1.5), (3.0, -1.0), (inf, 0.0), (0.0, inf), (inf, inf), (nan, 1.0), (-0.0, 0.0),
             (1e308, 1e308), (2, 1.5), (True, 0.5)]:
    print("escapes", x, y, escapes(x, y))
