# Nested for/while loops with break/continue inside hot functions.

def multiplication_table(n):
    rows = []
    for i in range(1, n + 1):
        row = []
        for j in range(1, n + 1):
            row.append(i * j)
        rows.append(row)
    return rows


def count_pairs(limit):
    count = 0
    i = 0
    while i < limit:
        j = i
        while j < limit:
            if (i + j) % 3 == 0:
                count += 1
            j += 1
        i += 1
    return count


def find_first(matrix, target):
    for r, row in enumerate(matrix):
        for c, value in enumerate(row):
            if value == target:
                return r, c
    return None


def triangle(n):
    total = 0
    for i in range(n):
        for j in range(i):
            for k in range(j):
                total += i ^ j ^ k
    return total


for n in range(1, 30):
    t = multiplication_table(n % 6 + 1)
    if n % 7 == 0:
        print(n, t[-1])

total = 0
for n in range(60):
    total += count_pairs(n % 15)
print("pairs", total)

m = multiplication_table(9)
for target in (1, 12, 81, 17, 35, 36, 64, 100):
    print("find", target, find_first(m, target))

results = [triangle(n) for n in range(25)]
print("triangle", results)
# switch to floats in the matrix
fm = [[x * 0.5 for x in row] for row in m]
for target in (0.5, 6.0, 40.5, 2.25):
    print("ffind", target, find_first(fm, target))
