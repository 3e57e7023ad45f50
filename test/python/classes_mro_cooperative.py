# Cooperative super() through a deep multiple-inheritance lattice: kwargs peeled off level by
# level in __init__, super() chains in ordinary methods and properties, super(Type, obj) forms,
# and an MRO conflict TypeError.


class Root:
    def __init__(self, **kw):
        self.trail = ["Root"]
        if kw:
            self.trail.append("leftover=%s" % sorted(kw))

    def chain(self):
        return ["Root"]

    @property
    def tag(self):
        return "r"


class A(Root):
    def __init__(self, a=0, **kw):
        super().__init__(**kw)
        self.a = a
        self.trail.append("A")

    def chain(self):
        return ["A"] + super().chain()

    @property
    def tag(self):
        return "a" + super().tag


class B(Root):
    def __init__(self, b=0, **kw):
        super().__init__(**kw)
        self.b = b
        self.trail.append("B")

    def chain(self):
        return ["B"] + super().chain()

    @property
    def tag(self):
        return "b" + super().tag


class C(A, B):
    def __init__(self, c=0, **kw):
        super().__init__(**kw)
        self.c = c
        self.trail.append("C")

    def chain(self):
        return ["C"] + super().chain()


class D(B):
    def chain(self):
        return ["D"] + super().chain()


class E(C, D):
    def chain(self):
        return ["E"] + super().chain()

    @property
    def tag(self):
        return "e" + super().tag


class F(E):
    def chain(self):
        return ["F"] + super(E, self).chain()


def make_and_walk(cls, n):
    last = None
    for i in range(n):
        obj = cls(a=i, b=i * 2, c=i * 3) if cls is not Root else cls()
        last = (obj.chain(), obj.tag, obj.trail)
    return last


for cls in (A, B, C, E, F):
    for i in range(30):
        make_and_walk(cls, 2)
for cls in (C, E, F):
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
    print(" ", make_and_walk(cls, 3))
print(make_and_walk(A, 1))
obj = E(a=1, b=2, c=3, zz=9)
print(obj.trail, obj.a, obj.b, obj.c)
print(super(C, obj).chain(), super(A, obj).chain(), super(D, obj).tag)
try:
    class Bad(A, C):
        pass
except TypeError as e:
    print("TypeError", e)


class G(A):
    def chain(self):
        def inner():
            return super(G, self).chain()
        return ["G"] + inner()


print(G().chain())
try:
    super(G, 5)
except TypeError as e:
    print("TypeError", e)
