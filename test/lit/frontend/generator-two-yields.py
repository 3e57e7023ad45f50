# A generator's body is a uop.generator region. Each `yield` is a
# uop.yield_value that ends its block and names the block it resumes at;
# that block starts with uop.resume, whose result is the value sent in. The
# three entry points: the region's first uop.resume (the first next()), and
# the two resume blocks. A resume block reads every slot of the frame again
# (uop.reload): the interpreter may have run the frame since it suspended.
# Values sent in flow on as SSA values within a block.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-two.json | uop-opt | FileCheck %s

# CHECK-LABEL: uop.func @two(%n, %x, %y)
# CHECK-NEXT:    uop.generator "generator" {
# Entry point 1: the start; the value sent by the first next() is None,
# and its POP_TOP is an escape (releasing it may run __del__). The locals
# that are not arguments start as NULL, created right after the first resume.
# CHECK-NEXT:      %[[S0:sent[_0-9]*]] = uop.resume at [[E0:[0-9]+]]
# CHECK-NEXT:      %null = uop.null
# CHECK-NEXT:      %[[FS0:fs[0-9]+]] = uop.frame_state at [[E0]] locals(%n, %null, %null) stack(%[[S0]])
# CHECK-NEXT:      uop.pop_top %[[S0]] frame %[[FS0]]
# CHECK-NEXT:      uop.frame_state at {{[0-9]+}} locals(%n, %null, %null) stack()
# CHECK-NEXT:      uop.resume_check <oparg = 0>
# First suspension: yield n.
# CHECK-NEXT:      %[[FS1:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%n, %null, %null) stack(%n)
# CHECK-NEXT:      uop.yield_value %n frame %[[FS1]] resume ^[[R1:bb[0-9]+]]
# Entry point 2: x = (sent value).
# CHECK-NEXT:    ^[[R1]]:
# CHECK-NEXT:      %[[S1:sent[_0-9]*]] = uop.resume at [[E1:[0-9]+]]
# CHECK-NEXT:      %[[N1:n_[0-9]+]] = uop.reload 0 at [[E1]]
# CHECK-NEXT:      %[[X1R:x_[0-9]+]] = uop.reload 1 at [[E1]]
# CHECK-NEXT:      %[[Y1R:y_[0-9]+]] = uop.reload 2 at [[E1]]
# CHECK-NEXT:      uop.frame_state at [[E1]] locals(%[[N1]], %[[X1R]], %[[Y1R]]) stack(%[[S1]])
# CHECK-NEXT:      uop.resume_check <oparg = 1>
# CHECK:           %[[X1:res[_0-9]*]] = uop.binary_op_add_int %[[S1]],
# Second suspension: yield x + 1, with x now the first sent value.
# CHECK-NEXT:      %[[FS2:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%[[N1]], %[[S1]], %[[Y1R]]) stack(%[[X1]])
# CHECK-NEXT:      uop.yield_value %[[X1]] frame %[[FS2]] resume ^[[R2:bb[0-9]+]]
# Entry point 3: y = (sent value); return y. (The store into y is over
# whatever the frame holds; whether it stays a uop.store_fast is not checked
# here.)
# CHECK-NEXT:    ^[[R2]]:
# CHECK-NEXT:      %[[S2:sent[_0-9]*]] = uop.resume at [[E2:[0-9]+]]
# CHECK-NEXT:      %[[N2:n_[0-9]+]] = uop.reload 0 at [[E2]]
# CHECK-NEXT:      %[[X2:x_[0-9]+]] = uop.reload 1 at [[E2]]
# CHECK-NEXT:      %[[Y2:y_[0-9]+]] = uop.reload 2 at [[E2]]
# CHECK-NEXT:      uop.frame_state at [[E2]] locals(%[[N2]], %[[X2]], %[[Y2]]) stack(%[[S2]])
# CHECK-NEXT:      uop.resume_check <oparg = 1>
# CHECK-NOT:       {{\^bb|uop\.(resume|yield_value)}}
# CHECK:           %[[FS3:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%[[N2]], %[[X2]], %[[S2]]) stack(%[[S2]])
# CHECK-NEXT:      uop.return_value %[[S2]] frame %[[FS3]]
# CHECK-NEXT:    }
# CHECK-NEXT:  }
# Exactly three uop.resume and two uop.yield_value.
# RUN: uop-translate --import-bytecode %t/1-two.json | grep -c 'uop.resume at' | FileCheck %s --check-prefix=COUNT
# RUN: uop-translate --import-bytecode %t/1-two.json | grep -c 'uop.yield_value' | FileCheck %s --check-prefix=COUNT2
# COUNT: 3
# COUNT2: 2


def two(n):
    x = yield n
    y = yield x + 1
    return y


for _ in range(30):
    g = two(3)
    next(g)
    g.send(4)
    try:
        g.send(5)
    except StopIteration:
        pass
