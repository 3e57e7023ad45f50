#!/usr/bin/env bash
# The main job, as far as the project goes today: show what uopjit does to
# one function, stage by stage. The runtime that JITs real Python programs
# (issues 2/5 and 3/5) does not exist yet, so this runs the optimizer driver
# on a hand-written example of the `uop` dialect; no Python program is run
# and no speedup is measured.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${UOPJIT_BUILD_DIR:-build}/bin
EXAMPLE=${1:-docs/examples/dot.uop}

banner() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

banner "1. The source: the Python function the example was taken from"
sed -n 's|^// py: \{0,1\}||p' "$EXAMPLE"

banner "2. The catalog: how two of its specialized instructions expand into uops"
"$BIN/uop-catalog" BINARY_SUBSCR_LIST_INT BINARY_OP_ADD_FLOAT

banner "3. The uop dialect, as uop-opt parses, verifies and prints it ($EXAMPLE)"
"$BIN/uop-opt" "$EXAMPLE"

banner "4. What --canonicalize --cse change (no uopjit passes exist yet)"
count_ops() { grep -o '\(uop\|cf\)\.[a-z_]*' | sort | uniq -c; }
echo "ops by kind, before (<) and after (>):"
diff <("$BIN/uop-opt" "$EXAMPLE" | count_ops) \
     <("$BIN/uop-opt" "$EXAMPLE" --canonicalize --cse | count_ops) || true

banner "What is not here yet"
cat <<'TXT'
Importing real bytecode (uopjit dump, uop-translate --import-bytecode) is
issue 2/5; running programs with the JIT and measuring the speedup is 3/5;
the optimization passes are 4/5. Until then there is no speedup to report.
TXT
