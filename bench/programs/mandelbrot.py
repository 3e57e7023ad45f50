"""Mandelbrot set: escape-time iteration of z = z*z + c over a grid, one
function call per point and one per row. Complex arithmetic written out on
floats, with an early exit per point: branchy float code.

  python3.11 mandelbrot.py [WIDTH]
"""
import sys

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


def check(size, checksum):
    """Exit 1 if the checksum for a known size is wrong."""
    expected = EXPECTED.get(size)
    if expected is not None and checksum != expected:
        print(f"mandelbrot: FAIL: checksum {checksum!r}, expected {expected!r} (size {size})")
        sys.exit(1)


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    inside, iterations = mandelbrot(size)
    check(size, (inside, iterations))
    print(f"mandelbrot: {size}x{size}, {inside} points inside, {iterations} iterations")


if __name__ == "__main__":
    main()
