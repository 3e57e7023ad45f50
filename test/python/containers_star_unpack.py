# Extended unpacking (*rest), star in calls and displays, dict ** merging.

def head_tail(seq):
    head, *tail = seq
    return head, tail


def ends(seq):
    first, *middle, last = seq
    return first, middle, last


def merge(*dicts, **extra):
    return {**dicts[0], **(dicts[1] if len(dicts) > 1 else {}), **extra}


def combine(a, b):
    return [*a, *b], (*a, 0, *b), {*a, *b} == set(a) | set(b)


for i in range(2, 40):
    r = ends(range(i))
print(r)
print(head_tail([1]), head_tail("abc"), head_tail(range(4)), ends("xy"), ends((1, 2, 3)))
for i in range(30):
    m = merge({"a": i}, {"b": 2, "a": 0}, c=3)
print(m, merge({"x": 1}))
print(combine([1, 2], (3, 4)), combine("ab", "cd"))
*init, last = [1, 2, 3]
a, *b, c, d = "hello"
print(init, last, a, b, c, d)
print(*range(3), sep="-")
print(max(*[3, 9, 2]), [*{"k": 1}], {**{"a": 1}, "a": 2})
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
