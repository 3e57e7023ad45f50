# contextlib.contextmanager: setup/teardown ordering, exceptions through the generator.
from contextlib import contextmanager

events = []


@contextmanager
def tag(name):
    events.append("<%s>" % name)
    try:
        yield name.upper()
    except KeyError as e:
        events.append("handled %s in %s" % (e, name))
    finally:
        events.append("</%s>" % name)


def render(n):
    with tag("html") as h:
        with tag("body"):
            for i in range(n):
                with tag("p%d" % i) as p:
                    events.append(p)
    return h


def failing(key):
    with tag("outer"):
        with tag("inner"):
            return {}[key]


for i in range(30):
    events.clear()
    h = render(i % 4)
print(h, events)
events.clear()
print(failing("k"), events)
events.clear()
try:
    with tag("v"):
        raise ValueError("escapes")
except ValueError as e:
    print("ValueError:", e, events)
