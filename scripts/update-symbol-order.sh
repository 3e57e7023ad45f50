#!/usr/bin/env bash
# Regenerates runtime/lib/compiler-symbol-order.txt: the runtime
# extension's functions that run while uopjit compiles every function of
# a few programs (callgrind, from Debian's valgrind). The
# linker places them together, so the extension's resident memory is the
# code the compiler uses, not the pages it is spread over. A stale list
# costs memory, never correctness (unknown names are ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${UOPJIT_BUILD_DIR:-build}"
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)" >&2; exit 1; }
scripts/build.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for program in fib json_tree async_await; do
  valgrind --tool=callgrind --demangle=no --trace-children=yes \
    --callgrind-out-file="$work/$program.%p" \
    "$build/bin/uopjit" --threshold 1 "bench/programs/$program.py" 3 >/dev/null 2>&1
done
/usr/bin/python3.11 scripts/symbol-order.py "$build"/python/uopjit/_uopjit*.so "$work"/* \
  > runtime/lib/compiler-symbol-order.txt
echo "runtime/lib/compiler-symbol-order.txt: $(wc -l < runtime/lib/compiler-symbol-order.txt) functions"
