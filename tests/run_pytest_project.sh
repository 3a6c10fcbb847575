#!/usr/bin/env bash
# Runs Debian's pytest on the sample project tests/pytest_project with each
# invocation of tests/pytest_project.runs, masks the reports with
# tests/mask_pytest_report.sed and compares them (and the exit status) with
# tests/pytest_reports/NAME.out / NAME.code, which tools/regen_pytest.py made
# from CPython's run. All runs share one copy of the project in a temporary
# folder, so nothing is written into the checkout. CI and BUILD_NUMBER are
# removed from the environment: pytest stops shortening its reports when
# either is set.
# Usage: run_pytest_project.sh PYTHON            compare PYTHON's reports
#        run_pytest_project.sh PYTHON OUT_DIR    write them to OUT_DIR instead
set -u
python=$(realpath "$1"); out_dir=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
expected=$here/pytest_reports
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp -r "$here/pytest_project" "$tmp/project"
passed=0; failed=0
while read -r line; do
  case "$line" in ''|'#'*) continue ;; esac
  eval "words=($line)"
  name=${words[0]}; args=("${words[@]:1}")
  (cd "$tmp/project" && env -u PYTHONDONTWRITEBYTECODE -u PYTHONPATH -u CI -u BUILD_NUMBER PYTHONUNBUFFERED=1 COLUMNS=80 PYTHONHASHSEED=0 LC_ALL=C.UTF-8 \
     timeout 120 "$python" -m pytest --basetemp="$tmp/basetemp" "${args[@]}" >"$tmp/report" 2>&1)
  code=$?
  sed -E -i -f "$here/mask_pytest_report.sed" -e "s|$tmp|<tmp>|g" "$tmp/report"
  if [ -n "$out_dir" ]; then
    cp "$tmp/report" "$out_dir/$name.out"; echo "$code" >"$out_dir/$name.code"
  elif cmp -s "$tmp/report" "$expected/$name.out" && [ "$code" = "$(cat "$expected/$name.code")" ]; then
    passed=$((passed+1))
  else
    failed=$((failed+1))
    echo "FAIL pytest $name (exit $code, expected $(cat "$expected/$name.code"))"
    diff "$expected/$name.out" "$tmp/report" | head -40
  fi
done <"$here/pytest_project.runs"
[ -n "$out_dir" ] && exit 0
echo "pytest project: $passed passed, $failed failed"
[ "$failed" = 0 ]
