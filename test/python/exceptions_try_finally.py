# try/except/else/finally ordering, return inside finally, re-raise, nested handlers.

log = []


def step(x):
    try:
        log.append("try%d" % x)
        if x % 3 == 0:
            raise ValueError(x)
        if x % 3 == 1:
            return "ret%d" % x
    except ValueError as e:
        log.append("except%s" % e)
        return "caught"
    else:
        log.append("else")
        return "else-ret"
    finally:
        log.append("finally")


def finally_overrides(x):
    try:
        return "try"
    finally:
        if x:
            return "finally"


def swallow(x):
    for i in range(3):
        try:
            if i == x:
                raise KeyError(i)
        finally:
            if i == x:
                break
    return "swallowed" if x < 3 else "none"


def nested(x):
    try:
        try:
            1 / x
        except ZeroDivisionError:
            log.append("inner")
            raise
        finally:
            log.append("inner-finally")
    except ArithmeticError as e:
        return "outer caught " + type(e).__name__
    return "ok"


for i in range(30):
    r = step(i)
print(r, log[-12:], len(log))
print(finally_overrides(0), finally_overrides(1))
print([swallow(x) for x in range(5)])
log.clear()
print([nested(x) for x in (1, 0, 2)], log)
try:
    try:
        raise TypeError("first")
    finally:
        print("cleanup runs before propagation")
except TypeError as e:
    print("got", e)
