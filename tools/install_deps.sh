#!/usr/bin/env bash
# Installs the Debian packages Taipan builds and runs with, when any is missing:
# CPython 3.11's standard library (which Taipan runs, DESIGN decision 6) and
# python3.11, the oracle whose outputs the golden tests hold; python3-mypy, the
# oracle of `taipan check` (its typeshed copy holds the stdlib stubs the checker reads);
# python3-pytest and python3-hypothesis, which `taipan -m pytest` runs unmodified;
# valgrind counts instructions for tests/perf, GNU time measures bench/compare.py's peak memory.
set -euo pipefail
packages=(g++ cmake ninja-build ccache libgmp-dev libpcre2-dev libutf8proc-dev libuv1-dev
          libmimalloc-dev libedit-dev libssl-dev zlib1g-dev libbz2-dev liblzma-dev libexpat1-dev libsqlite3-dev libffi-dev libdb5.3-dev libncurses-dev libgtest-dev libbenchmark-dev
          libpython3.11-stdlib python3.11 python3-mypy python3-typeshed python3-pytest python3-hypothesis valgrind time)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi
