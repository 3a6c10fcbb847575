# Deep trees: a chain of a million SubElements is iterated and freed without
# exhausting the native stack; cycles through attrib and text are collected.
import gc
import weakref
import xml.etree.ElementTree as ET

root = ET.Element("r")
e = root
for i in range(1_000_000):
    e = ET.SubElement(e, "n")
e.text = "bottom"
print(sum(1 for _ in root.iter()), list(root.itertext()), root.find("n").tag)
probe = weakref.ref(e)
del e
del root
print(probe() is None)

root = ET.Element("r")
e = root
for i in range(100_000):
    e = ET.SubElement(e, "n")
    e.text = "t"
print(len(list(root.itertext())))
try:
    ET.tostring(root)
except RecursionError:
    print("tostring RecursionError")
probe = weakref.ref(e)
del e, root
print(probe() is None)

gc.collect()
a = ET.Element("a")
a.attrib["self"] = a
b = ET.Element("b")
b.text = [b]
c = ET.Element("c")
c.append(ET.Element("d"))
c[0].tail = c
refs = [weakref.ref(x) for x in (a, b, c)]
del a, b, c
gc.collect()
print([r() is None for r in refs])

wide = ET.Element("wide")
for i in range(10000):
    ET.SubElement(wide, "i", n=str(i))
print(len(wide), wide[9999].get("n"), len(wide.findall("i")))
