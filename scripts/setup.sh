#!/usr/bin/env bash
# Installs every Debian package uopjit needs (only what is missing), then
# configures and builds. Idempotent; runs as root or through sudo.
#   scripts/setup.sh            install + configure + build
#   scripts/setup.sh --deps     install only
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools clang-22 lld-22
  libfmt-dev libzstd-dev zlib1g-dev libedit-dev libcurl4-openssl-dev
  python3.11 python3.11-dev libpython3.11-testsuite cmake ninja-build ccache git gdb
  python3-matplotlib
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup: all ${#PACKAGES[@]} Debian packages already installed"
fi
[ "${1:-}" = "--deps" ] && exit 0

scripts/build.sh
