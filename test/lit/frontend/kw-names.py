# A call with keyword arguments: KW_NAMES (the tuple of names, a constant)
# comes right before PRECALL / CALL, whose stack holds the positional and
# keyword values alike. uop.kw_names has no stack effect and cannot fail.
# The interpreter keeps the names in a variable of its loop, not in the
# frame, so the frame states of the PRECALL and CALL it shapes resume at the
# KW_NAMES itself (the offset of the first frame state after it).
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/2-call_kw.json | uop-opt | FileCheck %s
# RUN: uop-translate --import-bytecode %t/3-call_builtin_kw.json | uop-opt | FileCheck %s --check-prefix=BUILTIN
# RUN: uop-translate --import-bytecode %t/4-after_kw.json | uop-opt | FileCheck %s --check-prefix=AFTER

# CHECK-LABEL: uop.func @call_kw(%x)
# CHECK:         %null, %[[F:res[_0-9]*]] = uop.load_global_module
# CHECK-NEXT:    %[[C:value[_0-9]*]] = uop.load_const <oparg = 1>
# CHECK-NEXT:    %[[D:value[_0-9]*]] = uop.load_const <oparg = 2>
# CHECK-NEXT:    uop.kw_names <oparg = 3>{{$}}
# kw(x, c=3, b=4): four stack slots under PRECALL 3 / CALL 3.
# CHECK-NEXT:    uop.frame_state at [[KW:[0-9]+]] locals(%x) stack(%null, %[[F]], %x, %[[C]], %[[D]])
# CHECK:         %[[CALLFS:fs[0-9_]+]] = uop.frame_state at [[KW]] locals(%x)
# CHECK-NEXT:    %[[R:res[_0-9]*]] = uop.call %null, %[[F]], %x, %[[C]], %[[D]] <oparg = 3> frame %[[CALLFS]]
# CHECK:         uop.return_value %[[R]]

# BUILTIN-LABEL: uop.func @call_builtin_kw(%xs)
# BUILTIN:         uop.kw_names <oparg = 2>{{$}}
# BUILTIN-NEXT:    uop.frame_state
# BUILTIN-NEXT:    uop.guard_callee_builtin_fast_kw
# BUILTIN-NEXT:    uop.precall_builtin_fast_with_keywords {{.*}} <oparg = 2> frame

# A PRECALL form that also runs the CALL ends what KW_NAMES shapes: the
# instructions after it resume at their own offsets again.
# AFTER-LABEL: uop.func @after_kw(%xs, %t)
# AFTER:         uop.kw_names <oparg = 2>{{$}}
# AFTER-NEXT:    uop.frame_state at [[KW:[0-9]+]] locals
# AFTER:         %[[T:res[_0-9]*]] = uop.precall_builtin_fast_with_keywords
# AFTER-NOT:     uop.frame_state at [[KW]]
# AFTER:         uop.frame_state at {{[0-9]+}} locals(%xs, %[[T]]) stack(%[[T]], %{{value[_0-9]*}})
# AFTER:         uop.return_value


def kw(a, b=1, *, c=2):
    return a + b + c


def call_kw(x):
    return kw(x, c=3, b=4)


def call_builtin_kw(xs):
    return sorted(xs, reverse=True)


def after_kw(xs):
    t = sorted(xs, reverse=True)
    return t[0] + 1


for i in range(60):
    call_kw(i)
    call_builtin_kw([3, 1, 2])
    after_kw([1, 2])
