# Calls from compiled code to functions with a *args parameter: the extra
# positional arguments become the tuple, defaults fill what is missing, a
# *args generator, a *args closure with a cell, decorators that forward
# *args, introspection of the tuple, and calls that must fail.
import functools
import sys


def f(a, b=2, *rest):
    return a, b, rest


def only(*args):
    return len(args), args


def gen(first, *more):
    yield first
    yield from more


def outer(k):
    def inner(x, *ys):
        nonlocal k
        k += 1
        return x + sum(ys) + k
    return inner


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper


@logged
def area(w, h):
    return w * h


def frame_args(*args):
    return sorted(sys._getframe().f_locals), args


def deep(n, *acc):
    if n == 0:
        return acc
    return deep(n - 1, *acc, n)


def run(n):
    inner = outer(10)
    out = []
    for i in range(n):
        out.append((f(i), f(i, 3), f(i, 3, 4, 5), only(), only(i, i + 1),
                    list(gen(i, 1, 2)), inner(i), inner(i, 1, 2), area(i, 3),
                    frame_args(i)))
    return out


result = run(300)
print(result[0])
print(result[-1])
print(deep(30))
for bad in (lambda: f(), lambda: area(1), lambda: only(x=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
