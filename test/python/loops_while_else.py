# while/for with else clauses, break, continue.

def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return True
    return False


def search(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            result = "found at %d" % i
            break
    else:
        result = "not found"
    return result


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2:
            n = 3 * n + 1
        else:
            n //= 2
        steps += 1
    else:
        steps += 1000
    return steps


def skip_odd_sum(n):
    s = 0
    i = 0
    while True:
        i += 1
        if i > n:
            break
        if i % 2:
            continue
        s += i
    return s


primes = [n for n in range(100) if is_prime(n)]
print(primes)
data = [3, 1, 4, 1, 5, 9, 2, 6]
for t in range(12):
    print(t, search(data, t))
print(search("hello", "l"), search("hello", "z"))
print([collatz_steps(n) for n in range(1, 40)])
print([skip_odd_sum(n) for n in range(0, 60, 7)])
# big ints into the while loop
print(collatz_steps(2 ** 70 + 1))
print(is_prime(2 ** 31 - 1))
