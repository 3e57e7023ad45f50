# *args / **kwargs: a function taking them has both as ordinary parameters
# (co_flags VARARGS | VARKEYWORDS, surely bound at entry); a call spreading
# them is CALL_FUNCTION_EX, with the kwargs dict built by BUILD_MAP +
# DICT_MERGE and the positional part turned into a tuple when it is not one.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-spread.json | uop-opt | FileCheck %s
# RUN: uop-translate --import-bytecode %t/2-prepend.json | uop-opt | FileCheck %s --check-prefix=LIST

# CHECK-LABEL: uop.func @spread(%f, %args, %kwargs)
# CHECK-SAME:    co_flags = 15, argcount = 1
# CHECK:         %[[NULL:null[_0-9]*]] = uop.null
# CHECK:         %[[MAP:map[_0-9]*]] = uop.build_map <oparg = 0> frame
# CHECK-NEXT:    %[[FS:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%f, %args, %kwargs) stack(%[[NULL]], %f, %args, %[[MAP]], %kwargs)
# CHECK-NEXT:    uop.dict_merge %f, %args, %[[MAP]], %kwargs <oparg = 1> frame %[[FS]]
# CHECK:         %[[R:result[_0-9]*]] = uop.call_function_ex %[[NULL]], %f, %args, %[[MAP]] <oparg = 1> frame
# CHECK:         uop.return_value %[[R]]

# LIST-LABEL: uop.func @prepend(%f, %x, %args)
# LIST-SAME:    argcount = 2
# [x, *args] as the positional arguments, no keywords (oparg 0).
# LIST:         %[[L:list[_0-9]*]] = uop.build_list %x <oparg = 1> frame
# LIST:         uop.list_extend %[[L]], %args <oparg = 1> frame
# LIST:         %[[T:tuple[_0-9]*]] = uop.list_to_tuple %[[L]] frame
# LIST:         %[[R:result[_0-9]*]] = uop.call_function_ex %{{null[_0-9]*}}, %f, %[[T]] <oparg = 0> frame
# LIST:         uop.return_value %[[R]]


def spread(f, *args, **kwargs):
    return f(*args, **kwargs)


def prepend(f, x, *args):
    return f(x, *args)


def kw(a, b=1, *, c=2):
    return a + b + c


for i in range(60):
    spread(kw, i, b=2, c=3)
    prepend(kw, i, 5)
