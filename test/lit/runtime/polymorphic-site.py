# A site that keeps deoptimizing after a recompilation is made generic:
# here `o.x` and `o.k()` see two classes in turn, so the type-version
# guards of LOAD_ATTR_INSTANCE_VALUE and LOAD_METHOD_WITH_VALUES fail in
# every other run, whichever class the interpreter specialized them for.
# The first recompilation re-specializes the sites, the second makes them
# generic: LOAD_ATTR_TRY_CACHED and LOAD_METHOD_TRY_CACHED use the cache
# when the type is the one cached and do the generic lookup otherwise,
# without deoptimizing (before, the function was left to the interpreter
# after three recompilations).
# RUN: %uopjit_obj/bin/uopjit --compile-all --threshold 10 --keep-ir %s | FileCheck %s
import uopjit


class A:
    def __init__(self):
        self.x = 1

    def k(self):
        return 10


class B:
    def __init__(self):
        self.y = 0
        self.x = 2

    def k(self):
        return 20


def get_x(o):
    return o.x + o.k()


objects = [A(), B()]
total = 0
for i in range(20000):
    total += get_x(objects[i % 2])
info = uopjit.info(get_x)
# CHECK: total 330000
print("total", total)
# CHECK-NEXT: status compiled, recompiled twice True, generic True
# CHECK-NEXT: {{.*}}uop.load_attr_try_cached %o <oparg = 0, version = {{[0-9]+}}, index = {{[0-9]}}> frame %{{fs[0-9]+}} {generic}
# CHECK-NEXT: {{.*}}uop.load_method_try_cached %o <oparg = 1, type_version = {{[0-9]+}}, keys_version = {{[0-9]+}}, descr = {{[0-9]+}}> frame %{{fs[0-9]+}} {generic}
print("status", info["status"], end=", ")
print("recompiled twice", uopjit.stats()["recompiles"] >= 2, end=", ")
print("generic", "{generic}" in info["dialect"])
print(next(line for line in info["dialect"].splitlines() if "load_attr" in line))
print(next(line for line in info["dialect"].splitlines() if "load_method" in line))
before = info["deopts"]
for i in range(1000):
    get_x(objects[i % 2])
# CHECK-NEXT: deopts since 0
print("deopts since", uopjit.info(get_x)["deopts"] - before)
