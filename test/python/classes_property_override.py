# Properties whose setters raise, properties replaced on the class by plain values (and back)
# mid-loop, and subclass properties overriding base class attributes.


class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero: %r" % v)
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


class Base:
    size = 3

    def area(self):
        return self.size * self.size


class Derived(Base):
    @property
    def size(self):
        return 5


def heat(t, steps, delta):
    errors = 0
    for i in range(steps):
        try:
            t.celsius = t.celsius + delta
        except ValueError:
            errors += 1
    return round(t.celsius, 2), round(t.fahrenheit, 2), errors


def read_f(t):
    return t.fahrenheit


t = Temp(0)
for i in range(60):
    read_f(t)
print(heat(t, 20, 5), heat(t, 50, -10), heat(Temp(1.5), 3, 0.25))
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    del t.celsius
except AttributeError as e:
    print("AttributeError", e)
saved = Temp.fahrenheit
Temp.fahrenheit = "constant"
print(read_f(t))
Temp.fahrenheit = saved
print(read_f(t))
Temp.fahrenheit = property(lambda self: -self._c)
print(read_f(t))
Temp.fahrenheit = saved
print(read_f(t))


def areas(objs):
    return [o.area() for o in objs]


objs = [Base(), Derived(), Base()]
for i in range(60):
    areas(objs)
print(areas(objs))
try:
    objs[1].size = 9
except AttributeError as e:
    print("AttributeError", e)
objs[0].size = 4
print(areas(objs))
Derived.size = 6
print(areas(objs))
del Derived.size
print(areas(objs))
Base.size = property(lambda self: 7)
print(areas(objs))


class Validated:
    def _get(self):
        return self.__dict__.get("v", 0)

    def _set(self, v):
        if not isinstance(v, int):
            raise TypeError("int required, got %s" % type(v).__name__)
        self.__dict__["v"] = v

    v = property(_get, _set, None, "a validated int")


def assign_many(obj, values):
    ok = []
    for val in values:
        try:
            obj.v = val
            ok.append(obj.v)
        except TypeError as e:
            ok.append(str(e))
    return ok


for i in range(60):
    assign_many(Validated(), [i])
print(assign_many(Validated(), [1, 2.0, "3", 4, None, True]), Validated.v.__doc__)
