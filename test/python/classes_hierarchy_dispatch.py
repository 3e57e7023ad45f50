# A class hierarchy with overridden methods called in a hot polymorphic loop.
import math


class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__)

    def describe(self):
        return "%s with area %.2f" % (self.name(), self.area())

    def name(self):
        return type(self).__name__.lower()


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

    def name(self):
        return "square(%s)" % self.w


class Blob(Shape):
    pass


def total_area(shapes):
    t = 0
    for s in shapes:
        t += s.area()
    return t


shapes = [Circle(1), Rect(2, 3), Square(4), Circle(0.5)]
for i in range(40):
    ta = total_area(shapes)
print(round(ta, 6))
for i in range(20):
    shapes.append([Rect(i, 1), Square(i), Circle(i)][i % 3])
    ta = total_area(shapes)
print(round(ta, 6))
print([s.describe() for s in shapes[:5]])
try:
    total_area(shapes + [Blob()])
except NotImplementedError as e:
    print("NotImplementedError:", e)
Rect.area = lambda self: -1
print(round(total_area(shapes), 6))
