"""The example the demo JITs as far as uopjit goes today: run it, dump the
specialized bytecode of `dot`, import it into the `uop` dialect."""


def dot(xs, ys):
    total = 0.0
    for i in range(len(xs)):
        total += xs[i] * ys[i]
    return total


xs = [float(i) for i in range(100)]
for _ in range(50):
    result = dot(xs, xs)
print("dot =", result)
