# Exceptions raised inside __del__ during hot loops: reported via sys.unraisablehook (replaced by a
# deterministic hook here), never propagated; plus the default hook output for one case.
import sys

reports = []


def hook(unraisable):
    obj = unraisable.object
    where = getattr(obj, "__qualname__", type(obj).__name__)
    reports.append("%s in %s: %s" % (unraisable.exc_type.__name__, where, unraisable.exc_value))


class Bad:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        if self.n % 3 == 0:
            raise ValueError("bad %d" % self.n)
        if self.n % 3 == 1:
            {}["missing-%d" % self.n]


class Good:
    deleted = 0

    def __del__(self):
        Good.deleted += 1


def churn(n):
    total = 0
    for i in range(n):
        b = Bad(i)
        g = Good()
        total += b.n
        del b
    return total


sys.unraisablehook = hook
for i in range(60):
    churn(3)
print(len(reports), reports[:3], Good.deleted)
reports.clear()
print(churn(7), reports)


def in_try():
    try:
        x = Bad(3)
        del x
        return "returned normally"
    except ValueError:
        return "leaked!"


print(in_try(), reports[-1])
reports.clear()
lst = [Bad(i) for i in range(6)]
lst.clear()
print(reports)
sys.unraisablehook = sys.__unraisablehook__


class Finalizer:
    def __call__(self):
        raise RuntimeError("printed by default hook")

    def __repr__(self):
        return "<Finalizer>"


class Quiet:
    __del__ = Finalizer()


q = Quiet()
del q
sys.stderr.flush()
print("after default hook")
