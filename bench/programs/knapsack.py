"""Dynamic programming on integers: the 0/1 knapsack over a row of the
table per item, and the longest common subsequence of two integer
sequences, both filling lists in nested loops with max() and indexing.
The knapsack answer is checked by brute force on a small instance.

  python3.11 knapsack.py [ROUNDS]
"""
import itertools

import _harness

CATEGORY = "int"
DEFAULT_SIZE = 500
QUICK_SIZE = 5

ITEMS = 40
CAPACITY = 300
SEQUENCE = 120

# Sum of the per-round results.
EXPECTED = {500: 630801, 5: 6056}


def make_items(count, seed):
    """(weight, value) pairs from a linear congruential generator."""
    state = seed
    items = []
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        weight = 5 + state % 40
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        items.append((weight, 1 + state % 100))
    return items


def add_item(best, weight, value):
    """The knapsack table row after one more item (best[c] = best value at capacity c)."""
    new = best[:]
    for c in range(weight, len(best)):
        candidate = best[c - weight] + value
        if candidate > new[c]:
            new[c] = candidate
    return new


def knapsack(items, capacity):
    best = [0] * (capacity + 1)
    for weight, value in items:
        best = add_item(best, weight, value)
    return best[capacity]


def brute_force(items, capacity):
    best = 0
    for mask in itertools.product((0, 1), repeat=len(items)):
        weight = sum(w for (w, _), m in zip(items, mask) if m)
        if weight <= capacity:
            best = max(best, sum(v for (_, v), m in zip(items, mask) if m))
    return best


def lcs_length(a, b):
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            if x == y:
                current.append(previous[j] + 1)
            else:
                current.append(max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def one_round(r):
    items = make_items(ITEMS, r + 1)
    a = [w % 7 for w, _ in make_items(SEQUENCE, r + 2)]
    b = [w % 7 for w, _ in make_items(SEQUENCE, r + 3)]
    return knapsack(items, CAPACITY) + lcs_length(a, b)


def run(rounds):
    return sum(one_round(r) for r in range(rounds))


def self_test():
    small = make_items(10, 99)
    if knapsack(small, 100) != brute_force(small, 100):
        raise AssertionError("the DP disagrees with brute force")


if __name__ == "__main__":
    _harness.main("knapsack", run, DEFAULT_SIZE, EXPECTED, self_test=self_test)
