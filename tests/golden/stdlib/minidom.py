# xml.dom.minidom: parse a document, walk and query it, modify the tree
# (create, append, remove, attributes), and serialise with toxml/toprettyxml.
from xml.dom import minidom, Node

SRC = """<?xml version="1.0" encoding="utf-8"?>
<library xmlns:x="urn:extra">
  <!-- books on the shelf -->
  <book id="b1" year="1999"><title>Dune</title><author>Herbert</author></book>
  <book id="b2" year="2004"><title>Cloud &amp; Atlas</title><author>Mitchell</author>
    <x:note>signed</x:note></book>
  <magazine id="m1"><title><![CDATA[<Wired>]]></title></magazine>
</library>"""

doc = minidom.parseString(SRC)
root = doc.documentElement
print(root.tagName, root.nodeType == Node.ELEMENT_NODE, root.getAttribute("xmlns:x"))


def text_of(node):
    return "".join(c.data for c in node.childNodes if c.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE))


for book in doc.getElementsByTagName("book"):
    title = book.getElementsByTagName("title")[0]
    print(book.getAttribute("id"), book.getAttribute("year"), text_of(title),
          book.hasAttribute("isbn"), len(book.childNodes))

kinds = {}
def walk(node, depth=0):
    kinds[node.nodeType] = kinds.get(node.nodeType, 0) + 1
    for c in node.childNodes:
        walk(c, depth + 1)
walk(doc)
print(sorted(kinds.items()))
print([n.data.strip() for n in root.childNodes if n.nodeType == Node.COMMENT_NODE])
print(text_of(doc.getElementsByTagName("magazine")[0].firstChild))
note = doc.getElementsByTagNameNS("*", "note")
print(len(note), note[0].tagName if note else None)

new = doc.createElement("book")
new.setAttribute("id", "b3")
new.setAttribute("year", "2020")
t = doc.createElement("title")
t.appendChild(doc.createTextNode("Piranesi <2>"))
new.appendChild(t)
root.appendChild(new)
old = doc.getElementsByTagName("magazine")[0]
root.removeChild(old).unlink()
first = doc.getElementsByTagName("book")[0]
first.removeAttribute("year")
first.setAttribute("lang", "en")
print(sorted(first.attributes.keys()))
print([b.getAttribute("id") for b in root.getElementsByTagName("book")])

clone = new.cloneNode(True)
print(clone.toxml())
print(new.isSameNode(clone), clone.parentNode is None)

small = minidom.parseString("<a><b x='1'>t</b><c/></a>")
print(small.toxml())
print(small.toprettyxml(indent="  "))
print(small.documentElement.toprettyxml(indent="\t", newl="\n"))
print(small.toxml(encoding="utf-8"))

impl = minidom.getDOMImplementation()
fresh = impl.createDocument(None, "root", None)
fresh.documentElement.appendChild(fresh.createComment(" made "))
item = fresh.createElement("item")
item.appendChild(fresh.createTextNode("a & b < c"))
fresh.documentElement.appendChild(item)
print(fresh.toxml())
