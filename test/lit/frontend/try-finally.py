# try/finally: the compiler copies the `finally` body onto the normal path
# (the exceptional copy sits in a handler, which is not imported). Both
# the early `return` inside the try and the fall-through run their own copy
# of the finally body, so the function has two returns, each after n += 1.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-fin.json | uop-opt | FileCheck %s

# CHECK-LABEL: uop.func @fin(%xs, %n)
# CHECK:         %null = uop.null
# CHECK-NEXT:    uop.frame_state at 0 locals(%xs, %null) stack()
# CHECK:         %[[ZERO:value[_0-9]*]] = uop.load_const <oparg = 1>
# n = len(xs) replaces the 0 in n: releasing it makes the store an escape,
# a uop.store_fast with the frame state before it.
# CHECK:         %[[LEN:res[_0-9]*]] = uop.precall_no_kw_len
# CHECK-NEXT:    %[[FSL:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%xs, %[[ZERO]]) stack(%[[LEN]])
# CHECK-NEXT:    uop.store_fast %[[LEN]] <oparg = 1> frame %[[FSL]]
# CHECK:         cf.cond_br %{{taken[_0-9]*}}, ^[[FALL:bb[0-9]+]], ^[[EARLY:bb[0-9]+]]
# The early return: the finally body (n += 1), then return the length.
# CHECK:       ^[[EARLY]]:
# The value to return waits on the stack under the finally body's operands.
# CHECK:         uop.frame_state at {{[0-9]+}} locals(%xs, %[[LEN]]) stack(%[[LEN]], %[[LEN]], %{{value[_0-9]*}})
# CHECK:         %[[N1:res[_0-9]*]] = uop.binary_op_add_int %[[LEN]], %{{value[_0-9]*}}
# CHECK-NEXT:    %[[FS1:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%xs, %[[LEN]]) stack(%[[LEN]], %[[N1]])
# CHECK-NEXT:    uop.store_fast %[[N1]] <oparg = 1> frame %[[FS1]]
# CHECK-NEXT:    uop.frame_state at {{[0-9]+}} locals(%xs, %[[N1]]) stack(%[[LEN]])
# CHECK-NEXT:    uop.return_value %[[LEN]]
# Falling out of the try: the other copy of n += 1, then return n.
# CHECK:       ^[[FALL]]:
# CHECK:         %[[N2:res[_0-9]*]] = uop.binary_op_add_int %[[LEN]], %{{value[_0-9]*}}
# CHECK-NEXT:    %[[FS2:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%xs, %[[LEN]]) stack(%[[N2]])
# CHECK-NEXT:    uop.store_fast %[[N2]] <oparg = 1> frame %[[FS2]]
# CHECK-NEXT:    uop.frame_state at {{[0-9]+}} locals(%xs, %[[N2]]) stack(%[[N2]])
# CHECK-NEXT:    uop.return_value %[[N2]]
# CHECK-NEXT:  }
# The exceptional copy (it ends in RERAISE) is not there.
# CHECK-NOT:   uop.reraise


def fin(xs):
    n = 0
    try:
        n = len(xs)
        if n > 2:
            return n
    finally:
        n += 1
    return n


for i in range(60):
    fin([1, 2])
    fin([1, 2, 3])
