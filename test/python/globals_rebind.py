# Globals read in hot functions and rebound mid-loop (including functions and types).

FACTOR = 2
OFFSET = 0


def helper(x):
    return x + 1


def compute(x):
    return helper(x) * FACTOR + OFFSET


def driver(n):
    global FACTOR, helper
    out = []
    for i in range(n):
        out.append(compute(i))
        if i == 10:
            FACTOR = 3
        if i == 20:
            helper = lambda x: x - 1
        if i == 30:
            FACTOR = 0.5
    return out


for i in range(30):
    r = compute(i)
print(r)
print(driver(40))
OFFSET = "no longer a number"
try:
    compute(1)
except TypeError as e:
    print("TypeError:", e)
OFFSET = 100
print(compute(4))
del OFFSET
try:
    compute(4)
except NameError as e:
    print("NameError:", e)
OFFSET = -1
globals()["FACTOR"] = 10
print(compute(4), [compute(i) for i in range(3)])
