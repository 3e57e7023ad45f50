# `async with` in an async generator: BEFORE_ASYNC_WITH pushes __aexit__
# and the awaitable of __aenter__; GET_AWAITABLE and a SEND / YIELD_VALUE
# loop await it; the normal exit calls __aexit__(None, None, None) and awaits
# that too. The body's own `yield` is ASYNC_GEN_WRAP + YIELD_VALUE.
# (Driven through asyncio.run; the coroutines' own code is not checked here.)
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/4-guarded.json | uop-opt | FileCheck %s

# CHECK-LABEL: uop.func @guarded(%cm, %n, %c)
# CHECK-NEXT:    uop.generator "async_generator" {
# c is not an argument: NULL until `as c` stores into it.
# CHECK:           %null = uop.null
# CHECK:           %[[EXIT:exit[_0-9]*]], %[[ENTER:res[_0-9]*]] = uop.before_async_with %cm frame
# CHECK-NEXT:      uop.frame_state at {{[0-9]+}} locals(%cm, %n, %null) stack(%[[EXIT]], %[[ENTER]])
# CHECK-NEXT:      %[[AW:iter[_0-9]*]] = uop.get_awaitable %[[ENTER]] <oparg = 1> frame
# Awaiting __aenter__: the SEND loop keeps __aexit__ below it on the stack.
# CHECK:           %[[L1:[0-9]+]]:5 = uop.loop at [[S1:[0-9]+]] (%[[V1:arg[0-9]+]] = %{{value[_0-9]*}})
# CHECK-NEXT:        uop.frame_state at [[S1]] locals(%cm, %n, %null) stack(%[[EXIT]], %[[AW]], %[[V1]])
# CHECK-NEXT:        %[[RV1:retval[_0-9]*]], %{{taken[_0-9]*}} = uop.send %[[AW]], %[[V1]]
# CHECK:             uop.yield_value %[[RV1]]
# CHECK:             uop.break %cm, %n, %null, %[[EXIT]], %[[RV1]]
# CHECK-NEXT:      }
# `as c` stores what __aenter__ returned (over NULL; whether that store
# stays a uop.store_fast is not checked here); the body yields n.
# CHECK-NOT:       {{\^bb|uop\.(loop|async_gen_wrap|yield_value)}}
# CHECK:           uop.frame_state at {{[0-9]+}} locals(%cm, %n, %[[L1]]#4) stack(%[[EXIT]], %n)
# CHECK-NEXT:      %[[W:w[_0-9]*]] = uop.async_gen_wrap %n frame
# CHECK-NEXT:      uop.frame_state
# CHECK-NEXT:      uop.yield_value %[[W]] frame %{{fs[0-9]+}} resume ^[[R:bb[0-9]+]]
# CHECK-NEXT:    ^[[R]]:
# CHECK-NEXT:      %[[SENT:sent[_0-9]*]] = uop.resume at
# CHECK-NEXT:      uop.frame_state
# CHECK-NEXT:      uop.resume_check
# The value sent in is dropped by an escaping uop.pop_top.
# CHECK-NEXT:      %[[FSP:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%cm, %n, %[[L1]]#4) stack(%[[EXIT]], %[[SENT]])
# CHECK-NEXT:      uop.pop_top %[[SENT]] frame %[[FSP]]
# The normal exit: __aexit__(None, None, None), awaited.
# CHECK:           uop.precall{{[a-z_]*}} %[[EXIT]], %{{value[_0-9]*}}, %{{value[_0-9]*}}, %{{value[_0-9]*}} <oparg = 2>
# CHECK:           %[[RES:res[_0-9]*]] = uop.call
# CHECK:           %[[AW2:iter[_0-9]*]] = uop.get_awaitable %[[RES]] <oparg = 2> frame
# CHECK:           %[[L2:[0-9]+]]:4 = uop.loop at
# CHECK:             uop.send %[[AW2]],
# CHECK:             uop.break %cm, %n, %[[L1]]#4, %{{retval[_0-9]*}}
# CHECK-NEXT:      }
# Its result is dropped by an escaping uop.pop_top.
# CHECK-NEXT:      %[[FSX:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%cm, %n, %[[L1]]#4) stack(%[[L2]]#3)
# CHECK-NEXT:      uop.pop_top %[[L2]]#3 frame %[[FSX]]
# CHECK:           uop.return_value

class ACM:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


async def guarded(cm, n):
    async with cm as c:
        yield n


async def main():
    t = 0
    for i in range(20):
        async for v in guarded(ACM(), i):
            t += v
    return t


import asyncio

asyncio.run(main())
