# Attribute access on instances, classes, modules and unions.
import os
from typing import Optional, Union


class C:
    cls_attr = 1

    def __init__(self) -> None:
        self.value = 0
        self.name: str = "c"

    def method(self) -> int:
        return self.value


c = C()
c.value + 1
c.valeu  # E: "C" has no attribute "valeu"; maybe "value"?  [attr-defined]
c.name.upper()
c.name.nope  # E: "str" has no attribute "nope"  [attr-defined]
c.metod()  # E: "C" has no attribute "metod"; maybe "method"?  [attr-defined]
C.cls_attr
C.missing  # E: "Type[C]" has no attribute "missing"  [attr-defined]
(1).real
(1).imag.foo  # E: "Literal[0]" has no attribute "foo"  [attr-defined]
"s".uper()  # E: "str" has no attribute "uper"; maybe "upper"?  [attr-defined]
[1].add(2)  # E: "List[int]" has no attribute "add"; maybe "append" or "extend"?  [attr-defined]
os.getcwd()
os.nosuch  # E: Module has no attribute "nosuch"  [attr-defined]
o: Optional[C] = None
o.value  # E: Item "None" of "Optional[C]" has no attribute "value"  [union-attr]
u: Union[int, str] = 1
u.upper()  # E: Item "int" of "Union[int, str]" has no attribute "upper"  [union-attr]
