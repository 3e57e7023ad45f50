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
# INNER:           uop.loop at {{[0-9]+}} (%[[I0:arg[0-9]+]] = %null)
# INNER:             %[[NEXT:next[_0-9]*]], %{{taken[_0-9]*}} = uop.for_iter
# i may be bound by an earlier iteration: storing it is a uop.store_fast
# escape, with the frame state before it.
# INNER:             %[[FSI:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%n, %[[I0]]) stack(%[[IT:iter[_0-9]*]], %[[NEXT]])
# INNER-NEXT:        uop.store_fast %[[NEXT]] <oparg = 1> frame %[[FSI]]
# INNER:             uop.yield_value %[[NEXT]] frame %{{fs[0-9]+}} resume ^[[R:bb[0-9]+]]
# INNER-NEXT:      ^[[R]]:
# INNER-NEXT:        %[[S:sent[_0-9]*]] = uop.resume at
# The value sent in is dropped by an escaping uop.pop_top.
# INNER-NEXT:        uop.frame_state
# INNER-NEXT:        uop.resume_check
# INNER-NEXT:        %[[FSP:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%n, %[[NEXT]]) stack(%[[IT]], %[[S]])
# INNER-NEXT:        uop.pop_top %[[S]] frame %[[FSP]]
# INNER:             uop.continue
# INNER:             uop.break
# INNER:           uop.return_value

# OUTER-LABEL: uop.func @outer(%n, %r)
# OUTER:         uop.generator "generator" {
# r is not an argument: NULL until the yield from finishes.
# OUTER:           %null = uop.null
# OUTER:           %[[ITER:iter[_0-9]*]] = uop.get_yield_from_iter
# OUTER-NEXT:      %[[NONE:value[_0-9]*]] = uop.load_const <oparg = 0>
# The SEND loop: the header receives the value to send (None at first).
# OUTER-NEXT:      %[[L:[0-9]+]]:3 = uop.loop at [[SEND:[0-9]+]] (%[[V:arg[0-9]+]] = %[[NONE]]) : !uop.object -> (!uop.object, !uop.object, !uop.object) {
# OUTER-NEXT:        %[[FS:fs[0-9]+]] = uop.frame_state at [[SEND]] locals(%n, %null) stack(%[[ITER]], %[[V]])
# OUTER-NEXT:        %[[RV:retval[_0-9]*]], %[[T:taken[_0-9]*]] = uop.send %[[ITER]], %[[V]] <oparg = {{[0-9]+}}> frame %[[FS]]
# OUTER-NEXT:        cf.cond_br %[[T]], ^[[DONE:bb[0-9]+]], ^[[YIELD:bb[0-9]+]]
# OUTER-NEXT:      ^[[YIELD]]:
# OUTER-NEXT:        %[[YFS:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%n, %null) stack(%[[ITER]], %[[RV]])
# OUTER-NEXT:        uop.yield_value %[[RV]] frame %[[YFS]] resume ^[[RES:bb[0-9]+]]
# OUTER-NEXT:      ^[[RES]]:
# OUTER-NEXT:        %[[SENT:sent[_0-9]*]] = uop.resume at
# JUMP_BACKWARD_NO_INTERRUPT checks no eval breaker: no uop, just the edge.
# OUTER-NEXT:        uop.frame_state
# OUTER-NEXT:        uop.resume_check
# OUTER-NEXT:        uop.continue %[[SENT]] : !uop.object
# The inner generator returned: its value is the one result stack slot.
# OUTER-NEXT:      ^[[DONE]]:
# OUTER-NEXT:        uop.break %n, %null, %[[RV]] : !uop.object, !uop.object, !uop.object
# OUTER-NEXT:      }
# r = (yield from ...) (a store over NULL; whether it stays a
# uop.store_fast is not checked here); then a plain yield, then return r.
# OUTER:           uop.frame_state at {{[0-9]+}} locals(%n, %[[L]]#2) stack(%{{value[_0-9]*}})
# OUTER-NEXT:      uop.yield_value
# OUTER:           uop.return_value %[[L]]#2


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
