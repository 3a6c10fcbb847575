"""Helpers for the unittest goldens: run tests with the text runner or the
command line and print the report with its timings masked."""
import io
import os
import re
import subprocess
import sys
import tempfile
import textwrap
import unittest


def mask(text):
    return re.sub(r"in \d+\.\d+s", "in <T>s", text)


def run(*cases, verbosity=1, **runner_options):
    """Runs the given TestCase classes (or suites) and prints the report."""
    suite = unittest.TestSuite()
    for case in cases:
        if isinstance(case, type):
            case = unittest.defaultTestLoader.loadTestsFromTestCase(case)
        suite.addTest(case)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **runner_options).run(suite)
    print(mask(stream.getvalue()), end="")
    return result


def run_cli(files, *args, module="unittest"):
    """Writes files ({relative path: source}) to a temporary folder and runs
    `python -m MODULE ARGS` there; prints the exit status and both streams."""
    with tempfile.TemporaryDirectory() as folder:
        for path, source in files.items():
            full = os.path.join(folder, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w") as f:
                f.write(textwrap.dedent(source))
        # argparse names the program after the interpreter's file name: one name for all.
        python = os.path.join(folder, "python3.11")
        os.symlink(sys.executable, python)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        proc = subprocess.run([python, "-m", module, *args], cwd=folder, env=env,
                              capture_output=True, text=True)
        real = os.path.realpath(folder)
    print("$ python -m", module, *args)
    print("exit", proc.returncode)
    for name, text in (("stdout", proc.stdout), ("stderr", proc.stderr)):
        if text:
            print(f"--- {name}")
            text = text.replace(real, "<tmp>").replace(folder, "<tmp>")
            print(mask(text), end="")
