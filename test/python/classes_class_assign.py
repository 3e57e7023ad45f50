# __class__ assignment on live instances in the middle of hot loops: method lookup, attribute
# access through properties and slots-free classes must follow the new class.


class Cat:
    sound = "meow"

    def speak(self):
        return "%s says %s" % (self.name, self.sound)

    def legs(self):
        return 4

    @property
    def kind(self):
        return "cat"


class Dog:
    sound = "woof"

    def speak(self):
        return "%s barks %s" % (self.name, self.sound)

    def legs(self):
        return 4

    @property
    def kind(self):
        return "dog"


class Bird(Cat):
    sound = "tweet"

    def legs(self):
        return 2


class Pet:
    pass


def describe(pet):
    return pet.speak(), pet.legs(), pet.kind


def run(pet, n, switch_at, new_cls):
    out = []
    for i in range(n):
        if i == switch_at:
            pet.__class__ = new_cls
        out.append(describe(pet))
    return out[0], out[-1], sum(o[1] for o in out)


p = Cat()
p.name = "tom"
for i in range(60):
    describe(p)
print(run(p, 10, 5, Dog))
print(run(p, 10, 3, Bird))
print(run(p, 10, 7, Cat))
print(type(p).__name__, isinstance(p, Cat), isinstance(p, Bird))
p.__class__ = Pet
try:
    describe(p)
except AttributeError as e:
    print("AttributeError", e)
p.__class__ = Dog
print(describe(p))
try:
    p.__class__ = int
except TypeError as e:
    print("TypeError", e)
pets = []
for i in range(6):
    q = Cat()
    q.name = "p%d" % i
    pets.append(q)
for rnd in range(3):
    for i, q in enumerate(pets):
        if (i + rnd) % 3 == 0:
            q.__class__ = Dog
        elif (i + rnd) % 3 == 1:
            q.__class__ = Bird
        else:
            q.__class__ = Cat
    print(rnd, [describe(q)[0] for q in pets], sum(describe(q)[1] for q in pets))
