# inspect.signature and pydoc on built-in functions, methods, slot wrappers and types: __text_signature__ as CPython gives it.
import inspect
import pydoc

print(pydoc.render_doc(len, renderer=pydoc.plaintext))
print(pydoc.render_doc(abs, renderer=pydoc.plaintext))
print(repr(len.__text_signature__), repr(object.__text_signature__), repr(int.__text_signature__), repr(object.__init__.__text_signature__))
print(repr(len.__doc__), repr(object.__init__.__doc__), repr(int.__add__.__doc__))
for f in [len, abs, divmod, sorted, sum, pow, round, isinstance, getattr, print, compile, repr, format, iter, next,
          str.join, str.replace, str.split, list.append, list.sort, list.index, dict.pop, dict.get, dict.setdefault,
          int.to_bytes, int.from_bytes, bytes.hex, float.fromhex, dict.fromkeys, set.add, tuple.count,
          object.__init_subclass__, object.__eq__, object.__setattr__, int.__add__, int.__pow__, list.__len__,
          list.__setitem__, dict.__contains__, object.__repr__, type.__call__]:
    try:
        print(f.__qualname__, inspect.signature(f))
    except ValueError as e:
        print(f.__qualname__, "ValueError")
for t in [object, int, str, list, tuple, dict, float, complex, range, slice, property, bytes, type, super, zip, map,
          enumerate, reversed, memoryview]:
    try:
        print(t.__name__, inspect.signature(t))
    except ValueError as e:
        print(t.__name__, "ValueError")


class Plain:
    pass


class WithInit:
    def __init__(self, a, b=2):
        pass


print(inspect.signature(Plain), inspect.signature(WithInit), inspect.signature(Plain().__init__))
