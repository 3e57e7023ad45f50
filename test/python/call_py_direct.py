# Calls of Python functions from compiled code. Under uopjit, CPython 3.11
# specializes such a PRECALL to PRECALL_PYFUNC but never keeps
# CALL_PY_EXACT_ARGS or CALL_PY_WITH_DEFAULTS (not while an eval hook is
# installed), so compiled code checks that it can make the call itself
# (GUARD_SIMPLE_PY_CALL: no keywords passed; no **kwargs or keyword-only
# parameters; the parameters, fewer with defaults for the rest, or more
# with a *args parameter) and calls directly; anything else deoptimizes
# and the interpreter makes the call. Each site is first warmed up with
# calls that pass the check (so the warm configurations compile the
# direct call), then gets a callee or a call that passes or fails it in
# another way, before anything else can make the site generic.


def sub(a, b):
    return a - b


def ident(a):
    return a


def with_default(a, b=10):
    return a + b


def star(a, *rest):
    return a + len(rest)


def kwonly(a, *, b=5):
    return a + b


def kwargs(a, **kw):
    return a + len(kw)


class Box:
    def __init__(self, v):
        self.v = v

    def get(self, k):
        return self.v * k


def make_sites():
    """Fresh copies of the call sites (new code objects), so each check
    below meets a site compiled from warm, specialized bytecode."""
    def call_two(f, n):
        total = 0
        for i in range(n):
            total += f(i, 1)
        return total

    def call_one(f, n):
        total = 0
        for i in range(n):
            total += f(i)
        return total

    def call_keyword(f, n):
        total = 0
        for i in range(n):
            total += f(b=i, a=1)
        return total

    def call_method(b, n):
        total = 0
        for i in range(n):
            total += b.get(i)
        return total

    return call_two, call_one, call_keyword, call_method


def warm(site, f, arg=20):
    for _ in range(30):
        site(f, arg)


def attempt(site, f):
    try:
        return site(f, 5)
    except TypeError as e:
        return f"TypeError {e}"


cases = [
    ("call_two", sub, [sub, with_default, star, kwargs, kwonly, ident, max]),
    ("call_one", ident, [ident, with_default, star, kwonly, kwargs, sub, abs]),
    ("call_keyword", sub, [sub, kwonly, kwargs, with_default, ident]),
]
for name, good, callees in cases:
    for callee in callees:
        sites = dict(zip(("call_two", "call_one", "call_keyword", "call_method"), make_sites()))
        warm(sites[name], good)
        print(name, callee.__name__, attempt(sites[name], callee))

call_method = make_sites()[3]
warm(call_method, Box(3))
print("method", call_method(Box(2), 5))


class Other:
    def get(self, k, extra=0):
        return k + extra


print("method default", call_method(Other(), 5))


# A function whose code changes under the site.
def changing(a, b):
    return a - b


call_two = make_sites()[0]
warm(call_two, changing, 10)
changing.__code__ = (lambda a, b, c: a * b + c).__code__
changing.__defaults__ = (100,)
print(call_two(changing, 10))
changing.__code__ = (lambda a: a).__code__
print(attempt(call_two, changing))
