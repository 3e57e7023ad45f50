# builtins.len / builtins.abs / builtins.isinstance replaced through the builtins module (not
# shadowed by a global) by another function while a hot loop calls them, then restored.
import builtins

real_len = builtins.len
real_abs = builtins.abs
real_isinstance = builtins.isinstance


def fake_len(x):
    return 1000 + real_len(x)


def patch():
    builtins.len = fake_len
    builtins.abs = lambda x: "abs!"


def restore():
    builtins.len = real_len
    builtins.abs = real_abs


def measure(items, patch_at, restore_at):
    out = []
    for i, it in enumerate(items):
        if i == patch_at:
            patch()
        if i == restore_at:
            restore()
        out.append((len(it), abs(-i)))
    return out


items = ["a" * (i % 5) for i in range(12)]
for i in range(60):
    measure(items, -1, -1)
print(measure(items, 4, 8))
print(measure(items, 10, -1))
print(len("xyz"), abs(-3))
restore()
print(len("xyz"), abs(-3))


def classify(xs):
    return [isinstance(x, int) for x in xs]


for i in range(60):
    classify([1, "a", 2.0])
print(classify([1, "a", 2.0, True]))
builtins.isinstance = lambda obj, cls: "patched"
print(classify([1, "a"]))
del builtins.isinstance
try:
    classify([1])
except NameError as e:
    print("NameError", e)
builtins.isinstance = real_isinstance
print(classify([1, "a"]))


def uses_new_builtin():
    try:
        return brand_new_builtin(3)
    except NameError as e:
        return "NameError: %s" % e


for i in range(60):
    uses_new_builtin()
print(uses_new_builtin())
builtins.brand_new_builtin = lambda x: x * 11
print(uses_new_builtin())
brand_new_builtin = lambda x: "global wins %d" % x
print(uses_new_builtin())
del brand_new_builtin
print(uses_new_builtin())
del builtins.brand_new_builtin
print(uses_new_builtin())
