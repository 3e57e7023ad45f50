def pick(a, b):
    if a:
        r = a + b
    else:
        r = b
    return r


for i in range(100):
    pick(i % 2, i)
