# *args and **kwargs, forwarding, keyword calls of varying shapes.

def collect(*args, **kwargs):
    return args, sorted(kwargs.items())


def forward(f, *args, **kwargs):
    return f(*args, **kwargs)


def point(x, y=0, z=0):
    return (x, y, z)


def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s


for i in range(40):
    r = collect(i, i + 1, k=i)
print(r)
print(collect(), collect(1), collect(a=1, b=2), collect(*"ab", **{"c": 3}))
for i in range(40):
    p = forward(point, i, z=i * 2)
print(p, forward(point, 1, 2, 3), forward(point, y=5, x=1), forward(point, *[7], **{"y": 8}))
for i in range(30):
    t = total(*range(i))
print(t, total(1.5, 2), total(start=10), total(*"abc", start=""))
print(forward(dict, [("a", 1)], b=2), forward(sorted, [3, 1, 2], reverse=True))
for bad in (lambda: point(1, x=2), lambda: point(), lambda: point(1, 2, 3, 4), lambda: point(1, w=3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
