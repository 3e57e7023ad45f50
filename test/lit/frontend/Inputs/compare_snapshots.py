"""The C++ snapshot API (uopjit._snapshot, the one the runtime uses in
process) and the Python dumper (uopjit.snapshot) must agree on every code
object: after running a workload so that code is specialized, compare the
two snapshots of every code object of the workload and of the loaded
modules, field by field. Prints one line per difference and a summary."""
import json
import sys

from uopjit import _snapshot, snapshot

# A workload that specializes: attribute access, calls, generators, floats.
import workload_for_snapshots as w  # noqa: E402

w.main()

# Only code that does not run while we compare (counters would move).
files = {w.__file__} | {m.__file__ for m in w.QUIET_MODULES}
codes = [c for c in snapshot.module_codes() if c.co_filename in files]
ids = {}
diffs = checked = instrs = 0
INSTR_FIELDS = ("offset", "start", "opcode", "base", "oparg", "caches")
for code in codes:
    py = snapshot.snapshot(code, ids)
    cpp = json.loads(_snapshot.snapshot_json(code))
    checked += 1
    problems = []
    for key, value in cpp.items():
        if key in ("instructions", "consts", "python"):
            continue
        if py.get(key) != value:
            problems.append(f"{key}: C++ {value!r} vs Python {py.get(key)!r}")
    for a, b in zip(cpp["consts"], py["consts"]):
        for key in a:
            if a[key] != b.get(key):
                problems.append(f"const {b['repr']}: {key}: {a[key]!r} vs {b.get(key)!r}")
    if len(cpp["instructions"]) != len(py["instructions"]):
        problems.append("instruction count")
    for a, b in zip(cpp["instructions"], py["instructions"]):
        instrs += 1
        for key in INSTR_FIELDS:
            if a[key] != b[key]:
                problems.append(f"offset {b['offset']}: {key}: {a[key]!r} vs {b[key]!r}")
        if a.get("adaptive", False) != b.get("adaptive", False):
            problems.append(f"offset {b['offset']}: adaptive")
        if a["position"][0] != b["position"][0]:
            problems.append(f"offset {b['offset']}: line {a['position'][0]} vs {b['position'][0]}")
    if problems:
        diffs += 1
        print("DIFFERENCE", code.co_qualname, "; ".join(problems[:5]))
print(f"compared {checked} code objects ({instrs} instructions): {diffs} differ")
sys.exit(1 if diffs else 0)
