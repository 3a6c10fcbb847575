"""A helper module with a module-level __getattr__ and __dir__ (PEP 562)."""
eager = 1

def __getattr__(name):
    if name.startswith("lazy_"):
        return name[5:] * 2
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

def __dir__():
    return ["eager", "lazy_x"]
