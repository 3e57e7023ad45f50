# json in hot loops: custom default= encoders, object_hook/object_pairs_hook decoders, JSONEncoder
# subclass, sort_keys/indent/separators, non-finite floats, and JSONDecodeError positions.
import json
from collections import OrderedDict


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def default(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    raise TypeError("cannot serialize %s" % type(o).__name__)


def hook(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


class TupleEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


def roundtrip(obj):
    s = json.dumps(obj, default=default, sort_keys=True)
    back = json.loads(s, object_hook=hook)
    return s, back


data = {"pts": [Point(i, -i) for i in range(3)], "tags": {"b", "a"}, "n": None, "ok": True, "f": 1.5, "u": "\u00e9"}
for i in range(60):
    roundtrip({"p": Point(i, i), "s": {i}})
s, back = roundtrip(data)
print(s)
print([(p.x, p.y) for p in back["pts"]], back["tags"], back["u"] == "\u00e9")
print(json.dumps({"b": [1, 2], "a": {"c": None}}, indent=2, sort_keys=True))
print(json.dumps([1, {"a": 2}], separators=(",", ":")), json.dumps("\u00e9\n\"", ensure_ascii=True), json.dumps({1: 2, True: 3, None: 4, 2.5: 5}))
print(json.dumps([float("inf"), float("-inf"), float("nan")]), json.loads("[Infinity, -Infinity, NaN]"))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
for bad in ({"x": object()}, {(1, 2): 3}, [1j]):
    try:
        json.dumps(bad, default=default)
    except TypeError as e:
        print("TypeError", e)
print(json.dumps([1j, 2 + 3j], cls=TupleEncoder))
print(json.loads('{"b": 1, "a": 2, "b": 3}'), json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads("1.10", parse_float=str), json.loads("12", parse_int=lambda s: int(s) * 2))
for text in ('{"a": 1,}', "[1, 2", '{"a" 1}', "", "tru", '"\\x"', "[1] x", "01"):
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(repr(text), "->", e.msg, e.lineno, e.colno, e.pos)


def deep(n):
    v = []
    for _ in range(n):
        v = [v]
    return v


print(len(json.dumps(deep(50))), json.loads(json.dumps(deep(5))))
try:
    json.dumps(deep(100000))
except RecursionError as e:
    print("RecursionError", e)
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError", e)
