# except* with exception groups.
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print("values", repr(e))
except* TypeError as e:
    print("types", repr(e))

try:
    try:
        raise ExceptionGroup("eg", [KeyError(1), OSError(2)])
    except* KeyError:
        print("handled keys")
except ExceptionGroup as rest:
    print("rest", repr(rest))

try:
    raise ValueError("naked")
except* ValueError as e:
    print("wrapped", repr(e))
