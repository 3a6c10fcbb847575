# __debug__ may not be bound or deleted: CPython's compiler reports each form
# at its own location.
for src in ['__debug__ = 1', 'del __debug__', 'x.__debug__ = 1', 'del x.__debug__', 'def f(__debug__): pass', 'def f(*, __debug__): pass', 'def f(*__debug__): pass', 'lambda __debug__: 0', 'f(__debug__=1)', 'import os as __debug__', 'from os import path as __debug__', 'for __debug__ in x: pass', '__debug__ += 1', 'with x as __debug__: pass', '(__debug__ := 1)', 'x.__debug__', 'print(__debug__)', 'class __debug__: pass', 'def __debug__(): pass', '[__debug__ for __debug__ in x]', 'match x:\n case __debug__: pass', 'global __debug__', '__debug__: int = 1', 'def f(a, **__debug__): pass', 'async def f(__debug__): pass', 'class C:\n  __debug__ = 1']:
    try:
        compile(src, '<t>', 'exec'); print(repr(src), 'OK')
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
