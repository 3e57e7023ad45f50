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
import types

import uopjit


def offset():
    return 1


def total(n):
    t = 0
    for i in range(n):
        t += offset() + i
    return t


def copy_of_total(name):
    """A function with total's code in a new code object (its own caches)."""
    return types.FunctionType(total.__code__.replace(co_name=name), globals())


def offset_site(f):
    """The compiled uop of f's load of `offset`: its name and attributes."""
    line = next(line for line in uopjit.info(f)["dialect"].splitlines()
                if 'global = "offset"' in line)
    return line.split("=", 1)[1].split()[0], line[line.index("{"):]


print(total(1000))
scale = 3  # a new global: the module dict's keys version changes
results = [total(1000) for _ in range(20)]
info = uopjit.info(total)
# CHECK: 500500
# CHECK-NEXT: 500500 compiled deopts 0 runs 20
print(results[-1], info["status"], "deopts", info["deopts"], "runs", info["runs"])
# CHECK-NEXT: uop.load_global {generic, global = "offset"}
print(*offset_site(total))

# uopjit.compile(f) reads f's own globals and builtins for the same check.
again = copy_of_total("again")
again(100)
extra = 1  # another new global: again's cache is stale now
uopjit.compile(again)
# CHECK-NEXT: 5050 uop.load_global {generic, global = "offset"}
print(again(100), *offset_site(again))

# A code object alone names no namespaces: nothing is taken to be stale.
fresh = copy_of_total("fresh")
fresh(100)
uopjit.compile(fresh.__code__)
# CHECK-NEXT: 5050 uop.load_global_module {global = "offset"}
print(fresh(100), *offset_site(fresh))
