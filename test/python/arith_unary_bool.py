# Unary ops, boolean ops with short-circuit, truthiness of many types.

def negate_all(xs):
    return [-x for x in xs]


def truth(x):
    if x:
        return "T"
    return "F"


def pick(a, b, c):
    return a and b or c


def first_truthy(*args):
    r = None
    for a in args:
        r = r or a
    return r


class Empty:
    def __len__(self):
        return 0


class Falsy:
    def __bool__(self):
        return False


for i in range(40):
    n = negate_all([i, -i, 0.5 * i])
print(n, negate_all([True, False, 2 ** 70, -0.0]))
vals = [0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), (0,), {}, {0: 0}, None, Empty(), Falsy(), 2 ** 90, set()]
for i in range(20):
    t = "".join(truth(x) for x in vals)
print(t)
print([pick(a, b, c) for a, b, c in [(1, 2, 3), (0, 2, 3), (1, 0, 3), (1, "", None), ("x", "y", "z")]])
print(first_truthy(0, "", None, [], 7, 8), first_truthy(0, ""), first_truthy())
print(not 0, not 1, not [], not None, +True, -True, ~5, ~-1, +(-3.5), -(2 ** 63))
print([not x for x in vals[:6]])
try:
    -"abc"
except TypeError as e:
    print("TypeError:", e)
