# A low recursion limit (sys.setrecursionlimit(200)) and RecursionError caught at various depths
# in hot recursive functions; the depth reached must be the same as in CPython.
import sys

sys.setrecursionlimit(200)


def depth(n):
    return depth(n + 1) if n >= 0 else n


def probe():
    reached = [0]

    def go(n):
        reached[0] = n
        go(n + 1)

    try:
        go(0)
    except RecursionError as e:
        return reached[0], str(e)


def safe_sum(n):
    if n == 0:
        return 0
    return n + safe_sum(n - 1)


def catch_at(n):
    try:
        return safe_sum(n)
    except RecursionError:
        return "too deep for %d" % n


class Node:
    def __init__(self, child):
        self.child = child

    def height(self):
        return 1 if self.child is None else 1 + self.child.height()


for i in range(60):
    safe_sum(i)
print(probe())
print(probe())
print([catch_at(n) for n in (10, 100, 150, 190, 250, 1000)])
chain = None
for i in range(150):
    chain = Node(chain)
print(chain.height())
for i in range(100):
    chain = Node(chain)
try:
    chain.height()
except RecursionError as e:
    print("RecursionError", e)


def retry():
    results = []
    for i in range(5):
        try:
            depth(0)
        except RecursionError:
            results.append(probe()[0])
    return results


print(retry())
sys.setrecursionlimit(400)
print(probe()[0], catch_at(250))
sys.setrecursionlimit(1000)
print(catch_at(900))
