# Calling classes from compiled code: plain classes (object.__new__ and a
# Python __init__, which the CALL runs on a frame of its own), and every
# case that must behave as type_call does: __init__ returning a value or
# raising, defaults, *args, keyword-only parameters, keywords at the call,
# a Python __new__, no __init__, a metaclass with __call__, an exception
# class, __init__ replaced while instances are being made, an abstract
# class, a finalizer that runs while an instance is allocated, and
# recursion through constructors.
import abc
import gc
import sys
import traceback


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


class Sub(Node):
    pass


class Plain:
    def __init__(self, a):
        self.a = a


class ReturnsValue:
    def __init__(self):
        return 3


class Raises:
    def __init__(self, x):
        raise ValueError(x)


class Defaults:
    def __init__(self, a, b=2, *rest):
        self.v = (a, b, rest)


class KeywordOnly:
    def __init__(self, a, *, k=5):
        self.v = (a, k)


class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made_by_new = True
        return obj

    def __init__(self, x):
        self.x = x


class NoInit:
    pass


class Meta(type):
    def __call__(cls, *args):
        return ("metaclass call", cls.__name__, args)


class ByMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x


class Error(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


class Swapped:
    def __init__(self, x):
        self.x = ("first", x)


def second_init(self, x):
    self.x = ("second", x)


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class Concrete:
    def __init__(self):
        self.ok = True


class Finalized:
    """Its finalizer replaces Concrete.__init__ when it runs."""

    def __del__(self):
        Concrete.__init__ = lambda self: setattr(self, "ok", "replaced")


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def count(node):
    if node.left is None:
        return 1
    return 1 + count(node.left) + count(node.right)


def one_round(i):
    out = []
    out.append(count(make_tree(4)))
    s = Sub(i, None)
    out.append((type(s).__name__, s.left))
    p = Plain(i)
    out.append((p.a, vars(p)))
    try:
        ReturnsValue()
    except TypeError as error:
        out.append(str(error))
    try:
        Raises(i)
    except ValueError as error:
        out.append((error.args, traceback.format_tb(error.__traceback__)[-1].splitlines()[0]))
    out.append(Defaults(1).v)
    out.append(Defaults(1, 3, 4, 5).v)
    out.append(KeywordOnly(1).v)
    out.append(KeywordOnly(1, k=2).v)
    out.append(Plain(a=7).a)
    w = WithNew(i)
    out.append((w.made_by_new, w.x))
    out.append(type(NoInit()).__name__)
    try:
        NoInit(1)
    except TypeError as error:
        out.append(str(error))
    out.append(ByMeta(i))
    out.append(Error("boom").message)
    try:
        Node(1)
    except TypeError as error:
        out.append(str(error))
    try:
        Abstract()
    except TypeError as error:
        out.append(str(error))
    return out


def swap_midway(n):
    seen = []
    for i in range(n):
        if i == n // 2:
            Swapped.__init__ = second_init
        seen.append(Swapped(i).x[0])
    return seen.count("first"), seen.count("second")


def finalizer_during_allocation():
    # A cycle holding a Finalized: collected (running __del__) when an
    # allocation triggers the collector, maybe inside Concrete().
    gc.collect()
    old = gc.get_threshold()
    gc.set_threshold(1)
    a = [Finalized()]
    a.append(a)
    del a
    results = [Concrete().ok for _ in range(5)]
    gc.set_threshold(*old)
    gc.collect()
    return results[-1]


def constructor_recursion(n):
    return Deep(n)


class Deep:
    def __init__(self, n):
        self.child = None if n == 0 else constructor_recursion(n - 1)


for i in range(3):
    for line in one_round(i):
        print(line)
print(swap_midway(10))
print(finalizer_during_allocation())
sys.setrecursionlimit(150)
deepest = 0
for n in range(20, 100):
    try:
        constructor_recursion(n)
        deepest = n
    except RecursionError as error:
        print("deepest", deepest, "then RecursionError:", error)
        break
