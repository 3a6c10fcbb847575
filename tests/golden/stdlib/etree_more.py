# xml.etree.ElementTree: building, namespaces, XPath subset queries,
# iterparse events, indent/tostring, canonicalize, TreeBuilder and
# XMLPullParser, plus parse errors.
import io
import xml.etree.ElementTree as ET

NS = {"a": "urn:atom", "m": "urn:media"}
SRC = """<?xml version="1.0"?>
<feed xmlns="urn:atom" xmlns:m="urn:media">
  <title>News</title>
  <entry id="1" lang="en"><title>First</title><m:thumb url="a.png" w="64"/><tag>x</tag><tag>y</tag></entry>
  <entry id="2" lang="fr"><title>Deuxième</title><m:thumb url="b.png" w="128"/></entry>
  <entry id="3"><title>Third</title><!-- note --><summary>Sum &amp; more</summary></entry>
</feed>"""

root = ET.fromstring(SRC)
print(root.tag, len(root), root.find("a:title", NS).text)
for e in root.findall("a:entry", NS):
    thumb = e.find("m:thumb", NS)
    print(e.get("id"), e.get("lang", "?"), e.findtext("a:title", namespaces=NS),
          thumb.attrib if thumb is not None else None, [t.text for t in e.iterfind("a:tag", NS)])
print([e.get("id") for e in root.findall(".//a:entry[@lang='fr']", NS)])
print([e.get("id") for e in root.findall("a:entry[a:summary]", NS)], root.findall("a:entry[2]", NS)[0].get("id"))
print([t.get("w") for t in root.iter("{urn:media}thumb")], root.findtext(".//a:summary", namespaces=NS))
print([e.tag.split("}")[1] for e in root.findall("./*/..", NS)][:1], len(list(root.iter())))

events = []
for ev, el in ET.iterparse(io.StringIO(SRC), events=("start", "end", "start-ns", "end-ns", "comment")):
    if ev in ("start-ns", "end-ns"):
        events.append((ev, el))
    elif ev == "comment":
        events.append((ev, el.text))
    elif el.tag.endswith("entry"):
        events.append((ev, el.get("id")))
print(events)

root2 = ET.Element("config", version="2")
db = ET.SubElement(root2, "database", {"host": "localhost"})
ET.SubElement(db, "port").text = "5432"
users = ET.SubElement(root2, "users")
for name in ["ann", "bob"]:
    u = ET.SubElement(users, "user", name=name)
    u.text = name.upper()
    u.tail = "\n"
root2.append(ET.Comment(" generated "))
root2.insert(0, ET.ProcessingInstruction("xml-stylesheet", 'href="s.css"'))
ET.indent(root2, space="  ")
print(ET.tostring(root2, encoding="unicode"))
print(ET.tostring(ET.fromstring("<r><a b='1'>t</a></r>"), method="text"), ET.tostring(db, short_empty_elements=False))
tree = ET.ElementTree(root2)
out = io.BytesIO()
tree.write(out, encoding="utf-8", xml_declaration=True)
print(out.getvalue()[:60])
users.remove(users[0])
print([u.get("name") for u in users], list(db.items()), list(db.keys()), [c.tag for c in db])
e = ET.Element("{urn:x}item")
ET.register_namespace("x", "urn:x")
print(ET.tostring(e), ET.tostring(ET.Element("{urn:y}q")))
print(ET.canonicalize("<r  b='2'   a='1'><!-- c --><e/></r>"), ET.canonicalize("<r><e/></r>", with_comments=True))

tb = ET.TreeBuilder()
tb.start("root", {})
tb.data("text")
tb.start("child", {"k": "v"})
tb.end("child")
tb.end("root")
print(ET.tostring(tb.close()))
pull = ET.XMLPullParser(events=("end",))
for chunk in ["<a><b>1</b>", "<b>2</b>", "</a>"]:
    pull.feed(chunk)
    print([(ev, el.tag, el.text) for ev, el in pull.read_events()])
for bad in ["<a><b></a>", "<a>", "text", "<a x='1' x='2'/>", "<a>&undefined;</a>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as err:
        print("ParseError", err, err.position, err.code)
