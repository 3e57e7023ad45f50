# --uop-unbox takes an input of unknown type to be an int where CPython
# never specializes the operator (// % & | ^ << >>) and the other input is
# an int: `x % 10` runs as GUARD_BOTH_INT, UNBOX_INT and REMAINDER_I64.
# Here `digit` first sees ints (the guard holds, no deoptimization), then
# floats: the guard fails in every run, and the runtime recompiles it; the
# call that compiles it passed a float, which is not guessed to be an int
# (a parameter is guessed to be what that call passed): the function stays
# compiled with the generic BINARY_OP there, deoptimizing no more.
# RUN: %uopjit_obj/bin/uopjit --compile-all --threshold 10 --keep-ir %s | FileCheck %s
import uopjit


def digit(x):
    return x % 10


total = 0
for i in range(2000):
    total += digit(i * 7)
info = uopjit.info(digit)
# CHECK: ints 9000 deopts 0
print("ints", total, "deopts", info["deopts"])
# CHECK-NEXT: remainder_i64 True speculated True
print("remainder_i64", "uop.remainder_i64" in info["dialect"], end=" ")
print("speculated", "uop.guard_both_int %x, %x" in info["dialect"])

floats = 0.0
for i in range(20000):
    floats += digit(i + 0.5)
info = uopjit.info(digit)
# CHECK-NEXT: floats 100000.0 status compiled speculated False remainder_i64 False
print("floats", floats, "status", info["status"], end=" ")
print("speculated", "uop.guard_both_int %x, %x" in info["dialect"], "remainder_i64",
      "uop.remainder_i64" in info["dialect"])
before = info["deopts"]
for i in range(500):
    digit(i + 0.25) if i % 2 else digit(i)
# CHECK-NEXT: deopts since 0
print("deopts since", uopjit.info(digit)["deopts"] - before)
