# Class patterns with __match_args__, dataclasses, nested patterns, and value patterns (dotted names).
from dataclasses import dataclass
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Line:
    start: Point
    end: Point


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return "on y axis at %d" % y
        case Point(x, y) if x == y:
            return "diagonal %d" % x
        case Point():
            return "point"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return "vertical line x=%d" % x1
        case Line(start=Point(y=0), end=e):
            return "line from x-axis to %r" % (e,)
        case Line():
            return "line"
        case Circle(Point(0, 0), r):
            return "centered circle r=%s" % r
        case Circle(center=c, radius=r) if r > 10:
            return "big circle at %r" % (c,)
        case Circle(_, _):
            return "circle"
        case Color.RED:
            return "red"
        case Color():
            return "some color %s" % shape.name
        case _:
            return "unknown"


shapes = [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Line(Point(1, 0), Point(1, 9)),
          Line(Point(2, 0), Point(5, 5)), Line(Point(1, 1), Point(2, 2)), Circle(Point(0, 0), 4),
          Circle(Point(1, 1), 11), Circle(Point(1, 1), 2), Color.RED, Color.GREEN, "str"]
for i in range(30):
    res = [describe(s) for s in shapes]
for r in res:
    print(r)
try:
    match Circle(1, 2):
        case Circle(a, b, c):
            pass
except TypeError as e:
    print("TypeError:", e)
