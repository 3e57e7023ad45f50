"""Fannkuch: for every permutation of 0..n-1, count the prefix reversals
("pancake flips") until 0 comes first. Integer list shuffling, slicing and
swaps (Benchmarks Game); one call per permutation.

  python3.11 fannkuch.py [REPEATS]   (fannkuch(7), REPEATS times)
"""
import _harness

CATEGORY = "int"
DEFAULT_SIZE = 210
QUICK_SIZE = 3

N = 7
# Known answers: (checksum, maximum flips) of fannkuch(n).
KNOWN = {7: (228, 16), 8: (1616, 22), 9: (8629, 30)}


def count_flips(perm):
    """Flips until the first element is 0; perm is left unchanged."""
    p = perm[:]
    flips = 0
    first = p[0]
    while first:
        # Reverse the first first+1 elements.
        i = 0
        j = first
        while i < j:
            p[i], p[j] = p[j], p[i]
            i += 1
            j -= 1
        flips += 1
        first = p[0]
    return flips


def next_permutation(perm, count):
    """Advance perm to the next permutation in the order of the original
    benchmark (rotations counted in `count`); False after the last one."""
    r = 1
    n = len(perm)
    while r < n:
        first = perm[0]
        for i in range(r):
            perm[i] = perm[i + 1]
        perm[r] = first
        count[r] -= 1
        if count[r] > 0:
            return True
        count[r] = r + 1
        r += 1
    return False


def fannkuch(n):
    perm = list(range(n))
    count = [i + 1 for i in range(n)]
    checksum = 0
    max_flips = 0
    sign = 1
    while True:
        flips = count_flips(perm)
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        if not next_permutation(perm, count):
            return checksum, max_flips


def run(repeats):
    for _ in range(repeats):
        result = fannkuch(N)
        if result != KNOWN[N]:
            raise AssertionError(f"fannkuch({N}) = {result}, expected {KNOWN[N]}")
    return result


def describe(repeats, result):
    return f"{repeats} x fannkuch({N}) = checksum {result[0]}, max flips {result[1]}"


if __name__ == "__main__":
    _harness.main("fannkuch", run, DEFAULT_SIZE, describe=describe)
