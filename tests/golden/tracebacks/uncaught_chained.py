def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError:
        raise ValueError(f"bad key {key!r}")

load("b")
