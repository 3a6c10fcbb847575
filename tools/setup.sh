#!/usr/bin/env bash
# First command: installs what is missing, builds taipan (optimised) and runs
# the tour of what it can do.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache hits across clones in other folders (CI builds a fresh clone).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
tools/install_deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target taipan
echo "--- build/release/taipan examples/tour.py"
build/release/taipan examples/tour.py
