# One subscript-load site and one subscript-store site warmed on list[int] then fed dicts,
# tuples, strings, bytearrays, ranges, list subclasses overriding __getitem__/__setitem__,
# negative and out-of-range indices, slices, and objects with __class_getitem__ only.


class Logged(list):
    log = []

    def __getitem__(self, i):
        Logged.log.append(("get", i))
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        Logged.log.append(("set", i))
        list.__setitem__(self, i, v)


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        r, c = key
        return self.cells.get((r, c), ".")

    def __setitem__(self, key, v):
        self.cells[key] = v

    def __repr__(self):
        return "Grid(%s)" % sorted(self.cells.items(), key=repr)


class OnlyClass:
    def __class_getitem__(cls, item):
        return "generic[%s]" % (item,)


def get(c, k):
    return c[k]


def put(c, k, v):
    c[k] = v
    return c


def try_get(c, k):
    try:
        return get(c, k)
    except (IndexError, KeyError, TypeError, ValueError) as e:
        return "%s: %s" % (type(e).__name__, e)


def try_put(c, k, v):
    try:
        return put(c, k, v)
    except (IndexError, KeyError, TypeError, ValueError) as e:
        return "%s: %s" % (type(e).__name__, e)


lst = list(range(10))
for i in range(60):
    get(lst, i % 10)
    put(lst, i % 10, i)
print(get(lst, 3), put(list(range(3)), 1, "x"))
containers = [[1, 2, 3], (1, 2, 3), "abc", b"abc", bytearray(b"abc"), range(1, 4), {0: "z", -1: "m"}, Logged([1, 2, 3]), Grid(), OnlyClass, {1, 2}, None]
for c in containers:
    print(type(c).__name__, [try_get(c, k) for k in (0, -1, 5, slice(1, None), (0, 1), "k")])
for c in ([1, 2, 3], (1, 2), "ab", bytearray(b"ab"), {}, Logged([0, 0]), Grid(), range(3)):
    print(type(c).__name__, [str(try_put(c, k, 65)) for k in (0, -1, 9, (1, 1), "k")])
print(Logged.log)
g = Grid()
for r in range(3):
    for c in range(3):
        if (r + c) % 2 == 0:
            put(g, (r, c), "#")
print("\n".join("".join(get(g, (r, c)) for c in range(3)) for r in range(3)))
m = [[0] * 3 for _ in range(3)]
for i in range(9):
    put(get(m, i // 3), i % 3, i * i)
print(m, get(get(m, -1), -1), get(dict(a=[1, {"b": (2, 3)}]), "a")[1]["b"][-1])
d = {}
for k in (1, 1.0, True, "1", (1,), frozenset([1])):
    put(d, k, type(k).__name__)
print(d)
