# A local assigned on both arms of an `if` becomes a block argument of the
# block where the arms meet; each arm's cf.br passes its own value. A local
# assigned on neither arm is not an argument: the merge reads it directly.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-choose.json | uop-opt | FileCheck %s

# CHECK-LABEL: uop.func @choose(%a, %b, %x)
# x is not an argument: the frame starts with NULL in its slot.
# CHECK:         %null = uop.null
# CHECK-NEXT:    uop.frame_state at 0 locals(%a, %b, %null) stack()
# CHECK:         %[[T:taken[_0-9]*]] = uop.pop_jump_forward_if_false
# CHECK-NEXT:    cf.cond_br %[[T]], ^[[ELSE:bb[0-9]+]], ^[[THEN:bb[0-9]+]]
# The `then` arm: x = a + b. (The store over NULL ends the arm; whether it
# is a rename or a uop.store_fast is not checked here.)
# CHECK:       ^[[THEN]]:
# CHECK-NEXT:    uop.frame_state at {{[0-9]+}} locals(%a, %b, %null) stack(%a, %b)
# CHECK:         %[[SUM:res[_0-9]*]] = uop.binary_op_add_int %a, %b
# CHECK-NOT:     {{\^bb|uop\.binary_op}}
# CHECK:         cf.br ^[[MERGE:bb[0-9]+]](%[[SUM]] : !uop.object)
# The `else` arm: x = a - b.
# CHECK:       ^[[ELSE]]:
# CHECK-NEXT:    uop.frame_state at {{[0-9]+}} locals(%a, %b, %null) stack(%a, %b)
# CHECK:         %[[DIFF:res[_0-9]*]] = uop.binary_op_subtract_int %a, %b
# CHECK-NOT:     {{\^bb|uop\.binary_op}}
# CHECK:         cf.br ^[[MERGE]](%[[DIFF]] : !uop.object)
# The merge: one argument, the new x; a and b come straight from the entry.
# CHECK:       ^[[MERGE]](%[[X:[0-9]+]]: !uop.object):
# CHECK:         uop.frame_state at {{[0-9]+}} locals(%a, %b, %[[X]]) stack(%[[X]], %b)
# CHECK:         %[[PROD:res[_0-9]*]] = uop.binary_op_multiply_int %[[X]], %b
# CHECK:         uop.return_value %[[PROD]]


def choose(a, b):
    if a > b:
        x = a + b
    else:
        x = a - b
    return x * b


for i in range(100):
    choose(i, 50)
