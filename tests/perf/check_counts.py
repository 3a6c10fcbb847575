#!/usr/bin/env python3
"""Performance regression guard that cannot flake: counts the instructions
taipan executes (valgrind's callgrind) on three small bench/ programs and
fails when a count leaves the band recorded in counts.txt. No test here
asserts a time.

Usage: tests/perf/check_counts.py [--record] TAIPAN
--record rewrites counts.txt with today's counts: do it after a change that
is meant to move them (a speed-up too, so that the band keeps guarding it).
Runs are deterministic: fixed PYTHONHASHSEED, programs with no time input.
"""
import argparse
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
COUNTS = os.path.join(HERE, "counts.txt")
# Program and size argument: a few seconds each under callgrind.
PROGRAMS = (("richards_super", "1"), ("nbody", "20000"), ("comprehensions", "1"))
DEFAULT_TOLERANCE = 0.03


# The programs run in an environment of their own, the same on every machine:
# addresses (and with them the collisions of the interpreter's caches, which
# move counts by several percent) depend on the size of the environment.
PERF_HOME = "/tmp/taipan-perf-home"


def program_and_env(taipan, name, arg):
    os.makedirs(PERF_HOME, exist_ok=True)
    env = {"PATH": "/usr/bin:/bin", "HOME": PERF_HOME, "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "0"}
    return [taipan, os.path.join(ROOT, "bench", name + ".py"), arg], env


def warm_code_cache(taipan, name, arg):
    """Runs the program once, so that the count never includes compiling the
    modules it imports (every warm-up ends before any count starts: one
    program's warm-up must not write the cache another is reading)."""
    program, env = program_and_env(taipan, name, arg)
    subprocess.run(program, capture_output=True, env=env, stdin=subprocess.DEVNULL)


def count_instructions(taipan, name, arg):
    program, env = program_and_env(taipan, name, arg)
    cmd = ["/usr/bin/valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + program
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL)
    found = re.search(r"Collected : (\d+)", proc.stderr)
    if proc.returncode != 0 or not found:
        sys.exit(f"check_counts: {' '.join(cmd)} failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    return int(found.group(1))


def read_counts():
    tolerance, counts = DEFAULT_TOLERANCE, {}
    with open(COUNTS) as f:
        for line in f:
            words = line.split()
            if not words or words[0].startswith("#"):
                continue
            if words[0] == "tolerance":
                tolerance = float(words[1])
            else:
                counts[(words[0], words[1])] = int(words[2])
    return tolerance, counts


def write_counts(tolerance, counts):
    with open(COUNTS, "w") as f:
        f.write("# Instructions taipan (release build) executes per program under callgrind.\n"
                "# Written by tests/perf/check_counts.py --record; checked by tools/test.sh.\n"
                f"tolerance {tolerance}\n")
        for (name, arg), n in counts.items():
            f.write(f"{name} {arg} {n}\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--record", action="store_true")
    parser.add_argument("taipan")
    args = parser.parse_args()
    taipan = os.path.abspath(args.taipan)
    for p in PROGRAMS:
        warm_code_cache(taipan, *p)
    with ThreadPoolExecutor(max_workers=os.cpu_count()) as pool:
        measured = dict(zip(PROGRAMS, pool.map(lambda p: count_instructions(taipan, *p), PROGRAMS)))
    tolerance, recorded = read_counts() if os.path.exists(COUNTS) else (DEFAULT_TOLERANCE, {})
    if args.record:
        write_counts(tolerance, measured)
        print(f"check_counts: recorded {len(measured)} counts in {os.path.relpath(COUNTS, ROOT)}")
        return
    failed = 0
    for (name, arg), n in measured.items():
        want = recorded.get((name, arg))
        if want is None:
            print(f"FAIL {name} {arg}: no recorded count (run with --record)")
            failed += 1
            continue
        change = n / want - 1
        ok = abs(change) <= tolerance
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name} {arg}: {n:,} instructions, {change:+.2%} against {want:,}")
    if failed:
        print(f"check_counts: {failed} count(s) outside ±{tolerance:.0%}; if the change is meant, "
              f"re-record: tests/perf/check_counts.py --record {args.taipan}")
        sys.exit(1)


if __name__ == "__main__":
    main()
