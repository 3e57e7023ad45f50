# Which hot code the runtime compiles (docs/performance.md, "Which code is
# compiled"). A compiled activation costs more than the interpreter's, so
# above threshold 1 two kinds of code stay interpreted, the reason in
# uopjit.info():
# - a generator or coroutine whose every loop suspends (a pipeline stage):
#   it mostly pays for resumes; one with a loop that runs without
#   suspending (work between its yields) is compiled;
# - a function without loops or recursion whose optimized code keeps no
#   number unboxed (a getter, a small method); one whose arithmetic runs
#   unboxed is compiled, and so is one that looks up its own name (a
#   recursive function or method: its calls of itself become compiled
#   calls) and one that looks up, as a global, a plain class (metaclass
#   `type`, object.__new__, a Python __init__: compiled code makes its
#   instances without type_call's layers).
#   Such a function is compiled after all at a call from compiled code
#   once compiled code has made most of its calls since (and at least 64):
#   there a compiled callee costs less than an interpreted one. It then
#   leaves the stats' list of rejected functions. If more than one in 8 of
#   its compiled runs (after 256) then ends in an error, it goes back to
#   the interpreter for good: an error leaves compiled code through the
#   interpreter, which costs more than such a function's run.
# Both are decided from the bytecode where it can tell (the reason says
# so): a generator whose every backward jump spans a yield, a function
# without loops, recursion or a BINARY_OP other than the string ones; then
# from the imported dialect, before the passes: no arithmetic result that
# feeds more arithmetic, no generic BINARY_OP; the rest after the passes.
# Threshold 1 and --compile-all compile everything that gets hot.
# RUN: %uopjit_obj/bin/uopjit --threshold 10 %s | FileCheck %s
# RUN: %uopjit_obj/bin/uopjit --threshold 1 %s | FileCheck %s --check-prefix=ALL
# RUN: %uopjit_obj/bin/uopjit --threshold 10 --compile-all %s | FileCheck %s --check-prefix=ALL
# RUN: env UOPJIT_COMPILE_ALL=1 %uopjit_obj/bin/uopjit --threshold 10 %s | FileCheck %s --check-prefix=ALL
import uopjit


def stage(items):
    for item in items:
        yield item * 2


def flatten(rows):
    for row in rows:
        for item in row:
            yield item


def chunked(n):
    for start in range(0, n, 4):
        total = 0
        for k in range(start, start + 4):
            total += k * k
        yield total


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def get_x(self):
        return self.x


def label(name):
    # BINARY_OP_ADD_UNICODE: no arithmetic.
    return "<" + name + ">"


def succ_label(name, n):
    # One int addition, alone: nothing to keep unboxed, as the imported
    # dialect shows.
    return name + str(n + 1)


class Share:
    def __truediv__(self, k):
        return self


def ratio(x, y):
    # A generic BINARY_OP (3.11 never specializes /): --uop-unbox may
    # rewrite one, so only the passes tell; x is not a number here, and
    # they leave it alone.
    return x / y


def norm2(x, y):
    return x * x + y * y


def make_point(x):
    return Point(x, x)


def make_share():
    # Share has no __init__ of its own: type_call stays.
    return Share()


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def calls_depth(n):
    # The same code as depth's, calling another function: left interpreted.
    if n == 0:
        return 0
    return depth(n - 1) + 1


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def first(self):
        return self.a

    def second(self):
        return self.b


def sum_firsts(pairs):
    # A loop: compiled. Its calls of first() and second() are calls from
    # compiled code: most of first()'s calls, a minority of second()'s.
    total = 0
    for pair in pairs:
        total += pair.first()
    return total + pairs[0].second()


def first_item(seq):
    if not seq:
        raise IndexError("empty")
    return seq[0]


def sum_first_items(seqs):
    # Half of the calls of first_item raise IndexError.
    total = 0
    for seq in seqs:
        try:
            total += first_item(seq)
        except IndexError:
            total -= 1
    return total


class Node:
    def __init__(self, child):
        self.child = child

    def height(self):
        if self.child is None:
            return 1
        return self.child.height() + 1


p = Point(1.5, 2.5)
for _ in range(50):
    sum(stage(range(5)))
    sum(chunked(8))
    list(flatten([[1, 2], [3]]))
    p.get_x()
    label("a")
    succ_label("a", 1)
    ratio(Share(), 2)
    norm2(1.5, 2.5)
    make_point(1)
    make_share()
    depth(3)
    calls_depth(3)
    Node(Node(None)).height()

