# global statements in nested functions and methods, nonlocal next to global, globals() dict
# written directly, names deleted from globals while hot functions read them.

counter = 0
config = {"mode": "a"}


def outer():
    x = "outer-local"

    def inner():
        global counter
        counter += 1
        return counter

    def inner_nonlocal():
        nonlocal x
        x = x + "!"
        return x

    return inner, inner_nonlocal


class Tracker:
    def bump(self):
        global counter
        counter += 10
        return counter

    def read(self):
        return counter


def reader():
    return counter, config["mode"]


def via_globals_dict(name, value):
    globals()[name] = value


def maybe_missing():
    try:
        return dynamic_name
    except NameError as e:
        return "NameError: %s" % e


def create_global():
    global created_late
    created_late = "made"


inc, nl = outer()
t = Tracker()
for i in range(60):
    inc()
    reader()
    maybe_missing()
print(counter, nl(), nl(), t.bump(), t.read(), reader())
via_globals_dict("counter", -5)
print(reader(), inc(), t.read())
via_globals_dict("dynamic_name", "now defined")
print(maybe_missing())
del globals()["dynamic_name"]
print(maybe_missing())
config = {"mode": "b"}
print(reader())
try:
    print(created_late)
except NameError as e:
    print("NameError", e)
create_global()
print(created_late)


def deleter():
    global counter
    del counter


deleter()
for fn in (reader, inc, t.read):
    try:
        fn()
    except NameError as e:
        print(fn.__name__, "NameError", e)
counter = 100
print(reader(), inc())


def shadow_test():
    counter = "local"

    def g():
        global counter
        return counter

    def n():
        return counter
    return g(), n()


print(shadow_test())
ns = {"counter": 7}
exec("def f():\n    global counter\n    counter += 1\n    return counter\n", ns)
print(ns["f"](), ns["f"](), counter)
