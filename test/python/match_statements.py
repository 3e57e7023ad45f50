# match statements: literals, captures, sequences, mappings, guards, or-patterns, wildcards.

def classify(obj):
    match obj:
        case 0 | 0.0:
            return "zero"
        case True | False:
            return "bool %s" % obj
        case int(n) if n < 0:
            return "negative int %d" % n
        case int() | float():
            return "number %r" % (obj,)
        case "":
            return "empty string"
        case str(s) if s.isdigit():
            return "digit string " + s
        case str():
            return "string " + obj
        case []:
            return "empty list"
        case [x]:
            return "singleton %r" % (x,)
        case [x, y]:
            return "pair %r %r" % (x, y)
        case [first, *rest] if len(rest) > 3:
            return "long seq starting %r (+%d)" % (first, len(rest))
        case (a, b, c):
            return "triple %r" % ((a, b, c),)
        case {"type": "point", "x": x, "y": y}:
            return "point %r,%r" % (x, y)
        case {"type": t, **others}:
            return "typed %s with %s" % (t, sorted(others))
        case None:
            return "none"
        case _:
            return "other " + type(obj).__name__


def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "going " + direction
        case ["go", _]:
            return "bad direction"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown: " + cmd


samples = [0, 0.0, False, True, -5, 7, 2.5, "", "123", "abc", [], [1], [1, 2], [1, 2, 3, 4, 5],
           (1, 2, 3), {"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 3, "c": 0},
           None, {1, 2} and frozenset(), range(3), {"x": 1}]
for i in range(20):
    out = [classify(s) for s in samples]
for line in out:
    print(line)
for i in range(20):
    c = [command(s) for s in ("go north", "go up", "take key lamp", "take", "exit", "dance now")]
print(c)
