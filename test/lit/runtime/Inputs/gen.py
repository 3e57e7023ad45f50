def gen(n):
    for i in range(n):
        yield i


print(sum(gen(100)))
