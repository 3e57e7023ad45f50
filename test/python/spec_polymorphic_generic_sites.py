# Attribute sites that see several classes in turn keep deoptimizing, so the
# runtime recompiles them as LOAD_ATTR_TRY_CACHED / STORE_ATTR_TRY_CACHED /
# LOAD_METHOD_TRY_CACHED (the cached type's inline values or method, else
# the generic lookup). The generic side must see everything: a property, a
# class whose instance dict was materialized, a deleted attribute,
# __getattr__, an instance attribute shadowing the method, and the cached
# class itself changing.
class A:
    def __init__(self, x):
        self.x = x
        self.y = 0

    def kind(self):
        return 1


class B:
    def __init__(self, x):
        self.w = -1
        self.x = x
        self.y = 0

    def kind(self):
        return 2


class P:
    def __init__(self, x):
        self._x = x
        self.y = 0

    @property
    def x(self):
        return self._x * 10

    @x.setter
    def x(self, v):
        self._x = v

    def kind(self):
        return 3


class G:
    def __init__(self, x):
        self.y = 0

    def __getattr__(self, name):
        return 7

    def kind(self):
        return 4


def bump(o, i):
    o.y = o.y + i
    return o.x * o.kind()


def run(objects, n):
    total = 0
    for i in range(n):
        total += bump(objects[i % len(objects)], i)
    return total


a, b, p, g = A(1), B(2), P(3), G(4)
print(run([a, b], 6000), a.y, b.y)
print(run([a, b, p, g], 6000), a.y, b.y, p.y, g.y)
# Materialize b's instance dict: its inline values are gone.
vars(b)["z"] = 5
print(run([a, b], 4000), b.y, sorted(vars(b)))
# A deleted attribute: the cached slot is empty, the generic lookup raises.
del a.x
try:
    run([a, b], 10)
except AttributeError as e:
    print("AttributeError", e)
a.x = 9
# The class changes: its version tag changes, the cache no longer applies.
A.x = property(lambda self: 100)
try:
    run([a, b], 2000)
except AttributeError as e:
    print("AttributeError", e)
del A.x
print(run([a, b], 2000), a.y, b.y)
# An instance attribute shadows the method on one object.
a.kind = lambda: 10
print(run([a, b, A(2)], 3000), a.y)
