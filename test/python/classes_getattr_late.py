# __getattr__ / __getattribute__ / __setattr__ added to and removed from a class while hot
# functions keep reading and writing attributes of its instances.


class Obj:
    def __init__(self):
        self.real = 1


def read(o):
    try:
        return o.real, o.virtual
    except AttributeError as e:
        return o.real, "AttributeError: %s" % e


def write(o, v):
    o.real = v
    return o.__dict__.get("real")


def ga(self, name):
    return "virtual<%s>" % name


def gattr(self, name):
    if name == "real":
        return -1
    return object.__getattribute__(self, name)


def sattr(self, name, value):
    object.__setattr__(self, name, value * 10)


o = Obj()
for i in range(60):
    read(o)
    write(o, i)
print("plain", read(o), write(o, 2))
Obj.__getattr__ = ga
print("with __getattr__", read(o), write(o, 3))
Obj.__getattribute__ = gattr
print("with __getattribute__", read(o), write(o, 4))
Obj.__setattr__ = sattr
print("with __setattr__", read(o), write(o, 5))
del Obj.__getattribute__
print("no __getattribute__", read(o), write(o, 6))
del Obj.__getattr__
print("no __getattr__", read(o), write(o, 7))
del Obj.__setattr__
print("plain again", read(o), write(o, 8))


class Lazy:
    computed = 0

    def __getattr__(self, name):
        if name.startswith("sq_"):
            n = int(name[3:])
            Lazy.computed += 1
            setattr(self, name, n * n)
            return n * n
        raise AttributeError(name)


def sum_squares(lz, n):
    s = 0
    for i in range(n):
        s += getattr(lz, "sq_%d" % (i % 7))
    return s


lz = Lazy()
print([sum_squares(lz, k) for k in (5, 10, 20)], Lazy.computed)
try:
    lz.other
except AttributeError as e:
    print("AttributeError", e)


class Recursive:
    def __getattr__(self, name):
        return getattr(self, "x_" + name) if len(name) < 12 else "stop:" + name


print(Recursive().ab)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
        object.__setattr__(self, "log", [])

    def __getattribute__(self, name):
        log = object.__getattribute__(self, "log")
        log.append(name)
        return getattr(object.__getattribute__(self, "_t"), name)


pr = Proxy([3, 1, 2])
for i in range(3):
    pr.append(i)
print(pr.count(1), pr.index(2), object.__getattribute__(pr, "log"))
