# Attribute sites that see many types (the specializer gives up on them,
# and compiled code then uses the runtime's attribute cache,
# runtime/lib/support/AttrCache.c): every way the cached answer could go
# stale must come out as CPython's. Each site below is one load, method
# load or store in a loop over objects of several classes, run again after
# each change: a method added to a class, an instance attribute that
# shadows a method, a materialized __dict__, a deleted attribute, a class
# that gains __getattr__ / __setattr__, a property, __slots__, __class__
# assignment, and an attribute first stored after the site cached it absent.
class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2
    def f(self):
        return "Base.f"
class A(Base):
    def f(self):
        return "A.f"
class B(Base):
    pass
class C(A):
    pass
class D(Base):
    def __init__(self, v):
        super().__init__(v)
        self.extra = v + 100
class Slotted:
    __slots__ = ("v", "w")
    def __init__(self, v):
        self.v = v
        self.w = -v
    def f(self):
        return "Slotted.f"
class Prop:
    def __init__(self, v):
        self._v = v
        self.w = 0
    @property
    def v(self):
        return self._v * 10
    def f(self):
        return "Prop.f"

def load_v(objs):
    out = []
    for o in objs:
        try:
            out.append(o.v)
        except (AttributeError, TypeError) as e:
            out.append(f"{type(e).__name__}: {e}")
    return out

def load_w(objs):
    out = []
    for o in objs:
        try:
            out.append(o.w)
        except (AttributeError, TypeError) as e:
            out.append(f"{type(e).__name__}: {e}")
    return out

def call_f(objs):
    out = []
    for o in objs:
        try:
            out.append(o.f())
        except (AttributeError, TypeError) as e:
            out.append(f"{type(e).__name__}: {e}")
    return out

def store_w(objs, k):
    for o in objs:
        try:
            o.w = k
        except (AttributeError, TypeError) as e:
            print("store:", type(o).__name__, type(e).__name__, e)

def load_late(objs):
    out = []
    for o in objs:
        try:
            out.append(o.late)
        except AttributeError:
            out.append("no late")
    return out

def run_all(label, objs):
    for _ in range(3):
        r = (load_v(objs), load_w(objs), call_f(objs))
    print(label, r)

class Tup(tuple):
    # A subclass of a variable-size type keeps its __dict__ the old way
    # (tp_dictoffset), not in inline values.
    def f(self):
        return "Tup.f"

objs = [Base(1), A(2), B(3), C(4), D(5), Slotted(6), Prop(7), Tup((8,))]
objs[7].v = 8
objs[7].w = 16
# Called often enough that the default threshold compiles the loaders too.
for _ in range(1100):
    load_v(objs), load_w(objs), call_f(objs)
run_all("start", objs)
store_w(objs, 9)
run_all("stored", objs)

# A method added to a class that inherited it: the type changes.
B.f = lambda self: "B.f (added)"
run_all("method added", objs)

# An instance attribute that shadows the method on one object only.
objs[1].f = lambda: "instance f"
run_all("shadowed", objs)
del objs[1].f
run_all("unshadowed", objs)

# A materialized __dict__ (the instance leaves its inline values), then a
# method shadowed through it (the class's shared keys do not change).
d = objs[2].__dict__
d["v"] = "from __dict__"
run_all("dict", objs)
d[0] = "a key that is not a str"  # the dict stops sharing the class's keys
d["f"] = lambda: "f from __dict__"
run_all("dict shadows", objs)
objs[7].__dict__["f"] = lambda: "f from Tup's __dict__"
run_all("old-style dict shadows", objs)

# A deleted attribute: the name is in the keys, the value is gone.
del objs[3].w
run_all("deleted", objs)
objs[3].w = "back"
run_all("restored", objs)

# __setattr__, then __getattr__, added to a class after the sites cached it.
def setattr_hook(self, name, value):
    object.__setattr__(self, name, ("set", value))
Base.__setattr__ = setattr_hook
Slotted.__setattr__ = setattr_hook
store_w(objs, 11)
run_all("setattr hook", objs)
del Base.__setattr__
del Slotted.__setattr__
def getattr_hook(self, name):
    return f"__getattr__({name})"
Base.__getattr__ = getattr_hook
run_all("getattr hook", objs)
del objs[4].w
run_all("getattr hook, deleted", objs)
del Base.__getattr__
store_w(objs, 12)
run_all("hooks gone", objs)

# __class__ assignment moves an object between cached types.
objs[0].__class__ = A
objs[5] = Slotted(60)
run_all("class assigned", objs)

# An attribute no instance had when a site first looked it up, then stored.
fresh = [Base(i) for i in range(4)]
for _ in range(3):
    print("late before", load_late(fresh))
for o in fresh[:2]:
    o.late = "late value"
for _ in range(3):
    print("late after", load_late(fresh))

# A property replaced by a plain class attribute, then by an instance value.
Prop.v = "class attribute"
run_all("property gone", objs)
del Prop.v
objs[6].v = "instance value"
run_all("instance value", objs)

# __slots__ members: deleted (AttributeError), set again, a subclass that
# also has a __dict__ (the member still wins), and a member copied onto an
# unrelated class (TypeError from the member's type check).
class SlottedDict(Slotted):
    pass
sd = SlottedDict(70)
sd.__dict__["v"] = "shadowed in __dict__?"
objs[5] = Slotted(60)
objs.append(sd)
run_all("slots", objs)
del objs[5].v
run_all("slot deleted", objs)
objs[5].v = 61
run_all("slot set again", objs)
class Stranger:
    v = Slotted.__dict__["v"]
    w = Slotted.__dict__["w"]
    def f(self):
        return "Stranger.f"
objs.append(Stranger())
for _ in range(3):
    r = (load_v(objs), call_f(objs))
print("stranger", r)
store_w([objs[-1]], 1)
objs.pop()
objs.pop()

# Many classes through one site (more than any per-site cache would hold).
classes = [type(f"K{i}", (Base,), {"f": (lambda i: lambda self: f"K{i}.f")(i)}) for i in range(40)]
many = [k(i) for i, k in enumerate(classes)]
for _ in range(3):
    r = (load_v(many), call_f(many))
store_w(many, 5)
print("many", r, load_w(many)[:5])
