# Module attributes (math.sqrt, os.path.join, a synthetic module) read by hot functions and
# replaced / deleted mid-loop; module __getattr__ (PEP 562) reached late.
import math
import os.path
import sys
import types


def hyp(a, b):
    return math.sqrt(a * a + b * b)


def run(n, patch_at):
    out = []
    for i in range(n):
        if i == patch_at:
            math.sqrt = lambda x: -x
        out.append(hyp(3, 4 + i % 2))
    return out


real_sqrt = math.sqrt
for i in range(60):
    hyp(i, i + 1)
print([round(v, 4) for v in run(6, 3)])
math.sqrt = real_sqrt
print(hyp(5, 12), math.pi)


def joiner(parts):
    return os.path.join(*parts)


for i in range(60):
    joiner(["a", "b"])
saved = os.path.join
os.path.join = lambda *p: "|".join(p)
print(joiner(["x", "y", "z"]))
os.path.join = saved
print(joiner(["x", "y", "z"]))

mod = types.ModuleType("synth")
mod.value = 1
sys.modules["synth"] = mod
import synth


def read_synth():
    try:
        return synth.value, synth.other
    except AttributeError as e:
        return synth.value, "AttributeError: %s" % e


for i in range(60):
    read_synth()
print(read_synth())
mod.value = 2
mod.other = "now here"
print(read_synth())
del mod.other
print(read_synth())
mod.__getattr__ = lambda name: "lazy-" + name
print(read_synth())
del mod.value
print(read_synth())
del mod.__getattr__
try:
    read_synth()
except AttributeError as e:
    print("AttributeError", e)


class Shim(types.ModuleType):
    @property
    def value(self):
        return "property on module subclass"

    other = "class attr"


mod.value = 3
print(read_synth())
mod.__class__ = Shim
print(read_synth())
