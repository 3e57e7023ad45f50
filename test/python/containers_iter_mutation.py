# Mutating containers while iterating over them inside hot functions: dict size changes
# (RuntimeError), keys added to a different dict, list remove/append while iterating,
# set changes, and deque mutation.
from collections import deque


def grow_other(src, dst):
    for k in src:
        dst[k + "_copy"] = src[k]
    return sorted(dst)


def grow_self(d):
    try:
        for k in d:
            d[k + "!"] = 1
        return "no error"
    except RuntimeError as e:
        return "RuntimeError: %s" % e


def del_self(d):
    try:
        for k in d:
            del d[k]
        return "no error"
    except RuntimeError as e:
        return "RuntimeError: %s, left %d" % (e, len(d))


def replace_values(d):
    for k in d:
        d[k] = d[k] * 2
    return d


def remove_while_iter(lst):
    seen = []
    for x in lst:
        seen.append(x)
        if x % 2 == 0:
            lst.remove(x)
    return seen, lst


def append_while_iter(lst, limit):
    count = 0
    for x in lst:
        count += 1
        if len(lst) < limit:
            lst.append(x + 1)
    return count, lst[-3:]


def set_mut(s):
    try:
        for x in s:
            s.add(x + 100)
        return "no error"
    except RuntimeError as e:
        return "RuntimeError: %s" % e


def deque_mut(dq):
    try:
        for x in dq:
            dq.append(x)
        return "no error"
    except RuntimeError as e:
        return "RuntimeError: %s" % e


def pop_keys_same_size(d):
    try:
        for k in d:
            d.pop(k)
            d[k + "x"] = 0
        return "no error"
    except RuntimeError as e:
        return "RuntimeError: %s" % e


for i in range(60):
    grow_other({"a": 1, "b": 2}, {})
    replace_values({"a": i})
    remove_while_iter([1, 3, 5])
    append_while_iter([0], 3)
print(grow_other({"a": 1, "b": 2}, {"z": 0}))
print(grow_self({"a": 1}), grow_self({}))
print(del_self({"a": 1, "b": 2}))
print(replace_values({"a": 1, "b": "s"}))
print(remove_while_iter([1, 2, 2, 3, 4, 6, 7, 8]))
print(append_while_iter([0], 10))
print(set_mut({1, 2, 3}), set_mut(set()))
print(deque_mut(deque([1, 2])))
print(pop_keys_same_size({"a": 1, "b": 2}))
lst = list(range(10))
it = iter(lst)
next(it)
del lst[:5]
print(list(it))
lst = [1, 2, 3]
it = iter(lst)
print(next(it), next(it), next(it))
lst.append(4)
print(list(it))
d = dict.fromkeys("abc", 0)
ks = d.keys()
vs = d.values()
d["d"] = 1
print(list(ks), list(vs), "b" in ks, len(ks))
