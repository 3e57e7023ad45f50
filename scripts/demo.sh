#!/usr/bin/env bash
# The main job, as far as the project goes today: run a real Python program,
# take the specialized bytecode the interpreter left behind, and show what
# uopjit makes of it, stage by stage. The backend that turns this into
# machine code and runs it (issue 3/5) does not exist yet, so no code is
# JIT-compiled and no speedup is measured.
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

banner "5. What --canonicalize --cse change (no uopjit passes exist yet)"
count_ops() { grep -o '\(uop\|cf\)\.[a-z_]*' | sort | uniq -c; }
echo "ops by kind, before (<) and after (>):"
diff <("$BIN/uop-translate" --import-bytecode "$SNAP" | count_ops) \
     <("$BIN/uop-translate" --import-bytecode "$SNAP" | "$BIN/uop-opt" --canonicalize --cse | count_ops) \
  && echo "(no change: the frontend leaves nothing for them to do)"

banner "What is not here yet"
cat <<'TXT'
Lowering to flat uops, machine code and running programs with the JIT are
issue 3/5; the optimization passes are 4/5; benchmarks 5/5. Until the
backend exists there is no speedup to report.
TXT
