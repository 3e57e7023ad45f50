# Division by zero caught inside hot functions, for int, float, and modulo.

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return "div0: %s" % e


def safe_floordiv(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        return "fdiv0: %s" % e


def safe_mod(a, b):
    try:
        return a % b
    except ZeroDivisionError as e:
        return "mod0: %s" % e


def ratio_table(n):
    out = []
    for i in range(-n, n + 1):
        out.append(safe_div(n, i))
    return out


for k in range(1, 50):
    r = safe_div(k, k % 5)
print(r)
for a, b in [(7, 2), (7, 0), (7.0, 0), (7, 0.0), (0, 0), (-9, 4), (2 ** 80, 0), (2 ** 80, 3)]:
    print(a, b, safe_div(a, b), safe_floordiv(a, b), safe_mod(a, b))
print(ratio_table(3))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("divmod:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("pow:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ipow:", e)
