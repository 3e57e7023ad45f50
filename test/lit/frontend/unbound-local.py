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
# z and w are not arguments: the frame starts with NULL in their slots.
# CHECK:         %null = uop.null
# CHECK-NEXT:    uop.frame_state at 0 locals(%flag, %null, %null) stack()
# z is stored on one arm only: the merge gets the stored value or the
# unbound (NULL) entry value.
# CHECK:         cf.cond_br %{{taken[_0-9]*}}, ^[[JOIN:bb[0-9]+]](%null : !uop.object), ^bb1
# CHECK:       ^[[JOIN]](%[[Z:[0-9]+]]: !uop.object):
# w is stored just before (over NULL; whether that store stays a
# uop.store_fast is not checked here): no check for it, one for z.
# CHECK-NEXT:    %[[W:value[_0-9]*]] = uop.load_const <oparg = 2>
# CHECK-NOT:     uop.load_fast
# CHECK:         %[[FS:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%flag, %[[Z]], %[[W]]) stack()
# CHECK-NEXT:    %[[Z2:value[_0-9]*]] = uop.load_fast <oparg = 1> frame %[[FS]]
# From here on z is the checked value.
# CHECK-NEXT:    uop.frame_state at {{[0-9]+}} locals(%flag, %[[Z2]], %[[W]]) stack(%[[Z2]], %[[W]])
# CHECK-NEXT:    uop.guard_both_int %[[Z2]], %[[W]]
# CHECK-NOT:     uop.load_fast <oparg = 2>
# CHECK:         uop.return_value

# LOOP-LABEL: uop.func @last(%xs, %x, %v)
# LOOP:         %null = uop.null
# LOOP:         uop.loop at {{[0-9]+}} (%[[X0:arg[0-9]+]] = %null, %[[V0:arg[0-9]+]] = %null)
# LOOP-NOT:       uop.load_fast
# x and v may already be bound (from an earlier iteration): both stores
# are uop.store_fast escapes, each with the frame state before it.
# LOOP:           %[[FSX:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%xs, %[[X0]], %[[V0]]) stack(%[[IT:iter[_0-9]*]], %[[N:next[_0-9]*]])
# LOOP-NEXT:      uop.store_fast %[[N]] <oparg = 1> frame %[[FSX]]
# LOOP-NEXT:      %[[FSV:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%xs, %[[N]], %[[V0]]) stack(%[[IT]], %[[N]])
# LOOP-NEXT:      uop.store_fast %[[N]] <oparg = 2> frame %[[FSV]]
# LOOP-NOT:       uop.load_fast
# LOOP:         }
# LOOP-NEXT:    uop.frame_state
# LOOP-NEXT:    %[[V:value[_0-9]*]] = uop.load_fast <oparg = 2> frame
# LOOP-NOT:     uop.load_fast
# LOOP:         uop.return_value %[[V]]

# The keyword-only k counts as a parameter; r is stored on both arms.
# SURE-LABEL: uop.func @surely(%a, %b, %k, %r)
# The frame starts with k bound and only r NULL.
# SURE:         %null = uop.null
# SURE-NEXT:    uop.frame_state at 0 locals(%a, %b, %k, %null) stack()
# SURE-NOT:     uop.load_fast
# SURE:         uop.return_value

# DEL-LABEL: uop.func @deleted(%a, %x)
# DEL:         %null = uop.null
# DEL-NEXT:    uop.frame_state at 0 locals(%a, %null) stack()
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
