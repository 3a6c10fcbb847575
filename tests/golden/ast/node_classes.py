# The class hierarchy of _ast: bases, _fields, _attributes, __match_args__,
# __doc__, __module__ and the class-level None defaults of optional fields.
import _ast
import ast

names = [n for n in dir(_ast) if isinstance(getattr(_ast, n), type) and not n.startswith('_')]
print(len(names))
for name in names:
    cls = getattr(_ast, name)
    own = {k: v for k, v in vars(cls).items() if k not in ('__doc__', '__weakref__', '__dict__', '__module__',
                                                                '__new__', '__getattribute__', '__setattr__',
                                                                '__delattr__', '__init__', '__reduce__', 'n', 's', 'dims')}
    print(name, cls.__bases__[0].__name__, cls.__module__, own)
    print('   ', repr(cls.__doc__))
print(ast.AST.__mro__, ast.BinOp.__mro__)
print(issubclass(ast.Add, ast.operator), issubclass(ast.ExceptHandler, ast.excepthandler))
print(ast.Module.__qualname__, repr(ast.Module), ast.AST.__name__)
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, ast.PyCF_ONLY_AST)
print(ast.AST._fields, ast.AST._attributes, ast.AST.__match_args__)
