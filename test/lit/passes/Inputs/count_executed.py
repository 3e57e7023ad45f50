"""Runs a program under uopjit with --backend=interp --count-uops, once with
--passes=none and once with --passes=uop-optimize, and prints how many
guards and how many DECREFs each executed, and the fraction of each the
pipeline removed.

usage: count_executed.py UOPJIT PROGRAM MIN_GUARDS_REMOVED MIN_DECREFS_REMOVED
"""
import json
import os
import subprocess
import sys
import tempfile


def executed(uopjit, program, passes):
    with tempfile.TemporaryDirectory() as tmp:
        stats = os.path.join(tmp, "stats.json")
        out = subprocess.run([uopjit, "--threshold", "10", "--backend=interp", "--count-uops",
                              f"--passes={passes}", f"--stats={stats}", program],
                             check=True, capture_output=True, text=True).stdout
        counts = json.load(open(stats))["uop_counts"]
    guards = sum(n for kind, n in counts.items() if kind.startswith("GUARD_"))
    return out, guards, counts.get("DECREF", 0)


uopjit, program = sys.argv[1], sys.argv[2]
min_guards, min_decrefs = float(sys.argv[3]), float(sys.argv[4])
out_none, guards_none, decrefs_none = executed(uopjit, program, "none")
out_opt, guards_opt, decrefs_opt = executed(uopjit, program, "uop-optimize")
print(f"same output: {out_none == out_opt}")
for what, none, opt, least in (("guards", guards_none, guards_opt, min_guards),
                               ("DECREFs", decrefs_none, decrefs_opt, min_decrefs)):
    removed = 1 - opt / none
    print(f"{what} executed: {none} without passes, {opt} with uop-optimize "
          f"({removed:.0%} fewer); at least {least:.0%} fewer: {removed >= least}")
