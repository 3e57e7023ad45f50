# f_locals / locals() of a hot function's frame observed from inside and from a callee.
import sys


def peek_caller():
    loc = sys._getframe(1).f_locals
    return sorted((k, v) for k, v in loc.items() if not k.startswith("_") and isinstance(v, (int, str, float)))


def hot(n):
    total = 0
    name = "hot"
    for i in range(n):
        total += i
        if i == n - 1:
            snapshot = peek_caller()
    return total, snapshot


def with_locals(a, b=2):
    c = a + b
    d = [c] * 2
    return sorted(locals().keys()), locals()["c"]


def changing_types():
    x = 1
    seen = []
    for step in range(6):
        seen.append((type(x).__name__, sys._getframe().f_locals["x"]))
        x = float(x) * 2.5 if step % 2 else str(x)[:3]
    return seen


for n in range(1, 40):
    r = hot(n)
print(r)
print(hot(3))
for i in range(30):
    w = with_locals(i)
print(w, with_locals("a", "b"))
print(changing_types())


def deleted():
    x = 1
    del x
    y = 2
    return sorted(sys._getframe().f_locals)


print(deleted())
