# `async for` in an async generator: GET_AITER once, then a loop that calls
# GET_ANEXT and awaits it (a SEND / YIELD_VALUE loop nested inside). The
# loop ends only by StopAsyncIteration, which END_ASYNC_FOR handles in an
# exception handler; handlers are left to the interpreter, so the uop.loop
# has no uop.break at all and is followed by uop.unreachable.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-ticks.json | uop-opt | FileCheck %s --check-prefix=TICKS
# RUN: uop-translate --import-bytecode %t/2-doubled.json | uop-opt | FileCheck %s

# An async generator with a plain for loop. Each resume block reads the
# frame's slots again (uop.reload), so the loop carries n and the iterator
# too, not just i.
# TICKS-LABEL: uop.func @ticks(%n, %i)
# TICKS-NEXT:    uop.generator "async_generator" {
# TICKS:           uop.loop at {{[0-9]+}} (%{{arg[0-9]+}} = %n, %{{arg[0-9]+}} = %null, %{{arg[0-9]+}} = %iter)
# TICKS:             %[[NEXT:next[_0-9]*]], %{{taken[_0-9]*}} = uop.for_iter
# TICKS:             %[[W:w[_0-9]*]] = uop.async_gen_wrap %[[NEXT]] frame
# TICKS:             uop.yield_value %[[W]]
# TICKS:             uop.resume at [[R:[0-9]+]]
# TICKS-NEXT:        uop.reload 0 at [[R]]
# TICKS-NEXT:        uop.reload 1 at [[R]]
# TICKS-NEXT:        uop.reload 2 at [[R]]
# TICKS:             uop.break
# TICKS:           uop.return_value

# CHECK-LABEL: uop.func @doubled(%src, %v)
# CHECK-NEXT:    uop.generator "async_generator" {
# CHECK:           %[[AITER:iter[_0-9]*]] = uop.get_aiter %src frame
# v enters the loop unbound (NULL).
# CHECK-NEXT:      uop.loop at [[HEAD:[0-9]+]] (%[[SRC:arg[0-9]+]] = %src, %[[V:arg[0-9]+]] = %null, %[[IT:arg[0-9]+]] = %[[AITER]])
# CHECK-NEXT:        uop.frame_state at [[HEAD]] locals(%[[SRC]], %[[V]]) stack(%[[IT]])
# CHECK-NEXT:        %[[AW:awaitable[_0-9]*]] = uop.get_anext %[[IT]] frame
# CHECK-NEXT:        %[[NONE:value[_0-9]*]] = uop.load_const <oparg = 0>
# The await of __anext__: a loop nested in the async for loop.
# CHECK-NEXT:        %[[L:[0-9]+]]:4 = uop.loop at [[SEND:[0-9]+]] ({{.*}}%[[S:arg[0-9]+]] = %[[NONE]])
# CHECK-NEXT:          uop.frame_state at [[SEND]] locals(%{{arg[0-9]+}}, %{{arg[0-9]+}}) stack(%{{arg[0-9]+}}, %{{arg[0-9]+}}, %[[S]])
# CHECK-NEXT:          %[[RV:retval[_0-9]*]], %{{taken[_0-9]*}} = uop.send %{{arg[0-9]+}}, %[[S]]
# CHECK:               uop.yield_value %[[RV]]
# CHECK:               uop.resume at [[R1:[0-9]+]]
# CHECK-COUNT-4:       uop.reload {{[0-9]}} at [[R1]]
# CHECK:               uop.continue
# CHECK:               uop.break %{{arg[0-9]+}}, %{{arg[0-9]+}}, %{{arg[0-9]+}}, %[[RV]]
# CHECK-NEXT:        }
# v = the next item: v may be bound by the previous iteration, so the store
# is a uop.store_fast escape with the frame state before it; yield v * 2.
# CHECK-NEXT:        %[[FSV:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%[[L]]#0, %[[L]]#1) stack(%[[L]]#2, %[[L]]#3)
# CHECK-NEXT:        uop.store_fast %[[L]]#3 <oparg = 1> frame %[[FSV]]
# CHECK:             %[[M:res[_0-9]*]] = uop.binary_op_multiply_int %[[L]]#3,
# CHECK-NEXT:        uop.frame_state at {{[0-9]+}} locals(%[[L]]#0, %[[L]]#3) stack(%[[L]]#2, %[[M]])
# CHECK-NEXT:        %[[W:w[_0-9]*]] = uop.async_gen_wrap %[[M]] frame
# CHECK:             uop.yield_value %[[W]] frame %{{fs[0-9]+}} resume ^[[R:bb[0-9]+]]
# The value sent in is dropped by an escaping uop.pop_top.
# CHECK-NEXT:      ^[[R]]:
# CHECK-NEXT:        %[[SENT:sent[_0-9]*]] = uop.resume at [[R2:[0-9]+]]
# CHECK-NEXT:        %[[SRC2:src_[0-9]+]] = uop.reload 0 at [[R2]]
# CHECK-NEXT:        %[[V2:v_[0-9]+]] = uop.reload 1 at [[R2]]
# CHECK-NEXT:        %[[IT2:stack[_0-9]*]] = uop.reload 2 at [[R2]]
# CHECK-NEXT:        uop.frame_state
# CHECK-NEXT:        uop.resume_check
# CHECK-NEXT:        %[[FSP:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%[[SRC2]], %[[V2]]) stack(%[[IT2]], %[[SENT]])
# CHECK-NEXT:        uop.pop_top %[[SENT]] frame %[[FSP]]
# CHECK:             uop.continue %[[SRC2]], %[[V2]], %[[IT2]]
# CHECK-NOT:         uop.break
# CHECK:           }
# CHECK-NEXT:      uop.unreachable
# CHECK-NEXT:    }


async def ticks(n):
    for i in range(n):
        yield i


async def doubled(src):
    async for v in src:
        yield v * 2


async def main():
    t = 0
    for i in range(20):
        async for v in doubled(ticks(i)):
            t += v
    return t


import asyncio

asyncio.run(main())
