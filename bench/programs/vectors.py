"""Small-object allocation: a particle system where every step makes new
immutable 2-D Vector objects through operator overloading (__add__,
__sub__, __mul__, __abs__), plus a bounding box per step. Most objects
live for one expression: allocation and deallocation dominate.

  python3.11 vectors.py [STEPS]
"""
import math

import _harness

CATEGORY = "alloc"
DEFAULT_SIZE = 3700
QUICK_SIZE = 25

PARTICLES = 200

# (sum of x, sum of y, bounding-box area) after the last step, rounded.
EXPECTED = {3700: (-1711.739355, -2344.756072, 715.842395),
            25: (1740.616474, -803.738108, 118683.140512)}


class Vector:
    """An immutable 2-D vector."""
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __abs__(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    __slots__ = ("position", "velocity")

    def __init__(self, position, velocity):
        self.position = position
        self.velocity = velocity


def make_particles(count):
    particles = []
    for i in range(count):
        angle = i * 0.1
        particles.append(Particle(Vector(math.cos(angle) * i, math.sin(angle) * i),
                                  Vector(-math.sin(angle), math.cos(angle))))
    return particles


def step(particles, center, dt):
    """Pull every particle towards center, damp it, move it."""
    for p in particles:
        offset = center - p.position
        distance = abs(offset) + 1.0
        pull = offset * (dt / distance)
        p.velocity = (p.velocity + pull) * 0.999
        p.position = p.position + p.velocity * dt


def bounding_box(particles):
    low = Vector(math.inf, math.inf)
    high = Vector(-math.inf, -math.inf)
    for p in particles:
        pos = p.position
        low = Vector(min(low.x, pos.x), min(low.y, pos.y))
        high = Vector(max(high.x, pos.x), max(high.y, pos.y))
    return low, high


def run(steps):
    particles = make_particles(PARTICLES)
    center = Vector(0.0, 0.0)
    for _ in range(steps):
        step(particles, center, 0.05)
        low, high = bounding_box(particles)
        center = (low + high) * 0.5
    sx = sum(p.position.x for p in particles)
    sy = sum(p.position.y for p in particles)
    size = high - low
    return round(sx, 6), round(sy, 6), round(size.x * size.y, 6)


def self_test():
    if abs(Vector(3.0, 4.0)) != 5.0 or Vector(1, 2).dot(Vector(3, 4)) != 11:
        raise AssertionError("Vector arithmetic is wrong")


def describe(size, result):
    return (f"{size} steps of {PARTICLES} particles, "
            f"sums {result[0]:.6f} {result[1]:.6f}, box {result[2]:.6f}")


if __name__ == "__main__":
    _harness.main("vectors", run, DEFAULT_SIZE, EXPECTED,
                  describe=describe, self_test=self_test)
