"""asyncio with many small tasks: producers and consumers talk through
asyncio.Queue, workers are started with create_task and collected with
gather, futures are resolved by other tasks, and every await hands control
back to the event loop (asyncio.sleep(0), never a wall-clock sleep).

  python3.11 async_tasks.py [ROUNDS]
"""
import asyncio

import _harness

CATEGORY = "async"
DEFAULT_SIZE = 560
QUICK_SIZE = 2

WORKERS = 10
JOBS = 200

# Sum of the per-round results.
EXPECTED = {560: 1154433639, 2: 1551714}


async def compute(n):
    """A small coroutine that yields to the loop once."""
    await asyncio.sleep(0)
    total = 0
    for i in range(n % 17 + 3):
        total += i * n
    return total % 10007


async def producer(queue, jobs, workers):
    for job in range(jobs):
        await queue.put(job)
    for _ in range(workers):
        await queue.put(None)


async def consumer(queue, results):
    handled = 0
    while True:
        job = await queue.get()
        if job is None:
            return handled
        results.append(await compute(job))
        handled += 1


async def resolver(futures):
    """Resolves other tasks' futures, one per turn of the loop."""
    for i, future in enumerate(futures):
        await asyncio.sleep(0)
        future.set_result(i * i % 97)


async def waiter(future):
    return await future + 1


async def one_round(r):
    queue = asyncio.Queue(maxsize=32)
    results = []
    workers = [asyncio.create_task(consumer(queue, results)) for _ in range(WORKERS)]
    await producer(queue, JOBS + r, WORKERS)
    handled = await asyncio.gather(*workers)
    if sum(handled) != JOBS + r:
        raise AssertionError("lost jobs")
    loop = asyncio.get_running_loop()
    futures = [loop.create_future() for _ in range(40)]
    waiters = [asyncio.create_task(waiter(f)) for f in futures]
    await resolver(futures)
    waited = await asyncio.gather(*waiters)
    direct = await asyncio.gather(*(compute(i) for i in range(60)))
    return sum(results) + sum(waited) + sum(direct)


async def run(rounds):
    total = 0
    for r in range(rounds):
        total += await one_round(r)
    return total


if __name__ == "__main__":
    _harness.main("async_tasks", lambda size: asyncio.run(run(size)), DEFAULT_SIZE, EXPECTED)
