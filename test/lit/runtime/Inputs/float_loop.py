def dot(xs, ys):
    total = 0.0
    for i in range(len(xs)):
        total += xs[i] * ys[i]
    return total


# 20 calls in the interpreter (it specializes dot), then 10 compiled ones.
xs = [float(i) for i in range(100)]
for _ in range(30):
    result = dot(xs, xs)
print(result)
