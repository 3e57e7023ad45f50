#!/usr/bin/env bash
# The main job: run a real Python program with the JIT and show what uopjit
# did, stage by stage (specialized bytecode -> uop dialect -> flat uops ->
# machine code), then run it side by side with python3.11 and report the
# time ratio. No optimization pass exists yet (issue 4/5), so the compiled
# code does more work than the interpreter and is slower: the demo measures
# and says so.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${UOPJIT_BUILD_DIR:-build}/bin
PROGRAM=${1:-docs/examples/dot.py}
FUNC=${2:-dot}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

banner() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

banner "1. Run $PROGRAM with uopjit dump --run (the interpreter specializes it)"
"$BIN/uopjit" dump --run -o "$OUT" "$PROGRAM"
SNAP=$(ls "$OUT"/*-"$FUNC".json | head -1)

banner "2. The specialized bytecode of $FUNC, as CPython left it"
/usr/bin/python3.11 - "$SNAP" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
for i in s["instructions"]:
    cache = " ".join(f"{k}={v}" for k, v in i.get("cache", {}).items() if k != "counter")
    print(f"{i['offset']:5} {i['opname']:<28} {i['oparg']:<4} {cache}")
PY

banner "3. How the catalog expands two of those instructions into uops"
"$BIN/uop-catalog" BINARY_SUBSCR_LIST_INT BINARY_OP_ADD_FLOAT

banner "4. The uop dialect the frontend builds (uop-translate --import-bytecode)"
"$BIN/uop-translate" --import-bytecode "$SNAP" | "$BIN/uop-opt"

banner "5. The flat uop program: registers, explicit refcounts, exits (uop-translate --export-uops)"
"$BIN/uop-translate" --import-bytecode "$SNAP" | "$BIN/uop-translate" --export-uops

banner "6. Machine code of the first uops: patched stencils (uop-translate --emit-asm)"
"$BIN/uop-translate" --import-bytecode "$SNAP" | "$BIN/uop-translate" --emit-asm | head -40 || true
echo "..."

banner "7. Run $PROGRAM with the JIT on (every function compiled at its 2nd call)"
"$BIN/uopjit" --threshold 2 --stats="$OUT/stats.json" "$PROGRAM"
/usr/bin/python3.11 - "$OUT/stats.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
per = s["code_bytes"] / max(s["uops_emitted"], 1)
print(f"functions compiled: {s['functions_compiled']} (rejected: {len(s['functions_rejected'])}), "
      f"uops: {s['uops_emitted']}, machine code: {s['code_bytes']} bytes ({per:.0f} per uop), "
      f"compile time: {s['compile_seconds'] * 1000:.1f} ms, deopts: {s['deopts_total']}")
PY

CALLS=${DEMO_CALLS:-50000}
banner "8. python3.11 and uopjit side by side ($PROGRAM $CALLS, CPU time, 3 pairs)"
/usr/bin/python3.11 - "$BIN/uopjit" "$PROGRAM" "$CALLS" <<'PY'
import resource, statistics, subprocess, sys
uopjit, program, calls = sys.argv[1:]

def cpu(cmd):
    """CPU time (user + system) of one run of cmd."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime

ratios = []
for pair in (1, 2, 3):
    py = cpu(["/usr/bin/python3.11", program, calls])
    jit = cpu([uopjit, "--threshold", "2", program, calls])
    ratios.append(py / jit)
    print(f"pair {pair}: python3.11 {py:.2f}s, uopjit {jit:.2f}s, speedup {py / jit:.2f}x")
print(f"median speedup: {statistics.median(ratios):.2f}x (below 1 means slower)")
PY
cat <<'TXT'
With no optimization pass yet (issue 4/5), every specialized instruction
keeps its guards, every value its reference counts: the compiled code does
more work than CPython's interpreter. Speed comes with the passes.
TXT
