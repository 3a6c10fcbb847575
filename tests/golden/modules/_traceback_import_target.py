# A support module imported by traceback_import_positions.py.
present = 1
