"""Closures and higher-order functions: function factories, nonlocal
counters, composition, decorators wrapping calls, callbacks passed to
map/filter/sorted and a small reduce. Calls through cells and
function objects made at run time.

  python3.11 closures.py [ROUNDS]
"""
import functools

import _harness

CATEGORY = "closure"
DEFAULT_SIZE = 5400
QUICK_SIZE = 30

ITEMS = 300

# Sum of the per-round results.
EXPECTED = {5400: 4597913177, 30: 23804886}


def make_adder(n):
    def add(x):
        return x + n
    return add


def make_multiplier(n):
    return lambda x: x * n


def compose(*functions):
    """compose(f, g, h)(x) == f(g(h(x)))."""
    def composed(x):
        for f in reversed(functions):
            x = f(x)
        return x
    return composed


def make_counter():
    """A counter function with its state in a cell."""
    count = 0

    def counter(step=1):
        nonlocal count
        count += step
        return count
    return counter


def counted(counter):
    """Decorator: every call of the wrapped function bumps counter."""
    def decorate(f):
        @functools.wraps(f)
        def wrapper(*args):
            counter()
            return f(*args)
        return wrapper
    return decorate


def make_accumulator():
    """Returns (add, total): two closures sharing one list."""
    items = []

    def add(x):
        items.append(x)

    def total():
        return sum(items)
    return add, total


def fold(f, items, start):
    acc = start
    for item in items:
        acc = f(acc, item)
    return acc


def one_round(r):
    calls = make_counter()

    @counted(calls)
    def transform(x):
        return (x * 7 + r) % 1009

    pipeline = compose(make_adder(3), make_multiplier(2), make_adder(-r % 5))
    add, total = make_accumulator()
    for i in range(ITEMS):
        add(pipeline(transform(i)))
    evens = list(filter(lambda v: v % 2 == 0, map(transform, range(ITEMS))))
    keyed = sorted(range(50), key=lambda v: (transform(v), -v))
    folded = fold(lambda a, b: (a * 31 + b) & 0xFFFFF, evens, 1)
    return total() + folded + keyed[0] + calls()


def run(rounds):
    return sum(one_round(r) for r in range(rounds))


def self_test():
    if compose(make_adder(1), make_multiplier(10))(4) != 41:
        raise AssertionError("compose is wrong")


if __name__ == "__main__":
    _harness.main("closures", run, DEFAULT_SIZE, EXPECTED, self_test=self_test)
