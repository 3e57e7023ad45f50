# Compiling adds no object the garbage collector tracks: programs count
# them (CPython's test_descr counts len(gc.get_objects()) around ten calls
# of one method, which at threshold 10 compile it). A rejection's record
# in uopjit.stats() is a tuple of strings and an int, untracked when made.
# RUN: %uopjit_obj/bin/uopjit --threshold 10 %s | FileCheck %s
# CHECK: eq rejected
# CHECK-NEXT: total compiled
# CHECK-NEXT: new tracked objects 0
import gc
import uopjit


class G:
    def __eq__(self, other):
        return False


def total(n):
    s = 0
    for i in range(n):
        s += i
    return s


g = G()
for _ in range(9):
    g == g
    total(3)
gc.collect()
before = len(gc.get_objects())
g == g      # the 10th call: compiling rejects it (no loop, nothing unboxed)
total(3)    # the 10th call: compiled
after = len(gc.get_objects())
print("eq", uopjit.info(G.__eq__)["status"])
print("total", uopjit.info(total)["status"])
print("new tracked objects", after - before)
