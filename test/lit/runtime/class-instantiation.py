# Calling a class from compiled code: a class of metaclass `type` whose
# instances object.__new__ makes and whose __init__ is Python code gets its
# instance from object_new and its __init__ run on a frame pushed by the
# CALL (uopjit_call_class), without type_call's argument tuple, the
# bound-method layers and the eval hook in between. What must not change:
# the instance keeps its attributes in inline values (object_new sets them
# up; a materialized dict would make every LOAD_ATTR_INSTANCE_VALUE guard
# below deoptimize), __init__'s caller is the compiled frame, and
# RecursionError comes at the same depth (type_call's recursion level is
# kept). test/python/classes_instantiation.py checks the other cases
# (__new__, metaclass __call__, keywords, errors) against python3.11.
# RUN: %uopjit_obj/bin/uopjit --compile-all --threshold 2 %s | FileCheck %s
# RUN: %uopjit_obj/bin/uopjit --compile-all --threshold 2 --backend=interp %s | FileCheck %s
import sys

import uopjit


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.caller = sys._getframe(1).f_code.co_name


def make_and_sum(n):
    total = 0
    for i in range(n):
        p = Point(i, 2)
        total += p.x + p.y
    return total, p.caller


for _ in range(3):
    result = make_and_sum(1000)
# CHECK: (501500, 'make_and_sum')
print(result)
info = uopjit.info(make_and_sum)
# CHECK-NEXT: compiled True, deopts 0
print("compiled", info["status"] == "compiled", end=", ")
print("deopts", info["deopts"])


class Deep:
    def __init__(self, n):
        self.child = None if n == 0 else make_deep(n - 1)


def make_deep(n):
    return Deep(n)


def deepest():
    """The deepest make_deep that raises no RecursionError."""
    found = 0
    for n in range(20, 200):
        try:
            make_deep(n)
            found = n
        except RecursionError:
            return found


for _ in range(3):
    make_deep(3)
sys.setrecursionlimit(120)
with_jit = deepest()
uopjit.disable()
interpreted = deepest()
uopjit.enable()
# CHECK-NEXT: make_deep compiled True, same depth True
print("make_deep compiled", uopjit.info(make_deep)["status"] == "compiled", end=", ")
print("same depth", with_jit == interpreted, with_jit if with_jit != interpreted else "")
