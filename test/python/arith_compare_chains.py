# Comparison chains with ints, floats, strings, mixed; short-circuit evaluation.

calls = []


def v(x):
    calls.append(x)
    return x


def in_range(lo, x, hi):
    return lo <= x < hi


def chain3(a, b, c, d):
    return a < b < c < d


def chain_side_effects(a, b, c):
    return v(a) < v(b) < v(c)


def classify(x):
    if x < 0:
        return "neg"
    elif 0 <= x < 10:
        return "small"
    elif 10 <= x <= 100 != x:
        return "medium"
    else:
        return "large"


for i in range(100):
    r = in_range(10, i, 20)
print(r, in_range(1, 1.5, 2), in_range("a", "b", "c"), in_range("a", "z", "c"))
print([classify(x) for x in (-5, 0, 9, 10, 99, 100, 101, 5.5, -0.0, 1e9)])
print(chain3(1, 2, 3, 4), chain3(1, 2, 2, 4), chain3(1.0, 2, 3.5, 4), chain3("a", "b", "c", "d"))
calls.clear()
print(chain_side_effects(1, 2, 3), calls)
calls.clear()
print(chain_side_effects(3, 2, 1), calls)
calls.clear()
print(chain_side_effects(1, 3, 2), calls)
print(1 == 1.0 == True, (1, 2) < (1, 3) < (2,), [1, 2] == [1, 2] != [2, 1])
print("abc" < "abd", "Z" < "a", None is None is not False, 2 ** 65 > 2 ** 64 >= 2.0 ** 64)
try:
    chain3(1, "a", 2, 3)
except TypeError as e:
    print("TypeError:", e)
