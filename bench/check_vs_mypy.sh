#!/usr/bin/env bash
# Times `taipan check` against mypy (`mypy --no-incremental`, cold: no cache)
# on the checker's test corpus (tests/check) and on a larger real input
# (annotated modules of CPython's library, copied to a temporary folder so
# that they are checked as ordinary files). Prints best-of-N wall times and
# the ratio mypy / taipan, for wall time and for CPU time (user + system, the
# fairer figure on a loaded machine). `taipan-check` (the checker built as an
# executable of its own, beside taipan) is timed too: the same checking
# without loading the interpreter's libraries.
# Usage: bench/check_vs_mypy.sh [path/to/taipan] [runs]
set -uo pipefail
cd "$(dirname "$0")/.."
taipan=${1:-build/release/taipan}
runs=${2:-3}
taipan_check=$(dirname "$taipan")/taipan-check
mypy=(/usr/bin/python3.11 -m mypy --no-incremental --config-file /dev/null --cache-dir /dev/null)
real=$(mktemp -d)
trap 'rm -rf "$real"' EXIT
echo 'x = 1' > "$real/one_line.py"
for f in dataclasses.py graphlib.py fractions.py statistics.py string.py textwrap.py shlex.py \
         ipaddress.py difflib.py heapq.py bisect.py enum.py; do
  cp "/usr/lib/python3.11/$f" "$real/lib_$f"
done

best() {  # best "wall cpu" seconds of a command over $runs runs
  local best_wall="" best_cpu=""
  for _ in $(seq "$runs"); do
    local times wall cpu
    /usr/bin/time -o "$real/.time" -f "%e %U %S" "$@" > /dev/null 2>&1
    times=$(tail -1 "$real/.time")
    wall=$(echo "$times" | awk '{print $1}')
    cpu=$(echo "$times" | awk '{print $2 + $3}')
    if [ -z "$best_wall" ] || [ "$(echo "$wall < $best_wall" | bc)" = 1 ]; then best_wall=$wall; fi
    if [ -z "$best_cpu" ] || [ "$(echo "$cpu < $best_cpu" | bc)" = 1 ]; then best_cpu=$cpu; fi
  done
  echo "$best_wall $best_cpu"
}

row() {  # name, files...
  local name=$1
  shift
  local n=$#
  read -r tw tc < <(best "$taipan" check "$@")
  read -r mw mc < <(best "${mypy[@]}" "$@")
  # A time below the clock's resolution counts as 0.01 s.
  tc=$(echo "if ($tc < 0.01) 0.01 else $tc" | bc -l)
  tw=$(echo "if ($tw < 0.01) 0.01 else $tw" | bc -l)
  printf "%-12s %3d files  wall: taipan %6.2f s, mypy %6.2f s (%5.1fx)  cpu: taipan %6.2f s, mypy %6.2f s (%5.1fx)\n" \
    "$name" "$n" "$tw" "$mw" "$(echo "$mw / $tw" | bc -l)" "$tc" "$mc" "$(echo "$mc / $tc" | bc -l)"
  if [ -x "$taipan_check" ]; then
    read -r cw cc < <(best "$taipan_check" "$@")
    cc=$(echo "if ($cc < 0.01) 0.01 else $cc" | bc -l)
    cw=$(echo "if ($cw < 0.01) 0.01 else $cw" | bc -l)
    printf "%-12s %3d files  wall: taipan-check %6.2f s (%5.1fx)  cpu: taipan-check %6.2f s (%5.1fx)\n" \
      "" "$n" "$cw" "$(echo "$mw / $cw" | bc -l)" "$cc" "$(echo "$mc / $cc" | bc -l)"
  fi
}

row one-line "$real/one_line.py"
row corpus tests/check/*.py
row stdlib-copy "$real"/lib_*.py
