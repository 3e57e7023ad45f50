#!/usr/bin/env bash
# Regenerates the committed docs/uops.md from the catalog.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
cp "${UOPJIT_BUILD_DIR:-build}/docs/uops.md" docs/uops.md
echo "docs/uops.md updated"
