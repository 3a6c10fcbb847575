# from module import *: __all__ when present, else the public names.
from starpkg import *

print(public, helper())
try:
    also_public
except NameError as e:
    print("NameError", e)
from starpkg.plain import *

print(visible)
try:
    _hidden
except NameError as e:
    print("NameError", e)
