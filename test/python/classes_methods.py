# Instance methods, classmethods, staticmethods, bound method objects, instance dicts.

class Vector:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def describe(v):
        return "V(%s, %s)" % (v.x, v.y)


def work(n):
    acc = 0
    v = Vector(1, 2)
    for i in range(n):
        w = v.scale(i)
        acc += w.norm2() + v.dot(w)
    return acc


for i in range(40):
    r = work(i)
print(r)
v = Vector(1.5, -2)
print(v.norm2(), Vector.describe(v.scale(2)), Vector.describe(Vector.origin()), Vector.dims)
m = v.norm2
print(m(), m.__self__ is v, m.__func__ is Vector.norm2, Vector.norm2(v))
v.extra = "dynamic"
print(sorted(vars(v).items(), key=lambda kv: kv[0]))
norms = [Vector(i, i + 1).norm2 for i in range(5)]
print([f() for f in norms])
try:
    v.missing()
except AttributeError as e:
    print("AttributeError:", e)
try:
    Vector.norm2()
except TypeError as e:
    print("TypeError:", e)
