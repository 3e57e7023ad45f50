# Calls with an unpacked argument list, `f(*args)` and `f(*args, **kw)`
# (CALL_FUNCTION_EX), from compiled code. When the callee is a Python
# function whose parameters take the arguments as positionals (no
# keywords passed, no **kwargs or keyword-only parameters, enough
# arguments for the parameters without defaults, or more with *args),
# compiled code pushes its frame itself, the tuple's items as the
# arguments; anything else goes through PyObject_Call. Both ways must give
# the same results, errors and tracebacks.
import functools
import sys
import traceback


def add3(a, b, c):
    return a + b + c


def with_defaults(a, b=10, c=100):
    return a + b + c


def star(a, *rest):
    return (a, rest)


def kwonly(a, *, b=7):
    return a * b


def kwargs(a, **kw):
    return (a, sorted(kw.items()))


def gen(a, b):
    yield a
    yield b


def boom(a, b):
    return a // b


class Box:
    def __init__(self, v):
        self.v = v

    def get(self, extra):
        return self.v + extra


def trace(f):
    @functools.wraps(f)
    def wrapper(*args, **kw):
        return f(*args, **kw)
    return wrapper


@trace
def traced_add(a, b):
    return a + b


def call(f, args):
    return f(*args)


def call_kw(f, args, kw):
    return f(*args, **kw)


def show(label, f, *a):
    try:
        print(label, f(*a))
    except Exception as error:
        print(label, type(error).__name__, error)


def run(n):
    total = 0
    for i in range(n):
        total += call(add3, (i, 1, 2))
        total += call(with_defaults, [i])
        total += call(with_defaults, (i, 2))
        total += call(star, (i, 5, 6))[0]
        total += len(call(star, (i, 5, 6))[1])
        total += call(kwonly, (i,))
        total += call_kw(kwonly, (i,), {"b": 2})
        total += call_kw(add3, (i, 1), {"c": 3})
        total += call_kw(add3, (i, 1, 4), {})
        total += call(traced_add, (i, i))
        total += call(Box(i).get, (3,))
        total += sum(call(gen, (i, 1)))
        total += call(lambda *xs: len(xs), range(4))
    return total


for round_number in range(3):
    print("round", round_number, run(300))
    # Errors: too few, too many, a keyword-only missing, a callee raising.
    show("  few", call, add3, (1, 2))
    show("  many", call, add3, (1, 2, 3, 4))
    show("  defaults too few", call, with_defaults, ())
    show("  not iterable", call, add3, 5)
    show("  kwargs", call_kw, kwargs, (1,), {"z": 1, "y": 2})
    show("  duplicate", call_kw, add3, (1, 2, 3), {"a": 1})
    try:
        call(boom, (1, 0))
    except ZeroDivisionError:
        entries = traceback.extract_tb(sys.exc_info()[2])
        print("  boom", [(e.name, e.line) for e in entries])

# The callee's code replaced between calls of the same site.
def first(a, b):
    return a - b


def second(a, b, c=1000):
    return a * b + c


for round_number in range(3):
    results = []
    for i in range(200):
        if i == 150:
            first.__code__ = second.__code__
            first.__defaults__ = (1000,)
        results.append(call(first, (i, 2)))
    print("replaced", results[149], results[150], sum(results))
    first.__code__ = (lambda a, b: a - b).__code__
    first.__defaults__ = None

# Deep recursion through f(*args): RecursionError, not a crash.
def down(n):
    return call(down, (n + 1,))


try:
    down(0)
except RecursionError as error:
    print("recursion", type(error).__name__)
