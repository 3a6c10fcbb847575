# An exception escaping `python -m unittest` (discovery of a folder that does
# not exist): the traceback starts in runpy, as CPython runs -m through it.
import _support

_support.run_cli({}, "discover", "-s", "missing_dir")
