# Dict/set lookups and list.index/count/'in' in hot code, later using keys whose __eq__/__hash__
# are overridden: collisions, eq that counts calls, eq returning NotImplemented, unhashables.


class Key:
    eq_calls = 0

    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Key.eq_calls += 1
        if isinstance(other, Key):
            return self.name == other.name
        return NotImplemented

    def __repr__(self):
        return "Key(%s)" % self.name


class AlwaysEq:
    def __eq__(self, other):
        return True

    __hash__ = None


class FloatLike:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other

    def __hash__(self):
        return hash(self.v)


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return None


def member(container, x):
    return x in container


def where(lst, x):
    try:
        return lst.index(x)
    except ValueError:
        return -1


def count(lst, x):
    return lst.count(x)


d = {i: i * i for i in range(20)}
s = set(range(0, 20, 3))
lst = list(range(20))
for i in range(60):
    lookup(d, i % 25)
    member(s, i % 20)
    where(lst, i % 23)
    count(lst, i % 4)
print("warm", lookup(d, 7), lookup(d, 99), member(s, 9), where(lst, 22), count(lst + [3], 3))
print("num keys", lookup(d, 7.0), lookup(d, True), member(s, 6.0), where(lst, 5.0), count([1, 1.0, True], 1))
kd = {Key("a", 1): "A", Key("b", 1): "B", Key("c", 2): "C"}
Key.eq_calls = 0
print("collide", lookup(kd, Key("b", 1)), lookup(kd, Key("z", 1)), lookup(kd, Key("c", 2)), lookup(kd, 1))
print("eq calls", Key.eq_calls)
Key.eq_calls = 0
kl = [Key("x", 5), Key("y", 5), 3]
print("list", where(kl, Key("y", 0)), count(kl, Key("x", 9)), member(kl, Key("q", 5)), member(kl, 3))
print("eq calls", Key.eq_calls)
print("alwayseq", where(lst, AlwaysEq()), count(lst, AlwaysEq()), member([9, 8], AlwaysEq()))
for bad in (AlwaysEq(), [1], {"a": 1}):
    try:
        lookup(d, bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        member(s, bad)
    except TypeError as e:
        print("TypeError", e)
fl = FloatLike(4)
print("floatlike", lookup(d, fl), member(s, FloatLike(3)), where(lst, FloatLike(2)), member({fl: 1}, 4))
nan = float("nan")
print("nan", member([nan], nan), where([1, nan], nan), count([nan, nan], float("nan")), lookup({nan: 1}, nan))
