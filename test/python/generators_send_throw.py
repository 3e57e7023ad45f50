# Generator send/throw/close protocol, coroutine-style accumulators, GeneratorExit handling.

def accumulator():
    total = 0
    count = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            total = 0
            count = 0
            yield "reset (%s)" % e
            continue
        if value is None:
            break
        total += value
        count += 1
    return total, count


def guarded(log):
    try:
        while True:
            yield
    except GeneratorExit:
        log.append("GeneratorExit")
        raise


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


acc = accumulator()
next(acc)
for i in range(50):
    t = acc.send(i)
print(t)
print(acc.throw(ValueError("bad input")))
print(next(acc), acc.send(2.5), acc.send(2.5))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
log = []
g = guarded(log)
next(g)
g.close()
print(log)
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(s, "exhausted"))
g2 = accumulator()
next(g2)
try:
    g2.throw(KeyError("unhandled"))
except KeyError as e:
    print("KeyError propagated:", e)
try:
    next(g2)
except StopIteration:
    print("generator is finished")
