# A lambda is a code object named <lambda>, qualified by where it appears;
# a lambda reading a variable of its enclosing function is a closure. The
# enclosing function makes it with MAKE_FUNCTION (closure tuple: oparg 8).
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-by_distance.json | uop-opt | FileCheck %s
# RUN: uop-translate --import-bytecode %t/2-by_distance._locals_._lambda_.json | uop-opt | FileCheck %s --check-prefix=LAMBDA
# RUN: uop-translate --import-bytecode %t/3-_lambda_.json | uop-opt | FileCheck %s --check-prefix=TOP

# CHECK-LABEL: uop.func @by_distance(%xs, %origin)
# CHECK-SAME:    names = ["xs", "origin"]
# CHECK:         uop.make_cell <oparg = 1> frame
# CHECK:         %[[C:value[_0-9]*]] = uop.load_closure <oparg = 1> frame
# CHECK:         %[[T:tup[_0-9]*]] = uop.build_tuple %[[C]] <oparg = 1>
# CHECK:         %[[F:func[_0-9]*]] = uop.make_function %[[T]], %{{value[_0-9]*}} <oparg = 8> frame
# sorted(xs, key=<lambda>)
# CHECK:         uop.kw_names <oparg = {{[0-9]+}}>
# CHECK:         uop.precall_builtin_fast_with_keywords %{{null[_0-9]*}}, %{{res[_0-9]*}}, %xs, %[[F]] <oparg = 2>

# LAMBDA-LABEL: uop.func @"by_distance.<locals>.<lambda>"(%v, %origin)
# LAMBDA-SAME:    argcount = 1, nlocals = 1, ncells = 0, nfrees = 1
# The free slot is NULL until COPY_FREE_VARS sets it, before anything reads
# it, so no uop.null is left behind.
# LAMBDA-NEXT:    %[[CELLS:cells[_0-9]*]] = uop.copy_free_vars <oparg = 1>
# LAMBDA:         %[[O:value[_0-9]*]] = uop.load_deref <oparg = 1> frame
# LAMBDA:         %[[D:res[_0-9]*]] = uop.binary_op_subtract_int %v, %[[O]] frame
# LAMBDA:         %[[A:res[_0-9]*]] = uop.precall_no_kw_builtin_o %{{null[_0-9]*}}, %{{res[_0-9]*}}, %[[D]] <oparg = 1> frame
# LAMBDA-NEXT:    uop.frame_state at {{[0-9]+}} locals(%v, %[[CELLS]]) stack(%[[A]])
# LAMBDA-NEXT:    uop.return_value %[[A]]

# A module-level lambda: qualname <lambda>.
# TOP-LABEL: uop.func @"<lambda>"(%a, %b)
# TOP:         %[[R:res[_0-9]*]] = uop.binary_op_multiply_int %a, %b frame
# TOP:         uop.return_value %[[R]]


def by_distance(xs, origin):
    return sorted(xs, key=lambda v: abs(v - origin))


mul = lambda a, b: a * b

for i in range(60):
    by_distance([3, 1, 2], i)
    mul(i, 3)
