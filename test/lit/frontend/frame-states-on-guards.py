# Every guard can fail, and a failing guard hands the frame back to the
# interpreter: each uop.guard_* names a frame state, taken at the offset of
# the instruction the guard belongs to, with the stack that instruction sees.
# The second RUN line fails if any guard line lacks `frame %fs...`.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/3-dot.json | uop-opt | FileCheck %s
# RUN: uop-translate --import-bytecode %t/4-total.json | uop-opt | FileCheck %s --check-prefix=LOOP
# RUN: uop-translate --import-bytecode %t/3-dot.json | uop-opt | grep 'uop\.guard_' | count 11
# RUN: uop-translate --import-bytecode %t/3-dot.json | uop-opt | grep 'uop\.guard_' | not grep -v ' frame %fs[0-9]*$'
# RUN: uop-translate --import-bytecode %t/4-total.json | uop-opt | grep 'uop\.guard_' | count 3
# RUN: uop-translate --import-bytecode %t/4-total.json | uop-opt | grep 'uop\.guard_' | not grep -v ' frame %fs[0-9]*$'

# CHECK-LABEL: uop.func @dot(%p, %q)
# CHECK-NOT:     uop.guard_{{[a-z_]+}} %{{[^f]*}}$
# p.x: LOAD_ATTR_INSTANCE_VALUE, two guards, the object on the stack.
# CHECK:         %[[FS1:fs[0-9]+]] = uop.frame_state at [[OFF1:[0-9]+]] locals(%p, %q) stack(%p)
# CHECK-NEXT:    uop.guard_type_version %p <version = {{[0-9]+}}> frame %[[FS1]]
# CHECK-NEXT:    uop.guard_has_values %p frame %[[FS1]]
# CHECK-NEXT:    %[[PX:res[_0-9]*]] = uop.load_attr_instance_value %p <index = 0> frame %[[FS1]]
# CHECK-NOT:     uop.guard_{{[a-z_]+}} %{{[^f]*}}$
# q.x: the same guards on q, with p.x below it on the stack.
# CHECK:         %[[FS2:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%p, %q) stack(%[[PX]], %q)
# CHECK-NEXT:    uop.guard_type_version %q <version = {{[0-9]+}}> frame %[[FS2]]
# CHECK-NEXT:    uop.guard_has_values %q frame %[[FS2]]
# CHECK-NOT:     uop.guard_{{[a-z_]+}} %{{[^f]*}}$
# p.x * q.x on floats: BINARY_OP_MULTIPLY_FLOAT.
# CHECK:         %[[FS3:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%p, %q) stack(%[[PX]], %[[QX:res[_0-9]*]])
# CHECK-NEXT:    uop.guard_both_float %[[PX]], %[[QX]] frame %[[FS3]]
# CHECK-NEXT:    uop.binary_op_multiply_float %[[PX]], %[[QX]] frame %[[FS3]]
# CHECK-NOT:     uop.guard_{{[a-z_]+}} %{{[^f]*}}$
# CHECK:         uop.guard_both_float
# CHECK-NOT:     uop.guard_{{[a-z_]+}} %{{[^f]*}}$
# CHECK:         uop.return_value

# Inside a loop the frame state holds the loop-carried `t` and `v`.
# LOOP-LABEL: uop.func @total(%vs, %t, %v)
# LOOP:         %null = uop.null
# LOOP:         %[[ZERO:value[_0-9]*]] = uop.load_const <oparg = 1>
# LOOP:         uop.loop at {{[0-9]+}} (%[[T:arg[0-9]+]] = %[[ZERO]], %[[V:arg[0-9]+]] = %null)
# LOOP:           %[[NEXT:next[_0-9]*]], %{{taken[_0-9]*}} = uop.for_iter
# v may be bound by the previous iteration: storing it is a uop.store_fast
# escape, with the frame state before it.
# LOOP:           %[[FSV:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%vs, %[[T]], %[[V]]) stack(%iter, %[[NEXT]])
# LOOP-NEXT:      uop.store_fast %[[NEXT]] <oparg = 2> frame %[[FSV]]
# LOOP-NEXT:      %[[FS1:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%vs, %[[T]], %[[NEXT]]) stack(%iter, %[[T]], %[[NEXT]])
# LOOP-NEXT:      uop.guard_type_version %[[NEXT]] <version = {{[0-9]+}}> frame %[[FS1]]
# LOOP-NEXT:      uop.guard_has_values %[[NEXT]] frame %[[FS1]]
# LOOP-NEXT:      %[[X:res[_0-9]*]] = uop.load_attr_instance_value %[[NEXT]]
# LOOP:           %[[FS2:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%vs, %[[T]], %[[NEXT]]) stack(%iter, %[[T]], %[[X]])
# LOOP-NEXT:      uop.guard_both_float %[[T]], %[[X]] frame %[[FS2]]
# LOOP-NEXT:      %[[SUM:res[_0-9]*]] = uop.binary_op_add_float %[[T]], %[[X]] frame %[[FS2]]
# t += v.x replaces the old t: a uop.store_fast escape as well.
# LOOP-NEXT:      %[[FST:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%vs, %[[T]], %[[NEXT]]) stack(%iter, %[[SUM]])
# LOOP-NEXT:      uop.store_fast %[[SUM]] <oparg = 1> frame %[[FST]]
# LOOP:           uop.continue %[[SUM]], %[[NEXT]]

class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def dot(p, q):
    return p.x * q.x + p.y * q.y


def total(vs):
    t = 0.0
    for v in vs:
        t += v.x
    return t


for i in range(100):
    dot(V(1.0 * i, 2.0), V(0.5, 1.5))
    total([V(1.5, 0.0), V(2.5, 1.0)])
