"""A plugin module registered by conftest.py: counts outcomes through hooks
and prints them in the terminal summary."""
import collections

tally = collections.Counter()


def pytest_runtest_logreport(report):
    if report.when == "call":
        tally[report.outcome] += 1


def pytest_terminal_summary(terminalreporter):
    terminalreporter.write_sep("-", "tally plugin")
    for outcome in sorted(tally):
        terminalreporter.write_line(f"{outcome}: {tally[outcome]}")
