# Exceptions escaping through several frames (functions, methods, generators, lambdas).
import traceback


def level3(x):
    if x > 5:
        raise IndexError("too deep: %d" % x)
    return x


def level2(x):
    return level3(x + 1) * 2


class Mid:
    def level1(self, x):
        return [level2(v) for v in range(x)]


def gen(n):
    m = Mid()
    for i in range(n):
        yield sum(m.level1(i))


def top(n):
    try:
        return list(gen(n))
    except IndexError as e:
        names = [fs.name for fs in traceback.extract_tb(e.__traceback__)]
        return "caught %s via %s" % (e, names)


for i in range(30):
    r = top(i % 6)
print(r)
print(top(8))
try:
    (lambda: Mid().level1(9))()
except IndexError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
    print("".join(traceback.format_exception_only(type(e), e)), end="")
