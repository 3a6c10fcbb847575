#!/usr/bin/env python3
"""Runs every bench/*.py under CPython and taipan (and any --with
interpreter), alternating the interpreters run by run, checks that every run
of a program prints the same checksum, and prints per program the median time
of each interpreter, the ratio CPython time / other time (above 1.0: faster
than CPython), the peak resident memory of each, and the geometric mean of
the ratios.

Usage: bench/compare.py [--runs N] [--clock cpu|wall] [--with NAME=CMD]...
                        [--markdown] [--arg ARG] [PATTERN...]
The asyncio programs (async_*) run on Taipan's libuv loop with
--with "uv=build/release/taipan -X uvloop" (or TAIPAN_ASYNCIO_LOOP=uv).
PATTERNs select programs by name (fnmatch, e.g. 'richards*'; a plain word
matches as a substring). --arg passes one argument to every program (each
takes an optional size: smaller runs for a quick look or for a profiler).

Time is the child's CPU time (user + system, from os.wait4) by default: on a
shared machine the wall clock also counts the time other processes hold the
cores. --clock wall measures elapsed time instead. Memory is the peak
resident set of the program (GNU time's %M). CPython is always the resolved real binary, never a launcher.
"""
import argparse
import fnmatch
import glob
import math
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT_SECONDS = 600
TIME = "/usr/bin/time"  # GNU time (Debian package time)


class Interpreter:
    def __init__(self, name, argv):
        self.name = name
        self.argv = argv


class Result:
    """What one interpreter did with one program over all its runs."""

    def __init__(self):
        self.times = []
        self.peaks_kb = []
        self.outputs = set()
        self.error = None

    @property
    def median(self):
        return statistics.median(self.times)

    @property
    def peak_mb(self):
        return max(self.peaks_kb) / 1024


