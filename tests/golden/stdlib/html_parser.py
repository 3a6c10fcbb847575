# html.parser: a link and text extractor built on HTMLParser, with entity
# and character references, comments, declarations, CDATA-like script content
# and incremental feeding; html.escape/unescape round trips.
import html
from html.parser import HTMLParser

DOC = """<!DOCTYPE html>
<html lang="en">
<head><title>Caf&eacute; &amp; Bar</title>
<script>if (a < b && c > d) { x = "<b>"; }</script>
<style>p > a { color: red }</style></head>
<body>
<!-- navigation -->
<p class="intro" id=main>Hello, <a href="/one?x=1&amp;y=2">first</a> and
<a href='two.html' title="Second &#8212; link">second</a>.</p>
<img src="pic.png" alt="a &lt;pic&gt;"/>
<br>
<?php echo 1; ?>
<p>Price: &euro;5 &#x41;&#66; &unknown; done</p>
</body></html>"""


class Extractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.events = []
        self.links = []
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
        self.depth += 1

    def handle_endtag(self, tag):
        self.events.append(("end", tag))
        self.depth -= 1

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_data(self, data):
        if data.strip():
            self.events.append(("data", data.strip()))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))


p = Extractor()
p.feed(DOC)
p.close()
for event in p.events:
    print(event)
print("links:", p.links)
print("position:", p.getpos())


class Raw(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out = []

    def handle_entityref(self, name):
        self.out.append(("entity", name))

    def handle_charref(self, name):
        self.out.append(("char", name))

    def handle_data(self, data):
        self.out.append(("data", data))


r = Raw()
for chunk in ["<p>a &amp", "; b &#", "65; c &#x4", "2;</p>"]:
    r.feed(chunk)
r.close()
print(r.out)

for text in ['<a href="x">Tom & "Jerry"</a>', "it's", "plain"]:
    esc = html.escape(text)
    esc_noquote = html.escape(text, quote=False)
    print(esc, "|", esc_noquote, "|", html.unescape(esc) == text)
print(html.unescape("&lt;&gt;&amp;&quot;&#39;&nbsp;x&copy;&#128512;&notit;&amp"))
