# Metaclasses: __new__ adding methods, __call__ controlling instantiation (singletons, caching),
# __prepare__ recording definition order, __instancecheck__, and class-level __getattr__ on the
# metaclass, used from hot functions.


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {"_order": []}

    def __new__(mcs, name, bases, ns, **kw):
        ns["_order"] = [k for k in ns if not k.startswith("_")]
        ns["describe"] = lambda self: "%s(%s)" % (name, ",".join(ns["_order"]))
        return super().__new__(mcs, name, bases, ns)

    def __getattr__(cls, name):
        if name.startswith("dyn_"):
            return name[4:] * 2
        raise AttributeError(name)


class Shape(metaclass=Ordered):
    sides = 0
    color = "none"

    def area(self):
        return 0


class Square(Shape):
    side = 2

    def area(self):
        return self.side ** 2


class Singleton(type):
    instances = {}

    def __call__(cls, *args):
        key = (cls.__name__,) + args
        if key not in Singleton.instances:
            Singleton.instances[key] = super().__call__(*args)
        return Singleton.instances[key]


class Conn(metaclass=Singleton):
    made = 0

    def __init__(self, host):
        Conn.made += 1
        self.host = host


class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Quacker(metaclass=Duck):
    pass


class RealDuck:
    def quack(self):
        return "quack"


def use(n):
    out = []
    for i in range(n):
        c = Conn("h%d" % (i % 3))
        out.append(c.host)
    return out


for i in range(60):
    use(3)
    Square().area()
print(use(5), Conn.made, len(Singleton.instances), Conn("h1") is Conn("h1"))
print(Shape._order, Square._order, Square().describe(), Shape().describe(), Square().area())
print(Shape.dyn_ab, Square.dyn_xyz)
try:
    Shape.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    Shape().dyn_ab
except AttributeError as e:
    print("AttributeError", e)


def checks(objs):
    return [isinstance(o, Quacker) for o in objs]


for i in range(60):
    checks([1, RealDuck()])
print(checks([1, RealDuck(), "s"]), issubclass(RealDuck, Quacker), issubclass(int, Quacker))
print(type(Shape).__name__, type(Square).__name__, type(Conn).__name__, type(type).__name__)
Meta = type("Meta", (type,), {"greet": lambda cls: "hello from " + cls.__name__})
Dyn = Meta("Dyn", (), {"x": 1})
print(Dyn.greet(), Dyn.x, type(Dyn).__name__)
try:
    Dyn().greet()
except AttributeError as e:
    print("AttributeError", e)
try:
    class Both(Shape, Conn):
        pass
except TypeError as e:
    print("TypeError", e)
