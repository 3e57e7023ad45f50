# %-formatting, str.format, and common str methods in hot loops.

def percent(i, name, ratio):
    return "%04d %-6s %.3f %5.1f%% %r %x" % (i, name, ratio, ratio * 100, name, i)


def fmt(i, name):
    return "{0}:{1}:{0}|{n:>6}|{x:.2f}".format(i, name, n=name, x=i / 7)


def methods(s):
    return (s.upper(), s.lower(), s.title(), s.strip(), s.lstrip("x"), s.rstrip("y "),
            s.replace("a", "4"), s.find("b"), s.count("a"), s.startswith(" "), s.endswith("y"),
            s.isalpha(), s.isdigit(), s.center(14, "*"), s.zfill(12), s.swapcase())


words = ["apple", "banana", "cherry", "date"]
for i in range(50):
    r = percent(i, words[i % 4], i / 9)
print(r)
print(percent(2 ** 40, "big", 1 / 3))
for i in range(30):
    r = fmt(i, words[i % 4])
print(r)
for s in ["  abc  ", "xxbanana", "Hello World", "12345", "already TITLE yy "]:
    print(methods(s))
print("%s and %s" % ("a", "b"), "%(k)s=%(v)d" % {"k": "key", "v": 5}, "%c%c" % (72, "i"))
print("{:,}".format(10 ** 12), "{:_b}".format(1023), "{!r:>10}".format("q"))
print("a,b,,c".split(","), "a b  c".split(), "k=v=w".partition("="), "k=v=w".rpartition("="))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "{0} {2}".format(1, 2)
except IndexError as e:
    print("IndexError:", e)
