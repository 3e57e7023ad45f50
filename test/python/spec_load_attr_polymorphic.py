# One attribute-load site (o.value / o.method()) fed, after warming with one class, with instances
# of other classes, slotted instances, the class object itself, a module, a namedtuple, a
# property, a dict-subclass instance, and objects without the attribute.
import collections
import types


class Plain:
    def __init__(self, v):
        self.value = v

    def method(self):
        return "plain"


class Slotted:
    __slots__ = ("value",)

    def __init__(self, v):
        self.value = v

    def method(self):
        return "slotted"


class Prop:
    @property
    def value(self):
        return "prop"

    method = staticmethod(lambda: "static")


class ClassAttr:
    value = "class-level"

    @classmethod
    def method(cls):
        return "classmethod of " + cls.__name__


class DictSub(dict):
    value = "dict-sub"

    def method(self):
        return "dsub:%d" % len(self)


NT = collections.namedtuple("NT", "value method")


def get(o):
    return o.value


def call(o):
    return o.method()


def both(objs):
    out = []
    for o in objs:
        try:
            out.append((get(o), call(o)))
        except AttributeError as e:
            out.append("AttributeError: %s" % e)
    return out


for i in range(60):
    get(Plain(i))
    call(Plain(i))
mod = types.ModuleType("m")
mod.value = "module-value"
mod.method = lambda: "module-func"
objs = [Plain(1), Slotted(2), Prop(), ClassAttr(), ClassAttr, DictSub(a=1), NT("nt-value", lambda: "nt-func"), mod, Plain, 5, None, Slotted.__new__(Slotted)]
for r in both(objs):
    print(r)
for i in range(30):
    both(objs[:4])
print(both(objs[4:8]))
Plain.value = "shadowed by instance"
print(both([Plain(9)]), get(Plain))
del Plain.value
ns = types.SimpleNamespace(value="ns", method=lambda: "ns-m")
print(both([ns]), both([types.SimpleNamespace()]))
