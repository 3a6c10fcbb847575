# code.replace(co_firstlineno=...) moves every line of the code object with it
# (hypothesis relabels generated wrappers this way); tracebacks follow.
import traceback

source = "def wrapper(x):\n    y = x + 1\n    return 1 / y\n"
namespace = {}
exec(compile(source, "generated.py", "exec"), namespace)
wrapper = namespace["wrapper"]
print(wrapper.__code__.co_firstlineno)
wrapper.__code__ = wrapper.__code__.replace(co_filename="moved.py", co_firstlineno=40)
print(wrapper.__code__.co_firstlineno, wrapper.__code__.co_filename)
try:
    wrapper(-1)
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_lineno, tb.tb_frame.f_lineno)
    print(traceback.extract_tb(tb)[0].lineno)
