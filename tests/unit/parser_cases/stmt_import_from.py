from a import b
from a.b import c as d
from . import x
from .. import y
from ...pkg import z
from .... import w
from .a import (b, c)
from .a import (b as c, d,)
from a import *
