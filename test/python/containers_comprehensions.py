# List/dict/set comprehensions, nested, with conditions, and closures capturing.

def squares(n):
    return [i * i for i in range(n) if i % 3]


def matrix(n, m):
    return [[i * m + j for j in range(m)] for i in range(n)]


def transpose(mx):
    return [list(col) for col in zip(*mx)]


def invert(d):
    return {v: k for k, v in d.items()}


def flatten(mx):
    return [x for row in mx for x in row if x % 2 == 0]


def adders(n):
    return [lambda x, i=i: x + i for i in range(n)]


for n in range(40):
    s = squares(n)
print(s)
m = matrix(3, 4)
print(m, transpose(m))
print(invert({"a": 1, "b": 2, "c": 3}), invert(dict(enumerate("xyz"))))
print(flatten(matrix(4, 5)))
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print([f(10) for f in adders(5)])
print({k: [j for j in range(k)] for k in range(4)})
print([(x, y) for x in range(3) for y in range(x)], [[y for y in range(x)] for x in range(4)])
x = "outer"
print([x for x in range(3)], x)
print(sum(i for i in range(100)), max((len(w), w) for w in "a bb ccc dd".split()))
