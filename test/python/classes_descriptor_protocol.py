# Descriptors with __get__/__set__/__delete__ and __set_name__, used in hot loops: typed fields,
# counters of accesses, deletion, class-level access (obj is None), errors from __set__.


class Typed:
    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_" + name
        self.gets = 0

    def __init__(self, kind):
        self.kind = kind

    def __get__(self, obj, owner):
        if obj is None:
            return "<Typed %s on %s>" % (self.name, owner.__name__)
        self.gets += 1
        try:
            return obj.__dict__[self.slot]
        except KeyError:
            raise AttributeError("%s not set" % self.name) from None

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, got %s" % (self.name, self.kind.__name__, type(value).__name__))
        obj.__dict__[self.slot] = value

    def __delete__(self, obj):
        if self.slot not in obj.__dict__:
            raise AttributeError("cannot delete unset %s" % self.name)
        del obj.__dict__[self.slot]


class Upper:
    def __get__(self, obj, owner=None):
        return None if obj is None else obj.__dict__.get("raw", "").upper()


class Point:
    x = Typed(int)
    y = Typed(int)
    label = Typed(str)
    shout = Upper()

    def __init__(self, x, y, label):
        self.x = x
        self.y = y
        self.label = label
        self.raw = label


def norm1(p):
    return abs(p.x) + abs(p.y)


def shift(p, n):
    for i in range(n):
        p.x = p.x + 1
        p.y -= 1
    return p.x, p.y


pts = [Point(i, -i, "p%d" % i) for i in range(10)]
for i in range(60):
    norm1(pts[i % 10])
print([norm1(p) for p in pts], shift(pts[2], 50))
print(Point.x, Point.label, Point.shout, pts[3].shout)
print("gets", Point.__dict__["x"].gets, Point.__dict__["y"].gets, Point.__dict__["label"].gets)
for bad in (1.5, "s", None):
    try:
        pts[0].x = bad
    except TypeError as e:
        print("TypeError", e)
try:
    pts[0].label = 5
except TypeError as e:
    print("TypeError", e)
del pts[1].x
for fn in (norm1, lambda p: shift(p, 1)):
    try:
        fn(pts[1])
    except AttributeError as e:
        print("AttributeError", e)
try:
    del pts[1].x
except AttributeError as e:
    print("AttributeError", e)
pts[1].x = 100
print(norm1(pts[1]), shift(pts[1], 3))
try:
    pts[4].shout = "no"
    print("instance shout", pts[4].shout, pts[4].__dict__["shout"])
except AttributeError as e:
    print("AttributeError", e)
total = 0
for i in range(200):
    p = pts[i % 10]
    try:
        total += norm1(p)
    except AttributeError:
        total -= 1
print("total", total)
