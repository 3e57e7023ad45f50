# gi_frame of generators created and driven by hot functions: f_lineno
# (relative to the generator's first line) before the start, at each yield
# and after the end, f_locals, gi_running, gi_yieldfrom and cr_frame.
import sys


def rel(gen):
    f = gen.gi_frame if hasattr(gen, "gi_frame") else gen.cr_frame
    if f is None:
        return None
    return f.f_lineno - f.f_code.co_firstlineno


def counter(n):
    total = 0
    for i in range(n):
        total += i
        yield i
        total -= 1
    yield "last"
    return total


def inner():
    yield 1
    yield 2


def outer():
    yield 0
    r = yield from inner()
    yield 3


def selfaware():
    me = yield
    while True:
        f = sys._getframe()
        me = yield (me.gi_running, f.f_lineno - f.f_code.co_firstlineno, f.f_back is not None)


def drive(n):
    g = counter(n)
    lines = [rel(g)]
    locs = []
    for v in g:
        lines.append((v, rel(g)))
        locs.append(sorted((k, w) for k, w in g.gi_frame.f_locals.items()))
    lines.append(rel(g))
    return lines, locs[-2:], g.gi_frame is None


def drive_yield_from():
    g = outer()
    out = []
    for v in g:
        yf = g.gi_yieldfrom
        out.append((v, rel(g), yf.__name__ if yf else None, rel(yf) if yf else None))
    return out


def drive_self():
    g = selfaware()
    next(g)
    return [g.send(g) for _ in range(3)], g.gi_running


def drive_genexp(n):
    ge = (x * x for x in range(n))
    first = (ge.gi_frame.f_lineno, ge.gi_code.co_name)
    vals = [next(ge), next(ge)]
    return first[1], vals, ge.gi_frame.f_lineno == first[0], sorted(ge.gi_frame.f_locals)


async def coro(n):
    return n + 1


def drive_coro(n):
    c = coro(n)
    before = rel(c)
    try:
        c.send(None)
    except StopIteration as e:
        return before, e.value, c.cr_frame


for i in range(50):
    r1 = drive(4)
    r2 = drive_yield_from()
    r3 = drive_self()
    r4 = drive_genexp(5)
    r5 = drive_coro(i)
print(r1)
print(r2)
print(r3)
print(r4)
print(r5)
g = counter(3)
print([(next(g), rel(g)) for _ in range(4)], rel(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value, rel(g))
