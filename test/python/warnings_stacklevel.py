# warnings.warn from hot functions with stacklevel 1/2/3 (the reported line depends on the caller
# frames), filters ("always", "error", "ignore", "once"), catch_warnings(record=True), and the
# default stderr format, all deterministic.
import warnings


def deprecated_api(x):
    warnings.warn("deprecated_api is deprecated", DeprecationWarning, stacklevel=2)
    return x + 1


def helper(x):
    return deprecated_api(x)


def level3(x):
    warnings.warn("level3 warning", UserWarning, stacklevel=3)
    return x


def via_helper(x):
    return level3(x)


def hot(n):
    total = 0
    for i in range(n):
        total += helper(i)
    return total


with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("always")
    print(hot(60))
    via_helper(1)
    print(len(rec), sorted({(w.category.__name__, w.lineno, str(w.message)) for w in rec}))
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("default")
    hot(60)
    for i in range(3):
        via_helper(i)
    print(len(rec), [(w.lineno, w.filename.endswith("warnings_stacklevel.py")) for w in rec])
with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        hot(5)
    except DeprecationWarning as e:
        print("raised as error:", e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(hot(10))
warnings.simplefilter("always")
warnings.formatwarning = lambda msg, cat, fn, lineno, line=None: "W:%s:%d:%s\n" % (cat.__name__, lineno, msg)
helper(1)
via_helper(2)
warnings.warn("module level", RuntimeWarning)
warnings.warn_explicit("explicit", SyntaxWarning, "fake.py", 42)
import sys
sys.stderr.flush()
print("done")
