#!/usr/bin/env python3
"""Regenerates golden expectations from CPython 3.11.

For each tests/golden/AREA/NAME.py given (files or folders), runs it with the
oracle from its own folder: Debian's python3.11, the same release as the
standard library Taipan runs (TAIPAN_ORACLE names another interpreter), several times under different PYTHONHASHSEED
values, and writes NAME.out (stdout), NAME.err (stderr, when not empty) and
NAME.code (exit status, when not 0). A program whose output varies between
runs is refused: golden programs must be deterministic.
The absolute path of the test's folder is written as <dir> in the outputs.
Support files that are not tests (modules a test imports) live in sub-folders
or start with an underscore.
"""
import os
import subprocess
import sys

SEEDS = ["0", "1", "17", "12345"]
ORACLE = os.environ.get("TAIPAN_ORACLE", "/usr/bin/python3.11")


def is_test(path):
    name = os.path.basename(path)
    return name.endswith(".py") and not name.startswith("_")


def collect(args):
    for arg in args:
        if os.path.isdir(arg):
            for name in sorted(os.listdir(arg)):
                full = os.path.join(arg, name)
                if os.path.isfile(full) and is_test(full):
                    yield full
        elif is_test(arg):
            yield arg


def run(path, seed):
    folder, name = os.path.split(os.path.abspath(path))
    stdin_path = os.path.join(folder, name[:-3] + ".in")
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONDONTWRITEBYTECODE="1",
               LC_ALL="C.UTF-8", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONPATH", None)
    with open(stdin_path if os.path.exists(stdin_path) else os.devnull, "rb") as stdin:
        proc = subprocess.run([ORACLE, name], cwd=folder, stdin=stdin,
                              capture_output=True, env=env, timeout=60)
    # Tracebacks name the script by its absolute path; the folder is written as
    # <dir> so that expectations hold in any checkout (run_golden.sh does the same).
    marker = folder.encode()
    return (proc.stdout.replace(marker, b"<dir>"), proc.stderr.replace(marker, b"<dir>"),
            proc.returncode)


def write_or_remove(path, data):
    if data:
        with open(path, "wb") as f:
            f.write(data)
    elif os.path.exists(path):
        os.remove(path)


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: regen_golden.py FILE_OR_DIR...")
    refused = 0
    for path in collect(sys.argv[1:]):
        results = [run(path, seed) for seed in SEEDS]
        if any(r != results[0] for r in results[1:]):
            print(f"REFUSED (output varies with PYTHONHASHSEED or between runs): {path}")
            refused += 1
            continue
        out, err, code = results[0]
        base = path[:-3]
        write_or_remove(base + ".out", out if out else b"")
        if not out:
            open(base + ".out", "wb").close()
        write_or_remove(base + ".err", err)
        write_or_remove(base + ".code", f"{code}\n".encode() if code else b"")
        print(f"ok {path} (exit {code})")
    sys.exit(1 if refused else 0)


if __name__ == "__main__":
    main()
