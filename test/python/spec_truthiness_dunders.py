# Truth tests in hot branches (if/while/and/or/not) warmed on ints and lists, then fed objects
# whose __bool__/__len__ misbehave: non-bool return (TypeError), negative or huge __len__
# (ValueError/OverflowError), __bool__ raising, __len__ fallback, and None-returning __bool__.


class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Raiser:
    def __bool__(self):
        raise RuntimeError("no truth for you")


class Empty:
    pass


def branch(x):
    if x:
        return "T"
    return "F"


def logic(x):
    return (x and "and-true") or "or-fallback", not x


def count_true(xs):
    n = 0
    for x in xs:
        while x:
            n += 1
            break
    return n


def safe(fn, x):
    try:
        return fn(x)
    except (TypeError, ValueError, OverflowError, RuntimeError) as e:
        return "%s: %s" % (type(e).__name__, e)


for i in range(60):
    branch(i % 3)
    logic([i] if i % 2 else [])
    count_true([0, 1, 2, [], [0]])
vals = [0, 1, -1, 0.0, "", "0", [], [0], (), {}, None, B(True), B(False), B(1), B(None), L(0), L(3), L(-1), L(2 ** 70), L(1.5), Raiser(), Empty(), 0j, float("nan")]
for v in vals:
    print(type(v).__name__, safe(branch, v), safe(logic, v))
print(safe(count_true, [B(True), L(2), L(0), 3, Empty()]), safe(count_true, [B(True), B(1)]))
print(safe(lambda x: bool(x), L(5)), safe(len, L(-5)), safe(lambda x: [1, 2][bool(x)], L(1)), safe(lambda x: any([x]), B(False)))
print(safe(lambda x: type(x if x else "else").__name__, B(True)), safe(lambda x: len([y for y in (x, x) if y]), L(1)), safe(lambda x: 1 if not x else 2, B("s")))
