# Methods monkeypatched on the class, on a base class, and on single instances in the middle of
# hot loops that call them; the new code must be called at once.


class Greeter:
    def greet(self, who):
        return "hello " + who


class Loud(Greeter):
    pass


def call_many(objs, who, n, patch_at=None, patch=None):
    out = []
    for i in range(n):
        if i == patch_at:
            patch()
        out.append(tuple(o.greet(who) for o in objs))
    return out[0], out[-1], len(set(out))


g, l = Greeter(), Loud()
objs = [g, l]
for i in range(60):
    call_many(objs, "a", 2)


def patch_base():
    Greeter.greet = lambda self, who: "hi " + who


def patch_sub():
    Loud.greet = lambda self, who: "HI " + who.upper()


def patch_instance():
    g.greet = lambda who: "instance-only " + who


def unpatch_instance():
    del g.greet


def unpatch_sub():
    del Loud.greet


orig = Greeter.greet
print(call_many(objs, "bob", 6, 3, patch_base))
print(call_many(objs, "bob", 6, 3, patch_sub))
print(call_many(objs, "bob", 6, 3, patch_instance))
print(call_many(objs, "bob", 6, 3, unpatch_instance))
print(call_many(objs, "bob", 6, 3, unpatch_sub))


def restore():
    Greeter.greet = orig


print(call_many(objs, "bob", 6, 3, restore))


class Counter:
    def __init__(self):
        self.n = 0

    def step(self):
        self.n += 1
        return self.n


def drive(c, n, patch):
    total = 0
    for i in range(n):
        total += c.step()
        if patch and i == n // 2:
            Counter.step = lambda self: -1
    return total


c = Counter()
for i in range(60):
    drive(c, 3, False)
print(c.n, drive(c, 10, True), c.n, drive(c, 4, False))


class Shape:
    def area(self):
        return 0

    def describe(self):
        return "%s:%s" % (type(self).__name__, self.area())


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


def describe_all(shapes):
    return [s.describe() for s in shapes]


shapes = [Sq(i) for i in range(4)] + [Shape()]
for i in range(60):
    describe_all(shapes)
print(describe_all(shapes))
Sq.area = lambda self: self.s + 100
print(describe_all(shapes))
Shape.describe = lambda self: "patched-%s" % self.area()
print(describe_all(shapes))
del Sq.area
print(describe_all(shapes))
