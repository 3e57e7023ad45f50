# Living with another PEP 523 evaluator (a debugger's): installed before
# uopjit, uopjit chains to it; installed after, uopjit steps aside, and
# disabling uopjit leaves it in place.
# RUN: %uopjit_obj/bin/uopjit --threshold 1 %s | FileCheck %s
import uopjit
from uopjit import _uopjit

other = _uopjit._test_other_evaluator  # True: install, False: remove, None: count


def f(x):
    return x + 1


def g(x):
    return x * 2


# The debugger first, then uopjit on top of it.
uopjit.disable()
other(True)
uopjit.enable(threshold=1)
n = other(None)
f(1)
g(2)
# uopjit compiles and runs f; frames it does not take go on to the debugger.
# CHECK: on top: active True compiled
print("on top: active", uopjit.is_active(), uopjit.info(f)["status"])
uopjit.disable()
n = other(None)
f(3)
# CHECK: after disable the debugger still sees frames: True
print("after disable the debugger still sees frames:", other(None) > n)
other(False)

# uopjit first, then the debugger replaces it: uopjit steps aside (it is not
# the installed evaluator any more); a debugger that forwards frames to the
# evaluator it replaced still gets uopjit's compiled code.
uopjit.enable(threshold=1)
runs = uopjit.info(f)["runs"]
other(True)
# CHECK: replaced: active False
print("replaced: active", uopjit.is_active())
n = other(None)
# CHECK: f 5
print("f", f(4))
# CHECK: the debugger saw it: True, forwarded to compiled code: True
print("the debugger saw it:", other(None) > n, end=", ")
print("forwarded to compiled code:", uopjit.info(f)["runs"] == runs + 1)
uopjit.disable()
n = other(None)
f(5)
# CHECK: debugger kept after disable: True
print("debugger kept after disable:", other(None) > n)
