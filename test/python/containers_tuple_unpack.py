# Tuple building and unpacking (a, b = ...; swaps; nested; errors).

def swap_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def rotate3(x, y, z, n):
    for _ in range(n):
        x, y, z = y, z, x
    return x, y, z


def nested(pairs):
    out = []
    for (a, b), c in pairs:
        out.append(a * b + c)
    return out


def minmax(xs):
    lo = hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


for n in range(90):
    f = swap_loop(n)
print(f)
print(rotate3(1, 2, 3, 7), rotate3("a", "b", "c", 8))
print(nested([((1, 2), 3), ((4, 5), 6), ([7, 8], 9)]))
lo, hi = minmax([5, 3, 8, 1, 9])
print(lo, hi, minmax([2.5, -1, 7]), minmax("hello"))
t = tuple(range(5))
print(t, t[1:3], t * 2, t + (5,), t.index(3), t.count(0), (1,) < (1, 0), hash((1, 2)) == hash((1, 2)))
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
for bad in ([1, 2, 3], [1]):
    try:
        x, y = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError:", e)
