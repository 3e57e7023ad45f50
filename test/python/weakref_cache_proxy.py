# weakref in hot loops: a WeakValueDictionary cache whose entries vanish on del, weakref.proxy
# raising ReferenceError after the referent dies, WeakMethod for bound methods, and
# callbacks fired in deterministic order.
import weakref


class Img:
    loads = 0

    def __init__(self, name):
        Img.loads += 1
        self.name = name

    def size(self):
        return len(self.name)


cache = weakref.WeakValueDictionary()


def load(name):
    img = cache.get(name)
    if img is None:
        img = Img(name)
        cache[name] = img
    return img


def use(names):
    held = [load(n) for n in names]
    return sum(i.size() for i in held), sorted(cache.keys())


for i in range(60):
    use(["a", "bb", "a"])
print(Img.loads, use(["x", "yy", "x", "zzz"]), len(cache))
keep = load("kept")
print(sorted(cache), Img.loads)
del keep
print(sorted(cache), "kept" in cache)
fired = []


class Node:
    def __init__(self, v):
        self.v = v

    def value(self):
        return self.v


n = Node(5)
p = weakref.proxy(n, lambda r: fired.append("proxy-cb"))
wm = weakref.WeakMethod(n.value, lambda r: fired.append("wm-cb"))
refs = [weakref.ref(n, lambda r, i=i: fired.append("ref-cb-%d" % i)) for i in range(3)]


def read_proxy(px, k):
    t = 0
    for i in range(k):
        t += px.v + px.value()
    return t


for i in range(60):
    read_proxy(p, 2)
print(read_proxy(p, 10), wm()(), refs[0]() is n, weakref.getweakrefcount(n))
del n
print(fired)
try:
    read_proxy(p, 1)
except ReferenceError as e:
    print("ReferenceError", e)
print(wm(), [r() for r in refs])
bm = Node(1).value
try:
    weakref.ref(bm)
    print("weakref to bound method alive?", weakref.ref(bm)() is None)
except TypeError as e:
    print("TypeError", e)
for obj in (1, "s", [1], (1,), {}):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print("TypeError", e)
fin = []
o = Node(9)
f = weakref.finalize(o, fin.append, "finalized")
print(f.alive, f.peek()[2:] if f.peek() else None)
del o
print(fin, f.alive, f())
