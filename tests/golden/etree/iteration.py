# iter(tag) and itertext(): document order, tag filters, non-string tags
# (comments, PIs), non-string text, and a tree mutated while iterated.
import xml.etree.ElementTree as ET

r = ET.fromstring("<a>1<b>2<c>3</c>4</b>5<c>6</c>7<d/></a>")
print([e.tag for e in r.iter()], [e.tag for e in r.iter("c")], [e.tag for e in r.iter(tag="*")])
print(list(r.itertext()), "".join(r.itertext()))
print([e.tag for e in r.iter("zzz")], [e.tag for e in r[0].iter()])
r.append(ET.Comment("comment text"))
r.append(ET.PI("target", "instr"))
print(list(r.itertext()))
print([e.tag if isinstance(e.tag, str) else e.tag.__name__ for e in r.iter()])
print([e.text for e in r.iter(ET.Comment)])
x = ET.Element("x")
x.text = ""
y = ET.SubElement(x, "y")
y.text = 42
y.tail = ""
print(list(x.itertext()))
m = ET.Element("m")
for t in "pqr":
    ET.SubElement(m, t)
seen = []
for el in m.iter():
    seen.append(el.tag)
    if el.tag == "p":
        m.append(ET.Element("added"))
print(seen)
seen = []
for el in m.iter():
    seen.append(el.tag)
    if el.tag == "q":
        del m[:]
print(seen, len(m))


class Tag:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, str) and other.startswith(self.name)

    __hash__ = object.__hash__


t = ET.fromstring("<z><ab/><ac/><b/></z>")
print([e.tag for e in t.iter(Tag("a"))])
try:
    t.findall(Tag("a"))  # not a str: ElementPath is asked, and cannot slice it
except TypeError as exc:
    print("TypeError", exc)
