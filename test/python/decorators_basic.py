# Decorators: wrappers with functools.wraps, decorator factories, stacking, class decorators.
import functools

call_log = []


def logged(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        call_log.append(f.__name__)
        return f(*args, **kwargs)
    return wrapper


def repeat(n):
    def deco(f):
        def wrapper(*args):
            return [f(*args) for _ in range(n)]
        return wrapper
    return deco


def count_calls(f):
    def wrapper(*args):
        wrapper.calls += 1
        return f(*args)
    wrapper.calls = 0
    return wrapper


def register(cls):
    cls.registered = True
    return cls


@logged
def add(a, b):
    """adds"""
    return a + b


@repeat(3)
@logged
def shout(s):
    return s.upper()


@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@register
class Thing:
    pass


for i in range(40):
    r = add(i, 1)
print(r, add.__name__, add.__doc__, add.__wrapped__(2, 3), len(call_log))
print(shout("hey"), call_log[-3:])
print(fib(15), fib.calls)
print(Thing.registered, getattr(Thing, "__name__"))
