#!/usr/bin/env python3
"""Runs every bench/*.py under taipan and CPython side by side and prints the
time ratios (CPython time / taipan time: above 1.0 means taipan is faster).

Usage: bench/compare.py [--taipan PATH] [--python PATH] [--runs N] [NAME...]
Each program runs N times per interpreter (best time kept); their outputs must
agree, or the row says so.
"""
import argparse
import glob
import math
import os
import subprocess
import sys
import time


def best_time(cmd, runs):
    best, out = math.inf, None
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, timeout=600)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            return None, proc.stderr.decode(errors="replace").strip().splitlines()[-1:]
        best, out = min(best, elapsed), proc.stdout
    return best, out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--taipan", default=os.path.join(here, "..", "build", "release", "taipan"))
    # The oracle binary itself: a python3 on PATH may be a shim adding launch time.
    parser.add_argument("--python", default="/usr/bin/python3.11")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()

    programs = sorted(glob.glob(os.path.join(here, "*.py")))
    programs = [p for p in programs if os.path.basename(p) != "compare.py"]
    if args.names:
        programs = [p for p in programs if os.path.basename(p)[:-3] in args.names]

    print(f"{'benchmark':<16}{'python3 s':>11}{'taipan s':>11}{'ratio':>8}")
    ratios = []
    for path in programs:
        name = os.path.basename(path)[:-3]
        py_time, py_out = best_time([args.python, path], args.runs)
        tp_time, tp_out = best_time([args.taipan, path], args.runs)
        if py_time is None or tp_time is None:
            print(f"{name:<16}{'failed':>11}  {tp_out if tp_time is None else py_out}")
            continue
        note = "" if py_out == tp_out else "  (output differs)"
        ratio = py_time / tp_time
        ratios.append(ratio)
        print(f"{name:<16}{py_time:>11.3f}{tp_time:>11.3f}{ratio:>8.2f}{note}")
    if ratios:
        geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"{'geometric mean':<38}{geomean:>8.2f}  ({len(ratios)} of {len(programs)} ran)")


if __name__ == "__main__":
    main()
