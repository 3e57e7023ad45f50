# inspect.stack() and inspect.currentframe() from hot functions: function
# names and line numbers (relative to each function's first line).
import inspect


def summary(stack):
    out = []
    for fi in stack:
        if fi.function == "<module>":
            out.append(("<module>",))
            break
        out.append((fi.function, fi.lineno - fi.frame.f_code.co_firstlineno,
                    (fi.code_context or [""])[0].strip()))
    return out


def leaf(k):
    if k % 2:
        st = inspect.stack()
    else:
        st = inspect.stack(context=1)
    return summary(st)


def middle(k):
    r = leaf(k)
    return r


class Holder:
    def method(self, k):
        return middle(k)

    @property
    def prop(self):
        return summary(inspect.stack(0))


def gen_user(n):
    for i in range(n):
        yield summary(inspect.stack(0))[:2]


results = []
h = Holder()
for i in range(50):
    results.append(h.method(i))
    p = h.prop
print(results[0])
print(results[1])
print(results[49])
print(len(set(map(str, results))), "distinct stacks")
print(p)
print(list(gen_user(3))[-1])
print([summary(inspect.stack(0))[0] for _ in range(2)])


def current_lines():
    f = inspect.currentframe()
    a = f.f_lineno
    b = f.f_lineno
    info = inspect.getframeinfo(f)
    return b - a, info.function, info.lineno - f.f_code.co_firstlineno, inspect.getouterframes(f, 0)[1].function


print([current_lines() for _ in range(50)][-1])
