# __getattr__/__getattribute__/__setattr__ hooks and custom descriptors.

class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)


class Record:
    count = Typed(int)
    label = Typed(str)

    def __init__(self, count, label):
        self.count = count
        self.label = label


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)


def bump(rec, n):
    for i in range(n):
        rec.count = rec.count + 1
    return rec.count


r = Record(0, "a")
for i in range(30):
    b = bump(r, 3)
print(b, r.label, type(Record.count).__name__, sorted(vars(r)))
try:
    r.count = "x"
except TypeError as e:
    print("TypeError:", e)
p = Proxy(r)
for i in range(5):
    bump(p, 1)
print(p.count, p._log[:6], len(p._log))
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)
