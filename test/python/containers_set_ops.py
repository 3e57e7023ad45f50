# Sets of ints and strings (printed sorted), set algebra, frozensets.

def primes_upto(n):
    composite = set()
    for i in range(2, n + 1):
        if i not in composite:
            for j in range(i * i, n + 1, i):
                composite.add(j)
    return sorted(set(range(2, n + 1)) - composite)


def algebra(a, b):
    a, b = set(a), set(b)
    return sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= b, a.isdisjoint(b)


def dedupe(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


for n in range(50):
    p = primes_upto(n)
print(p)
print(algebra([1, 2, 3, 4], [3, 4, 5]), algebra("abc", "abcd"))
print(dedupe([3, 1, 3, 2, 1, 5, 2]), dedupe("mississippi"), dedupe([1, 1.0, True, 2, 2.0]))
s = {1, 2, 3}
s.discard(5)
s.remove(1)
s.update([9, 8])
print(sorted(s), len(s), 9 in s, frozenset([1, 2]) == {2, 1}, sorted({frozenset([1]): "x"}.values()))
print(sorted({x % 5 for x in range(100)}), {2 ** 70, 2 ** 70 + 0} == {2 ** 70})
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
