# async for over async generators and custom async iterators; async with context managers.
import asyncio


class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i


class Session:
    def __init__(self, name, log):
        self.name, self.log = name, log

    async def __aenter__(self):
        self.log.append("open " + self.name)
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, et, ev, tb):
        self.log.append("close %s %s" % (self.name, et.__name__ if et else "ok"))
        return et is KeyError


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10


async def consume(n):
    total = 0
    async for v in Ticker(n):
        total += v
    async for v in agen(n):
        total += v
    return total


async def main():
    totals = []
    for i in range(30):
        totals.append(await consume(i % 7))
    print(totals)
    log = []
    async with Session("s1", log) as s:
        log.append("inside " + s.name)
    async with Session("s2", log):
        raise KeyError("suppressed")
    try:
        async with Session("s3", log):
            raise ValueError("escapes")
    except ValueError as e:
        log.append("caught " + str(e))
    print(log)
    print([x async for x in agen(4)], [x async for x in Ticker(3) if x != 2])


asyncio.run(main())
