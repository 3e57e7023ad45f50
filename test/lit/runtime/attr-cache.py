# The runtime's attribute cache (runtime/lib/support/AttrCache.c) at sites
# that see four classes: compiled from bytecode the interpreter could not
# specialize (threshold 1: compiled before it ran), `o.v`, `o.w = ...` and
# `o.f()` are the generic LOAD_ATTR, STORE_ATTR and LOAD_METHOD uops. Each
# (class, name) pair makes one entry, and every access after that is a hit:
# none is left to CPython's functions. A property is not cached: each access
# of it is left to them. uopjit.stats()["attr_cache"] counts both.
# RUN: %uopjit_obj/bin/uopjit --threshold 1 %s | FileCheck %s
import uopjit


class Base:
    def __init__(self, v):
        self.v = v
        self.w = 0

    def f(self):
        return 1


class A(Base):
    def f(self):
        return 2


class B(Base):
    pass


class C(A):
    pass


class P(Base):
    @property
    def p(self):
        return self.v * 10


def instance_values_and_methods(objs, rounds):
    total = 0
    for r in range(rounds):
        for o in objs:
            total += o.v + o.f()
            o.w = r
    return total


def properties(objs, rounds):
    total = 0
    for r in range(rounds):
        for o in objs:
            total += o.p
    return total


stats = uopjit.stats  # counts() itself makes no access to count


def counts():
    c = stats()["attr_cache"]
    return c["entries_made"], c["left_to_cpython"]


objs = [Base(1), A(2), B(3), C(4)]
instance_values_and_methods(objs, 1)  # entries made here
made, left = counts()
total = instance_values_and_methods(objs, 1000)
made2, left2 = counts()
# 4 classes x (v, f, w), 1000 rounds: 12000 accesses, no new entry, none
# left to CPython.
# CHECK: total 16000 entries made 0 left to cpython 0
print("total", total, "entries made", made2 - made, "left to cpython", left2 - left)

ps = [P(i) for i in range(3)]
properties(ps, 1)
made, left = counts()
total = properties(ps, 1000)
made2, left2 = counts()
# CHECK-NEXT: total 30000 entries made 0 left to cpython 3000
print("total", total, "entries made", made2 - made, "left to cpython", left2 - left)
