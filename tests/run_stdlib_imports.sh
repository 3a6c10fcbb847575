#!/usr/bin/env bash
# Imports, each in a fresh `taipan -S`, every module of CPython's library
# that the oracle imports cleanly (tests/stdlib/modules.txt, written by
# tools/list_stdlib_modules.py). A module listed in tests/stdlib/import_xfail.txt
# ("NAME reason") is expected to fail and reported as XFAIL; any other
# failure fails the run.
# Usage: run_stdlib_imports.sh TAIPAN
set -u
taipan=$(realpath "$1")
root=$(cd "$(dirname "$0")/stdlib" && pwd)
timeout_seconds=${GOLDEN_TIMEOUT:-10}
passed=0; failed=0; xfailed=0; total=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
while IFS= read -r name; do
  [ -n "$name" ] || continue
  total=$((total+1))
  reason=$(grep -E "^${name//./\\.}[[:space:]]" "$root/import_xfail.txt" 2>/dev/null | head -1 | sed -E 's/^[^[:space:]]+[[:space:]]+//')
  (cd "$tmp" && timeout "$timeout_seconds" "$taipan" -S -c "import $name" </dev/null >/dev/null 2>"$tmp/err")
  code=$?
  if [ $code = 0 ] && [ ! -s "$tmp/err" ]; then
    [ -n "$reason" ] && echo "XPASS $name (listed in import_xfail.txt: remove it)"
    passed=$((passed+1))
  elif [ -n "$reason" ]; then
    xfailed=$((xfailed+1))
  else
    failed=$((failed+1))
    echo "FAIL import $name (exit $code): $(tail -1 "$tmp/err")"
  fi
done < "$root/modules.txt"
echo "stdlib imports: $passed of $total import ($((passed * 100 / total))%), $xfailed expected failures listed with reasons"
echo "stdlib: $passed passed, $failed failed, $xfailed skipped"
[ $failed -eq 0 ]
