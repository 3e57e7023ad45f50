#!/usr/bin/env bash
# Builds uopjit (installing missing packages first) and runs every test.
# Ends with lit's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
BUILD=${UOPJIT_BUILD_DIR:-build}
/usr/lib/llvm-22/bin/lit -sv --time-tests "$BUILD/test/lit"
