# isinstance(x, C) compiled (PRECALL_NO_KW_ISINSTANCE): an exact type
# answers True without a call, as CPython's object_recursive_isinstance
# does first, so a metaclass's __instancecheck__ is not asked then; every
# other case goes to PyObject_IsInstance: subclasses, tuples of classes,
# a __instancecheck__ that says no or raises, bool against int.


class Meta(type):
    def __instancecheck__(cls, obj):
        if getattr(obj, "boom", False):
            raise ValueError("instancecheck says boom")
        return getattr(obj, "claims", False)


class Picky(metaclass=Meta):
    pass


class Sub(Picky):
    pass


class Other:
    def __init__(self, claims=False, boom=False):
        self.claims = claims
        self.boom = boom


def classify(items, cls):
    out = []
    for x in items:
        out.append(isinstance(x, cls))
    return out


items = [Picky(), Sub(), Other(), Other(claims=True), 1, True, 2.5, "s"]
for _ in range(30):
    classify(items[:4], Picky)
    classify(items, int)
    classify(items, (str, float))
print("Picky", classify(items[:4], Picky))
print("int", classify(items, int))
print("str/float", classify(items, (str, float)))
print("object", classify(items, object))
try:
    classify([Picky(), Other(boom=True)], Picky)
except ValueError as e:
    print("ValueError", e)
try:
    classify([1], 3)
except TypeError as e:
    print("TypeError", e)
