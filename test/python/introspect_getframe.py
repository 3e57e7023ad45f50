# sys._getframe(0) and (1) in a hot function: code names, line numbers and
# f_locals, including after the locals change between two reads.
import sys


def rel(frame):
    return frame.f_lineno - frame.f_code.co_firstlineno


def show_locals(d):
    return sorted((k, v) for k, v in d.items() if isinstance(v, (int, str, tuple)))


def hot(n, tag):
    total = n * 2
    f0 = sys._getframe(0)
    first = (f0.f_code.co_name, rel(f0), show_locals(f0.f_locals))
    label = tag + str(n)
    total += 7
    n = -n
    second = (rel(sys._getframe()), show_locals(sys._getframe(0).f_locals))
    f1 = sys._getframe(1)
    caller = (f1.f_code.co_name, rel(f1), sorted(k for k in f1.f_locals if k.startswith("c_")))
    del label
    third = show_locals(sys._getframe().f_locals)
    return first, second, caller, third


def driver(rounds):
    c_out = []
    for c_i in range(rounds):
        c_res = hot(c_i, "t")
        if c_i in (0, 1, 25, 48, 49):
            c_out.append((c_i, c_res))
    return c_out


def inner_loop_lineno():
    lines = []
    for i in range(50):
        x = i * i
        lines.append(sys._getframe().f_lineno - inner_loop_lineno.__code__.co_firstlineno)
        if i % 2:
            lines.append(rel(sys._getframe()))
    return sorted(set(lines)), len(lines), x


def nested_names():
    def a():
        return b()

    def b():
        f = sys._getframe()
        names = []
        while f is not None and f.f_code.co_name != "<module>":
            names.append(f.f_code.co_name)
            f = f.f_back
        return names

    return [a() for _ in range(50)][-1]


for i, res in driver(50):
    first, second, caller, third = res
    print(i, "first:", first)
    print(i, "second:", second)
    print(i, "caller:", caller)
    print(i, "third:", third)
print("inner:", inner_loop_lineno())
print("nested:", nested_names())
print("module frame:", sys._getframe().f_code.co_name, sys._getframe(0).f_back)
