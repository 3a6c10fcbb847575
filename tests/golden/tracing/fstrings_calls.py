# settrace events for f-strings whose fields call functions, calls with
# *args and **kwargs, and keyword-only arguments.
from _events import trace


def fmt(value, *, width=4):
    return f"{value:>{width}}"


def label(name, *args, **kwargs):
    return f"{name}: {fmt(len(args))} {sorted(kwargs)}"


def use():
    parts = (1, 2)
    options = {"b": 1, "a": 2}
    return label("x", *parts, **options)


trace(use)
