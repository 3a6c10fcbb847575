# The built-in exception hierarchy, as each class's __mro__ shows it.
import builtins

names = sorted(n for n in dir(builtins)
               if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
for name in names:
    cls = getattr(builtins, name)
    print(name, [c.__name__ for c in cls.__mro__])
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
