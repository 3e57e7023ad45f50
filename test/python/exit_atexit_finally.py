# sys.exit raised deep inside hot code (nested functions, a generator, a with block): every
# finally and __exit__ prints on the way out, atexit handlers run in reverse registration order
# after that, and the exit status comes from the SystemExit code.
import atexit
import sys


def handler(name):
    print("atexit", name)


atexit.register(handler, "first")
atexit.register(handler, "second")
atexit.register(lambda: print("atexit lambda, stdout still works"))


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None:
            print("exit", self.name, et.__name__ if et else None, ev.code if et is SystemExit else "")
        return False


def gen(n):
    done = False
    try:
        for i in range(n):
            yield i
        done = True
    finally:
        if not done:
            print("generator finally (closed early)")


def leaf(x):
    if x == 59:
        sys.exit(3 + x % 2)
    return x * 2


def middle(x):
    try:
        return leaf(x)
    finally:
        if x == 59:
            print("middle finally", x)


def top(n):
    total = 0
    with CM("outer"):
        for i in gen(n):
            try:
                total += middle(i)
            except Exception:
                print("never: SystemExit is not an Exception")
    return total


def unregister_test():
    f = lambda: print("unregistered, never printed")
    atexit.register(f)
    atexit.unregister(f)


unregister_test()
for k in range(59):
    top(k)
print("warm done", top(10))
try:
    sys.exit("caught once")
except SystemExit as e:
    print("caught", repr(e.code))
try:
    top(70)
finally:
    print("module finally")
print("not reached")
