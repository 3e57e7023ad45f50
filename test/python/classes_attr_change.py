# Class attributes and methods changed mid-loop: specializations on type version must notice.

class Config:
    rate = 1

    def compute(self, x):
        return x * self.rate


def run(obj, n):
    out = []
    for i in range(n):
        out.append(obj.compute(i) + obj.rate)
    return out


def hot_loop(obj):
    totals = []
    for step in range(60):
        totals.append(obj.compute(step))
        if step == 20:
            Config.rate = 10
        if step == 40:
            Config.compute = lambda self, x: -x
    return totals


c = Config()
for i in range(30):
    r = run(c, 5)
print(r)
Config.rate = 2.5
print(run(c, 5))
c.rate = "inst"
print(run(c, 3))
c.rate = None
try:
    run(c, 3)
except TypeError as e:
    print("TypeError:", e)
del c.rate
Config.rate = 1
print(hot_loop(c))
print(run(c, 4))
del Config.compute
try:
    run(c, 1)
except AttributeError as e:
    print("AttributeError:", e)


def compute(self, x):
    return x + 1000


Config.compute = compute
print(run(c, 3))
# instance attribute shadowing a method
c.compute = lambda x: "shadow%d" % x
print([c.compute(i) for i in range(3)])
