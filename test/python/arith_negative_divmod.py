# Floor division and modulo with negative operands (ints, floats, big ints, bools), divmod,
# and the identities (a // b) * b + a % b == a checked in hot loops.


def dm(a, b):
    return a // b, a % b


def check(a, b):
    q, r = divmod(a, b)
    return q * b + r == a and (r == 0 or (r < 0) == (b < 0))


def table(vals):
    rows = []
    for a in vals:
        row = []
        for b in vals:
            if b == 0:
                continue
            row.append("%d/%d=%d,%d" % ((a, b) + dm(a, b)))
        rows.append(" ".join(row))
    return rows


ints = [-7, -3, -1, 0, 1, 3, 7]
for i in range(60):
    table(ints)
    check(i - 30, 7)
    dm(-i, 4)
print("\n".join(table(ints)))
big = 10 ** 30 + 7
print(dm(-big, 3), dm(big, -3), dm(-big, -big + 1), check(-big, 10 ** 15 + 3), dm(-1, big))
print(dm(-7.0, 2), dm(7, -2.0), dm(-0.5, 1), dm(True, -2), dm(-5, True))
print(all(check(a, b) for a in range(-20, 21) for b in range(-6, 7) if b))
print(all(check(a * 0.5, b * 0.25) for a in range(-20, 21) for b in range(-6, 7) if b))
for a, b in ((1, 0), (1.0, 0), (1, 0.0), (0, 0), (big, 0)):
    try:
        dm(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print(-7 >> 1, -1 >> 100, -big >> 64, (-7) & 3, -7 | 2, ~7, -(-7 // 2), int(-7 / 2), round(-3.5))
print([x % 5 for x in range(-6, 7)], [x % -5 for x in range(-6, 7)])
print(pow(-2, 63) // -1, (-2) ** 63 % 1000, -2 ** 2, (-2) ** 2, 2 ** -1)


def collatz_signed(n, steps):
    seq = []
    for _ in range(steps):
        seq.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    return seq


for i in range(30):
    collatz_signed(-i, 10)
print(collatz_signed(-17, 20), collatz_signed(27, 10))
