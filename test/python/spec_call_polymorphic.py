# One call site (fn(x)) warmed with a Python function, then given builtins, classes, bound
# methods, functools.partial, callable instances, lambdas with defaults, method descriptors,
# generators functions, and non-callables.
import functools


def double(x):
    return x * 2


class Callable:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x + self.k


class Maker:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "Maker(%r)" % (self.x,)


class Meth:
    def m(self, x):
        return "m%s" % (x,)


def gen_fn(x):
    yield x
    yield x


def apply(fn, x):
    return fn(x)


def apply_all(fns, x):
    out = []
    for fn in fns:
        try:
            r = apply(fn, x)
            out.append(r if not hasattr(r, "__next__") else list(r))
        except TypeError as e:
            out.append("TypeError: %s" % e)
    return out


for i in range(60):
    apply(double, i)
fns = [double, abs, str, len, Maker, Meth().m, functools.partial(pow, 2), Callable(10), lambda x, y=5: x * y,
       str.upper, list.__len__, int.bit_length, gen_fn, type, repr, 5, "x", None, Maker.__init__, print]
print(apply_all(fns, -3))
print(apply_all(fns, "ab"))
print(apply_all(fns, [1, 2]))
for i in range(30):
    apply_all(fns[:8], i)
Callable.__call__ = lambda self, x: "patched call %s" % (x,)
print(apply(fns[7], 1))
del Callable.__call__
try:
    apply(fns[7], 1)
except TypeError as e:
    print("TypeError", e)
double.__code__ = (lambda x: x * 3).__code__
print(apply(double, 5), apply(fns[0], 5))
