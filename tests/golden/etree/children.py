# Element as a list of children: indexing, slices (read, assign, delete),
# append, extend, insert, remove and iteration.
import xml.etree.ElementTree as ET


def tags(e):
    return "".join(c.tag for c in e)


r = ET.Element("r")
for t in "abcdef":
    ET.SubElement(r, t)
print(tags(r), len(r))
print(r[0].tag, r[-1].tag, [c.tag for c in r[1:3]], [c.tag for c in r[::-2]])
r[0] = ET.Element("A")
print(tags(r))
r[1:3] = [ET.Element("X"), ET.Element("Y"), ET.Element("Z")]
print(tags(r))
r[::2] = [ET.Element(t) for t in "1234"]
print(tags(r))
del r[0]
print(tags(r))
del r[::3]
print(tags(r))
del r[1:3]
print(tags(r))
r.append(ET.Element("p"))
r.extend([ET.Element("q"), ET.Element("s")])
r.extend(iter([ET.Element("t")]))
r.extend(())
print(tags(r))
r.insert(0, ET.Element("first"))
r.insert(-1, ET.Element("beforelast"))
r.insert(100, ET.Element("last"))
r.insert(-100, ET.Element("zero"))
print(tags(r))
x = r[3]
r.remove(x)
print(tags(r), x in r, r[0] in r)
print([c.tag for c in r[:2]], list(reversed([c.tag for c in r]))[:2])
r[:] = []
print(len(r), tags(r))
r[:0] = [ET.Element("only")]
print(tags(r))
e = ET.Element("e")
print(e[:], e[5:], len(e))
for c in "xyz":
    e.append(ET.Element(c))
it = iter(e)
print(next(it).tag, [c.tag for c in it])
print([c.tag for c in e if c.tag != "y"])
