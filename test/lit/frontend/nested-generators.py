# `yield from` compiles to a SEND / YIELD_VALUE / JUMP_BACKWARD_NO_INTERRUPT
# loop: it imports as a uop.loop inside the uop.generator whose back edge
# carries the value sent in, and whose exit (SEND's jump when the inner
# generator returns) carries the inner generator's return value out.
# The inner generator is itself a uop.generator with a yield in a for loop.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-inner.json | uop-opt | FileCheck %s --check-prefix=INNER
# RUN: uop-translate --import-bytecode %t/2-outer.json | uop-opt | FileCheck %s --check-prefix=OUTER

# INNER-LABEL: uop.func @inner(%n, %i)
# INNER:         uop.generator "generator" {
# The resume block reads every slot again (uop.reload: the interpreter may
# have run the frame since), so the loop carries n, i and the iterator.
# INNER:           uop.loop at {{[0-9]+}} (%[[N0:arg[0-9]+]] = %n, %[[I0:arg[0-9]+]] = %null, %[[IT:arg[0-9]+]] = %{{iter[_0-9]*}})
# INNER:             %[[NEXT:next[_0-9]*]], %{{taken[_0-9]*}} = uop.for_iter %[[IT]]
# i may be bound by an earlier iteration: storing it is a uop.store_fast
# escape, with the frame state before it.
# INNER:             %[[FSI:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%[[N0]], %[[I0]]) stack(%[[IT]], %[[NEXT]])
# INNER-NEXT:        uop.store_fast %[[NEXT]] <oparg = 1> frame %[[FSI]]
# INNER:             uop.yield_value %[[NEXT]] frame %{{fs[0-9]+}} resume ^[[R:bb[0-9]+]]
# INNER-NEXT:      ^[[R]]:
# INNER-NEXT:        %[[S:sent[_0-9]*]] = uop.resume at [[RS:[0-9]+]]
# INNER-NEXT:        %[[N1:n_[0-9]+]] = uop.reload 0 at [[RS]]
# INNER-NEXT:        %[[I1:i_[0-9]+]] = uop.reload 1 at [[RS]]
# INNER-NEXT:        %[[IT1:stack[_0-9]*]] = uop.reload 2 at [[RS]]
# The value sent in is dropped by an escaping uop.pop_top.
# INNER-NEXT:        uop.frame_state
# INNER-NEXT:        uop.resume_check
# INNER-NEXT:        %[[FSP:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%[[N1]], %[[I1]]) stack(%[[IT1]], %[[S]])
# INNER-NEXT:        uop.pop_top %[[S]] frame %[[FSP]]
# INNER:             uop.continue %[[N1]], %[[I1]], %[[IT1]]
# INNER:             uop.break
# INNER:           uop.return_value

# OUTER-LABEL: uop.func @outer(%n, %r)
# OUTER:         uop.generator "generator" {
# r is not an argument: NULL until the yield from finishes.
# OUTER:           %null = uop.null
# OUTER:           %[[ITER:iter[_0-9]*]] = uop.get_yield_from_iter
# OUTER-NEXT:      %[[NONE:value[_0-9]*]] = uop.load_const <oparg = 0>
# The SEND loop: the header receives the value to send (None at first),
# and the locals and the sub-iterator, which each resume reads again.
# OUTER-NEXT:      %[[L:[0-9]+]]:3 = uop.loop at [[SEND:[0-9]+]] (%[[N:arg[0-9]+]] = %n, %[[R0:arg[0-9]+]] = %null, %[[IT:arg[0-9]+]] = %[[ITER]], %[[V:arg[0-9]+]] = %[[NONE]]) : !uop.object, !uop.object, !uop.object, !uop.object -> (!uop.object, !uop.object, !uop.object) {
# OUTER-NEXT:        %[[FS:fs[0-9]+]] = uop.frame_state at [[SEND]] locals(%[[N]], %[[R0]]) stack(%[[IT]], %[[V]])
# OUTER-NEXT:        %[[RV:retval[_0-9]*]], %[[T:taken[_0-9]*]] = uop.send %[[IT]], %[[V]] <oparg = {{[0-9]+}}> frame %[[FS]]
# OUTER-NEXT:        cf.cond_br %[[T]], ^[[DONE:bb[0-9]+]], ^[[YIELD:bb[0-9]+]]
# OUTER-NEXT:      ^[[YIELD]]:
# OUTER-NEXT:        %[[YFS:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%[[N]], %[[R0]]) stack(%[[IT]], %[[RV]])
# OUTER-NEXT:        uop.yield_value %[[RV]] frame %[[YFS]] resume ^[[RES:bb[0-9]+]]
# OUTER-NEXT:      ^[[RES]]:
# OUTER-NEXT:        %[[SENT:sent[_0-9]*]] = uop.resume at [[RS:[0-9]+]]
# OUTER-NEXT:        %[[N1:n_[0-9]+]] = uop.reload 0 at [[RS]]
# OUTER-NEXT:        %[[R1:r_[0-9]+]] = uop.reload 1 at [[RS]]
# OUTER-NEXT:        %[[IT1:stack[_0-9]*]] = uop.reload 2 at [[RS]]
# JUMP_BACKWARD_NO_INTERRUPT checks no eval breaker: no uop, just the edge.
# OUTER-NEXT:        uop.frame_state
# OUTER-NEXT:        uop.resume_check
# OUTER-NEXT:        uop.continue %[[N1]], %[[R1]], %[[IT1]], %[[SENT]] : !uop.object, !uop.object, !uop.object, !uop.object
# The inner generator returned: its value is the one result stack slot.
# OUTER-NEXT:      ^[[DONE]]:
# OUTER-NEXT:        uop.break %[[N]], %[[R0]], %[[RV]] : !uop.object, !uop.object, !uop.object
# OUTER-NEXT:      }
# r = (yield from ...) (a store over NULL; whether it stays a
# uop.store_fast is not checked here); then a plain yield, then return r,
# as the frame holds it when the generator resumes.
# OUTER:           uop.frame_state at {{[0-9]+}} locals(%[[L]]#0, %[[L]]#2) stack(%{{value[_0-9]*}})
# OUTER-NEXT:      uop.yield_value
# OUTER:           %[[R2:r_[0-9]+]] = uop.reload 1 at
# OUTER:           uop.return_value %[[R2]]


def inner(n):
    for i in range(n):
        yield i
    return n * 10


def outer(n):
    r = yield from inner(n)
    yield -1
    return r


for _ in range(30):
    list(outer(4))
