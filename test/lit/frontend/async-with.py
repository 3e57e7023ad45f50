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
# Its resume block reads the frame's slots again (uop.reload), so the loop
# carries every local and stack item.
# CHECK:           %[[L1:[0-9]+]]:5 = uop.loop at [[S1:[0-9]+]] (%{{arg[0-9]+}} = %cm, %{{arg[0-9]+}} = %n, %{{arg[0-9]+}} = %null, %[[X1:arg[0-9]+]] = %[[EXIT]], %[[A1:arg[0-9]+]] = %[[AW]], %[[V1:arg[0-9]+]] = %{{value[_0-9]*}})
# CHECK-NEXT:        uop.frame_state at [[S1]] locals(%{{arg[0-9]+}}, %{{arg[0-9]+}}, %{{arg[0-9]+}}) stack(%[[X1]], %[[A1]], %[[V1]])
# CHECK-NEXT:        %[[RV1:retval[_0-9]*]], %{{taken[_0-9]*}} = uop.send %[[A1]], %[[V1]]
# CHECK:             uop.yield_value %[[RV1]]
# CHECK:             uop.resume at [[RS1:[0-9]+]]
# CHECK-COUNT-5:     uop.reload {{[0-9]}} at [[RS1]]
# CHECK:             uop.break %{{arg[0-9]+}}, %{{arg[0-9]+}}, %{{arg[0-9]+}}, %[[X1]], %[[RV1]]
# CHECK-NEXT:      }
# `as c` stores what __aenter__ returned (over NULL; whether that store
# stays a uop.store_fast is not checked here); the body yields n.
# CHECK-NOT:       {{\^bb|uop\.(loop|async_gen_wrap|yield_value)}}
# CHECK:           uop.frame_state at {{[0-9]+}} locals(%[[L1]]#0, %[[L1]]#1, %[[L1]]#4) stack(%[[L1]]#3, %[[L1]]#1)
# CHECK-NEXT:      %[[W:w[_0-9]*]] = uop.async_gen_wrap %[[L1]]#1 frame
# CHECK-NEXT:      uop.frame_state
# CHECK-NEXT:      uop.yield_value %[[W]] frame %{{fs[0-9]+}} resume ^[[R:bb[0-9]+]]
# CHECK-NEXT:    ^[[R]]:
# CHECK-NEXT:      %[[SENT:sent[_0-9]*]] = uop.resume at [[RS:[0-9]+]]
# CHECK-NEXT:      %[[CM:cm_[0-9]+]] = uop.reload 0 at [[RS]]
# CHECK-NEXT:      %[[N:n_[0-9]+]] = uop.reload 1 at [[RS]]
# CHECK-NEXT:      %[[C:c_[0-9]+]] = uop.reload 2 at [[RS]]
# CHECK-NEXT:      %[[X2:stack[_0-9]*]] = uop.reload 3 at [[RS]]
# CHECK-NEXT:      uop.frame_state
# CHECK-NEXT:      uop.resume_check
# The value sent in is dropped by an escaping uop.pop_top.
# CHECK-NEXT:      %[[FSP:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%[[CM]], %[[N]], %[[C]]) stack(%[[X2]], %[[SENT]])
# CHECK-NEXT:      uop.pop_top %[[SENT]] frame %[[FSP]]
# The normal exit: __aexit__(None, None, None), awaited.
# CHECK:           uop.precall{{[a-z_]*}} %[[X2]], %{{value[_0-9]*}}, %{{value[_0-9]*}}, %{{value[_0-9]*}} <oparg = 2>
# CHECK:           %[[RES:res[_0-9]*]] = uop.call
# CHECK:           %[[AW2:iter[_0-9]*]] = uop.get_awaitable %[[RES]] <oparg = 2> frame
# CHECK:           %[[L2:[0-9]+]]:4 = uop.loop at {{[0-9]+}} ({{.*}}%[[A2:arg[0-9]+]] = %[[AW2]],
# CHECK:             uop.send %[[A2]],
# CHECK:             uop.break %{{arg[0-9]+}}, %{{arg[0-9]+}}, %{{arg[0-9]+}}, %{{retval[_0-9]*}}
# CHECK-NEXT:      }
# Its result is dropped by an escaping uop.pop_top.
# CHECK-NEXT:      %[[FSX:fs[0-9]+]] = uop.frame_state at {{[0-9]+}} locals(%[[L2]]#0, %[[L2]]#1, %[[L2]]#2) stack(%[[L2]]#3)
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
