# Context managers that swallow exceptions inside hot loops, nested with statements (several
# items in one with, nested blocks), break/continue/return leaving with blocks, and __exit__
# raising a new exception that replaces the original.


class Swallow:
    def __init__(self, log, kinds=(ValueError,)):
        self.log = log
        self.kinds = kinds

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, et, ev, tb):
        self.log.append("exit:%s" % (et.__name__ if et else None))
        return et is not None and issubclass(et, self.kinds)


class Named:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("+" + self.name)
        return self.name

    def __exit__(self, *exc):
        self.log.append("-" + self.name)
        return False


class Replacer:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None:
            raise RuntimeError("replaced %s" % et.__name__)


def loop(n):
    log = []
    done = 0
    for i in range(n):
        with Swallow(log):
            if i % 3 == 0:
                raise ValueError(i)
            if i % 3 == 1:
                continue
            done += 1
    return done, log[:8], len(log)


def nested(n):
    log = []
    for i in range(n):
        with Named("a", log) as a, Named("b", log) as b:
            with Named("c", log):
                if i == 1:
                    break
                log.append(a + b)
    return log


def ret_from_with():
    log = []

    def inner():
        with Named("r", log):
            return "value"
    return inner(), log


def leaky(n):
    caught = []
    for i in range(n):
        try:
            with Swallow([], (KeyError,)):
                raise ValueError(i)
        except ValueError as e:
            caught.append(int(str(e)))
    return caught


def replaced():
    try:
        with Replacer():
            {}["k"]
    except RuntimeError as e:
        return str(e), type(e.__context__).__name__


for i in range(60):
    loop(6)
    nested(3)
    leaky(2)
print(loop(7))
print(nested(3))
print(ret_from_with(), leaky(3), replaced())
log = []
with Swallow(log, (ZeroDivisionError,)):
    with Swallow(log, (KeyError,)):
        1 / 0
    log.append("not reached")
print(log)
try:
    with Named("x", log), Swallow(log, (TypeError,)):
        raise IndexError("outer gets it")
except IndexError as e:
    print("IndexError", e, log[-3:])


class BadEnter:
    def __enter__(self):
        raise OSError("enter failed")

    def __exit__(self, *a):
        print("never")


log = []
try:
    with Named("ok", log), BadEnter():
        log.append("body")
except OSError as e:
    print("OSError", e, log)
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
