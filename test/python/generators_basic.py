# Generators: lazy evaluation, state across next(), StopIteration value, close() and finally.

def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "finished %d" % n


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(gen, n):
    out = []
    for x in gen:
        if len(out) >= n:
            break
        out.append(x)
    return out


def with_cleanup(log):
    try:
        for i in range(100):
            yield i
    finally:
        log.append("cleanup")


for i in range(40):
    s = sum(count_up(i))
print(s, list(count_up(5)), take(fib_gen(), 15))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(next(g, "default"))
log = []
g = with_cleanup(log)
print(next(g), next(g), log)
g.close()
print(log, list(g))
log.clear()
for i in range(20):
    r = take(with_cleanup(log), 3)
print(r, len(log))
gen = (x * x for x in count_up(6))
print(type(gen).__name__, list(gen), list(gen))
