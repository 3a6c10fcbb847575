#!/usr/bin/env bash
# The lazy stub reading (src/check/lazy_stubs.h) must not change a single
# diagnostic: runs `taipan check` with stubs read lazily and whole
# (TAIPAN_CHECK_EAGER_STUBS=1) on the corpus and on annotated modules of
# CPython's library, each file alone and all together, and `taipan-check`
# (the checker's own executable) on the same, and compares the outputs.
# Usage: tests/check/lazy_vs_eager.sh path/to/taipan path/to/taipan-check
set -uo pipefail
taipan=$(realpath "${1:?usage: lazy_vs_eager.sh taipan taipan-check}")
taipan_check=$(realpath "${2:?usage: lazy_vs_eager.sh taipan taipan-check}")
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for f in dataclasses.py graphlib.py fractions.py statistics.py string.py textwrap.py shlex.py \
         ipaddress.py difflib.py heapq.py bisect.py enum.py; do
  cp "/usr/lib/python3.11/$f" "$work/lib_$f"
done
# A definition before `from m import *` wins over the star's name, one after it loses.
mkdir "$work/star"
printf 'def capwords(s: str) -> int: ...\nfrom string import *\ndef Template() -> int: ...\n' > "$work/star/starmod.pyi"
printf 'from starmod import Template, capwords\nreveal_type(capwords("a"))\nreveal_type(Template())\n' > "$work/star/use.py"
inputs=("tests/check/*.py" "$work/lib_*.py" "$work/star/use.py")
for f in tests/check/*.py "$work"/lib_*.py; do inputs+=("$f"); done
fail=0
for input in "${inputs[@]}"; do
  # shellcheck disable=SC2086  # the globs are meant to expand
  lazy=$("$taipan" check $input 2>&1)
  eager=$(TAIPAN_CHECK_EAGER_STUBS=1 "$taipan" check $input 2>&1)
  alone=$("$taipan_check" $input 2>&1)
  if [ "$lazy" != "$eager" ] || [ "$lazy" != "$alone" ]; then
    echo "FAIL $input"
    diff <(echo "$eager") <(echo "$lazy") | head -5
    diff <(echo "$lazy") <(echo "$alone") | head -5
    fail=$((fail + 1))
  fi
done
echo "lazy vs eager stubs: ${#inputs[@]} inputs, $fail differing"
[ "$fail" = 0 ]
