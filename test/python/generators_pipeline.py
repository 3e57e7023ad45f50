# Generator pipelines: chained stages, infinite sources cut with islice, generator expressions.
import itertools


def numbers():
    n = 0
    while True:
        yield n
        n += 1


def only(pred, it):
    for x in it:
        if pred(x):
            yield x


def mapped(f, it):
    for x in it:
        yield f(x)


def chunks(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield tuple(chunk)
            chunk = []
    if chunk:
        yield tuple(chunk)


def running_avg(it):
    total = 0
    for i, x in enumerate(it, 1):
        total += x
        yield total / i


def pipeline(n):
    evens = only(lambda x: x % 2 == 0, numbers())
    squares = mapped(lambda x: x * x, evens)
    return list(itertools.islice(squares, n))


for i in range(40):
    p = pipeline(i)
print(p)
print(list(chunks(range(10), 4)), list(chunks("abcdefg", 3)))
print([round(a, 3) for a in running_avg(iter([1, 2, 3, 4, 10]))])
words = "a pipeline of lazy generator stages feeding each other".split()
lengths = (len(w) for w in words)
long_ones = (n for n in lengths if n > 3)
print(sum(long_ones), list(mapped(str.upper, only(lambda w: "e" in w, words))))
print(list(itertools.islice(running_avg(numbers()), 5, 8)))
