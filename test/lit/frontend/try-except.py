# An exception always leaves compiled code: the raising uop hands its frame
# state to the interpreter, which finds the handler in the exception table.
# So the `except` arm is not imported at all; the `try` body runs straight
# into the code after the statement, and a loop around a try/except only has
# the normal path. The handler's offsets still start blocks (they are jump
# targets for the interpreter), which the importer merges back.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-safe_div.json | uop-opt | FileCheck %s
# RUN: uop-translate --import-bytecode %t/2-count_bad.json | uop-opt | FileCheck %s --check-prefix=LOOP

# CHECK-LABEL: uop.func @safe_div(%a, %b, %r, %e)
# The division may raise ZeroDivisionError: its frame state is where the
# interpreter takes over, and it holds the locals as they are there: r and
# e still unbound (NULL).
# CHECK:         %null = uop.null
# CHECK:         %[[FS:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%a, %b, %null, %null) stack(%a, %b)
# CHECK-NEXT:    %[[Q:res[_0-9]*]] = uop.binary_op %a, %b <oparg = 11> frame %[[FS]]
# (r = ... stores over NULL; whether it stays a uop.store_fast is not
# checked here.)
# CHECK-NOT:     uop.return_value
# CHECK:         uop.frame_state at {{[0-9]+}} locals(%a, %b, %[[Q]], %null) stack(%[[Q]])
# CHECK-NEXT:    uop.return_value %[[Q]]
# CHECK-NEXT:  }
# Nothing of the handler: no exception matching, no second return.
# CHECK-NOT:   uop.check_exc_match
# CHECK-NOT:   uop.push_exc_info
# CHECK-NOT:   uop.return_value

# LOOP-LABEL: uop.func @count_bad(%xs, %bad, %x)
# LOOP:         uop.loop at
# LOOP:           uop.for_iter
# The loop variable may be bound from an earlier iteration: storing it is
# a uop.store_fast escape.
# LOOP:           %[[FSX:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%xs, %[[BAD:value[_0-9]*]], %[[X0:arg[0-9]+]]) stack(%[[IT:iter[_0-9]*]], %[[N:next[_0-9]*]])
# LOOP-NEXT:      uop.store_fast %[[N]] <oparg = 2> frame %[[FSX]]
# LOOP:           %[[Q:res[_0-9]*]] = uop.binary_op {{.*}}<oparg = 2>
# The unused quotient is released by an escaping uop.pop_top.
# LOOP-NEXT:      %[[FSP:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%xs, %[[BAD]], %[[N]]) stack(%[[IT]], %[[Q]])
# LOOP-NEXT:      uop.pop_top %[[Q]] frame %[[FSP]]
# LOOP-NOT:       uop.push_exc_info
# LOOP:           uop.continue
# LOOP:           uop.break
# LOOP-NEXT:    }
# LOOP-NOT:     uop.check_exc_match
# LOOP:         uop.return_value
# LOOP-NOT:     uop.push_exc_info


def safe_div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        r = None
    return r


def count_bad(xs):
    bad = 0
    for x in xs:
        try:
            10 // x
        except ZeroDivisionError:
            bad += 1
    return bad


for i in range(60):
    safe_div(i, i % 3)
    count_bad([1, 0, 2])
