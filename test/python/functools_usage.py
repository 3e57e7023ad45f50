# functools: reduce, partial, lru_cache (with cache_info), cache, singledispatch, cached_property, cmp_to_key.
import functools
import operator


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.lru_cache(maxsize=3)
def square(x):
    return x * x


@functools.singledispatch
def show(x):
    return "object %r" % (x,)


@show.register
def _(x: int):
    return "int %d" % x


@show.register(list)
def _(x):
    return "list of %d" % len(x)


class Data:
    computed = 0

    def __init__(self, v):
        self.v = v

    @functools.cached_property
    def expensive(self):
        Data.computed += 1
        return self.v ** 2


def compare(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)


print(fib(80), fib.cache_info())
for i in range(40):
    square(i % 5)
print(square.cache_info())
square.cache_clear()
print(square.cache_info())
print(functools.reduce(operator.add, range(10)), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4], 10),
      functools.reduce(max, [3, 9, 2]))
pow2 = functools.partial(pow, 2)
int_base2 = functools.partial(int, base=2)
for i in range(30):
    p = pow2(i)
print(p, int_base2("1011"), pow2.args, int_base2.keywords)
print([show(v) for v in (1, True, [1, 2], "s", 2.5)])
d = Data(12)
print(d.expensive, d.expensive, Data.computed, "expensive" in vars(d))
print(sorted(["bb", "a", "ccc", "ab", "b"], key=functools.cmp_to_key(compare)))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
