# Custom __enter__/__exit__: exception info passed to __exit__, suppression by returning True.

class Tracker:
    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress
        self.log = []

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, etype, value, tb):
        if etype is None:
            self.log.append("exit clean")
            return False
        self.log.append("exit %s(%s)" % (etype.__name__, value))
        return issubclass(etype, self.suppress)


def guarded(i, t):
    with t:
        if i % 4 == 1:
            raise KeyError(i)
        if i % 4 == 2:
            raise ValueError(i)
        if i % 4 == 3:
            return "early %d" % i
    return "done %d" % i


t = Tracker("t", suppress=(KeyError,))
results = []
for i in range(40):
    try:
        results.append(guarded(i, t))
    except ValueError as e:
        results.append("propagated %s" % e)
print(results[-8:])
print(t.log[-10:], len(t.log))


class Resource:
    opened = 0

    def __enter__(self):
        Resource.opened += 1
        return Resource.opened

    def __exit__(self, *exc):
        Resource.opened -= 1


def use_two():
    with Resource() as a, Resource() as b:
        inner = Resource.opened
    return a, b, inner, Resource.opened


print([use_two() for _ in range(3)])
try:
    with Tracker("bad") as bt:
        with Tracker("inner", suppress=(ZeroDivisionError,)) as it:
            1 / 0
        print("after suppressed", it.log)
        raise RuntimeError("outer error")
except RuntimeError as e:
    print("RuntimeError:", e, bt.log)
