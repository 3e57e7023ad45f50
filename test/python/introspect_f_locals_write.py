# A callee of a hot function reads (and writes) its caller's frame.f_locals:
# the values seen must be the caller's current ones; writes to the dict do
# not change the caller's fast locals in 3.11, and extra keys stay in it.
import sys


def peek(*names):
    f = sys._getframe(1)
    loc = f.f_locals
    return tuple(loc.get(n, "<unbound>") for n in names)


def poke(name, value):
    f = sys._getframe(1)
    f.f_locals[name] = value
    return sorted(k for k in f.f_locals if not k.startswith("_"))


def hot(n):
    a = n
    b = a * 2
    seen = [peek("a", "b", "c")]
    c = a + b
    a = -a
    seen.append(peek("a", "b", "c"))
    del b
    seen.append(peek("a", "b", "c"))
    keys = poke("a", 1000)
    seen.append((a, peek("a")))
    keys2 = poke("extra", n)
    seen.append(peek("extra", "a"))
    for i in range(3):
        c += i
        seen.append(peek("i", "c"))
    return seen, keys, keys2, a, c


def closure_user(n):
    cell = n

    def inner():
        return cell + 1

    before = peek("cell", "n")
    cell = inner()
    after = peek("cell", "inner")
    return before, after[0], callable(after[1])


def grandparent(n):
    x = n + 1
    return parent(n)


def parent(n):
    y = n * 10
    return sys._getframe(1).f_locals["x"], sys._getframe(0).f_locals["y"], peek("y", "n")


results = [hot(i) for i in range(50)]
for r in (results[0], results[1], results[49]):
    for part in r:
        print(part)
print([closure_user(i) for i in range(50)][-1])
print([grandparent(i) for i in range(50)][-3:])
