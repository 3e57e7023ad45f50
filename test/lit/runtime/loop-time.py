# Loop time (docs/backend.md, "The runtime"): 3.11's interpreter
# reports no back edges, so a plain function with loops is also compiled
# once the interpreter has spent --loop-ms in its calls, before its call
# count reaches the threshold (once the interpreter has quickened it).
# Functions without a backward jump and generators are not timed;
# --loop-ms 0 turns the rule off.
# RUN: %uopjit_obj/bin/uopjit --threshold 1000 --loop-ms 1 %s | FileCheck %s
# RUN: env UOPJIT_LOOP_MS=1 %uopjit_obj/bin/uopjit --threshold 1000 %s | FileCheck %s
# RUN: %uopjit_obj/bin/uopjit --threshold 1000 --loop-ms 0 %s | FileCheck %s --check-prefix=OFF
# RUN: not %uopjit_obj/bin/uopjit --loop-ms -1 %s 2>&1 | FileCheck %s --check-prefix=BAD
# RUN: not %uopjit_obj/bin/uopjit --loop-ms soon %s 2>&1 | FileCheck %s --check-prefix=BAD-WORD
# BAD: uopjit: --loop-ms must be a number of milliseconds >= 0, not '-1'
# BAD-WORD: uopjit: --loop-ms must be a number of milliseconds >= 0, not 'soon'
import uopjit


def long_loop(n):
    total = 0
    for i in range(n):
        total += i & 7
    return total


def while_loop(n):
    # 3.11 ends this loop with POP_JUMP_BACKWARD_IF_TRUE, not JUMP_BACKWARD.
    k = 0
    while True:
        k += 1
        if k >= n:
            break
    return k


def no_loop(n):
    # Long calls, no backward jump: the time is sum's, not a loop's.
    return sum(range(n))


def gen(n):
    for i in range(n):
        if i == n - 1:
            yield i


def short_calls(n):
    for i in range(n):
        pass
    return n


# 50000 iterations take well over 0.1 ms in the interpreter, so ten calls
# spend more than 1 ms on any machine.
results = [(long_loop(50000), while_loop(50000), no_loop(200000), sum(gen(50000)))
           for _ in range(10)]
print(results[-1])
# CHECK: (175000, 50000, 19999900000, 49999)
# OFF: (175000, 50000, 19999900000, 49999)

for name, f in [("long_loop", long_loop), ("while_loop", while_loop)]:
    info = uopjit.info(f)
    print(name, info["status"], info["hot_by"], info["calls"] < 10,
          info["interpreted_seconds"] >= 0.001)
# CHECK-NEXT: long_loop compiled loop time True True
# CHECK-NEXT: while_loop compiled loop time True True
# OFF-NEXT: long_loop counting None False False
# OFF-NEXT: while_loop counting None False False

info = uopjit.info(no_loop)
print("no_loop", info["status"], info["hot_by"], info["interpreted_seconds"])
# CHECK-NEXT: no_loop counting None 0.0
# OFF-NEXT: no_loop counting None 0.0
info = uopjit.info(gen)
print("gen", info["status"], info["hot_by"], info["interpreted_seconds"])
# CHECK-NEXT: gen counting None 0.0
# OFF-NEXT: gen counting None 0.0


class Counter:
    def __init__(self):
        self.k = 0


def attribute_loop(counter, n):
    # Its only backward jump is POP_JUMP_BACKWARD_IF_TRUE, and 3.11 warms
    # code up at RESUME and JUMP_BACKWARD only: unquickened through its
    # first 8 calls. Hot by loop time at its 2nd call, it is quickened
    # then and compiled at its 3rd, from specialized bytecode.
    while counter.k < n:
        counter.k += 1
    return counter.k


for _ in range(4):
    attribute_loop(Counter(), 50000)
info = uopjit.info(attribute_loop)
listing = info.get("listing") or ""
print("attribute_loop", info["status"], info["hot_by"], info["calls"],
      "LOAD_ATTR_INSTANCE_VALUE" in listing, " LOAD_ATTR " in listing)
# CHECK-NEXT: attribute_loop compiled loop time 3 True False
# OFF-NEXT: attribute_loop counting None 4 False False

# Short calls: timed, but compiled by the call count, as before.
for _ in range(1000):
    short_calls(1)
info = uopjit.info(short_calls)
print("short_calls", info["status"], info["hot_by"], info["calls"])
# CHECK-NEXT: short_calls compiled calls 1000
# OFF-NEXT: short_calls compiled calls 1000

stats = uopjit.stats()
print("stats", stats["loop_ms"], stats["hot_by_loop_time"])
# CHECK-NEXT: stats 1.0 3
# OFF-NEXT: stats 0.0 0
