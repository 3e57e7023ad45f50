# The snapshot is the bytecode as the adaptive interpreter left it. An
# instruction that ran often enough with stable types is specialized and
# imports as guards plus a specialized uop. One that never ran, or whose
# specialization failed, is still an *_ADAPTIVE form: it imports as the
# generic uop with {adaptive, counter = N} (the counter from its first
# cache entry). Code that never ran at all is not quickened: plain generic
# uops, neither adaptive nor guarded.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/3-profile.json | uop-opt | FileCheck %s
# RUN: uop-translate --import-bytecode %t/4-get.json | uop-opt | FileCheck %s --check-prefix=FAILED
# RUN: uop-translate --import-bytecode %t/5-never.json | uop-opt | FileCheck %s --check-prefix=COLD

# CHECK-LABEL: uop.func @profile(%a, %b, %rare)
# CHECK:         cf.cond_br %{{taken[_0-9]*}}, ^[[HOT:bb[0-9]+]], ^[[RARE:bb[0-9]+]]
# The `rare` arm never ran: BINARY_OP_ADAPTIVE, generic binary_op (a * b).
# CHECK:       ^[[RARE]]:
# CHECK-NEXT:    %[[FS:fs[0-9]+]] = uop.frame_state
# CHECK-NEXT:    uop.binary_op %a, %b <oparg = 5> frame %[[FS]] {adaptive, counter = {{[0-9]+}} : i64}
# CHECK-NOT:     uop.guard
# CHECK:         uop.return_value
# The hot arm: BINARY_OP_ADD_INT = guard + specialized uop, not adaptive.
# CHECK:       ^[[HOT]]:
# CHECK-NEXT:    %[[FS2:fs[0-9]+]] = uop.frame_state
# CHECK-NEXT:    uop.guard_both_int %a, %b frame %[[FS2]]
# CHECK-NEXT:    uop.binary_op_add_int %a, %b frame %[[FS2]]{{$}}

# A property cannot be specialized in 3.11: LOAD_ATTR stays adaptive, with
# a backed-off counter.
# FAILED-LABEL: uop.func @get(%o)
# FAILED:         uop.load_attr %o <oparg = 0> frame %{{fs[0-9]+}} {adaptive, counter = {{[0-9]+}} : i64}
# FAILED-NOT:     uop.guard

# COLD-LABEL: uop.func @never(%a, %b)
# COLD:         uop.load_global <oparg = 1> frame
# COLD:         uop.binary_op %{{[a-z_0-9]+}}, %b <oparg = 0> frame %{{fs[0-9]+}}{{$}}
# COLD-NOT:     adaptive
# COLD-NOT:     uop.guard


class P:
    @property
    def v(self):
        return 1


def profile(a, b, rare):
    if rare:
        return a * b
    return a + b


def get(o):
    return o.v


def never(a, b):
    return len(a) + b


for i in range(100):
    profile(i, 2, False)
    get(P())
