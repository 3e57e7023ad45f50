# sys.setprofile turned on after the functions are hot: the names of the
# profile events (call/return, c_call/c_return/c_exception) and functions.
import sys

events = []
THIS = __file__


def profiler(frame, event, arg):
    if event.startswith("c_"):
        events.append((event, getattr(arg, "__name__", "?")))
    elif frame.f_code.co_filename == THIS:
        events.append((event, frame.f_code.co_name))


def leaf(x):
    return len(str(x))


def raiser(x):
    if x % 3 == 2:
        raise KeyError(x)
    return x


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def gen(n):
    for i in range(n):
        yield i


def work(n):
    t = 0
    for i in range(n):
        t += leaf(i)
        try:
            t += raiser(i)
        except KeyError:
            t -= 1
        t += Box(i).get()
    t += sum(gen(2))
    t += max([1, 2])
    try:
        int("x")
    except ValueError:
        t += 100
    return t


for i in range(50):
    work(4)
sys.setprofile(profiler)
r = work(4)
sys.setprofile(None)
print("result", r, "events", len(events))
for e in events:
    print("  ", e)
events.clear()
for i in range(50):
    work(4)
print("after profiling off:", work(4), events)


def turns_on(n):
    t = 0
    for i in range(n):
        if i == 2:
            sys.setprofile(profiler)
        t += leaf(i)
        if i == 4:
            sys.setprofile(None)
    return t


for i in range(50):
    turns_on(0)
print("mid-run:", turns_on(6))
for e in events:
    print("  ", e)
