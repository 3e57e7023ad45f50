# Default arguments: immutable, mutable (shared list), None sentinel, changed __defaults__.

def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


def append_to(x, acc=[]):
    acc.append(x)
    return len(acc)


def append_safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc


def scaled(x, factor=2):
    return x * factor


for i in range(50):
    g = greet("n%d" % i)
print(g, greet("Bob", "Hi"), greet("Eve", punct="?"), greet(punct=".", name="Al"))
for i in range(30):
    n = append_to(i)
print(n, append_to(0, []), append_to.__defaults__[0][:5])
print(append_safe(1), append_safe(2), append_safe(3, [0]))
for i in range(40):
    s = scaled(i)
print(s)
scaled.__defaults__ = (10,)
print(scaled(4), scaled(4, 3))
scaled.__defaults__ = ("!",)
print(scaled(3))
scaled.__defaults__ = None
try:
    scaled(3)
except TypeError as e:
    print("TypeError:", e)
