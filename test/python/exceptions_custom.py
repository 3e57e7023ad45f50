# Custom exception hierarchy with attributes, __str__, args, and catching by base class.

class AppError(Exception):
    code = 1


class NotFound(AppError):
    code = 404

    def __init__(self, key):
        super().__init__(key)
        self.key = key

    def __str__(self):
        return "not found: %r" % (self.key,)


class Invalid(AppError, ValueError):
    code = 422


class Fatal(BaseException):
    pass


DB = {"a": 1, "b": 2}


def lookup(key):
    if not isinstance(key, str):
        raise Invalid("key must be str, got %s" % type(key).__name__)
    if key not in DB:
        raise NotFound(key)
    return DB[key]


def handle(key):
    try:
        return lookup(key)
    except NotFound as e:
        return "%d %s %s" % (e.code, e, e.args)
    except ValueError as e:
        return "%d %s %s" % (e.code, e, isinstance(e, AppError))


for i in range(40):
    r = handle("ab"[i % 2])
print(r, [handle(k) for k in ("a", "zz", 5, None)])
try:
    try:
        raise Fatal("base exception")
    except Exception:
        print("not reached")
except BaseException as e:
    print("BaseException caught:", type(e).__name__, e)
e = NotFound(("x", 1))
print(repr(e), str(e), e.args, Invalid.__mro__[1].__name__)
print(repr(AppError()), repr(AppError(1, 2)), str(AppError(1, 2)))
