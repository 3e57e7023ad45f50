# asyncio.run with async def / await / asyncio.gather; deterministic interleaving via sleep(0).
import asyncio


async def compute(name, n, trace):
    total = 0
    for i in range(n):
        total += i * i
        if i % 3 == 0:
            trace.append("%s@%d" % (name, i))
            await asyncio.sleep(0)
    return name, total


async def square(x):
    await asyncio.sleep(0)
    return x * x


async def main():
    trace = []
    results = await asyncio.gather(compute("a", 7, trace), compute("b", 4, trace), compute("c", 10, trace))
    print(results)
    print(trace)
    squares = []
    for i in range(40):
        squares.append(await square(i))
    print(squares[-5:], sum(squares))
    many = await asyncio.gather(*(square(x) for x in range(10)))
    print(many)
    mixed = await asyncio.gather(square(1.5), square(2 ** 40), square(-3))
    print(mixed)
    return "main done"


print(asyncio.run(main()))
for k in range(3):
    print(asyncio.run(compute("run%d" % k, 5 + k, [])))
