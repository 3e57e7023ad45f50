# Late binding in closures, cells modified after closure creation, nested scopes.

def late_binding():
    fs = []
    for i in range(4):
        fs.append(lambda: i)
    return [f() for f in fs]


def early_binding():
    fs = []
    for i in range(4):
        fs.append(lambda i=i: i)
    return [f() for f in fs]


def modified_after():
    x = 1
    get = lambda: x
    first = get()
    x = 2
    return first, get()


def three_levels(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle


def shared_cell():
    val = 0

    def setter(v):
        nonlocal val
        val = v

    def getter():
        return val
    return setter, getter


for i in range(30):
    r = (late_binding(), early_binding(), modified_after())
print(r)
for i in range(40):
    t = three_levels(i)(1)(2)
print(t, three_levels("a")("b")("c"), three_levels([1])([2])([3]))
s, g = shared_cell()
out = []
for i in range(10):
    s(i * i)
    out.append(g())
print(out)
s("string now")
print(g())


def unbound_cell():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    later = 5
    return inner()


print(unbound_cell())
