# Uops whose bodies only read their inputs take no frame state: the
# instruction they come from "decrefs" its inputs, but in the dialect the
# lowering's DECREF releases them (catalog: UopEscapes in UopBase.td). A
# list or tuple subscript, a two-tuple unpack and `is` have no exit; a jump
# on `is None` is still a conditional jump (it tests its input), not an
# edge. The lowering puts no CHECK_TRACING after them (nor at the entry:
# the runtime enters compiled code only while nothing is traced, and
# RESUME_CHECK only deoptimizes).
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-pick.json | uop-opt | FileCheck %s
# RUN: uop-translate --import-bytecode %t/1-pick.json | uop-opt --uop-optimize | uop-translate --export-uops | FileCheck %s --check-prefix=FLAT

# CHECK-LABEL: uop.func @pick(%xs, %pair, %y, %a, %b, %c)
# CHECK:         uop.guard_list_index %xs, %value frame
# CHECK-NEXT:    %res = uop.binary_subscr_list_int %xs, %value{{$}}
# CHECK:         uop.guard_seq_len %pair <oparg = 2> frame
# CHECK-NEXT:    uop.unpack_sequence_two_tuple %pair <oparg = 2>{{$}}
# CHECK-NEXT:    %[[T:taken[_0-9]*]] = uop.pop_jump_forward_if_not_none %y <oparg = {{[0-9]+}}>{{$}}
# CHECK-NEXT:    cf.cond_br %[[T]], ^bb2, ^bb1
# CHECK:       ^bb2:
# CHECK-NEXT:    uop.is_op %res, %values <oparg = 0>{{$}}

# FLAT-LABEL: flat @pick:
# FLAT-NOT:     CHECK_TRACING
# FLAT:         BINARY_SUBSCR_LIST_INT r{{[0-9]+}}, r{{[0-9]+}} -> r{{[0-9]+}}{{ *}}#
# FLAT-NOT:     CHECK_TRACING
# FLAT:         UNPACK_SEQUENCE_TWO_TUPLE r{{[0-9]+}} -> r{{[0-9]+}}, r{{[0-9]+}} oparg=2{{ *}}#
# FLAT-NOT:     CHECK_TRACING
# FLAT:         POP_JUMP_FORWARD_IF_NOT_NONE


def pick(xs, pair, y):
    a = xs[0]
    b, c = pair
    if y is None:
        return a + b + c
    return (a is c) + b


for i in range(60):
    pick([1, 2], (3, 4), None)
    pick([5, 6], (7, 8), i)
