# Uncaught exception from deep inside hot recursive code, through a method and a generator.

class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def total(self):
        return self.value + sum(c.total() for c in self.children)


def build(depth):
    if depth == 0:
        return Tree(1)
    return Tree(depth, [build(depth - 1), build(depth - 1)])


for i in range(30):
    t = build(i % 6)
    s = t.total()
print(s)
t = build(3)
t.children[1].children[0].children[1].value = None
print("summing a corrupted tree")
print(t.total())
