# Dicts whose key set keeps changing; deletion, insertion order, get/setdefault/pop.

def churn(n):
    d = {}
    for i in range(n):
        d["k%d" % (i % 7)] = i
        if i % 3 == 0:
            d.pop("k%d" % ((i + 2) % 7), None)
        if i % 5 == 0 and "k1" in d:
            del d["k1"]
    return list(d.items())


def count_types(items):
    counts = {}
    for it in items:
        key = type(it).__name__
        counts[key] = counts.get(key, 0) + 1
    return counts


def group(words):
    g = {}
    for w in words:
        g.setdefault(len(w), []).append(w)
    return g


def mixed_keys():
    d = {}
    for k in (1, 1.0, True, "1", (1,), None, 2 ** 70, -0.0, 0, frozenset([1])):
        d[k] = d.get(k, 0) + 1
    return d


for n in range(60):
    c = churn(n)
print(c)
print(count_types([1, "a", 2.0, None, 3, "b", [1], (), {}, 4]))
print(group("the quick brown fox jumps over a lazy dog".split()))
print(mixed_keys())
d = {"a": 1, "b": 2}
d.update(c=3, a=0)
d |= {"z": 26}
print(d, d.keys() - {"a"} == {"b", "c", "z"}, list(reversed(d)), d.popitem(), d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    for k in d:
        d[k + "x"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
