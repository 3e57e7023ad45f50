"""Spectral norm: the largest singular value of the infinite matrix
A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1), by power iteration on A^T A.
Float arithmetic and small function calls in tight loops (Benchmarks Game).

  python3.11 spectral_norm.py [N]
"""
import _harness

CATEGORY = "float"
DEFAULT_SIZE = 440
QUICK_SIZE = 40

# The norm converges to 1.2742241528... as N grows.
EXPECTED = {440: 1.274224099, 40: 1.274167288}


def eval_a(i, j):
    """The matrix entry A[i][j]."""
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times_row(u, i):
    """(A u)[i]."""
    total = 0.0
    for j in range(len(u)):
        total += eval_a(i, j) * u[j]
    return total


def times_row_transposed(u, i):
    """(A^T u)[i]."""
    total = 0.0
    for j in range(len(u)):
        total += eval_a(j, i) * u[j]
    return total


def times_at_a(u):
    """A^T A u."""
    n = len(u)
    v = [times_row(u, i) for i in range(n)]
    return [times_row_transposed(v, i) for i in range(n)]


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_at_a(u)
        u = times_at_a(v)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


def verify(size, norm):
    if abs(norm - 1.2742241528) > 1e-3:
        raise AssertionError(f"norm {norm:.9f} is not close to 1.2742241528")


def describe(size, norm):
    return f"N={size} norm {norm:.9f}"


if __name__ == "__main__":
    _harness.main("spectral_norm", spectral_norm, DEFAULT_SIZE, EXPECTED,
                  describe=describe, verify=verify, checksum=lambda norm: round(norm, 9))
