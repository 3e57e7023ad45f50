# enumerate/zip/dict.items iteration in hot functions.

def weighted(values, weights, total=0):
    for v, w in zip(values, weights):
        total += v * w
    return total


def indexed(seq, start=0):
    return [(i, x) for i, x in enumerate(seq, start)]


def dict_walk(d):
    keys = []
    acc = 0
    for k, v in d.items():
        keys.append(k)
        acc += v
    return keys, acc


def triple_zip(a, b, c):
    out = []
    for x, y, z in zip(a, b, c):
        out.append(x + y + z)
    return out


for i in range(50):
    w = weighted(range(i), range(i, 0, -1))
print("weighted int", w)
print("weighted float", weighted([0.5, 1.5, 2.5], [2, 4, 8]))
try:
    weighted(["x"], [2])
except TypeError as e:
    print("TypeError:", e)
print("weighted str", weighted(["ab", "c"], [3, 2], ""))
for i in range(30):
    r = indexed("abcdef"[: i % 7], i)
print("indexed", r)
print("indexed list", indexed([10, 20, 30]))
d = {}
for i in range(40):
    d["k%d" % i] = i
    keys, acc = dict_walk(d)
print(keys[:5], keys[-3:], acc)
print(triple_zip([1, 2, 3, 4], [10, 20, 30], [100, 200, 300, 400]))
print(triple_zip("abc", "def", "ghi"))
print(list(zip(*[(1, 'a'), (2, 'b'), (3, 'c')])))
