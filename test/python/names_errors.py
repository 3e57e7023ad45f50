# NameError and UnboundLocalError caught in hot functions; del of locals.

def maybe_assign(flag):
    if flag:
        value = "set"
    return value


def del_then_use(x):
    y = x * 2
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "unbound: %s" % e


def shadow_global():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 1
    return counter


def missing_global():
    return not_defined_anywhere


counter = 99
results = []
for i in range(40):
    try:
        results.append(maybe_assign(i % 5 != 0))
    except UnboundLocalError as e:
        results.append("E")
        last = e
print("".join(r[0] for r in results), last)
for i in range(30):
    d = del_then_use(i)
print(d)
print(shadow_global())
for i in range(20):
    try:
        missing_global()
    except NameError as e:
        err = e
print("NameError:", err, type(err).__name__, err.name)
not_defined_anywhere = "now defined"
print(missing_global())
del not_defined_anywhere
try:
    missing_global()
except NameError as e:
    print("NameError:", e)
