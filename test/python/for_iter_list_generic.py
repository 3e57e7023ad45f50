# A `for` over a list the compiled code cannot see being made (it comes
# from a call, an argument, a subclass's __iter__): the generic FOR_ITER
# runs a list iterator's next() inline (uopjit_list_iter_next), and a
# range iterator's (uopjit_range_iter_next; ranges beyond C longs have
# another iterator type). The list
# may grow, shrink or be cleared during the loop; the iterator drops the
# list when it is exhausted (here the last reference: its items' __del__
# run then, before the code after the loop).


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


class Reversed(list):
    def __iter__(self):
        return reversed(self)


class ListSub(list):
    pass


def make(n):
    return [i * i for i in range(n)]


def total(make_list, n):
    s = 0
    for x in make_list(n):
        s += x
    return s


def growing(items):
    out = []
    for x in items:
        out.append(x)
        if x < 3:
            items.append(x + 10)
        if len(out) > 20:
            items.clear()
    return out


def dropped(n):
    for x in [Noisy(f"{n}.{k}") for k in range(2)]:
        pass
    print("  after the loop", n)
    return x.name


for _ in range(30):
    total(make, 10)
    growing([0, 1, 2, 3])
print(total(make, 50), total(lambda n: list(range(n)), 7))
print(total(range, 10), total(lambda n: range(n, -3 * n, -3), 10),
      total(lambda n: range(2**62, 2**62 + n * 2**61, 2**61), 4),
      total(lambda n: range(2**64, 2**64 + n), 3), total(lambda n: iter(range(0)), 3))
print(growing([0, 1, 2, 3]), growing([]))
print(total(lambda n: Reversed(range(n)), 4), [x for x in Reversed([1, 2, 3])])
print(total(lambda n: ListSub(range(n)), 4))
for k in range(3):
    print(dropped(k))
