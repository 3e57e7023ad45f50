# Float locals that start unbound and that each iteration of a loop assigns
# before reading them (nbody's `dx = b1[0] - b2[0]`): --uop-unbox carries
# them as doubles that start as a marker for "unbound". Wherever the frame
# can be seen, it must show what CPython's shows: nothing for the local
# before the first iteration assigned it, the last double after. Seen
# here: a call in the loop that reads its caller's f_locals (before and
# after the assignment, in the first iteration and later ones), locals()
# after a loop that never ran, UnboundLocalError after it, a deopt in the
# first iteration (an element that is not a float), an exception raised
# and caught around the loop, break, nested loops, and a list parameter
# the compiled code guessed to be a list getting a tuple.
import sys

def peek(names):
    """The caller's bindings of `names`, as its frame shows them."""
    f = sys._getframe(1).f_locals
    return tuple(f.get(n, "unbound") for n in names)

def pairs_step(pairs):
    seen = []
    for a, b in pairs:
        seen.append(peek(("d", "s")))
        d = a[0] - b[0]
        s = d * d + a[1] * b[1]
        seen.append(peek(("d", "s")))
    return seen, d, s

def never_runs(pairs):
    for a, b in pairs:
        d = a[0] - b[0]
        e = d * d
    return sorted(locals())

def unbound_after(pairs):
    for a, b in pairs:
        d = a[0] - b[0]
        e = d * d
    try:
        return e
    except UnboundLocalError as exc:
        return "UnboundLocalError: " + str(exc)

def deopt_first(rows):
    out = []
    for r in rows:
        x = r[0] * 2.0
        y = x * x - r[1]
        out.append(y)
    return out, x, y

def raises_inside(rows):
    try:
        for r in rows:
            q = r[0] * 3.0
            w = q / r[1]
    except ZeroDivisionError:
        return "caught", sorted(k for k in locals() if k in ("q", "w")), q
    return "done", q, w

def breaks(rows, stop):
    for r in rows:
        u = r[0] + 0.5
        v = u * u
        if v > stop:
            break
    return u, v

def nested(rows):
    total = 0.0
    for r in rows:
        for c in r:
            t = c * 1.5
            t2 = t * t
        total = total + t2
    return total, t, t2

def sums(points):
    acc = 0.0
    for p in points:
        dx = p[0] - 1.0
        dy = p[1] - 2.0
        acc = acc + dx * dx + dy * dy
    return acc

def main():
    pts = [[float(i), float(i) * 0.5] for i in range(6)]
    prs = [(pts[i], pts[j]) for i in range(6) for j in range(i + 1, 6)]
    for _ in range(15):
        seen, d, s = pairs_step(prs)
        print(seen[:4], len(seen), d, s)
        print(never_runs([]), never_runs(prs[:1]))
        print(unbound_after([]), unbound_after(prs[:2]))
        print(deopt_first([[1.0, 2.0], [3.0, 4.0]]))
        print(deopt_first([[1, 2.0], [3.5, 4]]))
        print(raises_inside([[1.0, 2.0], [2.0, 0.0]]), raises_inside([[1.0, 4.0]]))
        print(raises_inside([[1.0, 0.0]]))
        print(breaks([[1.0], [2.0], [3.0]], 5.0), breaks([[1.0]], 100.0))
        print(nested([[1.0, 2.0], [3.0], [4.0, 5.0, 6.0]]))
        print(sums(pts), sums(tuple(pts)), sums(pts))

main()
