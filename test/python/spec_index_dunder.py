# Objects with __index__ used late in subscripts, slices, range(), bin/hex, repetition,
# and int(); plus __index__ that raises or returns a non-int.


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class BadIdx:
    def __index__(self):
        return "nope"


class RaiseIdx:
    def __index__(self):
        raise ValueError("no index for you")


def pick(seq, i):
    return seq[i]


def cut(seq, a, b):
    return seq[a:b]


def rng(n):
    return list(range(n))


def rep(s, n):
    return s * n


def fmt(n):
    return bin(n), hex(n), oct(n)


def setit(lst, i, v):
    lst[i] = v
    return lst


data = list(range(100, 110))
for i in range(60):
    pick(data, i % 10)
    cut(data, i % 5, i % 5 + 3)
    rng(i % 4)
    rep("ab", i % 3)
    fmt(i)
    setit([0, 0, 0], i % 3, i)
print("warm", pick(data, 3), cut(data, 2, 5), rng(3), rep("ab", 2), fmt(10), setit([0, 0], 1, 5))
print("idx", pick(data, Idx(4)), pick("hello", Idx(-1)), pick((1, 2, 3), Idx(0)))
print("slice", cut(data, Idx(1), Idx(3)), cut("abcdef", Idx(-3), None), cut(b"abcdef", 1, Idx(2)))
print("range", rng(Idx(5)), list(range(Idx(1), Idx(10), Idx(3))))
print("rep", rep("xy", Idx(3)), rep([0], Idx(2)), rep(Idx(2), "z") if False else "skip")
print("fmt", fmt(Idx(255)), fmt(True), fmt(-Idx(3).v))
print("setit", setit([1, 2, 3], Idx(1), "b"), setit([1, 2, 3], True, "t"))
print("bool idx", pick(data, True), pick(data, False), cut(data, True, 3))
for bad in (BadIdx(), RaiseIdx(), 1.0, "1", None):
    for fn, args in ((pick, (data, bad)), (rng, (bad,)), (rep, ("a", bad))):
        try:
            fn(*args)
            print("no error?", fn.__name__)
        except (TypeError, ValueError) as e:
            print(fn.__name__, type(e).__name__, e)
print("bigint index", end=" ")
try:
    pick(data, 2 ** 80)
except IndexError as e:
    print("IndexError", e)
print(cut(data, -(2 ** 80), 2 ** 80) == data, pick({2 ** 80: "big"}, 2 ** 80))
