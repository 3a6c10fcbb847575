# The library's XML modules over pyexpat: ElementTree, minidom and plistlib.
import xml.etree.ElementTree as ET
root = ET.fromstring('<root a="1"><child>text</child><child b="2"/>tail</root>')
print(root.tag, root.attrib, [c.tag for c in root], root[0].text, ET.tostring(root))
from xml.dom import minidom
d = minidom.parseString('<x><y z="1">hi</y></x>')
print(d.documentElement.toxml(), d.getElementsByTagName('y')[0].getAttribute('z'))
import plistlib
print(plistlib.loads(plistlib.dumps({'a': [1, 2.5, 'x'], 'b': True})))
try: ET.fromstring('<a><b></a>')
except ET.ParseError as e: print('ParseError', e, e.position)
