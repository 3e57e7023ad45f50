# Builtins shadowed by module globals mid-run, then the global deleted (del) again.

def use_len(xs):
    return len(xs)


def use_many(xs):
    return len(xs), max(xs), min(xs), sum(xs), abs(-min(xs))


def loop(n):
    out = []
    for i in range(n):
        out.append(use_len(range(i)))
    return out


for i in range(40):
    r = use_many([i, i + 1, i - 1])
print(r, loop(5))


def len(x):
    return "shadowed:%d" % sum(1 for _ in x)


print(use_len([1, 2, 3]), loop(3), use_many([4, 5]))
del len
print(use_len([1, 2, 3]), loop(3), use_many([4, 5]))
import builtins
saved = builtins.max
builtins.max = lambda *a: "patched max"
print(use_many([1, 2]))
builtins.max = saved
print(use_many([1, 2]))
max = min
print(use_many([7, 8, 9]))
del max
print(use_many([7, 8, 9]))
try:
    del len
except NameError as e:
    print("NameError:", e)
