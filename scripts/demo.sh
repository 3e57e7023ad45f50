#!/usr/bin/env bash
# The main job: run a real Python program with the JIT and show what uopjit
# did, stage by stage (specialized bytecode -> uop dialect -> flat uops ->
# optimized dialect -> machine code), then run it side by side with
# python3.11 and report the time ratio, whichever way it goes.
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

banner "5. The passes the runtime runs (uop-opt --uop-optimize): facts in the types, fewer guards, doubles"
"$BIN/uop-translate" --import-bytecode "$SNAP" | "$BIN/uop-opt" --uop-optimize --mlir-pass-statistics > "$OUT/opt.uop" 2> "$OUT/counters.txt"
cat "$OUT/opt.uop"
sed -n '/uopjit pass counters/,$p' "$OUT/counters.txt"

banner "6. The flat uop program: registers, explicit refcounts, exits (uop-translate --export-uops)"
"$BIN/uop-translate" --export-uops "$OUT/opt.uop"

banner "7. Machine code of the first uops: patched stencils (uop-translate --emit-asm)"
"$BIN/uop-translate" --emit-asm "$OUT/opt.uop" | head -40 || true
echo "..."

banner "8. Run $PROGRAM with the JIT on (functions compiled at their 10th call, once specialized)"
"$BIN/uopjit" --threshold 10 --stats="$OUT/stats.json" "$PROGRAM"
/usr/bin/python3.11 - "$OUT/stats.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
per = s["code_bytes"] / max(s["uops_emitted"], 1)
print(f"functions compiled: {s['functions_compiled']} (rejected: {len(s['functions_rejected'])}), "
      f"uops: {s['uops_emitted']}, machine code: {s['code_bytes']} bytes ({per:.0f} per uop), "
      f"compile time: {s['compile_seconds'] * 1000:.1f} ms, deopts: {s['deopts_total']}")
PY

CALLS=${DEMO_CALLS:-50000}
banner "9. python3.11 and uopjit side by side ($PROGRAM $CALLS, CPU time, 3 pairs)"
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
    jit = cpu([uopjit, "--threshold", "10", program, calls])
    ratios.append(py / jit)
    print(f"pair {pair}: python3.11 {py:.2f}s, uopjit {jit:.2f}s, speedup {py / jit:.2f}x")
print(f"median speedup: {statistics.median(ratios):.2f}x (below 1 means slower)")
PY
cat <<'TXT'
docs/performance.md has the benchmark suite's numbers and where the time
still goes; docs/passes/ explains each pass.
TXT
