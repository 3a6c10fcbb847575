#!/usr/bin/env python3
"""Writes (or verifies) the expected diagnostics of `taipan check` tests.

A test is a Python file under tests/check/. Its expected diagnostics are
markers at the end of the lines they belong to:

    x: int = "a"  # E: Incompatible types in assignment (...)  [assignment]
    reveal_type(x)  # N: Revealed type is "builtins.int"

Several markers on one line follow each other (`# E: ... # E: ...`). The
oracle is mypy (Debian's python3-mypy, run by /usr/bin/python3.11 as
`mypy --no-incremental`): this script runs it on each file and rewrites the
markers from its output (errors, and the notes that reveal types). With
--verify it changes nothing and fails when a file's markers differ from what
mypy reports (a fragment must be contained in mypy's message).

    python3 tools/regen_check.py tests/check/*.py
    python3 tools/regen_check.py --verify tests/check/*.py
"""
import os
import re
import subprocess
import sys

ORACLE = ["/usr/bin/python3.11", "-m", "mypy", "--no-incremental", "--show-error-codes",
          "--no-error-summary", "--config-file", os.devnull]
MARKER = re.compile(r"\s+# ([EN]): ")
LINE = re.compile(r"^(.*?):(\d+): (error|note): (.*)$")


def split_markers(line):
    """The code part of a line and its markers [(kind, fragment)]."""
    m = MARKER.search(line)
    if m is None:
        return line, []
    code, rest = line[:m.start()], line[m.start():]
    parts = re.split(r"\s*# ([EN]): ", rest)
    markers = [(parts[k], parts[k + 1].rstrip()) for k in range(1, len(parts) - 1, 2)]
    return code, markers


def run_oracle(path):
    folder, name = os.path.split(os.path.abspath(path))
    out = subprocess.run(ORACLE + [name], cwd=folder, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"{path}: mypy failed:\n{out.stdout}{out.stderr}")
    found = {}
    for line in out.stdout.splitlines():
        m = LINE.match(line)
        if m is None or m.group(1) != name:
            continue
        kind, msg = m.group(3), m.group(4)
        if kind == "note" and not msg.startswith("Revealed type is"):
            continue
        found.setdefault(int(m.group(2)), []).append(("E" if kind == "error" else "N", msg))
    return found


def process(path, verify):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    found = run_oracle(path)
    if verify:
        ok = True
        for number, line in enumerate(lines, 1):
            _, markers = split_markers(line)
            actual = list(found.get(number, []))
            for kind, fragment in markers:
                hit = next((a for a in actual if a[0] == kind and fragment in a[1]), None)
                if hit is None:
                    print(f"{path}:{number}: marker not reported by mypy: # {kind}: {fragment}")
                    ok = False
                else:
                    actual.remove(hit)
            for kind, msg in actual:
                print(f"{path}:{number}: mypy reports an unmarked {kind}: {msg}")
                ok = False
        return ok
    out = []
    for number, line in enumerate(lines, 1):
        code, _ = split_markers(line)
        for kind, msg in found.get(number, []):
            code += f"  # {kind}: {msg}"
        out.append(code)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    return True


def main():
    args = sys.argv[1:]
    verify = "--verify" in args
    paths = [a for a in args if a != "--verify"]
    if not paths:
        sys.exit(__doc__)
    ok = all([process(p, verify) for p in paths])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
