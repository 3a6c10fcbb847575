# The native TreeBuilder: events to a tree, text and tail placement, custom
# element factories, comment/pi factories and insertion, close() results.
import xml.etree.ElementTree as ET

tb = ET.TreeBuilder()
tb.start("a", {"x": "1"})
tb.data("one ")
tb.data("two")
tb.start("b", {})
tb.data("inner")
tb.end("b")
tb.data("after b")
tb.comment("dropped")
tb.start("c", {})
tb.end("c")
tb.end("a")
root = tb.close()
print(ET.tostring(root, encoding="unicode"))
print(repr(root.text), repr(root[0].text), repr(root[0].tail), repr(root[1].tail))
attrs = {"k": "v"}
tb2 = ET.TreeBuilder()
e = tb2.start("k", attrs)
print(e.attrib is attrs, tb2.end("k") is e, tb2.close() is e)
print(ET.TreeBuilder().close())

tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
print(tb.comment("outside").text)
tb.start("r", {})
tb.data("lead")
c = tb.comment("c1")
p = tb.pi("target", "body")
p2 = tb.pi("bare")
tb.data("end")
tb.end("r")
r = tb.close()
print([(el.tag.__name__, el.text, el.tail) for el in r], repr(r.text))
print(c is r[0], p is r[1], p2 is r[2])

made = []


def factory(tag, attrib):
    made.append(tag)
    return ET.Element(tag.upper(), attrib)


tb = ET.TreeBuilder(element_factory=factory, comment_factory=lambda t: ET.Element("C", text=t),
                    pi_factory=lambda t, d=None: ET.Element("P", target=t))
tb.start("outer", {"a": "b"})
tb.start("inner", {})
tb.end("inner")
print(tb.comment("hi").attrib, tb.pi("t", "d").attrib)
tb.end("outer")
out = tb.close()
print(made, out.tag, out.attrib, [e.tag for e in out])

tb = ET.TreeBuilder(element_factory=lambda t, a: ("tuple", t))
print(tb.start("x", {}), tb.end("x"), tb.close())


class Recorder(ET.Element):
    pass


tb = ET.TreeBuilder(element_factory=Recorder)
tb.start("r", {})
tb.data("text")
tb.start("s", {})
tb.end("s")
tb.data("tail")
tb.end("r")
r = tb.close()
print(type(r).__name__, type(r[0]).__name__, r.text, r[0].tail)
parser = ET.XMLParser(target=ET.TreeBuilder(element_factory=Recorder))
parser.feed("<doc><p>x</p></doc>")
doc = parser.close()
print(type(doc).__name__, [type(e).__name__ for e in doc])
