# Python 3.11 exception groups and except* handling inside hot functions.

def risky(i):
    errors = []
    if i % 2:
        errors.append(ValueError("odd %d" % i))
    if i % 3 == 0:
        errors.append(TypeError("triple %d" % i))
    if i % 5 == 0:
        errors.append(KeyError(i))
    if errors:
        raise ExceptionGroup("batch %d" % i, errors)
    return i


def handle(i):
    seen = []
    try:
        risky(i)
    except* ValueError as eg:
        seen.append("V%d" % len(eg.exceptions))
    except* TypeError as eg:
        seen.append("T:" + ",".join(str(e) for e in eg.exceptions))
    return seen


out = []
for i in range(1, 30):
    try:
        out.append((i, handle(i)))
    except ExceptionGroup as eg:
        out.append((i, "leftover", [repr(e) for e in eg.exceptions]))
for item in out[:12]:
    print(item)
eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
try:
    raise ExceptionGroup("x", [OSError("disk")])
except* OSError as g:
    print("caught", g.exceptions)
