# --uop-speculate-iterators runs `for i in range(n)` as FOR_ITER_RANGE
# behind a GUARD_RANGE_ITER that leaves the loop. `count` first sees small
# ranges (the guess holds: no deoptimization), then ranges beyond C longs,
# whose iterator is a longrange_iterator: the guard fails in every run, the
# runtime's recompilations make the FOR_ITER site generic, and the function
# stays compiled with the generic FOR_ITER there, deoptimizing no more.
# RUN: %uopjit_obj/bin/uopjit --threshold 10 --keep-ir %s | FileCheck %s
import uopjit


def count(start, stop):
    n = 0
    for i in range(start, stop):
        n += 1
    return n


# Every global the script uses exists before `count` compiles: a new one
# would change the globals' keys, which count's load of `range` checks.
total = big = before = 0
info = None
for k in range(2000):
    total += count(k, k + 10)
info = uopjit.info(count)
# CHECK: small 20000 deopts 0 for_iter_range True
print("small", total, "deopts", info["deopts"], end=" ")
print("for_iter_range", "uop.for_iter_range" in info["dialect"])

for k in range(3000):
    big += count(2**64 + k, 2**64 + k + 3)
info = uopjit.info(count)
# CHECK-NEXT: big 9000 status compiled generic True for_iter_range False
print("big", big, "status", info["status"], end=" ")
print("generic", "{generic}" in info["dialect"], "for_iter_range",
      "uop.for_iter_range" in info["dialect"])
before = info["deopts"]
for k in range(500):
    count(k, k + 3) if k % 2 else count(2**70, 2**70 + 2)
# CHECK-NEXT: deopts since 0
print("deopts since", uopjit.info(count)["deopts"] - before)
