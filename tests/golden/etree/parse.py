# Parsing into native Elements: fromstring, XML with a TreeBuilder target,
# fromstringlist, ElementTree.parse from a file object, entities, comments
# and processing instructions kept by TreeBuilder(insert_comments=...).
import io
import xml.etree.ElementTree as ET

doc = """<?xml version="1.0"?>
<!-- leading comment -->
<catalog xmlns:x="urn:x" version="2">
  <book id="b1" x:lang="en">
    <title>Dive &amp; Swim</title>
    <price cur="EUR">12.50</price>
    <?render fast?>
  </book>
  <book id="b2"><title>Second</title><!-- inner --><price>7</price></book>
  tail text
</catalog>"""

root = ET.fromstring(doc)
print(type(root).__name__, root.tag, root.attrib, len(root))
for book in root:
    print(book.tag, sorted(book.items()), [(c.tag, c.text) for c in book])
print(repr(root[0].text), repr(root[0].tail), repr(root[1].tail))
print(root.find("book/title").text, root.findtext("book/price"))

tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
parser = ET.XMLParser(target=tb)
parser.feed(doc)
full = parser.close()
for el in full.iter():
    tag = el.tag if isinstance(el.tag, str) else el.tag.__name__
    print(tag, repr(el.text))

parts = ["<a>", "<b>1</b>", "<b>2</b>", "</a>"]
a = ET.fromstringlist(parts)
print(a.tag, [b.text for b in a])

tree = ET.parse(io.StringIO("<r><s k='v'>t</s></r>"))
print(type(tree).__name__, tree.getroot().tag, tree.find("s").attrib, tree.findtext("s"))

e, ids = ET.XMLID("<r><i id='one'/><i id='two'>x</i></r>")
print(e.tag, sorted(ids), ids["two"].text)

try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as exc:
    print("ParseError", exc, exc.code, exc.position, isinstance(exc, SyntaxError))
print(ET.ParseError.__module__, ET.ParseError.__name__)

class Collector:
    def __init__(self):
        self.events = []

    def start(self, tag, attrib):
        self.events.append(("start", tag, dict(attrib)))

    def end(self, tag):
        self.events.append(("end", tag))

    def data(self, text):
        self.events.append(("data", text))

    def close(self):
        return self.events


p = ET.XMLParser(target=Collector())
p.feed("<x a='1'>hi<y/></x>")
print(p.close())
