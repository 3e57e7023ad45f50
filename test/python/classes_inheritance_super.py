# Inheritance chains, super() in methods and __init__, MRO with diamonds.

class Base:
    def __init__(self, name):
        self.name = name
        self.trail = ["Base"]

    def greet(self):
        return "Base(%s)" % self.name

    def kind(self):
        return "base"


class Left(Base):
    def __init__(self, name):
        super().__init__(name)
        self.trail.append("Left")

    def greet(self):
        return "Left>" + super().greet()


class Right(Base):
    def __init__(self, name):
        super().__init__(name)
        self.trail.append("Right")

    def greet(self):
        return "Right>" + super().greet()

    def kind(self):
        return "right"


class Diamond(Left, Right):
    def __init__(self, name):
        super().__init__(name)
        self.trail.append("Diamond")

    def greet(self):
        return "Diamond>" + super().greet()


def greet_all(objs):
    return [o.greet() + "/" + o.kind() for o in objs]


objs = [Base("b"), Left("l"), Right("r"), Diamond("d")]
for i in range(40):
    r = greet_all(objs)
print(r)
print([o.trail for o in objs])
print([c.__name__ for c in Diamond.__mro__])
print(isinstance(objs[3], Left), issubclass(Diamond, Right), issubclass(Base, Diamond))
print(super(Left, objs[3]).greet(), Base.greet(objs[3]))


class Counted(Diamond):
    count = 0

    def __init__(self, name):
        super().__init__(name)
        type(self).count += 1


for i in range(20):
    c = Counted(str(i))
print(Counted.count, Diamond.__dict__.get("count"), c.greet())
