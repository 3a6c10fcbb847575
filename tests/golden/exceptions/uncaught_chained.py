# An uncaught exception raised while handling another: both are printed.
try:
    {}["key"]
except KeyError as e:
    raise RuntimeError("lookup failed") from e
