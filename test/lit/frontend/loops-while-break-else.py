# A `while ... else` whose body can `break` leaves its loop two ways: the
# condition failing runs the `else` arm, the `break` skips it. The uop.loop
# then has two exits, told apart by an i32 selector that a cf.switch after
# the loop dispatches on; the loop-carried `i` flows out as a loop result.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-search.json | uop-opt | FileCheck %s

# CHECK-LABEL: uop.func @search(%xs, %k, %i)
# The first test of the condition is outside the loop (3.11 rotates loops).
# CHECK:         uop.compare_op_int
# CHECK:         uop.pop_jump_forward_if_false
# CHECK-NEXT:    cf.cond_br %taken, ^[[ELSE:bb[0-9]+]](%value : !uop.object), ^bb1
# CHECK:         %[[R:[0-9]+]]:4 = uop.loop at {{[0-9]+}} (%[[I:arg[0-9]+]] = %value) : !uop.object -> (i32, !uop.object, !uop.object, !uop.object) {
# CHECK:           uop.binary_subscr_list_int %xs, %[[I]]
# CHECK:           uop.compare_op_int
# CHECK:           cf.cond_br
# CHECK:           %[[INC:res_[0-9]+]] = uop.binary_op_add_int %[[I]],
# CHECK:           uop.pop_jump_backward_if_true
# The `break`: exit 0, with `i` as it was.
# CHECK:           %[[C0:c0_i32[_0-9]*]] = arith.constant 0 : i32
# CHECK-NEXT:      uop.break %[[C0]], %xs, %k, %[[I]] : i32, !uop.object, !uop.object, !uop.object
# The back edge carries the incremented `i`.
# CHECK:           uop.continue %[[INC]] : !uop.object
# The condition failing: exit 1, to the `else` arm.
# CHECK:           %[[C1:c1_i32[_0-9]*]] = arith.constant 1 : i32
# CHECK-NEXT:      uop.break %[[C1]], %xs, %k, %[[INC]] : i32, !uop.object, !uop.object, !uop.object
# CHECK-NEXT:    }
# CHECK-NEXT:    cf.switch %[[R]]#0 : i32, [
# CHECK-NEXT:      default: ^[[BREAK:bb[0-9]+]],
# CHECK-NEXT:      1: ^[[ELSE]](%[[R]]#3 : !uop.object)
# CHECK-NEXT:    ]
# After the `break`: return i.
# CHECK:       ^[[BREAK]]:
# CHECK:         uop.return_value %[[R]]#3
# The `else` arm (also reached when the loop never runs): return -1.
# CHECK:       ^[[ELSE]](%{{.*}}: !uop.object):
# CHECK:         %[[M1:value_[0-9]+]] = uop.load_const <oparg = 3>
# CHECK:         uop.return_value %[[M1]]


def search(xs, k):
    i = 0
    while i < len(xs):
        if xs[i] == k:
            break
        i += 1
    else:
        return -1
    return i


for _ in range(100):
    search([1, 2, 3, 4], 3)
    search([1, 2], 9)
