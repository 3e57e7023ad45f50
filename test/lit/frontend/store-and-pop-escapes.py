# Releasing a reference may run __del__, which can rebind globals: so a
# STORE_FAST over a local that may be bound, and a POP_TOP, stay as escaping
# uops with frame states. A STORE_FAST over a local that is surely unbound
# releases nothing and is an SSA rename.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-f.json | uop-opt | FileCheck %s

# CHECK-LABEL: uop.func @f(%a, %x)
# CHECK:         %[[NULL:null]] = uop.null
# The first `x = a`: x is unbound, nothing to release.
# CHECK-NOT:     uop.store_fast
# CHECK:         %[[SUM:res[_0-9]*]] = uop.binary_op_add_int %a,
# The second store releases the first value of x (a).
# CHECK-NEXT:    %[[FS:fs[0-9]+]] = uop.frame_state at [[AT:[0-9]+]] locals(%a, %a) stack(%[[SUM]])
# CHECK-NEXT:    uop.store_fast %[[SUM]] <oparg = 1> frame %[[FS]]
# `a * 2` as a statement: its value is released.
# CHECK:         %[[PROD:res[_0-9]*]] = uop.binary_op_multiply_int
# CHECK-NEXT:    %[[FS2:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%a, %[[SUM]]) stack(%[[PROD]])
# CHECK-NEXT:    uop.pop_top %[[PROD]] frame %[[FS2]]
# CHECK:         uop.return_value %[[SUM]]


def f(a):
    x = a
    x = a + 1
    a * 2
    return x


for i in range(100):
    f(i)
