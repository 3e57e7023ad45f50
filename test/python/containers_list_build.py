# list.append/extend/insert/pop in loops, list methods, sorting in place.

def build(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return out


def filter_evens(xs):
    res = []
    for x in xs:
        if x % 2 == 0:
            res.append(x)
    return res


def stack_ops(n):
    st = []
    popped = []
    for i in range(n):
        st.append(i)
        if i % 3 == 2:
            popped.append(st.pop())
    st.insert(0, -1)
    st.extend(popped[:3])
    st.remove(-1)
    return st, popped


def misc(xs):
    ys = list(xs)
    ys.reverse()
    ys.sort()
    return ys.index(ys[-1]), ys.count(ys[0]), ys[:3], min(ys), max(ys), sum(ys) if ys and not isinstance(ys[0], str) else None


for n in range(50):
    b = build(n)
print(b[-5:], len(b))
print(filter_evens(b)[:10], filter_evens([2.0, 3.0, 4.5, 6.0]))
for n in range(30):
    s = stack_ops(n)
print(s)
print(misc([5, 3, 9, 3, 1]), misc([2.5, -1.0, 2.5]), misc(["pear", "apple", "fig"]))
lst = [0] * 5
for i in range(5):
    lst[i] = [i] * i
print(lst, [[1, 2]] * 2)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
