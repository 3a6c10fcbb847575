# An exception raised inside __exit__ replaces the body's one and chains it as __context__.
class Failing:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, typ, value, tb):
        raise RuntimeError(f"exit of {self.name} failed")

try:
    with Failing("clean"):
        pass
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))

try:
    with Failing("dirty"):
        raise ValueError("body")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)

try:
    with Failing("outer"), Failing("inner"):
        raise ValueError("body")
except RuntimeError as e:
    chain = []
    while e is not None:
        chain.append(str(e))
        e = e.__context__
    print(" <- ".join(chain))

class ReRaises:
    def __enter__(self): return self
    def __exit__(self, typ, value, tb):
        raise value

try:
    with ReRaises():
        raise KeyError("same")
except KeyError as e:
    print("re-raised", repr(e), repr(e.__context__))

class Chains:
    def __enter__(self): return self
    def __exit__(self, typ, value, tb):
        raise TypeError("converted") from value

try:
    with Chains():
        raise ValueError("original")
except TypeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))

try:
    try:
        raise OSError("handled")
    except OSError:
        with Failing("in-except"):
            pass
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
