# Class attributes shadowed by instance attributes in the middle of a hot loop (and un-shadowed by
# del), for plain values, methods, and non-data vs data descriptors.


class NonData:
    def __get__(self, obj, owner):
        return "nondata-get"


class Data:
    def __get__(self, obj, owner):
        return "data-get"

    def __set__(self, obj, value):
        obj.__dict__["_data_store"] = value


class Thing:
    limit = 10
    nd = NonData()
    dd = Data()

    def method(self):
        return "class-method"


def read_all(t):
    return t.limit, t.nd, t.dd, t.method()


def loop(t, n, action_at, action):
    seen = []
    for i in range(n):
        if i == action_at:
            action(t)
        seen.append(read_all(t))
    return seen[0], seen[-1]


def shadow_limit(t):
    t.limit = 99


def unshadow_limit(t):
    del t.limit


def shadow_nd(t):
    t.__dict__["nd"] = "instance-nd"


def shadow_dd(t):
    t.__dict__["dd"] = "instance-dd"


def shadow_method(t):
    t.method = lambda: "instance-lambda"


def unshadow_method(t):
    del t.method


def class_change(t):
    Thing.limit = 11


t = Thing()
for i in range(60):
    read_all(t)
print(loop(t, 6, 3, shadow_limit))
print(loop(t, 6, 3, unshadow_limit))
print(loop(t, 6, 3, shadow_nd))
print(loop(t, 6, 3, shadow_dd))
t.dd = "via-set"
print(t.__dict__.get("_data_store"), t.dd)
print(loop(t, 6, 3, shadow_method))
print(loop(t, 6, 3, unshadow_method))
print(loop(t, 6, 3, class_change))
other = Thing()
print(read_all(other))
try:
    del other.limit
except AttributeError as e:
    print("AttributeError", e)
many = [Thing() for _ in range(8)]
for i, m in enumerate(many):
    if i % 2:
        m.limit = i
print([read_all(m)[0] for m in many])
Thing.limit = 0
print([read_all(m)[0] for m in many])
del Thing.limit
out = []
for m in many:
    try:
        out.append(read_all(m)[0])
    except AttributeError as e:
        out.append(str(e))
print(out)
