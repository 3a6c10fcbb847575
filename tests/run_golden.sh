#!/usr/bin/env bash
# Runs the golden tests: each tests/golden/AREA/NAME.py with a NAME.out is run
# by taipan from its own folder; stdout, stderr (NAME.err, empty if absent) and
# the exit status (NAME.code, 0 if absent) must match what CPython produced.
# tests/golden/xfail.txt lists tests expected to fail, one "AREA/NAME.py reason"
# a line; they are reported as XFAIL (or XPASS once they pass). With
# GOLDEN_BUILD=asan, tests/golden/xfail-asan.txt is read as well (failures seen
# only under the sanitizers). With TAIPAN_ASYNCIO_LOOP=uv (asyncio's default
# loop is then Taipan's libuv loop, lib/taipan_uvloop.py) tests/golden/xfail-uv.txt
# is read too. GOLDEN_TIMEOUT (seconds, default 10) bounds each run.
# Usage: run_golden.sh TAIPAN [FILE_OR_DIR...]
set -u
taipan=$(realpath "$1"); shift
root=$(cd "$(dirname "$0")/golden" && pwd)
xfail_lists=("$root/xfail.txt")
[ "${GOLDEN_BUILD:-}" = asan ] && xfail_lists+=("$root/xfail-asan.txt")
[ "${TAIPAN_ASYNCIO_LOOP:-}" = uv ] && xfail_lists+=("$root/xfail-uv.txt")
timeout_seconds=${GOLDEN_TIMEOUT:-10}
targets=("$@"); [ ${#targets[@]} -eq 0 ] && targets=("$root")

tests=()
for t in "${targets[@]}"; do
  if [ -d "$t" ]; then
    while IFS= read -r f; do tests+=("$f"); done < <(find "$(realpath "$t")" -name '*.py' ! -name '_*' | sort)
  else
    tests+=("$(realpath "$t")")
  fi
done

xfail_reason() {
  local list
  for list in "${xfail_lists[@]}"; do
    [ -f "$list" ] || continue
    grep -E "^$1[[:space:]]" "$list" | head -1 | sed -E 's/^[^[:space:]]+[[:space:]]+//'
  done | head -1
}

passed=0; failed=0; xfailed=0; xpassed=0; failures=()
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for py in "${tests[@]}"; do
  base=${py%.py}
  [ -f "$base.out" ] || continue
  rel=${py#"$root"/}
  dir=$(dirname "$py"); name=$(basename "$py")
  stdin=/dev/null; [ -f "$base.in" ] && stdin="$base.in"
  (cd "$dir" && PYTHONHASHSEED=0 LC_ALL=C.UTF-8 timeout "$timeout_seconds" "$taipan" "$name" <"$stdin" >"$tmp/out" 2>"$tmp/err")
  code=$?
  # The test's folder appears as <dir> in expectations (see tools/regen_golden.py).
  sed -i "s|$dir|<dir>|g" "$tmp/out" "$tmp/err"
  expected_code=0; [ -f "$base.code" ] && expected_code=$(cat "$base.code")
  ok=1
  cmp -s "$tmp/out" "$base.out" || ok=0
  if [ -f "$base.err" ]; then cmp -s "$tmp/err" "$base.err" || ok=0; else [ -s "$tmp/err" ] && ok=0; fi
  [ "$code" = "$expected_code" ] || ok=0
  reason=$(xfail_reason "$rel")
  if [ $ok = 1 ]; then
    if [ -n "$reason" ]; then echo "XPASS $rel (listed in xfail.txt: remove it)"; xpassed=$((xpassed+1)); fi
    passed=$((passed+1))
  elif [ -n "$reason" ]; then
    echo "XFAIL $rel: $reason"; xfailed=$((xfailed+1))
  else
    failed=$((failed+1)); failures+=("$rel")
    echo "FAIL $rel (exit $code, expected $expected_code)"
    diff <(cat "$base.out") "$tmp/out" | head -15 | sed 's/^/    out /'
    if [ -f "$base.err" ]; then diff "$base.err" "$tmp/err"; else cat "$tmp/err"; fi | head -15 | sed 's/^/    err /'
  fi
done
echo "golden: $passed passed, $failed failed, $xfailed skipped"
[ $failed -eq 0 ]
