# --uop-unbox takes an input of unknown type to be a float where CPython
# never specializes the operator (/ **) and the other input is a float:
# `x / 4.0` runs as GUARD_BOTH_FLOAT, UNBOX_FLOAT and TRUE_DIVIDE_F64.
# A parameter is guessed to be what the call that compiled the function
# passed: an int there is guarded as an int and converted to a double.
# Here `quarter` first sees floats (the guard holds, no deoptimization),
# then ints: the guard fails in every run, and the recompiled code guesses
# an int (what the compiling call passed); then floats again: it fails in
# every run again, the site is made generic by the runtime's
# recompilations, and the function stays compiled with the generic
# BINARY_OP there, deoptimizing no more.
# RUN: %uopjit_obj/bin/uopjit --compile-all --threshold 10 --keep-ir %s | FileCheck %s
import uopjit


def quarter(x):
    return x / 4.0


def has(info, text):
    return text in info["dialect"]


total = 0.0
for i in range(2000):
    total += quarter(i + 0.5)
info = uopjit.info(quarter)
# CHECK: floats 500000.0 deopts 0
print("floats", total, "deopts", info["deopts"])
# CHECK-NEXT: true_divide_f64 True speculated True
print("true_divide_f64", has(info, "uop.true_divide_f64"), end=" ")
print("speculated", has(info, "uop.guard_both_float %x, %x"))

ints = 0.0
for i in range(2000):
    ints += quarter(i)
info = uopjit.info(quarter)
# CHECK-NEXT: ints 499750.0 status compiled int guessed True i64_to_f64 True
print("ints", ints, "status", info["status"], end=" ")
print("int guessed", has(info, "uop.guard_both_int %x, %x"), "i64_to_f64",
      has(info, "uop.i64_to_f64"))

floats = 0.0
for i in range(2000):
    floats += quarter(i + 0.5)
info = uopjit.info(quarter)
# CHECK-NEXT: floats 500000.0 status compiled generic True true_divide_f64 False
print("floats", floats, "status", info["status"], end=" ")
print("generic", has(info, "{generic}"), "true_divide_f64", has(info, "uop.true_divide_f64"))
before = info["deopts"]
for i in range(500):
    quarter(i + 0.25) if i % 2 else quarter(i)
# CHECK-NEXT: deopts since 0
print("deopts since", uopjit.info(quarter)["deopts"] - before)
