# LOAD_FAST of a local that is bound on every path (a parameter, or stored
# before on all paths) is an SSA rename: no uop. A local that may be unbound
# at the read (assigned on one arm only, or only inside a loop that may not
# run, or deleted) gets a checking uop.load_fast <oparg = N> with a frame
# state (it raises UnboundLocalError); after it the local is surely bound.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-maybe.json | uop-opt | FileCheck %s
# RUN: uop-translate --import-bytecode %t/2-last.json | uop-opt | FileCheck %s --check-prefix=LOOP
# RUN: uop-translate --import-bytecode %t/3-surely.json | uop-opt | FileCheck %s --check-prefix=SURE
# RUN: uop-translate --import-bytecode %t/4-deleted.json | uop-opt | FileCheck %s --check-prefix=DEL

# CHECK-LABEL: uop.func @maybe(%flag, %z, %w)
# z is stored on one arm only: the merge gets the stored value or the
# (unbound) entry value.
# CHECK:         cf.cond_br %{{taken[_0-9]*}}, ^[[JOIN:bb[0-9]+]](%z : !uop.object), ^bb1
# CHECK:       ^[[JOIN]](%[[Z:[0-9]+]]: !uop.object):
# w is stored just before: no check for it, one for z.
# CHECK-NEXT:    %[[W:value[_0-9]*]] = uop.load_const <oparg = 2>
# CHECK-NEXT:    %[[FS:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%flag, %[[Z]], %[[W]]) stack()
# CHECK-NEXT:    %[[Z2:value[_0-9]*]] = uop.load_fast <oparg = 1> frame %[[FS]]
# From here on z is the checked value.
# CHECK-NEXT:    uop.frame_state at {{[0-9]+}} locals(%flag, %[[Z2]], %[[W]]) stack(%[[Z2]], %[[W]])
# CHECK-NEXT:    uop.guard_both_int %[[Z2]], %[[W]]
# CHECK-NOT:     uop.load_fast <oparg = 2>
# CHECK:         uop.return_value

# LOOP-LABEL: uop.func @last(%xs, %x, %v)
# LOOP:         uop.loop
# LOOP-NOT:       uop.load_fast
# LOOP:         }
# LOOP-NEXT:    uop.frame_state
# LOOP-NEXT:    %[[V:value[_0-9]*]] = uop.load_fast <oparg = 2> frame
# LOOP-NOT:     uop.load_fast
# LOOP:         uop.return_value %[[V]]

# The keyword-only k counts as a parameter; r is stored on both arms.
# SURE-LABEL: uop.func @surely(%a, %b, %k, %r)
# SURE-NOT:     uop.load_fast
# SURE:         uop.return_value

# DEL-LABEL: uop.func @deleted(%a, %x)
# DEL:         uop.delete_fast <oparg = 1> frame
# DEL-NEXT:    %[[N:null[_0-9]*]] = uop.null
# After `del x` the frame state has NULL for x, and reading it is checked.
# DEL:         %[[FS:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%a, %[[N]]) stack()
# DEL-NEXT:    uop.load_fast <oparg = 1> frame %[[FS]]


def maybe(flag):
    if flag:
        z = 1
    w = 2
    return z + w


def last(xs):
    for x in xs:
        v = x
    return v


def surely(a, b, *, k):
    if a:
        r = b
    else:
        r = k
    return a + b + k + r


def deleted(a):
    x = a
    del x
    if a > 100:
        return x
    return a


for i in range(60):
    maybe(True)
    last([1, i])
    surely(i, 1, k=2)
    deleted(i)
