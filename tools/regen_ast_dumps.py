#!/usr/bin/python3.11
"""regen_ast_dumps.py — regenerates the expected results of the parser tests
with CPython 3.11 (run by hand, never by the test suite), under the oracle,
Debian's /usr/bin/python3.11 (3.11.2): tools/regen_ast_dumps.py runs it.

For every tests/unit/parser_cases/NAME.py it writes NAME.dump, the output of
ast.dump(ast.parse(source), include_attributes=True). Files named eval_*.py
and single_*.py are parsed in "eval" and "single" mode instead.

For every tests/unit/parser_cases/errors/NAME.py it writes NAME.err: the
SyntaxError's class name, msg, lineno, offset, end_lineno and end_offset, one
per line (None is written as 0, as Taipan's parser reports it).
"""

import ast
import pathlib
import sys
import warnings

ROOT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "unit" / "parser_cases"


def source_of(path):
    """The text CPython would see when running the file: decoded UTF-8 (so
    error columns count characters, as for files), or the raw bytes when a
    coding declaration is needed to decode them."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data


def mode_of(path):
    if path.name.startswith("eval_"):
        return "eval"
    if path.name.startswith("single_"):
        return "single"
    return "exec"


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("regen_ast_dumps.py needs CPython 3.11 (this is %s)" % sys.version.split()[0])
    warnings.simplefilter("ignore")
    written = 0
    for py in sorted(ROOT.glob("*.py")):
        tree = ast.parse(source_of(py), str(py.name), mode=mode_of(py))
        py.with_suffix(".dump").write_text(ast.dump(tree, include_attributes=True) + "\n")
        written += 1
    for py in sorted((ROOT / "errors").glob("*.py")):
        try:
            ast.parse(source_of(py), str(py.name), mode=mode_of(py))
        except SyntaxError as e:
            fields = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
            text = "\n".join("0" if f is None else str(f) for f in fields)
            py.with_suffix(".err").write_text(text + "\n")
            written += 1
        else:
            sys.exit("%s: expected a SyntaxError" % py)
    print("wrote %d files under %s" % (written, ROOT))


if __name__ == "__main__":
    main()
