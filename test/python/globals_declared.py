# global statements inside functions; counters; global created inside a function.

total = 0
calls = 0


def add(x):
    global total, calls
    total += x
    calls += 1
    return total


def create():
    global created
    created = "made by create()"


def read_created():
    return created


def reset():
    global total
    total = 0.0


for i in range(100):
    add(i)
print(total, calls)
reset()
for i in range(10):
    add(0.5)
print(total, calls)
try:
    read_created()
except NameError as e:
    print("NameError:", e)
create()
for i in range(20):
    rc = read_created()
print(rc)
del created
try:
    read_created()
except NameError as e:
    print("NameError:", e)
total = "s"
add("t")
print(total, calls)
