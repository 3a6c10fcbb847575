# xml.sax over pyexpat through xml.sax.expatreader.
import xml.sax
class H(xml.sax.ContentHandler):
    def startElement(self, name, attrs):
        print('start', name, dict(attrs))
    def characters(self, content):
        print('chars', repr(content))
    def endElement(self, name):
        print('end', name)
xml.sax.parseString(b'<q r="s">body<i/></q>', H())
try:
    xml.sax.parseString(b'<q><r></q>', H())
except xml.sax.SAXParseException as e:
    print('SAXParseException', e.getMessage(), e.getLineNumber(), e.getColumnNumber())
