"""A generator that the interpreter suspends at a yield compiled code has no
entry for (inside an except handler, which the frontend leaves to the
interpreter): the next resume must go to the interpreter too, and resumes at
the compiled yields must still enter compiled code."""


def gen(n):
    for i in range(n):
        try:
            yield i
            if i % 4 == 3:
                raise ValueError(i)
        except ValueError as e:
            yield -100 - e.args[0]
            yield -200 - i


async def inner(x):
    return x


async def coro(n):
    total = 0
    for i in range(n):
        try:
            total += await inner(i)
            if i % 5 == 4:
                raise KeyError(i)
        except KeyError:
            total += await inner(1000)
    return total


def main():
    for n in (3, 8, 13):
        print(n, list(gen(n)))
    g = gen(9)
    print(next(g), next(g), next(g), next(g), next(g), next(g))
    import asyncio
    for n in (4, 11):
        print(n, asyncio.run(coro(n)))


for _ in range(3):
    main()
