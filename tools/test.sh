#!/usr/bin/env bash
# Second command: builds and runs every test (through ctest the GoogleTest unit
# tests and Debian's pytest on tests/pytest_project; then the golden programs
# (asyncio's twice: under the selector loop and the libuv loop),
# an import of every module of CPython's library, a short fuzz pass, the
# `taipan check` corpus, then in the release build the instruction-count
# guard). `tools/test.sh asan` does the same in the sanitizer build.
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
# asyncio's programs again under Taipan's libuv loop (lib/taipan_uvloop.py).
TAIPAN_ASYNCIO_LOOP=uv GOLDEN_BUILD=$preset GOLDEN_TIMEOUT=$timeout_seconds \
  tests/run_golden.sh "build/$preset/taipan" tests/golden/asyncio tests/golden/examples/async_crawler.py || status=1
GOLDEN_TIMEOUT=60 tests/run_stdlib_imports.sh "build/$preset/taipan" || status=1
# A short deterministic fuzz pass (tools/fuzz/fuzz.py, run by taipan itself);
# the sanitizer build gets fewer, slower children and no address-space limit.
fuzz_args=(--seed 1 --count 150 --compile-batches 10 --time-limit 10)
[ "$preset" = asan ] && fuzz_args=(--seed 1 --count 50 --compile-batches 4 --time-limit 60 --memory-mb 0)
"build/$preset/taipan" tools/fuzz/fuzz.py --taipan "build/$preset/taipan" --out "build/$preset/fuzz-findings" \
  "${fuzz_args[@]}" || status=1
tests/run_check.sh "build/$preset/taipan" || status=1
# Instruction counts only mean something in the optimised build (never under ASan).
if [ "$preset" = release ]; then
  "build/$preset/taipan" tests/perf/check_counts.py "build/$preset/taipan" || status=1
fi
exit $status
