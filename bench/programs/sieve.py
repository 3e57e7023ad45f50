"""Sieve of Eratosthenes: counts the primes below a limit, many times over
growing limits. Integer loops and list stores, and a check against the
known prime counts pi(10^k).

  python3.11 sieve.py [ROUNDS]
"""
import _harness

CATEGORY = "int"
DEFAULT_SIZE = 5000
QUICK_SIZE = 100

LIMIT = 3000
# pi(10^k), the number of primes below 10^k.
PRIME_COUNTS = {10: 4, 100: 25, 1000: 168, 10000: 1229}

# Sum of the prime counts over all rounds.
EXPECTED = {5000: 3620680, 100: 43628}


def sieve(limit):
    """flags[i] is True iff i is prime, for i < limit."""
    flags = [True] * limit
    flags[0] = flags[1] = False
    i = 2
    while i * i < limit:
        if flags[i]:
            for j in range(i * i, limit, i):
                flags[j] = False
        i += 1
    return flags


def count_primes(limit):
    count = 0
    for is_prime in sieve(limit):
        if is_prime:
            count += 1
    return count


def run(rounds):
    total = 0
    for r in range(rounds):
        total += count_primes(LIMIT + r)
    return total


def verify(size, total):
    """After the run: count_primes agrees with the known counts."""
    for limit, expected in PRIME_COUNTS.items():
        if count_primes(limit) != expected:
            raise AssertionError(f"wrong number of primes below {limit}")


def describe(size, total):
    return f"{size} rounds, {total} primes counted"


if __name__ == "__main__":
    _harness.main("sieve", run, DEFAULT_SIZE, EXPECTED,
                  describe=describe, verify=verify)
