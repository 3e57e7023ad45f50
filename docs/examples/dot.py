"""The demo's program (scripts/demo.sh): a float dot product, called often
enough that the interpreter specializes it and uopjit compiles it.

  python3.11 docs/examples/dot.py [CALLS]
"""
import sys


def dot(xs, ys):
    total = 0.0
    for i in range(len(xs)):
        total += xs[i] * ys[i]
    return total


calls = int(sys.argv[1]) if len(sys.argv) > 1 else 50
xs = [float(i) for i in range(100)]
for _ in range(calls):
    result = dot(xs, xs)
print("dot =", result)
