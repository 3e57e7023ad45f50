# weakref.ref callbacks, WeakValueDictionary, WeakKeyDictionary, weakref.finalize, WeakSet.
import weakref

log = []


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%s)" % self.name


def make_refs(n):
    refs = []
    keep = []
    for i in range(n):
        node = Node("n%d" % i)
        refs.append(weakref.ref(node, lambda r, i=i: log.append("callback n%d" % i)))
        if i % 2 == 0:
            keep.append(node)
    alive = [r() for r in refs]
    return keep, refs, [a.name if a is not None else None for a in alive]


for i in range(18):
    log.clear()
    keep, refs, alive = make_refs(i % 6)
print(alive, log)
log.clear()
del keep
print(log, [r() for r in refs])
log.clear()
cache = weakref.WeakValueDictionary()
strong = []
for i in range(6):
    n = Node("v%d" % i)
    cache[i] = n
    if i % 3 == 0:
        strong.append(n)
del n
print(sorted(cache.keys()), [cache[k].name for k in sorted(cache.keys())])
strong.pop()
print(sorted(cache.keys()))
wk = weakref.WeakKeyDictionary()
k1, k2 = Node("k1"), Node("k2")
wk[k1] = 1
wk[k2] = 2
del k1
print(sorted(n.name for n in wk.keys()))
obj = Node("fin")
f = weakref.finalize(obj, log.append, "finalized fin")
print(f.alive)
del obj
print(f.alive, log)
ws = weakref.WeakSet()
nodes = [Node(str(i)) for i in range(4)]
for nd in nodes:
    ws.add(nd)
del nodes[1:3]
print(sorted(nd.name for nd in ws), len(ws))
p = weakref.proxy(k2)
print(p.name, repr(p.__class__.__name__))
del k2
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
