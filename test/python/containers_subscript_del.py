# Subscript get/set/del on lists, dicts, slices; negative indices; errors.

def writes(n):
    lst = list(range(10))
    d = {}
    for i in range(n):
        lst[i % 10] = lst[(i + 3) % 10] + 1
        lst[-1] = i
        d[i % 4] = d.get(i % 4, 0) + i
    return lst, d


def deletes():
    lst = list(range(12))
    del lst[0]
    del lst[-1]
    del lst[::3]
    del lst[1:3]
    d = {i: str(i) for i in range(6)}
    del d[2], d[4]
    return lst, d


def slice_assign():
    lst = list(range(8))
    lst[2:4] = ["a", "b", "c"]
    lst[::2] = [0] * len(lst[::2])
    lst[len(lst):] = [99]
    lst[:0] = [-1]
    return lst


def getter(container, key):
    try:
        return container[key]
    except (IndexError, KeyError) as e:
        return type(e).__name__


for n in range(50):
    w = writes(n)
print(w)
print(deletes())
print(slice_assign())
containers = [[1, 2, 3], {"a": 1}, "xyz", (4, 5), range(3, 9)]
for rep in range(20):
    r = [getter(c, k) for c in containers for k in (0, -1, "a", 5)
         if not (isinstance(c, (list, str, tuple, range)) and isinstance(k, str))]
print(r)
try:
    lst = [1, 2]
    lst[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    del [1][5]
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print("TypeError:", e)
