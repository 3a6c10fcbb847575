#!/usr/bin/env bash
# Runs `taipan check` on every test of tests/check/ and compares its
# diagnostics with the markers in the file (`# E: fragment` for an error,
# `# N: fragment` for a revealed type; see tools/regen_check.py, which makes
# them from mypy's output). A test passes when every error and every
# "Revealed type" note is marked on its line with a fragment it contains,
# and every marker is matched. Needs no Python.
# Usage: tests/run_check.sh path/to/taipan [test.py ...]
set -uo pipefail
taipan=${1:?usage: tests/run_check.sh path/to/taipan [test.py ...]}
shift
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then tests=("$@"); else tests=(tests/check/*.py); fi
pass=0
fail=0
for t in "${tests[@]}"; do
  out=$(cd "$(dirname "$t")" && timeout 20 "$OLDPWD/$taipan" check "$(basename "$t")" 2>&1)
  status=$?
  if [ $status -gt 1 ]; then
    echo "FAIL $t (exit status $status)"
    echo "$out" | head -5
    fail=$((fail + 1))
    continue
  fi
  report=$(awk -v name="$(basename "$t")" '
    # First input: the test source; collect its markers per line.
    FNR == NR {
      line = $0
      n = 0
      while ((p = match(line, /[ \t]+# [EN]: /)) > 0) {
        rest = substr(line, p + RLENGTH)
        kind = substr(line, p + RLENGTH - 3, 1)
        q = match(rest, /[ \t]+# [EN]: /)
        frag = q > 0 ? substr(rest, 1, q - 1) : rest
        sub(/[ \t]+$/, "", frag)
        n++
        mk[FNR, n] = kind SUBSEP frag
        line = q > 0 ? substr(rest, q) : ""
        if (q > 0) line = " " line
      }
      count[FNR] = n
      next
    }
    # Second input: the diagnostics.
    {
      if (index($0, name ":") != 1) next
      rest = substr($0, length(name) + 2)
      colon = index(rest, ":")
      ln = substr(rest, 1, colon - 1) + 0
      body = substr(rest, colon + 2)
      if (index(body, "error: ") == 1) { kind = "E"; msg = substr(body, 8) }
      else if (index(body, "note: Revealed type is") == 1) { kind = "N"; msg = substr(body, 7) }
      else next
      found = 0
      for (k = 1; k <= count[ln]; k++) {
        if (used[ln, k]) continue
        split(mk[ln, k], parts, SUBSEP)
        if (parts[1] == kind && index(msg, parts[2]) > 0) { used[ln, k] = 1; found = 1; break }
      }
      if (!found) print "  unexpected " ln ": " body
    }
    END {
      for (key in mk) {
        split(key, idx, SUBSEP)
        if (!used[idx[1], idx[2]]) {
          split(mk[key], parts, SUBSEP)
          print "  missing " idx[1] ": # " parts[1] ": " parts[2]
        }
      }
    }' "$t" <(echo "$out"))
  if [ -n "$report" ]; then
    echo "FAIL $t"
    echo "$report"
    fail=$((fail + 1))
  else
    pass=$((pass + 1))
  fi
done
echo "check tests: $pass passed, $fail failed"
[ $fail -eq 0 ]
