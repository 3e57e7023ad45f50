# Container protocol dunders: __len__, __iter__, __getitem__, __setitem__, __contains__, __call__.

class Ring:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Ring(self.items[i])
        return self.items[i % len(self.items)]

    def __setitem__(self, i, v):
        self.items[i % len(self.items)] = v

    def __delitem__(self, i):
        del self.items[i % len(self.items)]

    def __contains__(self, v):
        return v in self.items

    def __iter__(self):
        return iter(self.items)

    def __reversed__(self):
        return reversed(self.items)

    def __call__(self, k):
        return [self[i] for i in range(k)]

    def __repr__(self):
        return "Ring(%r)" % self.items


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class OldSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10


def consume(r):
    s = 0
    for i in range(len(r) * 3):
        s += r[i]
    return s


r = Ring([1, 2, 3, 4])
for i in range(40):
    c = consume(r)
print(c, len(r), r[-1], r[9], 3 in r, 9 in r, list(r), list(reversed(r)), r(6), r[1:3])
r[5] = 20
del r[0]
print(r, consume(Ring([0.5, 1.5])))
for i in range(20):
    cd = list(Countdown(i))
print(cd, sum(Countdown(10)), list(OldSeq()), 20 in OldSeq(), sorted(Countdown(5)))
a, b, *c = Countdown(5)
print(a, b, c)
try:
    len(Countdown(3))
except TypeError as e:
    print("TypeError:", e)
