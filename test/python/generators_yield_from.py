# yield from: delegation, return values, nested trees, send passed through.

def inner(n):
    for i in range(n):
        yield i
    return n * 10


def outer(n):
    results = []
    for k in range(n):
        r = yield from inner(k)
        results.append(r)
    return results


def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node


def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)


def delegate():
    result = yield from echo()
    yield "echo returned %r" % (result,)


for i in range(30):
    g = outer(i % 5)
    items = list(g)
print(items)
g = outer(4)
try:
    while True:
        next(g)
except StopIteration as e:
    print("outer returned", e.value)
tree = [1, [2, [3, [4, [5]]], 6], [[7]], 8]
for i in range(30):
    flat = list(flatten(tree))
print(flat, list(flatten(["ab", ["cd"]])))
d = delegate()
print(next(d), d.send("a"), d.send("b"), d.send(None))
print(list(yield_from_range for yield_from_range in (lambda: (yield from range(3)))()))
