# find/findtext/findall/iterfind: plain tags answered natively, path syntax
# and namespaces through xml.etree.ElementPath.
import xml.etree.ElementTree as ET

root = ET.fromstring("""<lib xmlns:a="urn:a">
<shelf n="1"><book id="x"><t>X</t></book><book id="y"><t>Y</t><t>Y2</t></book></shelf>
<shelf n="2"><book id="z"><t/></book><mag><t>M</t></mag></shelf>
<a:note>ns</a:note><note>plain</note>
</lib>""")


def show(label, r):
    if isinstance(r, list):
        r = [e.tag + ":" + (e.get("id") or e.get("n") or "") for e in r]
    elif isinstance(r, ET.Element):
        r = r.tag + ":" + (r.get("id") or r.get("n") or "")
    print(label, r)


show("find shelf", root.find("shelf"))
show("find missing", root.find("missing"))
show("findall shelf", root.findall("shelf"))
show("find path", root.find("shelf/book"))
show("findall path", root.findall("shelf/book"))
show("findall desc", root.findall(".//book"))
show("findall star", root.findall("*"))
show("findall pred", root.findall(".//book[@id='y']"))
show("findall idx", root.findall("shelf[2]/*"))
show("findall last", root.findall("shelf/book[last()]"))
show("findall has", root.findall(".//book[t='Y']"))
show("iterfind", list(root.iterfind(".//t/..")))
show("find ns", root.find("a:note", {"a": "urn:a"}))
show("find uri", root.find("{urn:a}note"))
show("findall uri", root.findall("{urn:a}note"))
show("find dot uri", root.find(".//{urn:a}note"))
print("findtext", root.findtext("note"), repr(root.findtext("shelf")), root.findtext("zzz", "dflt"))
print("findtext empty", repr(root.find("shelf[2]/book").findtext("t")), root.findtext(".//mag/t"))
print("findtext ns", root.findtext("a:note", namespaces={"a": "urn:a"}))
print("iter", [e.tag for e in root.iter("t")], len(list(root.iter())), len(list(root.iter("*"))))
print("itertext", list(root.find("shelf").itertext()))
print("iter types", type(root.iter()).__name__, type(root.iterfind("x")).__name__)
it = root.iter("book")
print(iter(it) is it, next(it).get("id"), [b.get("id") for b in it])
try:
    next(it)
except StopIteration:
    print("exhausted")
b = root.find("shelf/book")
print(b.find("t").text, b.findall("t")[0].text, b.findtext("t"))
