# Same polymorphic functions called with ints for a while, then floats,
# strings, lists, and big ints, so specializations must give way.

def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def sub_loop(a, b, n):
    x = a
    for _ in range(n):
        x = x - b
    return x


def accumulate(items):
    acc = items[0]
    for it in items[1:]:
        acc = acc + it
    return acc


total = 0
for i in range(100):
    total = add(total, i)
print("ints", total)
for i in range(30):
    total = add(total, 0.5)
print("floats", total)
print("strs", add("ab", "cd"), mul("ab", 3), mul(3, [1]))
print("lists", add([1], [2, 3]), add((1,), (2,)))
print("big", add(2 ** 63 - 1, 1), mul(2 ** 40, 2 ** 40), sub_loop(-(2 ** 63) + 2, 1, 5))
for i in range(50):
    r = sub_loop(100, 3, i)
print("sub", r, sub_loop(1.0, 0.25, 4), sub_loop(10, True, 3))
print(accumulate([1, 2, 3]), accumulate([1.5, 2, 3]), accumulate(["a", "b", "c"]), accumulate([[1], [2]]))
print(add(True, True), mul(False, 5), add(1, 2j), mul(1.5, 2j))
try:
    add(1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    accumulate([1, 2, None])
except TypeError as e:
    print("TypeError:", e)
