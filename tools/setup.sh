#!/usr/bin/env bash
# First command: installs what is missing, builds taipan (optimised) and runs
# the tour of what it can do.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install_deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target taipan
echo "--- build/release/taipan examples/tour.py"
build/release/taipan examples/tour.py
