# In-place operators on locals, attributes, subscripts, and globals.

counter = 0


class Box:
    def __init__(self):
        self.v = 0


def bump_all(n):
    global counter
    b = Box()
    lst = [0, 0]
    d = {"k": 1}
    x = 1
    for i in range(n):
        counter += 1
        b.v += i
        lst[i % 2] += i
        d["k"] *= 2
        x <<= 1
        x |= 1
    return b.v, lst, d["k"], x


def ops(a, b):
    a += b
    a -= 1
    a *= 2
    a //= 3
    a **= 2
    a %= 1000003
    return a


for i in range(40):
    r = bump_all(i)
print(r, counter)
print([ops(i, i + 1) for i in range(20)])
print(ops(2 ** 70, 3), ops(2.5, 0.5))
s = "x"
for i in range(5):
    s *= 2
print(len(s))
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias is lst)
t = (1,)
alias_t = t
t += (2,)
print(t, alias_t)
