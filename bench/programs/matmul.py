"""Matrix multiplication on lists of lists of floats, then a check that
(A B) x equals A (B x). Indexing, nested loops and float accumulation, as
in pure-Python numeric code written without numpy.

  python3.11 matmul.py [PRODUCTS]   (of 40 x 40 matrices)
"""
import random

import _harness

CATEGORY = "float"
DEFAULT_SIZE = 410
QUICK_SIZE = 3

N = 40

# Sum of the products' entries, rounded to 6 digits.
EXPECTED = {410: -2470.823925, 3: -5.561984}


def random_matrix(n, rng):
    return [[rng.uniform(-1.0, 1.0) for _ in range(n)] for _ in range(n)]


def dot_column(row, b, j):
    """row . (column j of b)."""
    total = 0.0
    for k in range(len(row)):
        total += row[k] * b[k][j]
    return total


def multiply(a, b):
    n = len(b[0])
    return [[dot_column(row, b, j) for j in range(n)] for row in a]


def mat_vec(a, x):
    result = []
    for row in a:
        total = 0.0
        for aij, xj in zip(row, x):
            total += aij * xj
        result.append(total)
    return result


def run(products):
    """Multiply `products` pairs of N x N matrices; (sum of all entries,
    largest difference between (AB)x and A(Bx))."""
    rng = random.Random(42)
    total = 0.0
    error = 0.0
    for _ in range(products):
        a = random_matrix(N, rng)
        b = random_matrix(N, rng)
        x = [rng.uniform(-1.0, 1.0) for _ in range(N)]
        ab = multiply(a, b)
        left = mat_vec(ab, x)
        right = mat_vec(a, mat_vec(b, x))
        error = max(error, max(abs(p - q) for p, q in zip(left, right)))
        total += sum(sum(r) for r in ab)
    return total, error


def verify(size, result):
    error = result[1]
    if error > 1e-9:
        raise AssertionError(f"(AB)x and A(Bx) differ by {error}")


def describe(size, result):
    return f"{size} products of {N}x{N} matrices, sum of entries {result[0]:.6f}"


if __name__ == "__main__":
    _harness.main("matmul", run, DEFAULT_SIZE, EXPECTED, describe=describe, verify=verify,
                  checksum=lambda result: round(result[0], 6))
