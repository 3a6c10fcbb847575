#!/usr/bin/env bash
# Second command: builds and runs every test (GoogleTest unit tests, the
# golden programs, an import of every module of CPython's library, the
# `taipan check` corpus, then in the release build the instruction-count guard). `tools/test.sh asan` does the same in the sanitizer build.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache hits across clones in other folders (CI builds a fresh clone).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
preset=${1:-release}
tools/install_deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
status=0
(cd "build/$preset" && ctest --output-on-failure -j "$(nproc)" -E '^golden$') || status=1
# The sanitizer build runs several times slower: longer limits per program.
timeout_seconds=10; [ "$preset" = asan ] && timeout_seconds=60
GOLDEN_BUILD=$preset GOLDEN_TIMEOUT=$timeout_seconds tests/run_golden.sh "build/$preset/taipan" || status=1
GOLDEN_TIMEOUT=60 tests/run_stdlib_imports.sh "build/$preset/taipan" || status=1
tests/run_check.sh "build/$preset/taipan" || status=1
# Instruction counts only mean something in the optimised build (never under ASan).
if [ "$preset" = release ]; then
  /usr/bin/python3.11 tests/perf/check_counts.py "build/$preset/taipan" || status=1
fi
exit $status
