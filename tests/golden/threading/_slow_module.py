# Imported by concurrent_import.py from several threads at once.
import builtins
import time

builtins.slow_module_runs = getattr(builtins, "slow_module_runs", 0) + 1
time.sleep(0.05)
VALUE = 42
