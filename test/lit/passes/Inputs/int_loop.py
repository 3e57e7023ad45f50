# An int kernel: a sieve-like count with small-int arithmetic.
def count(n):
    total = 0
    k = 0
    while k < n:
        j = k * 3 + 1
        if j % 7 < 3:
            total = total + j - k
        k = k + 1
    return total

for _ in range(12):
    r = count(600)
print(r)
