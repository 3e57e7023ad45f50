# __init_subclass__ with class keyword arguments, registries built at class-creation time inside
# hot functions (classes created in loops), __set_name__ and __class_getitem__.


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls

    def run(self, x):
        return x


class Doubler(Plugin, name="dbl", priority=2):
    def run(self, x):
        return x * 2


class Negate(Plugin, priority=5):
    def run(self, x):
        return -x


def make_plugin(i):
    body = {"run": lambda self, x, i=i: x + i}
    return type("Gen%d" % i, (Plugin,), body, priority=i % 3)


def pipeline(x):
    for cls in sorted(Plugin.registry.values(), key=lambda c: (c.priority, c.plugin_name)):
        x = cls().run(x)
    return x


for i in range(60):
    pipeline(i)
print(sorted(Plugin.registry), pipeline(1))
for i in range(5):
    make_plugin(i)
print(sorted((k, v.priority) for k, v in Plugin.registry.items()), pipeline(1))
try:
    class Broken(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError", e)
print(sorted(Plugin.registry)[-3:])


class Field:
    def __set_name__(self, owner, name):
        owner.fields = getattr(owner, "fields", ()) + (name,)
        self.name = name

    def __get__(self, obj, owner):
        return self if obj is None else obj.__dict__.get(self.name, "unset-" + self.name)


class Record:
    x = Field()
    y = Field()


class Record3(Record):
    z = Field()


print(Record.fields, Record3.fields, Record().x, Record3().z)


class Box:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, getattr(item, "__name__", item))


def typed(n):
    return [Box[int], Box[str], Box[n]]


for i in range(60):
    typed(i)
print(typed(7), list[int], dict[str, list[int]])


class Counted:
    count = 0

    def __init_subclass__(cls):
        Counted.count += 1
        cls.serial = Counted.count


def many_classes(n):
    made = []
    for i in range(n):
        made.append(type("C%d" % i, (Counted,), {}))
    return [c.serial for c in made]


print(many_classes(3), many_classes(2), Counted.count)
