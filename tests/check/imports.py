# Imports of standard modules, missing modules and missing names.
import collections
import json
import os.path
from typing import Dict

import nosuchmodule  # E: Cannot find implementation or library stub for module named "nosuchmodule"  [import]
from os import nosuchname, getcwd  # E: Module "os" has no attribute "nosuchname"  [attr-defined]
from collections import OrderedDict, defaultdict

data = json.loads("{}")
json.dumps(data, indent="x")
os.path.join("a", 1)  # E: No overload variant of "join" matches argument types "str", "int"  [call-overload]
getcwd().upper()
counts: Dict[str, int] = defaultdict(int)
od = OrderedDict()  # E: Need type annotation for "od"  [var-annotated]
collections.Counter("abc").most_common(1)
nosuchmodule.anything()
json.nosuch  # E: Module has no attribute "nosuch"  [attr-defined]
