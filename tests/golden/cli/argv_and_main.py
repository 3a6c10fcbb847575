"""The main module's docstring."""
# sys.argv, __name__, __file__, sys.path[0] and friends for a script.
import os
import sys

print(sys.argv)
print(__name__, __doc__, __package__, __spec__)
print(__file__)
print(os.path.basename(__file__), os.path.isabs(__file__))
print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
print(sys.modules["__main__"] is sys.modules[__name__], type(__builtins__).__name__)
