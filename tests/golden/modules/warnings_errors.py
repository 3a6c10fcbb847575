# Errors raised by warnings.warn (the error action, a bad category) show no
# frame of the warnings module, as CPython's C implementation.
import warnings
print(warnings.warn, warnings.warn.__module__, warnings.warn_explicit.__name__)
warnings.simplefilter("error")


def f():
    try:
        {}[1]
    except KeyError:
        warnings.warn("inner", stacklevel=1)


try:
    warnings.warn("x", int)
except TypeError as e:
    print(e, e.__traceback__.tb_next)
try:
    f()
except UserWarning as e:
    print(repr(e), repr(e.__context__))
f()
