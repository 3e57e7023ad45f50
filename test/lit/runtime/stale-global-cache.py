# The interpreter's LOAD_GLOBAL caches go stale when a global is added
# after a function was specialized: here `scale` is added to the module
# after `total`'s first call. The interpreter re-specializes only after
# dozens of misses, so code compiled from the stale cache (its guard
# checks the old keys version) would deoptimize in every run, and the
# function would run in the interpreter after its first global load. The
# compiler compares each cached keys version with the frame's globals and
# builtins when it compiles, and compiles a stale site as the generic
# LOAD_GLOBAL: no deoptimization.
# RUN: %uopjit_obj/bin/uopjit --compile-all --threshold 2 --keep-ir %s | FileCheck %s
import uopjit


def offset():
    return 1


def total(n):
    t = 0
    for i in range(n):
        t += offset() + i
    return t


print(total(1000))
scale = 3  # a new global: the module dict's keys version changes
results = [total(1000) for _ in range(20)]
info = uopjit.info(total)
# CHECK: 500500
# CHECK-NEXT: 500500 compiled deopts 0 runs 20
print(results[-1], info["status"], "deopts", info["deopts"], "runs", info["runs"])
# CHECK-NEXT: {generic, global = "offset"}
site = [line for line in info["dialect"].splitlines() if 'global = "offset"' in line]
print(site[0][site[0].index("{"):])

# uopjit.compile(f) reads f's own globals and builtins for the same check.
def again(n):
    t = 0
    for i in range(n):
        t += offset() + i
    return t


again(100)
extra = 1  # another new global: again's cache is stale now
uopjit.compile(again)
info = uopjit.info(again)
site = [line for line in info["dialect"].splitlines() if 'global = "offset"' in line]
# CHECK-NEXT: 5050 compiled {generic, global = "offset"}
print(again(100), info["status"], site[0][site[0].index("{"):])

# A code object alone names no namespaces: nothing is taken to be stale.
def fresh(n):
    t = 0
    for i in range(n):
        t += offset() + i
    return t


fresh(100)
uopjit.compile(fresh.__code__)
info = uopjit.info(fresh)
site = [line for line in info["dialect"].splitlines() if 'global = "offset"' in line]
# CHECK-NEXT: 5050 compiled load_global_module {global = "offset"}
print(fresh(100), info["status"], "load_global_module" if "load_global_module" in site[0]
      else "load_global", site[0][site[0].index("{"):])
