# An n-body style step: float arithmetic on attributes of a few bodies.
def energy(xs, vs, steps):
    e = 0.0
    for _ in range(steps):
        i = 0
        while i < len(xs):
            x = xs[i]
            v = vs[i]
            e = e + 0.5 * v * v - 1.0 / (x * x + 1.0)
            xs[i] = x + 0.01 * v
            i += 1
    return e

# Called several times: the first calls run in the interpreter, which
# specializes the bytecode; a later call compiles it.
for _ in range(12):
    e = energy([1.0, 2.0, 3.0], [0.5, -0.25, 0.125], 200)
print(round(e, 6))
