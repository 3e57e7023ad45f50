"""Comprehensions: list, dict and set comprehensions, nested ones with
conditions, and generator expressions fed to sum/any/all/max, doing matrix
transposes, Pythagorean triples, inverted indexes and filtering.

  python3.11 comprehensions.py [ROUNDS]
"""
import _harness

CATEGORY = "comprehension"
DEFAULT_SIZE = 2900
QUICK_SIZE = 30

# Sum of the per-round results.
EXPECTED = {2900: 6742706, 30: 69721}


def matrix(n, seed):
    return [[(i * n + j + seed) % 17 for j in range(n)] for i in range(n)]


def transpose(m):
    return [[row[j] for row in m] for j in range(len(m[0]))]


def triples(limit):
    """Pythagorean triples with c <= limit."""
    return [(a, b, c) for c in range(1, limit + 1) for b in range(1, c)
            for a in range(1, b) if a * a + b * b == c * c]


def inverted_index(words):
    """{letter: set of word positions containing it}."""
    letters = {ch for word in words for ch in word}
    return {ch: {i for i, word in enumerate(words) if ch in word} for ch in letters}


def stats(values):
    positives = [v for v in values if v > 0]
    squares = {v: v * v for v in positives}
    return (sum(v for v in values if v % 2 == 0), max((v for v in values), default=0),
            any(v > 15 for v in values), all(v >= 0 for v in values), len(squares))


def one_round(r):
    m = matrix(24, r)
    t = transpose(m)
    if transpose(t) != m:
        raise AssertionError("transpose twice is not the identity")
    diagonal = sum(m[i][i] for i in range(len(m)))
    found = triples(30 + r % 5)
    words = [f"w{(i * 7 + r) % 31}x{i % 5}" for i in range(60)]
    index = inverted_index(words)
    flat = [x for row in m for x in row if x % 3]
    s = stats(flat)
    return diagonal + len(found) + sum(len(v) for v in index.values()) + sum(int(x) for x in s)


def run(rounds):
    return sum(one_round(r) for r in range(rounds))


def self_test():
    if (3, 4, 5) not in triples(5):
        raise AssertionError("(3, 4, 5) is missing")


if __name__ == "__main__":
    _harness.main("comprehensions", run, DEFAULT_SIZE, EXPECTED, self_test=self_test)
