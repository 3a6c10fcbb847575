# The native XMLParser: custom targets (every method it may call), feeding
# str and bytes in pieces, encodings, errors with code and position,
# entities, _setevents and its errors, and a parser used after close().
import io
import xml.etree.ElementTree as ET


class Target:
    def start(self, tag, attrib):
        print("start", tag, sorted(attrib.items()))

    def end(self, tag):
        print("end", tag)

    def data(self, d):
        print("data", repr(d))

    def start_ns(self, prefix, uri):
        print("start_ns", repr(prefix), uri)

    def end_ns(self, prefix):
        print("end_ns", repr(prefix))

    def doctype(self, *args):
        print("doctype", args)

    def pi(self, *args):
        print("pi", args)

    def comment(self, *args):
        print("comment", args)

    def close(self):
        return "closed"


p = ET.XMLParser(target=Target())
p.feed('<!DOCTYPE r PUBLIC "-//X//Y" "r.dtd">')
p.feed('<r xmlns="urn:d" xmlns:q="urn:q" q:a="1" b="2">t<?p x?><!--c-->')
p.feed(b"<q:s>\xc3\xa9</q:s></r>")
print(p.close())


class Partial:
    def start(self, tag, attrib):
        print("partial start", tag, attrib)


p = ET.XMLParser(target=Partial())
p.feed("<a x='1'>text<!--c--><b/></a>")
print(p.close())

p = ET.XMLParser()
print(p.version.startswith("Expat "), p.entity, type(p.target).__name__)
p = ET.XMLParser(encoding="latin-1")
p.feed(b"<a>\xe9</a>")
print(p.close().text)
r = ET.fromstring(b'<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9\xe8</a>')
print(r.text)

for doc in ["<a>&foo;</a>", '<!DOCTYPE a SYSTEM "x.dtd"><a>&foo;</a>', "<a><b></a>", "<a>", "", "<a/><b/>",
            "<a x='1' x='2'/>"]:
    try:
        ET.fromstring(doc)
    except ET.ParseError as exc:
        print(repr(doc), "ParseError:", exc, exc.code, exc.position)

p = ET.XMLParser()
p.entity["foo"] = "FOO"
p.feed('<!DOCTYPE a SYSTEM "x.dtd"><a>x&foo;y</a>')
print(p.close().text)

p = ET.XMLParser(target=object())
for args in ([[], ["start"]],):
    try:
        p._setevents(*args)
    except TypeError as exc:
        print("TypeError", exc)
p = ET.XMLParser()
for events in (["bogus"], [1], 1):
    try:
        p._setevents([], events)
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
for bad in (1, None):
    try:
        p.feed(bad)
    except TypeError as exc:
        print("TypeError", exc)
p.feed(bytearray(b"<a>"))
p.feed(memoryview(b"</a>"))
print(p.close().tag)
try:
    p.feed("<a/>")
except ET.ParseError as exc:
    print("after close:", exc)
try:
    ET.XMLParser(1)
except TypeError as exc:
    print("TypeError", exc)

queue = []
p = ET.XMLParser()
p._setevents(queue, ("start", "end", "start-ns", "end-ns", "comment", "pi"))
p.feed("<r xmlns:n='urn:n'><n:x/><!--c--><?t d?></r>")
p.close()
print([(ev, obj if not isinstance(obj, ET.Element) else obj.tag) for ev, obj in queue])

tree = ET.parse(io.BytesIO(b"<root><leaf>1</leaf></root>"))
print(tree.getroot().tag, tree.findtext("leaf"))
tree = ET.ElementTree(file=io.StringIO("<root><leaf>2</leaf></root>"))
print(tree.findtext("leaf"))


class Raising:
    def start(self, tag, attrib):
        if tag == "boom":
            raise KeyError(tag)


p = ET.XMLParser(target=Raising())
try:
    p.feed("<a><boom/></a>")
except KeyError as exc:
    print("KeyError", exc)


class Sub(ET.XMLParser):
    pass


s = Sub()
s.feed("<sub/>")
print(type(s).__name__, s.close().tag)
