# Exceptions in coroutines: propagated through await, gather(return_exceptions=True), tasks, cancel.
import asyncio


class Boom(Exception):
    pass


async def maybe_fail(i):
    await asyncio.sleep(0)
    if i % 4 == 3:
        raise Boom("fail %d" % i)
    return i


async def chain(i):
    try:
        return await maybe_fail(i)
    except Boom as e:
        return "recovered(%s)" % e


async def forever(log):
    try:
        while True:
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append("cancelled")
        raise


async def main():
    out = []
    for i in range(20):
        out.append(await chain(i))
    print(out)
    res = await asyncio.gather(*(maybe_fail(i) for i in range(8)), return_exceptions=True)
    print([r if isinstance(r, int) else repr(r) for r in res])
    try:
        await asyncio.gather(maybe_fail(1), maybe_fail(3))
    except Boom as e:
        print("gather raised", e)
    log = []
    t = asyncio.create_task(forever(log))
    for _ in range(5):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", log, t.cancelled())
    try:
        await asyncio.wait_for(forever(log), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout", log)


asyncio.run(main())
