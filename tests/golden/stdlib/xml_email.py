# xml.etree.ElementTree and xml.dom.minidom parsing and serialising; email message building and parsing.
import xml.etree.ElementTree as ET
from xml.dom import minidom
from email.message import EmailMessage
from email import message_from_string, policy
from email.utils import parseaddr, formataddr

root = ET.fromstring("<root a='1'><item id='x'>text<sub/>tail</item><item id='y'/><!-- c --></root>")
print(root.tag, root.attrib, [i.get("id") for i in root.iter("item")], root.find("item").text, root[0][0].tail)
print(ET.tostring(root, encoding="unicode"), [e.tag for e in root.findall(".//sub")], root.findtext("item"))
new = ET.SubElement(root, "new", {"k": "v"})
new.text = "é & <"
ET.indent(root)
print(ET.tostring(root, encoding="unicode"))
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as e:
    print("ParseError", e, e.position)
doc = minidom.parseString("<a><b x='1'>hi</b></a>")
print(doc.documentElement.tagName, doc.getElementsByTagName("b")[0].getAttribute("x"), doc.toprettyxml(indent=" "))
msg = EmailMessage()
msg["From"] = formataddr(("Ann", "ann@example.com"))
msg["To"] = "bob@example.com"
msg["Subject"] = "Héllo"
msg.set_content("Body line\n")
msg.add_attachment(b"\x00\x01", maintype="application", subtype="octet-stream", filename="d.bin")
text = msg.as_string()
parsed = message_from_string(text, policy=policy.default)
print(parsed["Subject"], parsed.is_multipart(), [p.get_content_type() for p in parsed.iter_parts()], parsed.get_body().get_content())
print(parseaddr("Bob <bob@x.org>"), [p.get_filename() for p in parsed.iter_attachments()])
