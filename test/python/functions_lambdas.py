# Lambdas stored in containers, immediately invoked, returned from functions.

ops = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "pow": lambda a, b=2: a ** b,
}


def apply_all(a, b):
    return {name: f(a, b) for name, f in ops.items()}


def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run


def make_poly(*coeffs):
    return lambda x: sum(c * x ** i for i, c in enumerate(coeffs))


for i in range(40):
    r = apply_all(i, 3)
print(r, apply_all(1.5, 2), apply_all("ab", 2) if False else ops["mul"]("ab", 2))
inc = lambda x: x + 1
dbl = lambda x: x * 2
f = compose(inc, dbl, inc)
print([f(i) for i in range(6)], compose()(5), compose(str, abs)(-3))
p = make_poly(1, 0, 2)
print([p(x) for x in range(5)], p(0.5))
print((lambda *a, **k: (a, k))(1, 2, x=3), (lambda: "no args")())
print(sorted(["b", "A", "c"], key=lambda s: s.lower()), list(map(lambda x, y: x * y, [1, 2], [3, 4])))
print((lambda x: (lambda y: x + y))(10)(5), ops["pow"](3), ops["pow"](2, 10))
