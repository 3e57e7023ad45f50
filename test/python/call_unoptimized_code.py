"""Functions made from module-style code (no CO_OPTIMIZED: their frame
stores names in a locals dict, which is the function's globals) called
from compiled code, next to ordinary functions."""
import types

SOURCE = "x = base * 2\nresult.append(x)\n"
code = compile(SOURCE, "<made>", "exec")
made = types.FunctionType(code, globals())
base = 0
result = []


def plain(a, b=1):
    return a + b


def caller(n):
    global base
    total = 0
    for i in range(n):
        base = i
        made()
        total += plain(i) + plain(i, 2)
    return total


for _ in range(5):
    print(caller(10), result[-3:], x)
