__all__ = ["public", "helper"]
public = "public value"
_private = "private value"
also_public = "not in __all__"


def helper():
    return "helper called"
