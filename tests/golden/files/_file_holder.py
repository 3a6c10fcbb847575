# Support module for exit_flush_other_module.py: keeps a written, never-closed file in its globals.
held = open(1, "w", closefd=False)
held.write("buffered in a file held by another module\n")
