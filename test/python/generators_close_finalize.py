# Generator finalization: close() running finally blocks, generators abandoned mid-iteration in
# hot loops (finalized when the last reference goes), yield inside finally during close
# (RuntimeError), close() return values, GeneratorExit caught and re-raised, gi_running states.
import gc

events = []


def worker(name, n):
    try:
        for i in range(n):
            yield i
    finally:
        events.append("fin-" + name)


def stubborn():
    try:
        yield 1
    finally:
        yield "refuses"


def catcher():
    while True:
        try:
            yield
        except GeneratorExit:
            events.append("saw GeneratorExit")
            raise


def partial(n):
    total = 0
    for x in worker("p%d" % n, 100):
        if x >= n:
            break
        total += x
    return total


def abandon(n):
    g = worker("ab%d" % n, 10)
    next(g)
    return "dropped"


for i in range(60):
    partial(i % 4)
    abandon(i)
print(len(events), events[:3], events[-2:])
events.clear()
print(partial(5), abandon(7), events)
events.clear()
g = worker("explicit", 3)
print(next(g), g.close(), g.close(), events, list(g))
g = worker("unstarted", 3)
g.close()
print(events)
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
c = catcher()
next(c)
c.close()
print(events[-1], c.gi_frame is None)
events.clear()
holders = [worker("h%d" % i, 5) for i in range(4)]
for h in holders:
    next(h)
del holders
print(events)
events.clear()
a = worker("cyc", 5)
next(a)
cycle = [a]
cycle.append(cycle)
del a, cycle
gc.collect()
print(events)


def gen_states():
    g = None

    def inner():
        yield g.gi_running
    g = inner()
    before = g.gi_running
    during = next(g)
    return before, during, g.gi_running, g.gi_suspended


print(gen_states())
try:
    gen_recursive = None

    def rec():
        yield next(gen_recursive)
    gen_recursive = rec()
    next(gen_recursive)
except ValueError as e:
    print("ValueError", e)
events.clear()


def nested_finalize():
    outer = worker("outer", 3)
    inner = worker("inner", 3)
    next(outer)
    next(inner)
    return [outer, inner]


for i in range(30):
    nested_finalize()
print(len(events), events[:4])
