# An uncaught ExceptionGroup prints as a tree.
raise ExceptionGroup("several", [ValueError("a"), TypeError("b")])
