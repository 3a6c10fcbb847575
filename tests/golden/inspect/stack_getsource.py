# inspect.stack(), currentframe, getframeinfo, getouterframes and
# getinnerframes, getsource/getsourcelines for functions, classes,
# methods, lambdas and a frame; getfile/getmodule; getlineno.
import inspect
import os


def where():
    out = []
    for info in inspect.stack()[:3]:
        out.append((info.function, info.lineno, info.code_context, info.index, os.path.basename(info.filename)))
    return out


class Widget:
    def method(self):
        return where()


for row in Widget().method():
    print(row)

frame = inspect.currentframe()
info = inspect.getframeinfo(frame, context=3)
print(info.function, info.lineno, info.index, info.code_context)
print([f.function for f in inspect.getouterframes(frame)])


def fails():
    x = 1 / 0


try:
    fails()
except ZeroDivisionError as e:
    inner = inspect.getinnerframes(e.__traceback__, context=1)
    print([(f.function, f.lineno, f.code_context) for f in inner])
    print(inspect.getlineno(e.__traceback__.tb_next.tb_frame))

print(inspect.getsource(where))
print(inspect.getsource(Widget), end="")
print(inspect.getsourcelines(Widget.method))
square = lambda v: v * v  # noqa
print(inspect.getsource(square), end="")
print(os.path.basename(inspect.getfile(Widget)), inspect.getmodule(Widget).__name__)
print(inspect.getsource(inspect.currentframe()).count("\n") > 40)
try:
    inspect.getsource(len)
except TypeError as e:
    print("TypeError:", e)
print(inspect.getcomments(where))
