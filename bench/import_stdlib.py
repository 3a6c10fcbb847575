# Importing a realistic set of CPython's library modules, as a program that
# uses them pays on every run: each round forgets every module the previous
# round loaded and imports them again (module execution from cached code,
# class creation, enum and dataclass machinery, re compilation).
import sys
import importlib

MODULES = ('argparse', 'dataclasses', 'datetime', 'decimal', 'enum', 'fractions', 'inspect', 'json',
           'logging', 'pathlib', 'pickle', 'tempfile', 'textwrap', 'typing')

baseline = set(sys.modules)
reps = int(sys.argv[1]) if len(sys.argv) > 1 else 12
for _ in range(reps):
    for name in set(sys.modules) - baseline:
        del sys.modules[name]
    loaded = [importlib.import_module(name) for name in MODULES]
print([m.__name__ for m in loaded], reps)