def run_once(argv, clock, env):
    """Runs argv to completion: (seconds, peak KB, exit code, stdout, stderr)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as peak:
        # Linux charges a child with its parent's peak memory up to exec: GNU
        # time starts the program from a small process and reports its own peak.
        argv = [TIME, "-f", "%M", "-o", peak.name] + argv
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env)
        killer = threading.Timer(TIMEOUT_SECONDS, proc.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        # usage covers GNU time and the program it waited for.
        seconds = usage.ru_utime + usage.ru_stime if clock == "cpu" else elapsed
        peak_kb = int(peak.read().split()[-1])
        return seconds, peak_kb, proc.returncode, out.read(), err.read()


def measure(interpreters, path, runs, clock, extra_args, env):
    results = {i.name: Result() for i in interpreters}
    # One untimed run of each other interpreter fills its code cache for the
    # modules the program imports (CPython's are compiled at install time).
    for interp in interpreters[1:]:
        run_once(interp.argv + [path] + extra_args, clock, env)
    for run in range(runs):
        # Rotate who goes first so that no interpreter always runs on a cold cache.
        order = interpreters[run % len(interpreters):] + interpreters[:run % len(interpreters)]
        for interp in order:
            res = results[interp.name]
            if res.error:
                continue
            seconds, peak, code, out, err = run_once(interp.argv + [path] + extra_args, clock, env)
            if code != 0:
                lines = err.decode(errors="replace").strip().splitlines()
                res.error = f"exit {code}: {lines[-1] if lines else ''}"[:70]
                continue
            res.times.append(seconds)
            res.peaks_kb.append(peak)
            res.outputs.add(out)
    return results


def select_programs(patterns):
    programs = sorted(p for p in glob.glob(os.path.join(HERE, "*.py")) if os.path.basename(p) != "compare.py")
    if not patterns:
        return programs

    def wanted(name):
        return any(fnmatch.fnmatch(name, p) if any(c in p for c in "*?[") else p in name for p in patterns)

    return [p for p in programs if wanted(os.path.basename(p)[:-3])]


def parse_interpreters(args):
    python = os.path.realpath(args.python)
    if not os.access(python, os.X_OK):
        sys.exit(f"compare.py: {python} is not an executable")
    interpreters = [Interpreter("cpython", [python]), Interpreter("taipan", [os.path.realpath(args.taipan)])]
    for spec in args.with_:
        name, sep, cmd = spec.partition("=")
        if not sep or not name or not cmd:
            sys.exit(f"compare.py: --with wants NAME=CMD, not {spec!r}")
        interpreters.append(Interpreter(name, shlex.split(cmd)))
    return interpreters


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))


class Table:
    """Prints rows as aligned text or as a Markdown table."""

    def __init__(self, headers, markdown):
        self.markdown = markdown
        self.widths = [max(len(h), 9) for h in headers]
        self.widths[0] = 20
        self.row(headers)
        if markdown:
            print("|" + "|".join("-" * (w + 2) for w in self.widths) + "|")

    def row(self, cells):
        cells = [str(c) for c in cells] + [""] * (len(self.widths) - len(cells))
        if self.markdown:
            print("| " + " | ".join(c.ljust(w) for c, w in zip(cells, self.widths)) + " |", flush=True)
        else:
            text = cells[0].ljust(self.widths[0]) + "".join(c.rjust(w + 2) for c, w in zip(cells[1:], self.widths[1:]))
            print(text.rstrip(), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--taipan", default=os.path.join(HERE, "..", "build", "release", "taipan"))
    parser.add_argument("--python", default="/usr/bin/python3.11")
    parser.add_argument("--with", dest="with_", action="append", default=[], metavar="NAME=CMD",
                        help="another interpreter to compare (repeatable)")
    parser.add_argument("--runs", type=int, default=5, help="runs per program and interpreter (median kept)")
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu")
    parser.add_argument("--arg", action="append", default=[], help="argument passed to every program")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("patterns", nargs="*")
    args = parser.parse_args()

    interpreters = parse_interpreters(args)
    others = interpreters[1:]
    programs = select_programs(args.patterns)
    if not programs:
        sys.exit("compare.py: no program matches")
    # Fixed hashing: a program's output and its work must not change run to run.
    env = dict(os.environ, PYTHONHASHSEED="0")
    # Compiled code is cached as after an install: PYTHONDONTWRITEBYTECODE in
    # the caller's environment would make Taipan compile every imported
    # library module on every run, while CPython reads Debian's .pyc files.
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    headers = ["benchmark", "cpython s"]
    headers += [f"{i.name} s" for i in others] + [f"ratio {i.name}" for i in others]
    headers += ["cpython MB"] + [f"{i.name} MB" for i in others] + ["note"]
    table = Table(headers, args.markdown)
    ratios = {i.name: [] for i in others}
    for path in programs:
        name = os.path.basename(path)[:-3]
        results = measure(interpreters, path, args.runs, args.clock, args.arg, env)
        base = results["cpython"]
        if base.error:
            table.row([name, "failed", "", "", base.error])
            continue
        times, row_ratios, mems, notes = [], [], [], []
        if len(base.outputs) > 1:
            notes.append("cpython output varies between runs")
        for interp in others:
            res = results[interp.name]
            if res.error:
                times.append("-")
                row_ratios.append("-")
                mems.append("-")
                notes.append(f"{interp.name} {res.error}")
                continue
            times.append(f"{res.median:.3f}")
            mems.append(f"{res.peak_mb:.0f}")
            if res.outputs != base.outputs:
                row_ratios.append("-")
                notes.append(f"{interp.name} output differs")
                continue
            ratio = base.median / res.median
            ratios[interp.name].append(ratio)
            row_ratios.append(f"{ratio:.2f}")
        table.row([name, f"{base.median:.3f}"] + times + row_ratios + [f"{base.peak_mb:.0f}"] + mems +
                  ["; ".join(notes)])
    for interp in others:
        got = ratios[interp.name]
        if got:
            below = sum(1 for r in got if r < 1.0)
            print(f"\n{interp.name}: geometric mean {geometric_mean(got):.2f}x CPython over {len(got)} of "
                  f"{len(programs)} programs ({below} below 1.0; {args.runs} runs each, {args.clock} time, medians)")
        else:
            print(f"\n{interp.name}: no program ran with matching output")


if __name__ == "__main__":
    main()
