"""Recursive calls: naive Fibonacci, Takeuchi's tak and Ackermann's
function. Nothing but calls, returns, comparisons and small-int arithmetic,
checked against an iterative Fibonacci and known values.

  python3.11 fib.py [ROUNDS]
"""
import sys

import _harness

CATEGORY = "recursion"
DEFAULT_SIZE = 48
QUICK_SIZE = 1

FIB_N = 22


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def fib_iterative(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def one_round():
    return fib(FIB_N), tak(18, 12, 6), ackermann(2, 300)


def run(rounds):
    sys.setrecursionlimit(10000)
    expected = (fib_iterative(FIB_N), 7, 2 * 300 + 3)  # A(2, n) = 2n + 3
    for _ in range(rounds):
        result = one_round()
        if result != expected:
            raise AssertionError(f"got {result}, expected {expected}")
    return result


def describe(rounds, result):
    return (f"{rounds} rounds, fib({FIB_N}) = {result[0]}, tak = {result[1]}, "
            f"A(2, 300) = {result[2]}")


if __name__ == "__main__":
    _harness.main("fib", run, DEFAULT_SIZE, describe=describe)
