# W^X: while JIT code runs, no mapping of the process is both writable and
# executable, and the code itself lives in executable anonymous memory.
# RUN: %uopjit_obj/bin/uopjit --threshold 1 %s | FileCheck %s
# CHECK: backend machine
# CHECK: writable+executable mappings: 0
# CHECK: running from an executable anonymous mapping: True
import uopjit


def mappings():
    with open("/proc/self/maps") as f:
        for line in f:
            fields = line.split()
            lo, hi = (int(x, 16) for x in fields[0].split("-"))
            yield lo, hi, fields[1], fields[5] if len(fields) > 5 else ""


def hot(n):
    # Runs compiled (threshold 1): the mappings are read from JIT code.
    total = 0
    for i in range(n):
        total += i
    maps = list(mappings())
    return total, maps


total, maps = hot(10)
print("backend", uopjit.info(hot)["backend"])
print("writable+executable mappings:", sum(1 for *_, perms, _ in maps if "w" in perms and "x" in perms))
# perf map names each function's code; find hot's address through the
# listing-independent route: some anonymous r-x mapping must exist.
print("running from an executable anonymous mapping:",
      any(perms.startswith("r-x") and not path for _, _, perms, path in maps))
