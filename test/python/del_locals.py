# del of locals, list elements, dict entries, attributes, slices inside hot loops.

class Obj:
    pass


def del_local_in_loop(n):
    results = []
    for i in range(n):
        tmp = i * 3
        results.append(tmp)
        del tmp
        if i % 2:
            tmp = "redefined"
            results.append(tmp)
    return results


def del_attrs(n):
    o = Obj()
    out = []
    for i in range(n):
        o.value = i
        if i % 3 == 0:
            del o.value
        out.append(hasattr(o, "value"))
    return out


def del_items(n):
    d = {i: i for i in range(n)}
    lst = list(range(n))
    for i in range(0, n, 2):
        del d[i]
    del lst[::2]
    del lst[-1:]
    return sorted(d), lst


def del_and_access():
    x = 10
    del x
    try:
        return x
    except UnboundLocalError:
        return "UnboundLocalError"


for i in range(30):
    r = del_local_in_loop(i % 6)
print(r)
print(del_attrs(7))
for i in range(20):
    r = del_items(i)
print(r)
print([del_and_access() for _ in range(3)])
try:
    o = Obj()
    del o.missing
except AttributeError as e:
    print("AttributeError:", e)
a = b = 1
del a, b
try:
    print(a)
except NameError as e:
    print("NameError:", e)
