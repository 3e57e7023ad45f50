# min(a, b) and max(a, b) from compiled code: two exact floats, or two
# exact ints of one digit, are compared in the CALL uop without calling the
# builtin (uopjit_min_max_of_numbers); everything else is the builtin's
# call. Which argument comes back matters (`is`): the second only when it
# compares strictly greater (max) or less (min), so ties, -0.0 against 0.0
# and NaNs keep the first.
import builtins


class Loud(int):
    def __gt__(self, other):
        print("  Loud.__gt__", int(self), int(other))
        return int(self) > int(other)

    def __lt__(self, other):
        print("  Loud.__lt__", int(self), int(other))
        return int(self) < int(other)


def pairs(xs, ys):
    out = []
    for a, b in zip(xs, ys):
        hi = max(a, b)
        lo = min(a, b)
        out.append((hi, lo, hi is a, lo is a))
    return out


def keyed(xs, ys):
    out = []
    for a, b in zip(xs, ys):
        out.append((max(a, b, key=abs), min([a, b]), max(a, b, 0)))
    return out


big = 2**40
nan = float("nan")
xs = [1, 5, -3, 0, 7, 2.5, -0.0, 0.0, nan, 1.0, big, -big, 3, 1, True, 4, "a"]
ys = [2, 5, -4, 0, -7, 2.5, 0.0, -0.0, 1.0, nan, 1, 3, big, 1.5, 1, Loud(9), "b"]
for _ in range(40):
    pairs(xs[:14], ys[:14])
    keyed(xs[:8], ys[:8])
for row in pairs(xs, ys):
    print(row)
print(keyed(xs[:8], ys[:8]))
a, b = 300, 300
print(max(a, b) is a, min(a, b) is a)

# Errors come from the builtin, with its traceback.
try:
    pairs([1], ["x"])
except TypeError as e:
    print("TypeError", e)
try:
    pairs([Loud(1)], [object()])
except TypeError as e:
    print("TypeError", e)


# Shadowing the builtins, globally and in builtins itself.
def max(a, b):
    return ("shadowed max", a, b)


print(pairs([1, 2.0], [3, 1.0]))
del max
real = builtins.min
builtins.min = lambda a, b: ("patched min", a, b)
print(pairs([1, 2.0], [3, 1.0]))
builtins.min = real
print(pairs([1, 2.0], [3, 1.0]))
