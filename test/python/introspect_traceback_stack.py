# traceback.extract_stack() from hot functions (names and line numbers), and
# traceback.format_exc() of an exception raised three frames down and caught.
import os
import re
import traceback


def strip_paths(text):
    return re.sub(r'File "([^"]*)"', lambda m: 'File "%s"' % os.path.basename(m.group(1)), text)


def stack_here():
    return [(fs.name, fs.lineno, fs.line) for fs in traceback.extract_stack()
            if os.path.basename(fs.filename) == os.path.basename(__file__)]


def two(i):
    if i % 3 == 0:
        return stack_here()
    return [("two", i % 3)] + stack_here()


def one(i):
    s = two(i)
    return s


def deep3(x):
    return {"a": 1}[x]


def deep2(x):
    y = deep3(x)
    return y


def deep1(x):
    return deep2(x) + 1


def catcher(x):
    try:
        return deep1(x)
    except KeyError:
        return strip_paths(traceback.format_exc())


def catcher_limit(x):
    try:
        deep1(x)
    except KeyError as e:
        return [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)], \
            strip_paths("".join(traceback.format_exception(e, limit=2)))


stacks = [one(i) for i in range(50)]
print(stacks[0])
print(stacks[1])
print(stacks[49])
outs = [catcher("b" if i % 10 == 9 else "a") for i in range(50)]
print(outs[:9])
print(outs[9], end="")
print(outs[49] == outs[9], len(set(outs)))
tb, text = [catcher_limit(k) for k in ("zz",) * 50][-1]
print(tb)
print(text, end="")
print(strip_paths("".join(traceback.format_stack(limit=3))), end="")
