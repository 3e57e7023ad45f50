# With an eval hook installed, every Python call is a C call (3.11's
# interpreter inlines calls only without one). Recursion deeper than the C
# stack allows must raise RecursionError, not overflow it and crash; depths
# that fit still give the interpreter's answer.
# RUN: %uopjit_obj/bin/uopjit --threshold 2 %s | FileCheck %s
import sys

sys.setrecursionlimit(1_000_000)


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


for _ in range(5):
    down(10)
# CHECK: 3000
print(down(3000))
try:
    print(down(500_000))
except RecursionError as e:
    # CHECK-NEXT: RecursionError: maximum recursion depth exceeded (the C stack is exhausted
    print("RecursionError:", e)
# The stack is usable again afterwards.
# CHECK-NEXT: 2000
print(down(2000))
