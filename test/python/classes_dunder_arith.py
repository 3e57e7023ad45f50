# Dunder arithmetic and comparison methods: __add__, __radd__, __mul__, __eq__, __lt__, __hash__.
import functools


@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    __radd__ = __add__

    def __mul__(self, k):
        return Money(self.cents * k)

    def __neg__(self):
        return Money(-self.cents)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __repr__(self):
        return "$%d.%02d" % divmod(self.cents, 100) if self.cents >= 0 else "-" + repr(-self)

    def __bool__(self):
        return self.cents != 0


def total(items):
    t = Money(0)
    for it in items:
        t = t + it
    return t


for i in range(40):
    r = total([Money(i), Money(2 * i), 5])
print(r, sum([Money(1), Money(2)]), total([]), -Money(250), Money(3) * 4)
ms = [Money(c) for c in (500, 20, 1999, 20, 7)]
print(sorted(ms), max(ms), min(ms), Money(1) <= Money(1), Money(2) > Money(1), Money(1) >= Money(2))
print(Money(5) == Money(5), Money(5) != Money(6), Money(5) == 5, len({Money(1), Money(1), Money(2)}))
print(bool(Money(0)), bool(Money(1)), [m for m in ms if m])
try:
    total([Money(1), "x"])
except TypeError as e:
    print("TypeError:", e)
