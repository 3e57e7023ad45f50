"""Runs a program under uopjit with --backend=interp --count-uops, once with
--passes=none and once with --passes=uop-optimize, and prints how many
guards each executed and the fraction the pipeline removed.

usage: count_guards.py UOPJIT PROGRAM MIN_FRACTION_REMOVED
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
    return out, guards


uopjit, program, threshold = sys.argv[1], sys.argv[2], float(sys.argv[3])
out_none, none = executed(uopjit, program, "none")
out_opt, opt = executed(uopjit, program, "uop-optimize")
removed = 1 - opt / none
print(f"same output: {out_none == out_opt}")
print(f"guards executed: {none} without passes, {opt} with uop-optimize "
      f"({removed:.0%} fewer)")
print(f"at least {threshold:.0%} fewer: {removed >= threshold}")
