# `with`: BEFORE_WITH pushes the bound __exit__ and the result of
# __enter__ (stored by `as c`); the body runs with __exit__ on the stack,
# and the normal exit calls __exit__(None, None, None). The exceptional exit
# (WITH_EXCEPT_START in a handler) is not imported. A `break` out of the
# `with` runs its own __exit__ call on the way out of the loop.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/4-use.json | uop-opt | FileCheck %s
# RUN: uop-translate --import-bytecode %t/5-first_big.json | uop-opt | FileCheck %s --check-prefix=BREAK

# CHECK-LABEL: uop.func @use(%cm, %v, %c)
# CHECK:         %[[EXIT:exit[_0-9]*]], %[[ENTERED:res[_0-9]*]] = uop.before_with %cm frame
# The body sees __exit__ below its own operands, and c = __enter__().
# CHECK:         uop.frame_state at {{[0-9]+}} locals(%cm, %v, %[[ENTERED]]) stack(%[[EXIT]], %v, %{{value[_0-9]*}})
# CHECK:         %[[V1:res[_0-9]*]] = uop.binary_op_add_int %v,
# __exit__(None, None, None)
# CHECK:         uop.precall{{[a-z_]*}} %[[EXIT]], %[[N:value[_0-9]*]], %{{value[_0-9]*}}, %{{value[_0-9]*}} <oparg = 2>
# CHECK:         uop.call
# CHECK:         uop.return_value %[[V1]]
# CHECK-NOT:     uop.with_except_start

# BREAK-LABEL: uop.func @first_big(%cms, %n, %cm)
# BREAK:         %[[L:[0-9]+]]:6 = uop.loop at {{[0-9]+}}
# BREAK:           %[[EXIT:exit[_0-9]*]], %{{res[_0-9]*}} = uop.before_with
# Normal end of the body: __exit__ called inside the loop.
# BREAK:           uop.precall{{[a-z_]*}} %[[EXIT]],
# BREAK:           uop.continue
# The `break`: leave the loop with the iterator and __exit__ still on the
# stack (exit 0 of 2)...
# BREAK:           uop.break %{{c[01]_i32[_0-9]*}}, %cms, %{{[a-z_0-9]+}}, %{{[a-z_0-9]+}}, %iter, %[[EXIT]]
# BREAK:         }
# BREAK-NEXT:    cf.switch %[[L]]#0
# ... and call it after the loop.
# BREAK:         uop.precall{{[a-z_]*}} %[[L]]#5,
# BREAK:         uop.return_value


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def use(cm, v):
    with cm as c:
        v = v + 1
    return v


def first_big(cms):
    n = 0
    for cm in cms:
        with cm:
            n += 1
            if n > 2:
                break
    return n


for i in range(60):
    use(CM(), i)
    first_big([CM(), CM(), CM()])
    first_big([CM()])
