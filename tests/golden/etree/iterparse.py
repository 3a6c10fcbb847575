# Incremental parsing: iterparse over a file with every event kind, and
# XMLPullParser fed in pieces, both building native Elements.
import io
import xml.etree.ElementTree as ET

data = b"""<?xml version="1.0"?>
<root xmlns="urn:default" xmlns:p="urn:p">
  <p:item n="1">one</p:item>
  <!-- note -->
  <item n="2">two<sub/></item>
  <?pi data?>
</root>"""

for event, obj in ET.iterparse(io.BytesIO(data), events=("start", "end", "start-ns", "end-ns", "comment", "pi")):
    if isinstance(obj, ET.Element):
        tag = obj.tag if isinstance(obj.tag, str) else obj.tag.__name__
        print(event, tag, obj.attrib, repr(obj.text))
    else:
        print(event, obj)

it = ET.iterparse(io.BytesIO(data))
for event, elem in it:
    print(event, elem.tag)
print(it.root.tag, len(it.root))

pp = ET.XMLPullParser(events=("start", "end"))
for chunk in ("<feed><ent", "ry id='1'>a</entry><entry id='2'>", "b</entry>", "</feed>"):
    pp.feed(chunk)
    for event, elem in pp.read_events():
        print(chunk[:6], event, elem.tag, elem.get("id"), elem.text)
pp.close()

total = 0
for _, elem in ET.iterparse(io.BytesIO(b"<r>" + b"<v>3</v>" * 50 + b"</r>")):
    if elem.tag == "v":
        total += int(elem.text)
        elem.clear()
print("total", total)
