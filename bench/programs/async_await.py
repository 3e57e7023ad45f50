"""Coroutines awaiting coroutines: deep chains of `await` between plain
async functions, async generators consumed with `async for`, and async
context managers, all inside one task (few trips through the event loop).
The cost measured is the coroutine call/return machinery itself.

  python3.11 async_await.py [ROUNDS]
"""
import asyncio

import _harness

CATEGORY = "async"
DEFAULT_SIZE = 2800
QUICK_SIZE = 2

ITEMS = 200

# Sum of the per-round results.
EXPECTED = {2800: 2644595471, 2: 210640}


async def leaf(x):
    return x * 3 + 1


async def middle(x):
    a = await leaf(x)
    b = await leaf(a % 101)
    return a + b


async def chain(x, depth):
    """Awaits through `depth` coroutine frames."""
    if depth == 0:
        return await middle(x)
    return await chain(x + 1, depth - 1) + 1


async def agen(n):
    """An async generator that awaits between yields."""
    for i in range(n):
        yield await leaf(i)


class Resource:
    """An async context manager that counts its uses."""

    def __init__(self):
        self.opened = 0
        self.closed = 0

    async def __aenter__(self):
        self.opened += 1
        return self

    async def __aexit__(self, kind, value, traceback):
        self.closed += 1
        return False


async def one_round(r):
    total = 0
    for i in range(ITEMS):
        total += await chain(i + r, 5)
    async for value in agen(ITEMS):
        total += value % 7
    resource = Resource()
    for i in range(ITEMS // 4):
        async with resource:
            total += await middle(i)
    if resource.opened != resource.closed:
        raise AssertionError("unbalanced context manager")
    await asyncio.sleep(0)
    return total


async def run(rounds):
    total = 0
    for r in range(rounds):
        total += await one_round(r)
    return total


if __name__ == "__main__":
    _harness.main("async_await", lambda size: asyncio.run(run(size)), DEFAULT_SIZE, EXPECTED)
