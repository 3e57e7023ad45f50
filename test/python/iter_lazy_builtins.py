# Laziness of zip/map/filter/reversed/enumerate/iter(callable, sentinel) observed through side
# effects in hot loops; zip(strict=True) errors; exhausted iterators reused; map with several
# iterables of different lengths.

log = []


def noisy(tag, n):
    for i in range(n):
        log.append("%s%d" % (tag, i))
        yield i


def square(x):
    log.append("sq%d" % x)
    return x * x


def take(it, k):
    out = []
    for x in it:
        if len(out) == k:
            break
        out.append(x)
    return out


def scenario(k):
    log.clear()
    m = map(square, noisy("a", 5))
    f = filter(lambda v: v % 2 == 0, m)
    z = zip(noisy("b", 10), f)
    got = take(z, k)
    return got, list(log)


for i in range(60):
    scenario(i % 3)
print(scenario(0))
print(scenario(2))
log.clear()
z = zip(noisy("x", 2), noisy("y", 5))
print(list(z), log)
log.clear()
z = zip(noisy("y", 5), noisy("x", 2))
print(list(z), log)
for a, b in (([1, 2], [3]), ([1], [2, 3]), ([], [])):
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print("ValueError", e)
it = iter([1, 2, 3])
print(list(it), list(it), next(it, "done"), list(zip(it, [1])))
print(list(map(lambda *a: sum(a), [1, 2, 3], [10, 20], [100, 200, 300])), list(map(pow, [2, 3], [5, 2], [7, 7])))
state = {"n": 0}


def counter():
    state["n"] += 1
    return state["n"]


print(list(iter(counter, 5)), state)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
e = enumerate(noisy("e", 3), start=10)
log.clear()
print(next(e), log, list(e), log)
log.clear()
print(any(square(x) > 10 for x in range(10)), log)
log.clear()
print(all(square(x) < 10 for x in range(10)), log)
log.clear()
print(sum(1 for _ in filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(None, (0, 0.0, 0j, False, 3))))
g = (square(x) for x in range(3))
log.clear()
print(log, list(g), log, list(g))
m = map(int, ["1", "2", "x", "4"])
out = []
try:
    for v in m:
        out.append(v)
except ValueError as e:
    print("ValueError", e, out, list(m))
