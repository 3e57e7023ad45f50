# raise ... from ..., implicit chaining (__context__), suppress context (from None).

class ParseError(Exception):
    pass


def parse_int(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError("bad int %r" % s) from e


def parse_quiet(s):
    try:
        return int(s)
    except ValueError:
        raise ParseError("quiet %r" % s) from None


def implicit(s):
    try:
        return int(s)
    except ValueError:
        return {}["missing"]


def describe(exc):
    parts = []
    while exc is not None:
        parts.append("%s(%s)" % (type(exc).__name__, exc))
        exc = exc.__cause__ or exc.__context__
    return " <- ".join(parts)


for i in range(40):
    v = parse_int(str(i))
print(v)
for f in (parse_int, parse_quiet, implicit):
    for s in ("12", "x1"):
        try:
            print(f.__name__, s, f(s))
        except Exception as e:
            print(f.__name__, s, describe(e), e.__suppress_context__, e.__cause__ is None)
try:
    try:
        parse_int("zz")
    except ParseError as pe:
        raise RuntimeError("wrapped") from pe
except RuntimeError as e:
    print(describe(e))
