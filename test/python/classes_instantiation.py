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


def attempt(case, i):
    """One case per call: an exception leaves the rest of a compiled
    function to the interpreter, so each case runs in compiled code."""
    try:
        return case(i)
    except (TypeError, ValueError) as error:
        where = traceback.format_tb(error.__traceback__)[-1].splitlines()[0].strip()
        return f"{type(error).__name__}: {error} ({where.split(', ')[-1]})"


def tree(i): return count(make_tree(4))
def subclass(i):
    s = Sub(i, None)
    return type(s).__name__, s.left
def plain(i):
    p = Plain(i)
    return p.a, vars(p)
def returns_value(i): return ReturnsValue()
def raises(i): return Raises(i)
def defaults(i): return Defaults(1).v, Defaults(1, 3, 4, 5).v
def keyword_only(i): return KeywordOnly(1).v, KeywordOnly(1, k=2).v
def keyword_at_call(i): return Plain(a=i).a
def python_new(i):
    w = WithNew(i)
    return w.made_by_new, w.x
def no_init(i): return type(NoInit()).__name__
def no_init_args(i): return NoInit(i)
def metaclass_call(i): return ByMeta(i)
def exception_class(i): return Error("boom").message
def missing_argument(i): return Node(i)
def abstract(i): return Abstract()


CASES = [tree, subclass, plain, returns_value, raises, defaults, keyword_only, keyword_at_call,
         python_new, no_init, no_init_args, metaclass_call, exception_class, missing_argument,
         abstract]


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
    for case in CASES:
        print(case.__name__, attempt(case, i))
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
