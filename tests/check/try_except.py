# try/except/else/finally: handler variables and flow.


def parse(s: str) -> int:
    try:
        value = int(s)
    except ValueError as e:
        e.args
        e.nope  # E: "ValueError" has no attribute "nope"  [attr-defined]
        return -1
    except (TypeError, KeyError) as e2:
        reveal_type(e2)  # N: Revealed type is "Union[builtins.TypeError, builtins.KeyError]"
        return -2
    else:
        value + "x"  # E: Unsupported operand types for + ("int" and "str")  [operator]
    finally:
        print("done")
    return value


def risky() -> int:
    try:
        return 1
    except Exception:
        raise


try:
    pass
except OSError as err:
    err.errno + 1
    err.strerror.upper()
raise 5  # E: Exception must be derived from BaseException  [misc]
