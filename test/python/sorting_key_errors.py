# Sorting in hot loops: key functions that raise mid-sort (the list stays a permutation),
# comparisons raising TypeError for mixed types, list mutated during sort (ValueError),
# cmp_to_key with multi-field comparators, reverse stability, and sort of custom objects.
import functools


class Rec:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def __repr__(self):
        return "%s/%d" % (self.name, self.age)


def by_age_then_name(a, b):
    if a.age != b.age:
        return -1 if a.age < b.age else 1
    return (a.name > b.name) - (a.name < b.name)


def picky_key(x):
    if x == 13:
        raise ValueError("unlucky")
    return -x


def sort_or_error(lst, **kw):
    before = sorted(lst, key=repr)
    try:
        lst.sort(**kw)
        return lst
    except (TypeError, ValueError) as e:
        return "%s: %s / still a perm: %s" % (type(e).__name__, e, sorted(lst, key=repr) == before)


recs = [Rec(n, a) for n, a in (("bo", 30), ("al", 25), ("cy", 30), ("di", 25), ("ed", 40), ("fa", 30))]
for i in range(60):
    sorted(recs, key=functools.cmp_to_key(by_age_then_name))
    sort_or_error(list(range(i % 20)), key=picky_key)
print(sorted(recs, key=functools.cmp_to_key(by_age_then_name)))
print(sorted(recs, key=functools.cmp_to_key(by_age_then_name), reverse=True))
print(sorted(recs, key=lambda r: r.age, reverse=True), sorted(recs, key=lambda r: -r.age))
print(sort_or_error(list(range(20)), key=picky_key))
print(sort_or_error([3, "a", 1]), sort_or_error([1, 2.5, True, 0]), sort_or_error([None, None]), sort_or_error([None, 1]))
print(sort_or_error([[1, "a"], [1, 2]]), sort_or_error([(1, 2), (1,), ()]), sort_or_error([{1}, {1, 2}, {0}]))
try:
    sorted(recs)
except TypeError as e:
    print("TypeError", e)

victim = list(range(10))


def mutating_key(x):
    if x == 5:
        victim.append(99)
    return x


try:
    victim.sort(key=mutating_key)
except ValueError as e:
    print("ValueError", e, victim)
print(sorted("bAcaB"), sorted("bAcaB", key=str.lower), sorted("bAcaB", key=str.lower, reverse=True))
print(sorted({3: "c", 1: "a", 2: "b"}.items(), key=lambda kv: kv[1], reverse=True), sorted(range(10), key=lambda x: (x % 3, -x)))
K = functools.cmp_to_key(lambda a, b: len(a) - len(b))
print(K("ab") < K("c"), K("ab") == K("cd"), sorted(["ccc", "a", "bb", "dd"], key=K), min(["ccc", "a"], key=K))
nan = float("nan")
print(sorted([3, nan, 1, 2]), sorted([nan, 3, 1]), max([nan, 3]), sorted([-0.0, 0.0, -0.0, 0]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2], [1, 5], [1]]), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
