# Building trees with the C-accelerated Element: constructor forms, SubElement,
# attributes (lazily made attrib, keys()/items() as lists), text and tail.
import xml.etree.ElementTree as ET

root = ET.Element("root", {"b": "2"}, a="1")
print(root.tag, root.attrib, root.keys(), root.items(), type(root.keys()).__name__)
plain = ET.Element("plain")
print(plain.attrib, plain.keys(), plain.items(), plain.get("x"), plain.get("x", "dflt"))
plain.set("k", "v")
print(plain.attrib, plain.get("k"))
child = ET.SubElement(root, "child", {"x": "1"}, y="2")
child.text = "hello"
child.tail = "\n"
ET.SubElement(root, "child", z="3").text = "world"
print(len(root), [c.tag for c in root], [c.attrib for c in root])
print(type(root).__name__, type(root).__module__, ET.Element is type(root))
print(root[0].text, root[-1].text, root[0].tail == "\n")
root.attrib = {"new": "attrib"}
print(root.attrib, root.keys())
root.tag = "renamed"
print(root.tag)
e = ET.Element.__new__(ET.Element)
print(e.tag, e.text, e.tail, e.attrib, len(e))
e.__init__("late", {"q": "r"}, s="t")
print(e.tag, sorted(e.items()))
mk = root.makeelement("made", {"m": "1"})
print(mk.tag, mk.attrib, len(mk))
d = {"shared": "no"}
mk2 = root.makeelement("made2", d)
print(mk2.attrib is d, mk2.attrib == d)
root.clear()
print(root.tag, root.attrib, len(root), root.text, root.tail)
print(bool(ET.Element("empty")), bool(child))
print(repr(ET.Element("x")).startswith("<Element 'x' at 0x"))
print(repr(ET.Element(None)).startswith("<Element None at 0x"))


class Sub(ET.Element):
    def extra(self):
        return "extra:" + self.tag


s = Sub("sub", a="b")
s.note = 1
print(s.extra(), s.note, s.attrib, repr(s).startswith("<Element 'sub'"))
print(isinstance(s, ET.Element), type(s.makeelement("m", {})).__name__)
