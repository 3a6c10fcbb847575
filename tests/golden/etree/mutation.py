# Trees changed by Python code that an Element operation runs in the middle
# (a tag's __eq__, an index's __index__, a factory, a target's handler): the
# results are CPython's and nothing crashes.
import xml.etree.ElementTree as ET

root = ET.Element("root")
for t in "abcd":
    ET.SubElement(root, t)


class Clearing:
    def __init__(self, elem):
        self.elem = elem

    def __eq__(self, other):
        del self.elem[:]
        return False

    __hash__ = object.__hash__


def fill(elem):
    del elem[:]
    for t in "ab":
        ET.SubElement(elem, t)
    elem.append(ET.Element(Clearing(elem)))
    for t in "cd":
        ET.SubElement(elem, t)


fill(root)
print(root.find("c"), len(root))
fill(root)
print(root.findall("d"), len(root))
fill(root)
print(root.findtext("c", "none"), len(root))
fill(root)
print([e.tag for e in root.iter("b")], len(root))


class Index:
    def __init__(self, elem):
        self.elem = elem

    def __index__(self):
        del self.elem[:]
        return 0


for t in "abcd":
    ET.SubElement(root, t)
try:
    root[Index(root)]
except IndexError as exc:
    print("IndexError", exc)
for t in "abcd":
    ET.SubElement(root, t)
try:
    root[Index(root)] = ET.Element("x")
except IndexError as exc:
    print("IndexError", exc)


tb = ET.TreeBuilder()


def factory(tag, attrib):
    e = ET.Element(tag, attrib)
    if tag == "inner":
        tb.end("outer")
    return e


tb = ET.TreeBuilder(element_factory=factory)
tb.start("outer", {})
try:
    tb.start("inner", {})
except Exception as exc:
    print(type(exc).__name__, exc)
print(tb.close().tag)


class Target:
    def __init__(self):
        self.builder = ET.TreeBuilder()

    def start(self, tag, attrib):
        return self.builder.start(tag, attrib)

    def end(self, tag):
        return self.builder.end(tag)

    def data(self, text):
        self.builder.data(text.upper())

    def close(self):
        return self.builder.close()


p = ET.XMLParser(target=Target())
p.feed("<a>x<b>y</b>z</a>")
r = p.close()
print(ET.tostring(r, encoding="unicode"))

it = root.iter()
for t in "abc":
    ET.SubElement(root, t)
print([e.tag for e in it])
tree = ET.Element("t")
sub = ET.SubElement(tree, "s")
it = tree.iter()
next(it)
tree.remove(sub)
print([e.tag for e in it])
