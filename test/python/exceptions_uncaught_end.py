# Ends with an uncaught exception raised in a hot function (traceback to stderr, status 1).

def checked_sqrt(x):
    if x < 0:
        raise ValueError("negative input: %r" % (x,))
    return x ** 0.5


def process(values):
    out = []
    for v in values:
        out.append(round(checked_sqrt(v), 6))
    return out


for i in range(50):
    r = process([i, i * 2.5])
print(r)
print(process([0, 1, 4, 9.0]))
print("about to fail")
process([4, 1, -2.5, 9])
print("not reached")
