# An `async def` run by asyncio: its body is a uop.generator "coroutine"
# region (co_flags has CO_COROUTINE, 0x80); each `await` is a SEND loop whose
# YIELD_VALUE suspends and resumes at a block that starts with uop.resume.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-add_one.json | uop-opt | FileCheck %s --check-prefix=LEAF
# RUN: uop-translate --import-bytecode %t/2-main.json | uop-opt | FileCheck %s

# LEAF-LABEL: uop.func @add_one(%x)
# LEAF-SAME:    co_flags = 131
# LEAF-NEXT:    uop.generator "coroutine" {
# LEAF-NEXT:      %sent = uop.resume at 2
# LEAF:           uop.binary_op_add_int
# LEAF:           uop.return_value

# CHECK-LABEL: uop.func @main(
# CHECK:         uop.generator "coroutine" {
# CHECK-NEXT:      %sent = uop.resume at 2
# CHECK:           uop.get_awaitable
# CHECK:           uop.loop at [[SEND:[0-9]+]]
# CHECK:             uop.send
# CHECK:             uop.yield_value %{{.*}} resume ^[[R:bb[0-9]+]]
# CHECK:           ^[[R]]:
# CHECK-NEXT:        %{{sent[_0-9]*}} = uop.resume at
# CHECK:             uop.continue
# CHECK:           uop.return_value
import asyncio


async def add_one(x):
    return x + 1


async def main():
    total = 0
    for i in range(20):
        total += await add_one(i)
        await asyncio.sleep(0)
    return total


print(asyncio.run(main()))
