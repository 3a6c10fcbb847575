# Import statements that fail are reported at the statement's position,
# with no carets, whichever name failed.
import traceback


def show(src):
    try:
        exec(compile(src, "<dir>/traceback_import_positions.py", "exec"), {})
    except ImportError as e:
        print(traceback.format_exception_only(e)[-1], end="")
        fs = traceback.extract_tb(e.__traceback__)[-1]
        print(fs.lineno, fs.end_lineno, fs.colno, fs.end_colno)


show("import _traceback_import_target, _no_such_module_here")
show("from _traceback_import_target import present, absent")
show("from _traceback_import_target import (present,\n    absent)")
show("import _traceback_import_target.sub as alias")


def nested():
    from _traceback_import_target import present as p, missing_name


try:
    nested()
except ImportError:
    print("".join(traceback.format_exc().splitlines(True)[3:]), end="")
