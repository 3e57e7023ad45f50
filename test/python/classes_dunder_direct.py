# Binary operators on instances of Python classes, from compiled code:
# when the left operand's class defines the dunder in Python and nothing
# else takes part, compiled code calls the dunder itself; every other case
# must come out as abstract.c's binary_op does: NotImplemented then the
# right operand's C slot, then the TypeError (named with the in-place
# operator for +=, -=, *=), a reflected dunder (__radd__, __rsub__) on the
# right operand's class, a subclass on the right that overrides, an
# __iadd__, a list subclass, and recursion through a dunder.
import sys
class V:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
    def __add__(self, o):
        if not isinstance(o, V): return NotImplemented
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        if not isinstance(o, V): return NotImplemented
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, V): return NotImplemented
        return V(self.x * k, self.y * k)
    def __truediv__(self, k): return NotImplemented
    def __repr__(self): return f"V({self.x}, {self.y})"
class R:
    def __rsub__(self, o): return "rsub"
    def __radd__(self, o): return "radd"
class W(V):
    def __add__(self, o): return "W.add"
    def __radd__(self, o): return "W.radd"
class I:
    def __init__(self): self.v = 0
    def __add__(self, o): return "add"
    def __iadd__(self, o): self.v += o; return self
class Lst(list):
    def __add__(self, o): return NotImplemented
def attempt(case, i):
    """One operation per call: an exception leaves the rest of a compiled
    function to the interpreter, so each case runs in compiled code."""
    try:
        return case(i)
    except TypeError as error:
        return "TypeError: " + str(error)


def add(i): return V(i, 2) + V(3, 4)
def sub(i): return V(i, 2) - V(3, 4)
def mul_int(i): return V(i, 2) * 2
def mul_float(i): return V(i, 2) * 0.5
def mul_same(i): return V(i, 2) * V(1, 1)
def div(i): return V(i, 2) / 2
def matmul(i): return V(i, 2) @ V(1, 1)
def reflected_sub(i): return V(i, 2) - R()
def reflected_add(i): return V(i, 2) + R()
def subclass_right(i): return V(i, 2) + W(1, 1)
def subclass_left(i): return W(1, 1) + V(i, 2)
def iadd(i):
    c = V(i, 2)
    c += V(3, 4)
    return c
def isub_int(i):
    c = V(i, 2)
    c -= 1
    return c
def own_iadd(i):
    obj = I()
    obj += 5
    return obj.v, obj + 1
def list_subclass(i): return Lst([i]) + [2]
def add_int(i): return V(i, 2) + 1
def sub_str(i): return V(i, 2) - "s"


CASES = [add, sub, mul_int, mul_float, mul_same, div, matmul, reflected_sub, reflected_add,
         subclass_right, subclass_left, iadd, isub_int, own_iadd, list_subclass, add_int,
         sub_str]
for i in range(3):
    for case in CASES:
        print(case.__name__, attempt(case, i))


def rec(n): return Deep() - n
class Deep:
    def __sub__(self, n): return 0 if n == 0 else rec(n - 1)
sys.setrecursionlimit(120)
deepest = 0
for n in range(10, 200):
    try: rec(n); deepest = n
    except RecursionError: break
print("deepest", deepest)
