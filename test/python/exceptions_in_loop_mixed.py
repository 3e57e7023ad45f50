# Hot loops where occasional iterations raise different exception types (attr, key, index, type).

class A:
    def __init__(self, v):
        self.v = v


def probe(obj, key):
    try:
        return obj.v[key]
    except AttributeError:
        return "attr"
    except KeyError as e:
        return "key:%s" % e
    except IndexError:
        return "index"
    except TypeError:
        return "type"


def run(n):
    objs = [A([1, 2, 3]), A({"x": 1}), A("str"), object(), A(None), A((9,))]
    counts = {}
    for i in range(n):
        r = probe(objs[i % len(objs)], i % 4)
        counts[str(r)] = counts.get(str(r), 0) + 1
    return sorted(counts.items())


for n in range(1, 60, 7):
    print(n, run(n))


def int_or_default(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__)
    return out


for i in range(30):
    r = int_or_default(["1", 2.7, "x", None, str(i), b"5", "0x10"])
print(r)
