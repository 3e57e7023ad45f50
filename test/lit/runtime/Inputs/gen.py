def gen(n):
    for i in range(n):
        yield (i, i)


print(sum(a + b for a, b in gen(100)))
