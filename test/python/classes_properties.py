# Properties with getters/setters/deleters, validation errors, computed attributes.

class Temperature:
    def __init__(self, celsius):
        self._c = 0
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero: %r" % value)
        self._c = value

    @celsius.deleter
    def celsius(self):
        self._c = 0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


class Lazy:
    computed = 0

    @property
    def value(self):
        Lazy.computed += 1
        return 42


def convert_all(values):
    t = Temperature(0)
    out = []
    for v in values:
        t.celsius = v
        out.append(t.fahrenheit)
    return out


for i in range(40):
    r = convert_all(range(i))
print(r[-3:])
print(convert_all([0.5, -40, 100.25]))
t = Temperature(25)
del t.celsius
print(t.celsius, t.fahrenheit)
try:
    convert_all([10, -300])
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
lz = Lazy()
print(sum(lz.value for _ in range(10)), Lazy.computed)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
