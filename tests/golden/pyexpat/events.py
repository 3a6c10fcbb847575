# pyexpat: every handler on one document with a DTD, character data buffering.
import pyexpat
events = []
p = pyexpat.ParserCreate()
for h in ['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler', 'ProcessingInstructionHandler', 'CommentHandler', 'StartCdataSectionHandler', 'EndCdataSectionHandler', 'XmlDeclHandler', 'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler', 'NotationDeclHandler', 'UnparsedEntityDeclHandler', 'SkippedEntityHandler', 'DefaultHandler']:
    setattr(p, h, (lambda name: lambda *a: events.append((name,) + a))(h[:-7]))
doc = '''<?xml version="1.0" encoding="utf-8" standalone="no"?>
<!DOCTYPE doc [
<!ELEMENT doc (item*, (a|b)+)>
<!ELEMENT item (#PCDATA)>
<!ATTLIST item id CDATA #REQUIRED kind (x|y) "x">
<!ENTITY ent "entity text">
<!NOTATION gif SYSTEM "image/gif">
<!ENTITY pic SYSTEM "pic.gif" NDATA gif>
]>
<doc><?pi some data?><!-- a comment --><item id="1">text &amp; &ent; &#233;</item><![CDATA[raw <stuff>]]><a/></doc>'''
p.Parse(doc, True)
for e in events: print(e)
p = pyexpat.ParserCreate()
p.buffer_text = True
chunks = []
p.CharacterDataHandler = chunks.append
p.Parse('<a>' + 'x' * 10000 + '&amp;y</a>', True)
print([len(c) for c in chunks], p.buffer_used)
