# Keyword-only and positional-only parameters.

def kwonly(a, *, b, c=3):
    return a + b + c


def posonly(a, b, /, c, d=4):
    return (a, b, c, d)


def mixed(a, /, b, *args, c, d=10, **kw):
    return a, b, args, c, d, sorted(kw)


def clamp(value, /, *, lo=0, hi=100):
    return max(lo, min(hi, value))


for i in range(50):
    r = kwonly(i, b=1)
print(r, kwonly(1, b=2, c=4), kwonly(c=0, b=0, a=0), kwonly("x", b="y", c="z"))
for i in range(40):
    p = posonly(i, 2, c=3)
print(p, posonly(1, 2, 3), posonly(1, 2, 3, d=0))
print(mixed(1, 2, c=3), mixed(1, 2, 3, 4, c=5, e=6, a=7), mixed(1, b=2, c=3))
print([clamp(v) for v in (-5, 50, 500)], clamp(5, lo=10), clamp(5.5, hi=5))
for bad in (lambda: kwonly(1, 2), lambda: kwonly(1), lambda: posonly(a=1, b=2, c=3),
            lambda: mixed(1, 2), lambda: clamp(value=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
