# Exceptions raised inside generators that a hot loop consumes: caught by the consumer, generator
# finished afterwards, StopIteration leaking from a generator body (PEP 479 RuntimeError),
# StopIteration raised by __next__ of a custom iterator, and return values.


def flaky(n, bad):
    for i in range(n):
        if i == bad:
            raise ValueError("bad item %d" % i)
        yield i * 10


def consume(gen):
    total = 0
    try:
        for x in gen:
            total += x
    except ValueError as e:
        return total, str(e)
    return total, None


def leaky(it):
    while True:
        yield next(it)


def consume_leaky(items):
    try:
        return list(leaky(iter(items)))
    except RuntimeError as e:
        return "RuntimeError: %s / cause %s" % (e, type(e.__cause__).__name__)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration("done-value")
        self.n -= 1
        return self.n


def returns(n):
    yield from range(n)
    return "ret-%d" % n


def drive_returns(n):
    g = returns(n)
    got = []
    while True:
        try:
            got.append(next(g))
        except StopIteration as e:
            return got, e.value


for i in range(60):
    consume(flaky(5, 99))
    consume(flaky(5, i % 6))
    drive_returns(i % 4)
print([consume(flaky(6, b)) for b in (0, 3, 10)])
print(consume_leaky([1, 2, 3]), consume_leaky([]))
print(list(Countdown(4)), sum(Countdown(10)))
cd = Countdown(1)
print(next(cd), end=" ")
try:
    next(cd)
except StopIteration as e:
    print("StopIteration", e.value)
print(drive_returns(3), drive_returns(0))
g = flaky(5, 2)
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
print(list(g), next(g, "exhausted"))


def gen_raises_stopiteration():
    yield 1
    raise StopIteration("explicit")


try:
    print(list(gen_raises_stopiteration()))
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))


def nested_fail(depth):
    if depth == 0:
        yield 1
        raise KeyError("deep")
    yield from nested_fail(depth - 1)


def collect_nested():
    out = []
    for d in range(5):
        try:
            for v in nested_fail(d):
                out.append(v)
        except KeyError as e:
            out.append(str(e))
    return out


for i in range(30):
    collect_nested()
print(collect_nested())
