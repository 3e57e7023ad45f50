# __del__ runs when the last reference goes away: rebinding, del, container clear,
# function return, end of an except block. Only one object (or a chain) dies at each point.
import gc

log = []


class Noisy:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        log.append("del " + self.name)


def make_and_drop(i):
    tmp = Noisy("tmp%d" % i)
    log.append("made " + tmp.name)
    return i


def rebind(n):
    x = Noisy("r0")
    for i in range(1, n):
        x = Noisy("r%d" % i)
        log.append("rebound to " + x.name)
    x = None
    log.append("x is None")


def raising(i):
    holder = Noisy("frame-local%d" % i)
    raise ValueError(holder.name)


def catch(i):
    try:
        raising(i)
    except ValueError as e:
        log.append("caught " + str(e))
    log.append("after except")


for i in range(30):
    make_and_drop(i)
print(log[:6], len(log))
log.clear()
rebind(4)
print(log)
log.clear()
chain = Noisy("parent", Noisy("child", Noisy("grandchild")))
del chain
print(log)
log.clear()
items = [Noisy("item%d" % i) for i in range(3)]
items.pop()
log.append("popped")
items.clear()
log.append("cleared")
print(log)
log.clear()
for i in range(3):
    catch(i)
print(log)
log.clear()
d = {"k": Noisy("dict-value")}
d["k"] = 5
log.append("replaced")
print(log)
log.clear()
gc.disable()
a = Noisy("cyc-a")
b = Noisy("cyc-b")
a.child, b.child = b, a
del a, b
log.append("cycle unreachable")
found = gc.collect()
gc.enable()
print(log[0], sorted(log[1:]), found >= 2)
