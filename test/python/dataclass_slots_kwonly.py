# dataclass variants: slots=True (AttributeError on new attributes), kw_only fields and KW_ONLY,
# InitVar and __post_init__ validation, field(compare=False, repr=False), unsafe_hash, frozen
# inheritance errors, ordering across types, and replace() on frozen instances, in hot loops.
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY


@dataclass(slots=True)
class Vec:
    x: float
    y: float = 0.0

    def norm2(self):
        return self.x * self.x + self.y * self.y


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3


@dataclass(order=True)
class Version:
    major: int
    minor: int
    label: str = field(default="", compare=False, repr=False)


@dataclass
class Account:
    owner: str
    opening: InitVar[int]
    balance: int = field(init=False)
    history: list = field(default_factory=list, repr=False)

    def __post_init__(self, opening):
        if opening < 0:
            raise ValueError("negative opening for %s" % self.owner)
        self.balance = opening


@dataclass(frozen=True)
class Frozen:
    k: str


@dataclass(unsafe_hash=True)
class Hashy:
    n: int


def total(vs):
    s = 0.0
    for v in vs:
        s += v.norm2()
    return s


vs = [Vec(i, -i) for i in range(10)]
for i in range(60):
    total(vs)
    sorted([Version(1, i % 3), Version(0, 9)])
print(total(vs), vs[3], Vec(1.5), hasattr(vs[0], "__dict__"), Vec.__slots__)
try:
    vs[0].z = 1
except AttributeError as e:
    print("AttributeError", e)
print(Opts(), Opts(level=3, verbose=True), Mixed(1), Mixed(1, c=9, b=8))
for bad in (lambda: Opts(True), lambda: Mixed(1, 2), lambda: Vec(), lambda: Account("x", -1), lambda: Account("y")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted([Version(1, 2, "b"), Version(1, 0), Version(0, 9, "z"), Version(1, 2, "a")]), Version(1, 2, "x") == Version(1, 2, "y"))
try:
    Version(1, 0) < (1, 0)
except TypeError as e:
    print("TypeError", e)
acct = Account("ann", 50)
print(acct, acct.balance, [f.name for f in dataclasses.fields(acct)])
fz = Frozen("a")
try:
    fz.k = "b"
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    del fz.k
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(dataclasses.replace(fz, k="c"), fz, hash(Frozen("q")) == hash(Frozen("q")), len({Hashy(1), Hashy(1), Hashy(2)}))
try:
    @dataclass
    class Thaw(Frozen):
        j: int = 0
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
print(dataclasses.asdict(Mixed(1)), dataclasses.astuple(Version(3, 4, "l")), dataclasses.is_dataclass(Vec), dataclasses.is_dataclass(vs[0]))
