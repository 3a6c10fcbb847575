# xml.etree.ElementTree as CPython's C accelerator (_elementtree) shapes it:
# keys() and items() return lists.

import xml.etree.ElementTree as ET

e = ET.Element("e", {"b": "2", "a": "1"})
print(e.items(), e.keys(), type(e.items()).__name__)
print(type(ET.Element).__module__, ET.Element.__module__)