# first() and second() get hot from the interpreter (rejected by the leaf
# rule: 90 calls from the interpreter after that); then compiled code
# calls first() 5 times and second() once per call of sum_firsts.
pairs = [Pair(k, -k) for k in range(5)]
for _ in range(20):
    for pair in pairs:
        pair.first()
        pair.second()
rejected_before = {r[0] for r in uopjit.stats()["functions_rejected"]}
for _ in range(60):
    checked = sum_firsts(pairs)

# CHECK: stage rejected a generator or coroutine whose every loop suspends{{.*}} (decided from its bytecode)
# ALL: stage compiled
info = uopjit.info(stage)
print("stage", info["status"], info.get("reason", ""))
# CHECK-NEXT: flatten rejected a generator or coroutine whose every loop suspends{{.*}} (decided from its bytecode)
# ALL-NEXT: flatten compiled
info = uopjit.info(flatten)
print("flatten", info["status"], info.get("reason", ""))
# CHECK-NEXT: chunked compiled
# ALL-NEXT: chunked compiled
print("chunked", uopjit.info(chunked)["status"])
# CHECK-NEXT: get_x rejected a function without loops or recursion whose optimized code keeps no number unboxed{{.*}} (decided from its bytecode)
# ALL-NEXT: get_x compiled
info = uopjit.info(Point.get_x)
print("get_x", info["status"], info.get("reason", ""))
# CHECK-NEXT: label rejected a function without loops or recursion{{.*}} (decided from its bytecode)
# ALL-NEXT: label compiled
info = uopjit.info(label)
print("label", info["status"], info.get("reason", ""))
# CHECK-NEXT: succ_label rejected a function without loops or recursion{{.*}} (decided from its imported dialect)
# ALL-NEXT: succ_label compiled
info = uopjit.info(succ_label)
print("succ_label", info["status"], info.get("reason", ""))
# CHECK-NEXT: ratio rejected a function without loops or recursion{{.*}}until compiled code calls it{{$}}
# ALL-NEXT: ratio compiled
info = uopjit.info(ratio)
print("ratio", info["status"], info.get("reason", ""))
# CHECK-NEXT: norm2 compiled
# ALL-NEXT: norm2 compiled
print("norm2", uopjit.info(norm2)["status"])
# CHECK-NEXT: make_point compiled
# ALL-NEXT: make_point compiled
print("make_point", uopjit.info(make_point)["status"])
# CHECK-NEXT: make_share rejected a function without loops or recursion{{.*}} (decided from its bytecode)
# ALL-NEXT: make_share compiled
info = uopjit.info(make_share)
print("make_share", info["status"], info.get("reason", ""))
# CHECK-NEXT: depth compiled
# ALL-NEXT: depth compiled
print("depth", uopjit.info(depth)["status"])
# CHECK-NEXT: calls_depth rejected
# ALL-NEXT: calls_depth compiled
print("calls_depth", uopjit.info(calls_depth)["status"])
# CHECK-NEXT: height compiled
# ALL-NEXT: height compiled
print("height", uopjit.info(Node.height)["status"])
# CHECK-NEXT: sum_firsts compiled 10
# ALL-NEXT: sum_firsts compiled 10
print("sum_firsts", uopjit.info(sum_firsts)["status"], checked)
# CHECK-NEXT: first was rejected True, compiled, listed False
# ALL-NEXT: first was rejected False, compiled, listed False
print("first was rejected", "Pair.first" in rejected_before, end=", ")
print(uopjit.info(Pair.first)["status"], end=", ")
print("listed", any(r[0] == "Pair.first" for r in uopjit.stats()["functions_rejected"]))
# CHECK-NEXT: second rejected {{.*}}so it stays interpreted until compiled code calls it (decided from its bytecode), listed True
# ALL-NEXT: second compiled
info = uopjit.info(Pair.second)
print("second", info["status"], info.get("reason", ""), end="")
if info["status"] == "rejected":
    print(", listed", any(r[0] == "Pair.second" for r in uopjit.stats()["functions_rejected"]))
else:
    print()

# first_item: rejected by the leaf rule, compiled once compiled code makes
# most of its calls, rejected again as its runs raise.
seqs = [[k] if k % 2 else [] for k in range(20)]
for _ in range(10):
    first_item([1])
for _ in range(60):
    checked = sum_first_items(seqs)
# CHECK-NEXT: first_item rejected {{.*}}compiled for its compiled callers raised in {{[0-9]+}} of {{[0-9]+}} runs{{.*}} 90
# ALL-NEXT: first_item compiled 90
info = uopjit.info(first_item)
print("first_item", info["status"], info.get("reason", ""), checked)
