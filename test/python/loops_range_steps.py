# range with various starts/stops/steps, negative steps, reversed, len.

def sum_range(a, b, c):
    total = 0
    for i in range(a, b, c):
        total += i
    return total


def collect(a, b, c):
    return [i for i in range(a, b, c)]


def reverse_walk(n):
    out = []
    for i in reversed(range(n)):
        out.append(i * i)
    return out


def range_props(a, b, c):
    r = range(a, b, c)
    return len(r), (r[0] if len(r) else None), (r[-1] if len(r) else None), (a + 1) in r


cases = [(0, 10, 1), (0, 10, 3), (10, 0, -1), (10, 0, -3), (-5, 5, 2), (5, -5, -2),
         (0, 0, 1), (3, 3, -1), (0, 100, 7), (100, 0, -7)]
for rep in range(10):
    for a, b, c in cases:
        s = sum_range(a, b, c)
        if rep == 9:
            print((a, b, c), s, collect(a, b, c)[:6], range_props(a, b, c))

for n in range(0, 12, 4):
    print(n, reverse_walk(n))

# big bounds beyond machine ints
big = 2 ** 64
print(sum_range(big, big + 10, 3))
print(collect(big + 5, big - 5, -4))
print(range_props(-big, big, big // 3))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
