# With UOPJIT_PERF_MAP=1 the runtime names every uop's machine code for
# perf in /tmp/perf-PID.map: "ADDRESS SIZE py::QUALNAME:FILE:LINE @I UOP",
# one entry per uop's hot part, in program order, then one per nonempty
# cold part (its exits, named "... UOP cold") after all of them, inside the
# same function's code. The entries do not overlap.
# RUN: env UOPJIT_PERF_MAP=1 %uopjit_obj/bin/uopjit --threshold 1 %s | FileCheck %s
# CHECK: compiled: True
# CHECK: hot parts in program order: True
# CHECK: cold parts after the hot path: True
# CHECK: a guard has a cold part: True
# CHECK: a DECREF has a cold part: True
# CHECK: no overlap: True
import os
import uopjit


def hot(xs):
    total = 0
    for x in xs:
        total += x
    return total


hot([1, 2, 3])
print("compiled:", uopjit.info(hot)["status"] == "compiled")
path = f"/tmp/perf-{os.getpid()}.map"
with open(path) as f:
    lines = [line.split(" ", 2) for line in f.read().splitlines()]
os.unlink(path)
entries = []
for address, size, name in ((int(a, 16), int(s, 16), rest) for a, s, rest in lines):
    symbol, index, uop = name.split(" ")[:3]
    if symbol.startswith("py::hot:"):
        entries.append((address, size, int(index[1:]), uop, name.endswith(" cold")))
hot_parts = [e for e in entries if not e[4]]
cold_parts = [e for e in entries if e[4]]
print("hot parts in program order:",
      [e[2] for e in hot_parts] == list(range(len(hot_parts)))
      and all(a[0] + a[1] == b[0] for a, b in zip(hot_parts, hot_parts[1:])))
print("cold parts after the hot path:",
      bool(cold_parts) and min(e[0] for e in cold_parts) >= hot_parts[-1][0] + hot_parts[-1][1])
print("a guard has a cold part:", any(e[3].startswith("GUARD") for e in cold_parts))
print("a DECREF has a cold part:", any(e[3] == "DECREF" for e in cold_parts))
spans = sorted((a, a + s) for a, s, *_ in entries)
print("no overlap:", all(x[1] <= y[0] for x, y in zip(spans, spans[1:])))
