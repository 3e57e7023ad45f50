# Slice assignment and deletion on lists in hot loops: growing/shrinking slices, extended slices
# with steps (size must match), negative steps, assigning iterators/strings, self-assignment.


def rotate(lst, k):
    k %= len(lst)
    lst[:] = lst[k:] + lst[:k]
    return lst


def squeeze(lst):
    lst[1:-1] = [sum(lst[1:-1])]
    return lst


def evens_to_zero(lst):
    lst[::2] = [0] * len(lst[::2])
    return lst


def reverse_odds(lst):
    lst[1::2] = lst[1::2][::-1]
    return lst


def del_every_third(lst):
    del lst[::3]
    return lst


for i in range(60):
    rotate(list(range(7)), i)
    squeeze([1, 2, 3, 4, 5])
    evens_to_zero(list(range(9)))
    reverse_odds(list(range(9)))
    del_every_third(list(range(10)))
print(rotate(list(range(7)), 3), rotate(["a"], 5), squeeze([1, 2, 3, 4, 5]), squeeze([1, 2]))
print(evens_to_zero(list(range(9))), reverse_odds(list(range(9))), del_every_third(list(range(10))))
a = list(range(10))
a[2:5] = "xy"
print(a)
a[1:1] = iter([100, 101])
print(a)
a[-3:] = ()
print(a)
a[len(a):] = [7, 8]
a[:0] = [-1]
print(a)
a[8:2:-2] = ["p", "q", "r"]
print(a)
a[::-1] = a
print(a)
a[2:6] = a
print(a, len(a))
b = list(range(6))
b[10:20] = ["far"]
b[-100:1] = ["near"]
print(b)
for stmt in ("b[::2] = [1]", "b[::-1] = [1, 2]", "b[1:3] = 5", "b[::0] = []", "del b[::0]", "b[1.0:2] = []"):
    try:
        exec(stmt)
        print(stmt, "ok", b)
    except (ValueError, TypeError) as e:
        print(stmt, type(e).__name__, e)
c = list(range(10))
del c[7:2:-2]
print(c)
del c[-2:]
del c[100:]
print(c)
c[::1] = "abc"
print(c)
s = slice(1, None, 2)
d = list(range(8))
d[s] = [s.start] * 4
print(d, s.indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
