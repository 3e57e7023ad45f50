# exec/eval of small code strings inside hot functions: separate namespaces, locals dicts,
# compile() once and eval many times, syntax errors caught, exec defining functions/classes.


def calc(expr, x):
    return eval(expr, {"__builtins__": {}}, {"x": x})


def run_snippet(src, n):
    ns = {"n": n}
    exec(src, ns)
    return ns.get("result")


code = compile("x * x + y", "<expr>", "eval")


def many(n):
    total = 0
    for i in range(n):
        total += eval(code, {}, {"x": i, "y": 1})
    return total


def locals_view():
    a = 1
    b = 2
    return eval("a + b"), eval("[k for k in sorted(locals())]")


def exec_modifies_locals():
    value = "before"
    exec("value = 'after'")
    return value, locals().get("value")


for i in range(60):
    calc("x * 2 + 1", i)
    many(3)
    run_snippet("result = sum(range(n))", i)
print(calc("x * 2 + 1", 20), calc("[x] * 3", "ab"), many(50), run_snippet("result = sum(range(n))", 100))
print(locals_view(), exec_modifies_locals())
src = """
def fib(k):
    a, b = 0, 1
    for _ in range(k):
        a, b = b, a + b
    return a

class P:
    def __init__(self, v):
        self.v = v
    def twice(self):
        return self.v * 2

result = [fib(i) for i in range(n)] + [P(n).twice()]
"""
print(run_snippet(src, 10))
for bad in ("1 +", "x = = 2", "def f(:\n pass", "return 5", "yield 1"):
    try:
        exec(bad, {})
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
try:
    calc("len(x)", [1])
except NameError as e:
    print("NameError", e)
try:
    calc("x.__class__", 5)
    print("attribute allowed")
except Exception as e:
    print(type(e).__name__)
g = {}
exec("import math\nr = math.floor(2.5)", g)
print(g["r"], "math" in g, "__builtins__" in g)
print(eval("(lambda q: q + 1)(41)"), eval("x", {"x": "global"}, {"x": "local"}), eval("x", {"x": "global"}))
ns = {}
for i in range(5):
    exec("v%d = %d * %d" % (i, i, i), ns)
print(sorted((k, v) for k, v in ns.items() if k.startswith("v")))
try:
    eval("1/0")
except ZeroDivisionError as e:
    import traceback
    print([(f.filename, f.name) for f in traceback.extract_tb(e.__traceback__)])
