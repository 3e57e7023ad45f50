"""Generator pipelines: a source of numbers flows through filtering,
mapping, windowing and batching stages (plain generators,
`yield from`, generator expressions, send()), the way lazy data processing
is written in Python.

  python3.11 generators.py [ROUNDS]
"""
import _harness

CATEGORY = "generator"
DEFAULT_SIZE = 5000
QUICK_SIZE = 30

ITEMS = 500

# Sum of the per-round results.
EXPECTED = {5000: 52225184085, 30: 312300597}


def numbers(n, seed):
    """n pseudo-random ints from a linear congruential generator."""
    state = seed
    for _ in range(n):
        state = (state * 69069 + 1) & 0xFFFFFFFF
        yield state >> 16


def keep(predicate, items):
    for item in items:
        if predicate(item):
            yield item


def scaled(items, factor):
    for item in items:
        yield item * factor % 10007


def windows(items, size):
    """Sliding sums over the last `size` items."""
    window = []
    total = 0
    for item in items:
        window.append(item)
        total += item
        if len(window) > size:
            total -= window.pop(0)
        if len(window) == size:
            yield total


def batches(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def chained(*sources):
    for source in sources:
        yield from source


def running_max():
    """A coroutine-style generator: send values, get the maximum so far."""
    best = None
    value = yield
    while True:
        if best is None or value > best:
            best = value
        value = yield best


def one_round(r):
    source = chained(numbers(ITEMS, r + 1), numbers(ITEMS // 2, r + 1000))
    odd = keep(lambda v: v % 2 == 1, source)
    pipeline = windows(scaled(odd, 31), 8)
    tracker = running_max()
    next(tracker)
    total = 0
    best = 0
    for batch in batches(pipeline, 16):
        s = sum(x for x in batch if x % 3)
        total += s
        best = tracker.send(s)
    return total + best


def run(rounds):
    return sum(one_round(r) for r in range(rounds))


def self_test():
    if list(windows(iter([1, 2, 3, 4]), 2)) != [3, 5, 7]:
        raise AssertionError("windows is wrong")


if __name__ == "__main__":
    _harness.main("generators", run, DEFAULT_SIZE, EXPECTED, self_test=self_test)
