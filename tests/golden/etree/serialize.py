# Serializing native trees: tostring in both methods and encodings, write,
# indent, canonicalize, and ElementTree.dump of comments and PIs.
import io
import xml.etree.ElementTree as ET

root = ET.Element("root", {"z": "1", "a": "2&3"})
ET.SubElement(root, "child").text = "x < y"
c = ET.SubElement(root, "child", k='"q"')
c.tail = "tail"
root.append(ET.Comment(" a comment "))
root.append(ET.ProcessingInstruction("target", "data"))
ET.SubElement(root, "empty")
print(ET.tostring(root))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root, encoding="unicode", method="html"))
print(ET.tostring(root, encoding="unicode", method="text"))
print(ET.tostring(root, encoding="unicode", short_empty_elements=False))
print(ET.tostring(root, encoding="utf-8", xml_declaration=True))
print(ET.tostringlist(root, encoding="unicode")[:4])
ET.indent(root)
print(ET.tostring(root, encoding="unicode"))
ET.indent(root, space="\t", level=0)
print(ET.tostring(root, encoding="unicode"))
buf = io.BytesIO()
ET.ElementTree(root).write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue().decode())
ns = ET.Element("{urn:one}top")
ET.SubElement(ns, "{urn:two}leaf", {"{urn:one}attr": "v"})
print(ET.tostring(ns, encoding="unicode"))
ET.register_namespace("one", "urn:one")
print(ET.tostring(ns, encoding="unicode"))
print(ET.canonicalize("<r b='2' a='1'><!-- c --><x>t</x></r>"))
print(ET.canonicalize("<r b='2' a='1'><!-- c --><x>t</x></r>", with_comments=True))
print(ET.canonicalize("<r>  <x> s </x>  </r>", strip_text=True))
out = io.StringIO()
ET.canonicalize(xml_data="<a xmlns:u='urn:u'><u:b/></a>", out=out)
print(out.getvalue())
rt = ET.fromstring(ET.tostring(root))
print(rt.tag, [e.tag if isinstance(e.tag, str) else "?" for e in rt])
