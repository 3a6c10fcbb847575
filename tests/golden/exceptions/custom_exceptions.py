# User-defined exception classes: __init__, __str__, attributes, catching.
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


class NotFound(AppError):
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


try:
    raise NotFound(404, "missing page")
except AppError as e:
    print(type(e).__name__, e.code, e.args, str(e), repr(e))


class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a


e = NoSuper(1, 2)
print(e.args, e.a, str(e), repr(e))


class WithKw(ValueError):
    def __init__(self, *args, extra=None):
        super().__init__(*args)
        self.extra = extra


print(repr(WithKw(1, extra=2)), WithKw(1, extra=2).extra)
print(e.__dict__, e.__reduce__()[0].__name__, e.__reduce__()[1])
try:
    try:
        raise AppError(1, "a")
    except (KeyError, AppError) as caught:
        print("caught", caught)
        raise
except Exception as again:
    print("reraised", again)
print(isinstance(NotFound(1, "x"), Exception), issubclass(NotFound, BaseException))
