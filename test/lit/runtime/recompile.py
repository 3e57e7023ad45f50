# Compiled code whose speculation stops holding is compiled again from the
# bytecode the interpreter has re-specialized meanwhile: here a new global
# changes the module dict's keys version that LOAD_GLOBAL_MODULE's guard
# checks, so every run deoptimizes until f is recompiled.
# RUN: %uopjit_obj/bin/uopjit --compile-all --threshold 10 %s | FileCheck %s
import uopjit

G = 1


def f():
    return G


for _ in range(100):
    f()
# CHECK: compiled
print(uopjit.info(f)["status"])
globals()["NEW_KEY"] = 2
for _ in range(3000):
    f()
stats = uopjit.stats()
info = uopjit.info(f)
# CHECK-NEXT: recompiled True, status compiled, few deopts since: True
print("recompiled", stats["recompiles"] >= 1, end=", ")
print("status", info["status"], end=", ")
print("few deopts since:", info["deopts"] < 10)
