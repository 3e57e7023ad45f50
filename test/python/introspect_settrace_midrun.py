# sys.settrace turned on inside a hot function (after it ran 50 times without
# tracing) and turned off again later; the events are printed with function
# names and line numbers relative to each function's first line.
import sys

events = []
THIS = __file__


def tracer(frame, event, arg):
    if frame.f_code.co_filename != THIS:
        return None
    code = frame.f_code
    rec = (event, code.co_name, frame.f_lineno - code.co_firstlineno)
    if event == "return":
        rec += (arg if isinstance(arg, (int, str, type(None))) else type(arg).__name__,)
    if event == "exception":
        rec += (arg[0].__name__,)
    events.append(rec)
    return tracer


def square(x):
    y = x * x
    return y


def may_fail(x):
    if x % 4 == 3:
        raise ValueError(x)
    return x


def gen(n):
    for i in range(n):
        yield i


def work(n, trace_on, trace_off, trace_self):
    total = 0
    for i in range(n):
        if i == trace_on:
            sys.settrace(tracer)
            if trace_self:
                sys._getframe().f_trace = tracer
        total += square(i)
        try:
            total += may_fail(i)
        except ValueError:
            total -= 1
        if i == trace_off:
            sys.settrace(None)
            if trace_self:
                sys._getframe().f_trace = None
    total += sum(gen(3))
    return total


def caller(n, on, off, trace_self=False):
    r = work(n, on, off, trace_self)
    return r


for i in range(50):
    caller(6, -1, -1)
print("untraced:", caller(6, -1, -1), events)

r = caller(6, 2, 4)
sys.settrace(None)
print("callees traced:", r, len(events))
for e in events:
    print("  ", e)

events.clear()
r = caller(6, 1, 3, trace_self=True)
sys.settrace(None)
print("self traced:", r, len(events))
for e in events:
    print("  ", e)

events.clear()
r = caller(6, 0, 100)
sys.settrace(None)
print("traced to the end:", r, len(events))
for e in events:
    print("  ", e)
events.clear()
for i in range(50):
    caller(6, -1, -1)
print("untraced again:", caller(6, -1, -1), events)
