# Big-int number theory in hot loops: three-argument pow (incl. negative exponent = modular
# inverse), factorials, math.comb/perm/isqrt/gcd/lcm, int.to_bytes/from_bytes, bit_length,
# and a tiny Miller-Rabin / RSA round trip.
import math


def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def modexp(b, e, m):
    result = 1
    b %= m
    while e:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


for i in range(60):
    fact(i)
    modexp(i + 2, i * 7 + 1, 1000003)
print(fact(30), len(str(fact(200))), fact(200) % (10 ** 9 + 7), sum(map(int, str(fact(100)))))
print([modexp(3, e, 1000003) == pow(3, e, 1000003) for e in (0, 1, 2, 10 ** 20, 2 ** 100 + 1)])
print(pow(2, 10 ** 6, 10 ** 9 + 7), pow(-3, 5, 7), pow(3, -1, 7), pow(10, -2, 13), pow(-2, 3))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
print(pow(2, -2), pow(-8, 1 / 3) if False else "skip", pow(0, 0), (-2) ** 0.5 != 0)
primes = [n for n in range(2 ** 61 - 100, 2 ** 61) if is_probable_prime(n)]
print(primes, is_probable_prime(2 ** 89 - 1), is_probable_prime(2 ** 89 + 1))
p, q = 2 ** 61 - 1, 2 ** 31 - 1
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
msgs = [12345, 2 ** 40 + 7, n - 1]
print([pow(pow(m, e, n), d, n) == m for m in msgs], d % 1000)
print(math.comb(100, 50), math.perm(10, 3), math.isqrt(10 ** 40 + 1), math.gcd(fact(20), 2 ** 70), math.lcm(12, 18, 30))
x = fact(25)
b = x.to_bytes(16, "big")
print(b.hex(), int.from_bytes(b, "big") == x, x.bit_length(), (-x).bit_length(), int.from_bytes(b"\xff\xfe", "little", signed=True))
try:
    x.to_bytes(4, "big")
except OverflowError as e:
    print("OverflowError", e)
print(divmod(fact(30), fact(28)), (-fact(22)) // 7 ** 10, (-fact(22)) % 7 ** 10, fact(22) >> 50, -fact(22) >> 50)
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError", str(e)[:60])
