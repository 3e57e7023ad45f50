# Line numbers in tracebacks (tb_lineno, frame lines, format_exc) for exceptions raised at
# different lines of hot, already-specialized functions, including multi-line expressions,
# re-raised exceptions, and exceptions inside comprehensions and lambdas.
import sys
import traceback


def multi(a, b, c):
    x = a + 1
    y = (x
         * b
         / c)
    z = [
        v // (c - 1)
        for v in (x, y)
    ]
    return y, z


def lines_of(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]


def attempt(a, b, c):
    try:
        return multi(a, b, c)
    except Exception as e:
        return type(e).__name__, lines_of(e)


def reraiser(k):
    try:
        if k == 1:
            raise KeyError(k)
        return [1][k]
    except KeyError:
        raise
    except IndexError as e:
        raise ValueError("converted") from e


def tb_lineno_chain(k):
    try:
        reraiser(k)
    except Exception:
        tb = sys.exc_info()[2]
        out = []
        while tb:
            out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        return out
    return "no error"


for i in range(60):
    attempt(i + 1, 2, 3)
    tb_lineno_chain(0)
print(attempt(1, 2, 3))
print(attempt(1, 2, 0))
print(attempt(1, 2, 1))
print(attempt(1, "s", 3))
print(attempt(None, 2, 3))
print(tb_lineno_chain(0), tb_lineno_chain(1), tb_lineno_chain(5))
f = lambda d: (
    d["a"]
    + d["b"]
)
for i in range(60):
    f({"a": i, "b": 1})
try:
    f({"a": 1})
except KeyError as e:
    print("lambda", lines_of(e))
try:
    reraiser(7)
except ValueError:
    text = traceback.format_exc()
    print("\n".join(l for l in text.splitlines() if l.strip().startswith(("File", "raise", "return", "ValueError", "IndexError"))).replace(__file__, "FILE"))


def gen_fail(n):
    for i in range(n):
        yield 10 // (n - 1 - i)


try:
    list(gen_fail(4))
except ZeroDivisionError as e:
    print("gen", lines_of(e))
print(sys._getframe().f_lineno)
