#!/usr/bin/env python3
"""Regenerates the expected pytest reports of the sample project.

Runs tests/run_pytest_project.sh with the oracle (Debian's python3.11 and its
pytest; TAIPAN_ORACLE names another interpreter) twice, refuses reports that
differ between the two runs once masked, and writes them to
tests/pytest_reports/NAME.out and NAME.code.
"""
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile

ORACLE = os.environ.get("TAIPAN_ORACLE", "/usr/bin/python3.11")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNNER = os.path.join(ROOT, "tests", "run_pytest_project.sh")
EXPECTED = os.path.join(ROOT, "tests", "pytest_reports")


def main():
    with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
        for folder in (first, second):
            subprocess.run([RUNNER, ORACLE, folder], check=True)
        names = sorted(os.listdir(first))
        _, mismatch, errors = filecmp.cmpfiles(first, second, names, shallow=False)
        if mismatch or errors:
            sys.exit(f"nondeterministic reports: {' '.join(mismatch + errors)}")
        shutil.rmtree(EXPECTED, ignore_errors=True)
        shutil.copytree(first, EXPECTED)
        print(f"wrote {len(names) // 2} reports to {os.path.relpath(EXPECTED, ROOT)}")


if __name__ == "__main__":
    main()
