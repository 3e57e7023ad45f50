# assert statements failing inside hot functions, with and without messages.

def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, "out of order: %r > %r" % (a, b)
    return True


def check_positive(x):
    assert x > 0
    return x


results = []
for i in range(40):
    data = list(range(i))
    if i % 10 == 9:
        data[0], data[-1] = data[-1], data[0]
    try:
        results.append(check_sorted(data))
    except AssertionError as e:
        results.append(str(e))
print(results[-12:])
for x in (1, 2.5, 0, -3):
    try:
        print(check_positive(x))
    except AssertionError as e:
        print("AssertionError", repr(e), e.args)
try:
    assert isinstance("s", int), ("tuple", "message")
except AssertionError as e:
    print("AssertionError", e.args)
print(__debug__)
