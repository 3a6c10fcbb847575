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
# Areas run GOLDEN_JOBS at a time (default: the number of cores), the programs
# of one area one after another; the areas in tests/golden/serial.txt (threads,
# processes, timers: programs whose outcome could depend on the machine's load)
# run afterwards, alone.
# Usage: run_golden.sh TAIPAN [FILE_OR_DIR...]
set -u
root=$(cd "$(dirname "$0")/golden" && pwd)

# One area's programs (the files listed in $2), reported into $3.report and
# counted into $3.counts ("passed failed xfailed").
run_area() {
  local taipan=$1 list=$2 out=$3
  local xfail_lists=("$root/xfail.txt")
  [ "${GOLDEN_BUILD:-}" = asan ] && xfail_lists+=("$root/xfail-asan.txt")
  [ "${TAIPAN_ASYNCIO_LOOP:-}" = uv ] && xfail_lists+=("$root/xfail-uv.txt")
  local timeout_seconds=${GOLDEN_TIMEOUT:-10}
  local passed=0 failed=0 xfailed=0
  local scratch; scratch=$(mktemp -d)
  local py base rel dir name stdin code expected_code ok reason
  while IFS= read -r py; do
    base=${py%.py}
    [ -f "$base.out" ] || continue
    rel=${py#"$root"/}
    dir=$(dirname "$py"); name=$(basename "$py")
    stdin=/dev/null; [ -f "$base.in" ] && stdin="$base.in"
    (cd "$dir" && PYTHONHASHSEED=0 LC_ALL=C.UTF-8 timeout "$timeout_seconds" "$taipan" "$name" <"$stdin" >"$scratch/out" 2>"$scratch/err")
    code=$?
    # The test's folder appears as <dir> in expectations (see tools/regen_golden.py).
    sed -i "s|$dir|<dir>|g" "$scratch/out" "$scratch/err"
    expected_code=0; [ -f "$base.code" ] && expected_code=$(cat "$base.code")
    ok=1
    cmp -s "$scratch/out" "$base.out" || ok=0
    if [ -f "$base.err" ]; then cmp -s "$scratch/err" "$base.err" || ok=0; else [ -s "$scratch/err" ] && ok=0; fi
    [ "$code" = "$expected_code" ] || ok=0
    reason=$(for l in "${xfail_lists[@]}"; do [ -f "$l" ] && grep -E "^$rel[[:space:]]" "$l"; done |
             head -1 | sed -E 's/^[^[:space:]]+[[:space:]]+//')
    if [ $ok = 1 ]; then
      [ -n "$reason" ] && echo "XPASS $rel (listed in xfail.txt: remove it)"
      passed=$((passed+1))
    elif [ -n "$reason" ]; then
      echo "XFAIL $rel: $reason"; xfailed=$((xfailed+1))
    else
      failed=$((failed+1))
      echo "FAIL $rel (exit $code, expected $expected_code)"
      diff <(cat "$base.out") "$scratch/out" | head -15 | sed 's/^/    out /'
      if [ -f "$base.err" ]; then diff "$base.err" "$scratch/err"; else cat "$scratch/err"; fi | head -15 | sed 's/^/    err /'
    fi
  done <"$list" >"$out.report"
  rm -rf "$scratch"
  echo "$passed $failed $xfailed" >"$out.counts"
}

if [ "${1:-}" = --area ]; then run_area "$2" "$3" "$4"; exit 0; fi

taipan=$(realpath "$1"); shift
targets=("$@"); [ ${#targets[@]} -eq 0 ] && targets=("$root")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

serial=" $(sed -e 's/#.*//' "$root/serial.txt" | tr '\n' ' ') "
# Each program into its area's list (the area is the program's folder), named
# serial.AREA or parallel.AREA by its top folder.
for t in "${targets[@]}"; do
  if [ -d "$t" ]; then find "$(realpath "$t")" -name '*.py' ! -name '_*'; else realpath "$t"; fi
done | sort -u | while IFS= read -r py; do
  area=$(dirname "${py#"$root"/}")
  kind=parallel; case "$serial" in *" ${area%%/*} "*) kind=serial ;; esac
  echo "$py" >>"$work/$kind.$(echo "$area" | tr / _).list"
done
parallel_lists=("$work"/parallel.*.list); serial_lists=("$work"/serial.*.list)

jobs=${GOLDEN_JOBS:-$(nproc)}
for list in "${parallel_lists[@]}"; do [ -e "$list" ] && echo "$list"; done |
  xargs -P "$jobs" -I{} "$0" --area "$taipan" {} {}
for list in "${serial_lists[@]}"; do [ -e "$list" ] && "$0" --area "$taipan" "$list" "$list"; done

passed=0; failed=0; xfailed=0
for name in $(cd "$work" && ls -- *.list | sort -t. -k2); do
  list=$work/$name
  [ -e "$list.counts" ] || continue
  cat "$list.report"
  read -r p f x <"$list.counts"
  passed=$((passed+p)); failed=$((failed+f)); xfailed=$((xfailed+x))
done
echo "golden: $passed passed, $failed failed, $xfailed skipped"
[ $failed -eq 0 ]
