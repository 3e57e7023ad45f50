# __slots__ corner cases: slot conflicting with a class variable (ValueError), __dict__ and
# __weakref__ in slots, instance layout conflicts in multiple inheritance (TypeError), slots
# shadowed by properties in subclasses, unset slot reads in hot loops, and __class__ assignment
# between compatible/incompatible layouts.
import weakref


class A:
    __slots__ = ("a", "b")


class WithDict:
    __slots__ = ("x", "__dict__")


class WithWeak:
    __slots__ = ("x", "__weakref__")


class NoWeak:
    __slots__ = ("x",)


class Sub(A):
    __slots__ = ("c",)

    @property
    def b(self):
        return "property-b"


class A2:
    __slots__ = ("a", "b")


class Other:
    __slots__ = ("q",)


def read(o):
    try:
        return o.a
    except AttributeError as e:
        return "unset: %s" % e


def fill(objs):
    s = 0
    for i, o in enumerate(objs):
        o.a = i
        s += o.a
    return s


objs = [A() for _ in range(5)]
for i in range(60):
    read(objs[0])
    fill(objs)
print(read(objs[0]), read(A()), fill(objs + [Sub()]))
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError", e)
try:
    class Both(A, Other):
        pass
except TypeError as e:
    print("TypeError", e)
w = WithDict()
w.x = 1
w.anything = 2
print(w.x, w.anything, w.__dict__)
r = weakref.ref(WithWeak())
print(r() is None)
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError", e)
s = Sub()
try:
    s.b = 1
except AttributeError as e:
    print("AttributeError", e)
s.c = 3
print(s.b, s.c, read(s))
a = A()
a.a = "moved"
a.__class__ = A2
print(type(a).__name__, a.a)
try:
    a.__class__ = Other
except TypeError as e:
    print("TypeError", e)
try:
    A().__dict__
except AttributeError as e:
    print("AttributeError", e)
try:
    class Dup:
        __slots__ = ("z", "z")
    print("dup slots ok", Dup.__slots__)
except Exception as e:
    print(type(e).__name__)
try:
    class BadSlot:
        __slots__ = ("1abc",)
except TypeError as e:
    print("TypeError", e)
try:
    class StrSlot:
        __slots__ = "single"
    o = StrSlot()
    o.single = 5
    print("StrSlot", o.single, StrSlot.__slots__)
except Exception as e:
    print(type(e).__name__, e)
print(sorted(k for k in A.__dict__ if not k.startswith("__")), type(A.__dict__["a"]).__name__)
desc = A.__dict__["a"]
o = A()
desc.__set__(o, 42)
print(desc.__get__(o, A), o.a)
try:
    desc.__get__(Other(), Other)
except TypeError as e:
    print("TypeError", e)
