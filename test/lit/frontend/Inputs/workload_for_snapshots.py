"""Code for compare_snapshots.py to specialize."""
import colorsys
import difflib
import fractions
import json
import re
import statistics
import textwrap

# Modules whose code the comparison looks at: compare_snapshots.py does not
# run them itself, so their inline caches stay put while it compares.
QUIET_MODULES = (colorsys, difflib, fractions, statistics, textwrap)


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def dot(self, other):
        return self.x * other.x + self.y * other.y


def gen(n):
    for i in range(n):
        yield i * 0.5


def closure(k):
    def inner(v):
        return v + k
    return inner


def main():
    total = 0.0
    add = closure(3)
    for i in range(200):
        v = Vec(float(i), 2.0)
        total += v.dot(v) + sum(gen(5)) + add(i)
        total += len(json.dumps({"i": i})) + len(re.findall("a", "banana"))
    for i in range(30):
        total += len(textwrap.fill("lorem ipsum dolor " * (i + 1), 20))
        total += len(difflib.SequenceMatcher(None, "abcde" * 3, "abdce" * 3).get_opcodes())
        total += float(fractions.Fraction(i, 3) + fractions.Fraction(1, 7))
        total += statistics.median([i, 2, 7.5]) + sum(colorsys.rgb_to_hsv(0.1, 0.2, 0.3))
    return total + more()


def cells(a, b):
    # `a` is an argument and a cell: one localsplus slot.
    def get():
        return a + b
    return get


def branches(xs):
    out = []
    for x in xs:
        if x > 10:
            out.append(x)
        elif x % 2:
            out.append(-x)
        else:
            try:
                out.append(1 // (x - 4))
            except ZeroDivisionError:
                out.append(0)
    return out


def more():
    s = 0
    for i in range(100):
        s += cells(i, 1)() + len(branches(range(12)))
        s += sum(x for x in range(3)) + len([y for y in "abc"]) + len(f"{i:>4}")
    return s
