# Moving stores (lowering/lib/LowerToFlat.cpp, moveIntoStores): an
# attribute store whose value dies there gives the attribute the register's
# reference instead of a new one. Each setter below loops (so that the warm
# configuration compiles it specialized) and stores values that die at the
# store: new objects whose only reference becomes the attribute's, sums, a
# tuple. Old values report their release, which must come when CPython's
# does, and the reference counts must not drift.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        if not self.name.startswith("warm"):
            print("del", self.name)


class Box:
    def __init__(self):
        self.v = 0.0
        self.item = None


class Slotted:
    __slots__ = ("v", "item")
    def __init__(self):
        self.v = 0.0
        self.item = None


# Each class gets setters of its own (code objects of their own, made by
# exec), so that each store site sees one class and stays specialized.
SETTERS = """
def accumulate(boxes, d):
    for b in boxes:
        b.v = b.v + d
    return boxes[0].v


def fill(boxes, tag):
    for i, b in enumerate(boxes):
        b.item = Noisy(f"{tag}{i}")


def pair_up(boxes):
    for b in boxes:
        b.item = (b.v, b.v * 2.0)
"""


def setters():
    namespace = {"Noisy": Noisy}
    exec(SETTERS, namespace)
    return namespace["accumulate"], namespace["fill"], namespace["pair_up"]


def counts(objs):
    return [sys.getrefcount(o) for o in objs]


for cls in (Box, Slotted):
    accumulate, fill, pair_up = setters()
    boxes = [cls(), cls()]
    for _ in range(30):
        accumulate(boxes, 0.5)
        fill(boxes, "warm")
        pair_up(boxes)
    print(cls.__name__, "accumulated", accumulate(boxes, 0.25), boxes[1].item)
    fill(boxes, "a")          # the old items are tuples: nothing printed
    print("filled a")
    fill(boxes, "b")          # each a-item goes as its b-item is stored
    print("filled b")
    kept = boxes[0].item
    fill(boxes, "c")          # b0 lives on in `kept`
    print("kept", kept.name)
    del kept
    print("dropped kept")
    before = counts([boxes, boxes[0]])
    for _ in range(20):
        accumulate(boxes, 1.0)
        pair_up(boxes)
    print("drift", [a - b for a, b in zip(counts([boxes, boxes[0]]), before)])
    del boxes
    print("dropped boxes")
