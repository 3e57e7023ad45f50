# enum: Enum, IntEnum, Flag, IntFlag, auto, lookup by value/name, iteration, aliases, unique,
# errors, and enum members used as dict keys and compared in hot loops.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


class Level(enum.IntEnum):
    LOW = 10
    MID = 20
    HIGH = 30


class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()


class Mode(enum.IntFlag):
    A = 1
    B = 2
    C = 4


class Planet(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


def tally(seq):
    counts = {}
    for c in seq:
        counts[c] = counts.get(c, 0) + 1
    return [(k.name, v) for k, v in counts.items()]


def classify(levels):
    return [("hot" if lv > Level.MID else "cold", lv + 1, lv == 20) for lv in levels]


seq = [Color(1 + i % 3) for i in range(30)]
for i in range(60):
    tally(seq)
    classify([Level.LOW, Level.HIGH])
print(tally(seq), Color.CRIMSON is Color.RED, Color["CRIMSON"], list(Color))
print(classify([Level.LOW, Level.MID, Level.HIGH]), sorted([Level.HIGH, 15, Level.LOW]))
print(repr(Color.GREEN), str(Level.MID), repr(Level.MID), format(Level.HIGH), "%d" % Level.LOW)
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, repr(~Perm.R), bool(Perm.R & Perm.X), list(rw))
print(Mode.A | Mode.C, int(Mode.A | 8), Mode(3), Mode.B + 1)
for bad in (7, "RED"):
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
print([(p.name, round(p.gravity, 2)) for p in Planet])
Animal = enum.Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Color.RED.name, Color.BLUE.value, Level(30).name)
print(Color.RED == 1, Level.LOW == 10, Color.RED < Color.BLUE if False else "no order", len(Color))
