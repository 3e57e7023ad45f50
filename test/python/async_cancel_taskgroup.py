# asyncio cancellation and TaskGroup (3.11): tasks cancelled while awaiting, CancelledError caught
# and cleanup in finally, shield, TaskGroup aborting siblings when one fails (ExceptionGroup),
# asyncio.wait_for with a zero timeout (deterministic), and Queue-based workers.
import asyncio

log = []


async def ticker(name, n):
    try:
        for i in range(n):
            log.append("%s%d" % (name, i))
            await asyncio.sleep(0)
        return name
    except asyncio.CancelledError:
        log.append(name + "-cancelled")
        raise
    finally:
        log.append(name + "-finally")


async def compute(k):
    s = 0
    for i in range(k):
        s += i * i
        if i % 50 == 0:
            await asyncio.sleep(0)
    return s


async def cancel_midway():
    t = asyncio.create_task(ticker("t", 100))
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel("stop please")
    try:
        await t
    except asyncio.CancelledError as e:
        return "cancelled", e.args, t.cancelled()


async def failing(delay_steps):
    for _ in range(delay_steps):
        await asyncio.sleep(0)
    raise ValueError("failed after %d" % delay_steps)


async def group():
    msgs = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ticker("g1", 10))
            tg.create_task(failing(2))
            tg.create_task(ticker("g2", 10))
    except* ValueError as eg:
        msgs = [str(e) for e in eg.exceptions]
    return msgs


async def shielded():
    inner = asyncio.create_task(compute(300))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        pass
    return await inner, inner.cancelled(), outer.cancelled()


async def with_timeout():
    try:
        await asyncio.wait_for(ticker("to", 5), timeout=0)
    except TimeoutError:
        return "timed out"


async def workers():
    q = asyncio.Queue()
    results = []

    async def worker(name):
        while True:
            item = await q.get()
            try:
                results.append((item, await compute(item)))
            finally:
                q.task_done()

    ws = [asyncio.create_task(worker("w%d" % i)) for i in range(3)]
    for item in (10, 120, 5, 60, 200):
        q.put_nowait(item)
    await q.join()
    for w in ws:
        w.cancel()
    res = await asyncio.gather(*ws, return_exceptions=True)
    return sorted(results), [type(r).__name__ for r in res]


async def main():
    for i in range(30):
        await compute(60)
    print(await cancel_midway(), log)
    log.clear()
    print(await group(), sorted(log))
    log.clear()
    print(await shielded())
    print(await with_timeout(), log)
    print(await workers())
    t = asyncio.create_task(compute(10))
    t.cancel()
    t.uncancel()
    res = await asyncio.gather(t, return_exceptions=True)
    print(type(res[0]).__name__, t.cancelled())


asyncio.run(main())
