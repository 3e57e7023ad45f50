# Reference cycles with __del__ collected by gc.collect() called from hot code; collected objects
# reported sorted (order within a cycle is not specified), resurrection in __del__, gc.garbage
# staying empty, gc.disable/enable, and callbacks counting collections.
import gc

died = []


class Cyc:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        died.append(self.name)


saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        saved.append(self)


def make_cycles(n, tag):
    for i in range(n):
        a, b = Cyc("%s%da" % (tag, i)), Cyc("%s%db" % (tag, i))
        a.other, b.other = b, a


def make_chain(n):
    first = prev = Cyc("chain0")
    for i in range(1, n):
        cur = Cyc("chain%d" % i)
        prev.other = cur
        prev = cur
    prev.other = first


gc.disable()
for i in range(60):
    make_cycles(1, "w")
    gc.collect()
print(len(died), sorted(died)[:4])
died.clear()
make_cycles(3, "x")
print("before collect", died)
n = gc.collect()
print("collected >= 6:", n >= 6, sorted(died))
died.clear()
make_chain(5)
gc.collect()
print(sorted(died), gc.garbage)
p = Phoenix("bird")
del p
gc.collect()
print([s.name for s in saved], saved[0].me is saved[0])
saved.clear()
gc.collect()
print(len(saved), "second death does not call __del__ again")
died.clear()
x = Cyc("acyclic")
del x
print(died)
stats = []


def cb(phase, info):
    if phase == "stop":
        stats.append(info["generation"])


gc.callbacks.append(cb)
gc.collect()
gc.collect(0)
gc.callbacks.remove(cb)
print(stats)
gc.enable()
holder = [Cyc("held")]
holder.append(holder)
print(gc.is_tracked(holder), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": []}))
died.clear()
del holder
gc.collect()
print(died, gc.isenabled())
