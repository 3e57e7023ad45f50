"""Polymorphic shapes: a scene of circles, rectangles, squares and
triangles (a small class hierarchy with overridden methods, properties and
super() calls) is scaled, moved and measured over and over: the dynamic
dispatch and attribute access of everyday object-oriented Python.

  python3.11 shapes.py [ROUNDS]
"""
import math
import random

import _harness

CATEGORY = "oo"
DEFAULT_SIZE = 1400
QUICK_SIZE = 10

SHAPES = 400

# (total area, total perimeter) of the final scene, rounded to 6 digits.
EXPECTED = {1400: (18973.000906, 11806.374699, 896418), 10: (18914.855988, 11806.60399, 4299)}


class Shape:
    """Base class: a position and a name; subclasses say their size."""

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def scale(self, factor):
        raise NotImplementedError

    def is_large(self):
        return self.area() > 50.0


class Circle(Shape):
    def __init__(self, x, y, radius):
        super().__init__(x, y)
        self.radius = radius

    def area(self):
        return math.pi * self.radius * self.radius

    def perimeter(self):
        return 2.0 * math.pi * self.radius

    def scale(self, factor):
        self.radius *= factor


class Rectangle(Shape):
    def __init__(self, x, y, width, height):
        super().__init__(x, y)
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2.0 * (self.width + self.height)

    def scale(self, factor):
        self.width *= factor
        self.height *= factor


class Square(Rectangle):
    def __init__(self, x, y, side):
        super().__init__(x, y, side, side)

    @property
    def side(self):
        return self.width


class Triangle(Shape):
    def __init__(self, x, y, a, b, c):
        super().__init__(x, y)
        self.a = a
        self.b = b
        self.c = c

    def area(self):
        s = self.perimeter() / 2.0
        return math.sqrt(max(s * (s - self.a) * (s - self.b) * (s - self.c), 0.0))

    def perimeter(self):
        return self.a + self.b + self.c

    def scale(self, factor):
        self.a *= factor
        self.b *= factor
        self.c *= factor


class Scene:
    """A list of shapes and the operations applied to all of them."""

    def __init__(self, shapes):
        self.shapes = shapes

    def total_area(self):
        total = 0.0
        for shape in self.shapes:
            total += shape.area()
        return total

    def total_perimeter(self):
        total = 0.0
        for shape in self.shapes:
            total += shape.perimeter()
        return total

    def step(self, t):
        """Move everything; grow the small shapes, shrink the large ones."""
        large = 0
        for shape in self.shapes:
            shape.move(0.5, -0.25)
            if shape.is_large():
                shape.scale(0.9)
                large += 1
            else:
                shape.scale(1.05 + 0.001 * (t % 3))
        return large


def make_scene(rng):
    shapes = []
    for i in range(SHAPES):
        x, y = rng.uniform(0, 100), rng.uniform(0, 100)
        kind = i % 4
        if kind == 0:
            shapes.append(Circle(x, y, rng.uniform(1, 4)))
        elif kind == 1:
            shapes.append(Rectangle(x, y, rng.uniform(1, 6), rng.uniform(1, 6)))
        elif kind == 2:
            shapes.append(Square(x, y, rng.uniform(1, 6)))
        else:
            a, b = rng.uniform(2, 6), rng.uniform(2, 6)
            shapes.append(Triangle(x, y, a, b, rng.uniform(abs(a - b) + 0.1, a + b - 0.1)))
    return Scene(shapes)


def run(rounds):
    scene = make_scene(random.Random(7))
    large = 0
    for t in range(rounds * 5):
        large += scene.step(t)
    return round(scene.total_area(), 6), round(scene.total_perimeter(), 6), large


def describe(size, result):
    return (f"{size} rounds, area {result[0]:.6f}, perimeter {result[1]:.6f}, "
            f"{result[2]} shrinks")


if __name__ == "__main__":
    _harness.main("shapes", run, DEFAULT_SIZE, EXPECTED, describe=describe)
