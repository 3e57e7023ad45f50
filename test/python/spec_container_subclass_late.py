# Hot container code (subscript, len, iteration, 'in', methods) warmed with builtin list/dict/str,
# then given subclasses that override the dunders the fast paths would skip.


class RevList(list):
    def __getitem__(self, i):
        if isinstance(i, int):
            return list.__getitem__(self, -1 - i)
        return list.__getitem__(self, i)

    def __len__(self):
        return list.__len__(self) * 10

    def __iter__(self):
        return iter(list(reversed(list(list.__iter__(self)))))


class DefaultDict0(dict):
    def __missing__(self, key):
        return 0

    def __contains__(self, key):
        return True


class UpperStr(str):
    def __getitem__(self, i):
        return str.__getitem__(self, i).upper()

    def __len__(self):
        return 99

    def __eq__(self, other):
        return str.lower(self) == str.lower(other)

    __hash__ = str.__hash__


class CountingList(list):
    calls = 0

    def append(self, x):
        CountingList.calls += 1
        list.append(self, x * 2)


def first_last(seq):
    return seq[0], seq[-1], len(seq)


def walk(seq):
    out = []
    for x in seq:
        out.append(x)
    return out


def get(d, k):
    if k in d:
        return d[k]
    return "absent"


def build(lst, n):
    for i in range(n):
        lst.append(i)
    return lst


def same(a, b):
    return a == b


for i in range(60):
    first_last([i, i + 1, i + 2])
    walk([1, 2, 3])
    get({"a": 1}, "a" if i % 2 else "b")
    build([], 3)
    same("x", "x")
    first_last("hello")
print("warm", first_last([1, 2, 3]), first_last("hello"), get({"a": 1}, "b"), build([], 4))
r = RevList([1, 2, 3, 4])
print("revlist", first_last(r), walk(r), r[1:3])
dd = DefaultDict0(a=5)
print("dict sub", get(dd, "a"), get(dd, "zzz"), get({"zzz": 1}, "zzz"))
u = UpperStr("abc")
print("str sub", first_last(u), walk(u), same(u, "ABC"), same("ABC", u), same(u, "abd"))
cl = build(CountingList(), 5)
print("counting", cl, CountingList.calls, build([], 2))
print("tuple/range", first_last((7, 8, 9)), first_last(range(3, 30, 4)), walk(range(3)), walk((1, "a")))
print("bytes", first_last(b"xyz"), walk(b"ab"), first_last(bytearray(b"qr")))
try:
    first_last([])
except IndexError as e:
    print("IndexError", e)
try:
    first_last({0: "a"})
except KeyError as e:
    print("KeyError", e)
print("dict first_last", first_last({0: "a", -1: "b"}))
