# sys.settrace switched on mid-run inside a hot function and switched off again.
import sys

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        events.append((event, frame.f_code.co_name, frame.f_lineno - FIRST))
    return tracer


def square(x):
    y = x * x
    return y


def maybe_raise(x):
    if x == 2:
        raise ValueError(x)
    return x


def work(n, trace_at):
    total = 0
    for i in range(n):
        if i == trace_at:
            sys.settrace(tracer)
        total += square(i)
        try:
            maybe_raise(i)
        except ValueError:
            total += 1000
        if i == trace_at + 1:
            sys.settrace(None)
    return total


def gen(n):
    for i in range(n):
        yield i


FIRST = square.__code__.co_firstlineno
for i in range(40):
    r = work(6, 100)
print("untraced", r)
print("traced", work(6, 1))
for e in events:
    print(e)
events.clear()
sys.settrace(tracer)
s = sum(gen(2))
sys.settrace(None)
print(s, events)
print(sys.gettrace())
