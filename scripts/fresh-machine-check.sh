#!/usr/bin/env bash
# Checks that the README's two commands work on a machine with nothing
# installed: builds a minimal Debian 12 root with debootstrap, copies a clean
# clone of this repository's HEAD into it, and runs there the first command
# (scripts/setup.sh && scripts/demo.sh: install, build, main job) and then
# .ci/run (the test command). Needs root; takes several minutes. Not part of
# the test suite.
#   scripts/fresh-machine-check.sh [ROOT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=${1:-/tmp/uopjit-fresh-root}
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
if [ ! -x "$ROOT/bin/bash" ]; then
  debootstrap --variant=minbase bookworm "$ROOT" http://deb.debian.org/debian
fi
# The same apt sources as this machine (Debian 12 with its security and
# updates suites), network name resolution, and the kernel file systems.
rm -f "$ROOT/etc/apt/sources.list"
cp /etc/apt/sources.list.d/debian.sources "$ROOT/etc/apt/sources.list.d/"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
for fs in proc dev sys; do
  mountpoint -q "$ROOT/$fs" || mount --bind "/$fs" "$ROOT/$fs"
done
trap 'for fs in proc dev sys; do umount "$ROOT/$fs" 2>/dev/null || true; done' EXIT
rm -rf "$ROOT/root/uopjit"
git clone -q "$PWD" "$ROOT/root/uopjit"
time chroot "$ROOT" /bin/bash -c 'cd /root/uopjit && scripts/setup.sh && scripts/demo.sh'
time chroot "$ROOT" /bin/bash -c 'cd /root/uopjit && CI=true bash .ci/run'
