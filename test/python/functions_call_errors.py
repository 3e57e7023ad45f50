# Calls with wrong argument counts / names caught in hot loops: missing, extra, duplicate keyword
# (including via ** merging), positional-only passed by keyword, and error message texts.


def f(a, b, c=3):
    return a + b + c


def g(a, /, b, *, c):
    return (a, b, c)


def h(*args, **kwargs):
    return len(args), sorted(kwargs)


class K:
    def m(self, x):
        return x

    @staticmethod
    def s(x):
        return x

    @classmethod
    def c(cls, x):
        return x


def attempt(fn, args, kwargs):
    try:
        return fn(*args, **kwargs)
    except TypeError as e:
        return "TypeError: %s" % e


cases = [
    (f, (1, 2), {}),
    (f, (1,), {}),
    (f, (1, 2, 3, 4), {}),
    (f, (1, 2), {"d": 4}),
    (f, (1, 2), {"a": 1}),
    (f, (), {"a": 1, "b": 2, "c": 0}),
    (g, (1, 2), {"c": 3}),
    (g, (1, 2, 3), {}),
    (g, (), {"a": 1, "b": 2, "c": 3}),
    (g, (1,), {"b": 2}),
    (h, (1, 2), {"z": 1, "y": 2}),
    (K().m, (), {}),
    (K().m, (1, 2), {}),
    (K.m, (1,), {}),
    (K.s, (), {}),
    (K.c, (1, 2), {}),
    (len, (), {}),
    (len, ([1], [2]), {}),
    (int, ("5",), {"base": 10}),
    (int, ("5",), {"bse": 10}),
    (dict, (), {"a": 1}),
    (sorted, ([3, 1],), {"key": None, "reverse": True}),
    (sorted, ([3, 1], None), {}),
]
for i in range(60):
    attempt(*cases[i % 3])
for case in cases:
    print(case[0].__name__, attempt(*case))


def dup_kwargs(**kw):
    return kw


def merge(a, b):
    try:
        return f(**a, **b)
    except TypeError as e:
        return "TypeError: %s" % e


for i in range(60):
    merge({"a": i}, {"b": 1})
print(merge({"a": 1}, {"b": 2}), merge({"a": 1, "b": 2}, {"b": 3}), merge({"a": 1}, {"a": 1}))
try:
    dup_kwargs(x=1, **{"x": 2})
except TypeError as e:
    print("TypeError", e)
try:
    dup_kwargs(**{1: 2})
except TypeError as e:
    print("TypeError", e)
try:
    dup_kwargs(*[1])
except TypeError as e:
    print("TypeError", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError", e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print("TypeError", e)
