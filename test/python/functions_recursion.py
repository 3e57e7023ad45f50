# Recursion: fib, ackermann (small), mutual recursion, hanoi, RecursionError caught.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves


def depth(n):
    return depth(n + 1)


def power(b, e):
    if e == 0:
        return 1
    half = power(b, e // 2)
    return half * half * (b if e % 2 else 1)


print([fib(n) for n in range(20)])
print(ack(2, 3), ack(3, 3), [ack(1, n) for n in range(5)])
print(is_even(30), is_odd(31), is_even(7))
m = hanoi(5, "A", "B", "C", [])
print(len(m), m[:7])
print(power(3, 40), power(2.0, 10), power(7, 100) % 1000)
sys.setrecursionlimit(400)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
print(fib(15))
