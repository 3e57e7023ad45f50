"""Mandelbrot set: escape-time iteration of z = z*z + c over a grid, one
function call per point and one per row. Complex arithmetic written out on
floats, with an early exit per point: branchy float code.

  python3.11 mandelbrot.py [WIDTH]
"""
import _harness

CATEGORY = "float"
DEFAULT_SIZE = 840
QUICK_SIZE = 50

MAX_ITER = 50

# (points inside the set, total iterations) for the WIDTH x WIDTH grid.
EXPECTED = {840: (224583, 14239637), 50: (797, 50618)}


def escape_time(cr, ci):
    """Iterations before z escapes |z| > 2, or MAX_ITER if it never does."""
    zr = zi = 0.0
    for n in range(MAX_ITER):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return MAX_ITER


def row(y, width, height):
    """(points in the set, iterations) of row y."""
    ci = 2.0 * y / height - 1.0
    inside = 0
    iterations = 0
    for x in range(width):
        cr = 2.5 * x / width - 2.0
        n = escape_time(cr, ci)
        iterations += n
        if n == MAX_ITER:
            inside += 1
    return inside, iterations


def mandelbrot(width):
    inside = iterations = 0
    for y in range(width):
        a, b = row(y, width, width)
        inside += a
        iterations += b
    return inside, iterations


def describe(size, result):
    inside, iterations = result
    return f"{size}x{size}, {inside} points inside, {iterations} iterations"


if __name__ == "__main__":
    _harness.main("mandelbrot", mandelbrot, DEFAULT_SIZE, EXPECTED, describe=describe)
