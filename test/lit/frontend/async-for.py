# `async for` in an async generator: GET_AITER once, then a loop that calls
# GET_ANEXT and awaits it (a SEND / YIELD_VALUE loop nested inside). The
# loop ends only by StopAsyncIteration, which END_ASYNC_FOR handles in an
# exception handler; handlers are left to the interpreter, so the uop.loop
# has no uop.break at all and is followed by uop.unreachable.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-ticks.json | uop-opt | FileCheck %s --check-prefix=TICKS
# RUN: uop-translate --import-bytecode %t/2-doubled.json | uop-opt | FileCheck %s

# An async generator with a plain for loop.
# TICKS-LABEL: uop.func @ticks(%n, %i)
# TICKS-NEXT:    uop.generator "async_generator" {
# TICKS:           uop.loop at
# TICKS:             %[[NEXT:next[_0-9]*]], %{{taken[_0-9]*}} = uop.for_iter
# TICKS:             %[[W:w[_0-9]*]] = uop.async_gen_wrap %[[NEXT]] frame
# TICKS:             uop.yield_value %[[W]]
# TICKS:             uop.break
# TICKS:           uop.return_value

# CHECK-LABEL: uop.func @doubled(%src, %v)
# CHECK-NEXT:    uop.generator "async_generator" {
# CHECK:           %[[AITER:iter[_0-9]*]] = uop.get_aiter %src frame
# CHECK-NEXT:      uop.loop at [[HEAD:[0-9]+]] (%[[V:arg[0-9]+]] = %v)
# CHECK-NEXT:        uop.frame_state at [[HEAD]] locals(%src, %[[V]]) stack(%[[AITER]])
# CHECK-NEXT:        %[[AW:awaitable[_0-9]*]] = uop.get_anext %[[AITER]] frame
# CHECK-NEXT:        %[[NONE:value[_0-9]*]] = uop.load_const <oparg = 0>
# The await of __anext__: a loop nested in the async for loop.
# CHECK-NEXT:        %[[L:[0-9]+]]:4 = uop.loop at [[SEND:[0-9]+]] (%[[S:arg[0-9]+]] = %[[NONE]])
# CHECK-NEXT:          uop.frame_state at [[SEND]] locals(%src, %[[V]]) stack(%[[AITER]], %[[AW]], %[[S]])
# CHECK-NEXT:          %[[RV:retval[_0-9]*]], %{{taken[_0-9]*}} = uop.send %[[AW]], %[[S]]
# CHECK:               uop.yield_value %[[RV]]
# CHECK:               uop.continue
# CHECK:               uop.break %src, %[[V]], %[[AITER]], %[[RV]]
# CHECK-NEXT:        }
# v = the next item; yield v * 2.
# CHECK:             %[[M:res[_0-9]*]] = uop.binary_op_multiply_int %[[L]]#3,
# CHECK-NEXT:        uop.frame_state at {{[0-9]+}} locals(%src, %[[L]]#3) stack(%[[AITER]], %[[M]])
# CHECK-NEXT:        %[[W:w[_0-9]*]] = uop.async_gen_wrap %[[M]] frame
# CHECK:             uop.yield_value %[[W]]
# CHECK:             uop.continue %[[L]]#3
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
