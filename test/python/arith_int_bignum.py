# Integer arithmetic overflowing into big ints; factorials, powers, negatives.

def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def power_sum(base, n):
    total = 0
    p = 1
    for _ in range(n):
        total += p
        p *= base
    return total


def grow(x):
    # doubles until it passes 2**100
    steps = 0
    while x < 2 ** 100:
        x = x * 2 + 1
        steps += 1
    return steps, x


def mixed_ops(a, b):
    return a + b, a - b, a * b, a // b, a % b, divmod(a, b), -a, abs(b), a ** 2


for n in range(40):
    f = factorial(n)
print("30!", factorial(30))
print("39!", f)
print("power_sum", power_sum(3, 50), power_sum(-7, 33))
for x in range(1, 60, 7):
    print("grow", x, grow(x))
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (2 ** 62, 3), (2 ** 63 - 1, 2), (-(2 ** 63), 7),
         (10 ** 30, 10 ** 12 + 7), (-(10 ** 25), 12345)]
for rep in range(20):
    for a, b in pairs:
        r = mixed_ops(a, b)
        if rep == 19:
            print(a, b, r)
print(2 ** 64 - 1 == (1 << 64) - 1, (2 ** 64) // (2 ** 32), int("9" * 40) % 97)
print(factorial(100) // factorial(98), len(str(factorial(200))))
