# dataclasses: defaults, field(default_factory), ordering, frozen, replace, asdict.
import dataclasses
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    def total(self):
        return self.price * self.qty


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


def inventory_value(items):
    v = 0
    for it in items:
        v += it.total()
    return v


items = [Item("apple", 0.5, 10), Item("pear", 0.75), Item("melon", 3, 2, ["big"])]
for i in range(40):
    v = inventory_value(items)
print(v, items[2], items[0] == Item("apple", 0.5, 10), items[0] == items[1])
items[1].qty = 4
items[1].tags.append("x")
print(inventory_value(items), items[1], items[0].tags is items[1].tags)
vs = [Version(1, 2), Version(1), Version(0, 9, 9), Version(1, 2, 1)]
print(sorted(vs), max(vs), Version(1, 2) < Version(1, 10))
try:
    vs[0].major = 5
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(dataclasses.replace(vs[0], patch=7), dataclasses.asdict(items[2]), dataclasses.astuple(vs[2]))
print([f.name for f in dataclasses.fields(Item)], hash(Version(1)) == hash(Version(1)))
