# urllib.parse: splitting and joining URLs, query strings in both
# directions, quoting with safe sets and encodings, netloc details, and
# the defrag/unwrap helpers.
from urllib.parse import (parse_qs, parse_qsl, quote, quote_from_bytes, quote_plus, unquote, unquote_plus,
                          unquote_to_bytes, urldefrag, urlencode, urljoin, urlparse, urlsplit, urlunparse,
                          urlunsplit)
import urllib.parse

u = urlparse("https://user:p%40ss@Example.COM:8443/a/b;type=x?q=1&q=2&r=%20#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.params, u.geturl())
print(u._replace(scheme="http", fragment="").geturl())
s = urlsplit("//host/path?x")
print(s, urlsplit("mailto:someone@example.com"), urlsplit("file:///etc/hosts"))
print(urlsplit("http://[::1]:80/p").hostname, urlsplit("http://[fe80::1%25eth0]/").hostname)
print(urlunparse(("http", "h", "/p", "", "a=1", "f")), urlunsplit(("ftp", "h:21", "/x", "", "")))
base = "http://a/b/c/d;p?q"
for ref in ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "../g", "../..", "../../../g", "", ".", "g;x"]:
    print(repr(ref), urljoin(base, ref))
print(parse_qs("a=1&a=2&b=&c=x%20y+z", keep_blank_values=True), parse_qsl("k=v;w=x", separator=";"))
print(parse_qsl("a=1&&b=2&c"), parse_qs("a=1&b", strict_parsing=False))
try:
    parse_qsl("a&b", strict_parsing=True)
except ValueError as e:
    print("ValueError", e)
print(urlencode({"q": "caf\u00e9 & bar", "n": 3}), urlencode([("x", ["1", "2"])], doseq=True))
print(urlencode({"s": "a b"}, quote_via=quote), urlencode({"k": b"\xff"}))
print(quote("/path with spaces/ü?&="), quote("/a b", safe=""), quote_plus("a b&c=d/e"), quote("é", encoding="latin-1"))
print(unquote("%E2%82%AC%20%zz"), unquote_plus("a+b%2Bc"), unquote("%E9", encoding="latin-1"), unquote("%FF", errors="strict") if False else unquote("%FF"))
print(unquote_to_bytes("%00a%ff"), quote_from_bytes(b"\x00 /~"), quote("~-._"))
print(urldefrag("http://x/y#z"), urldefrag("http://x/y"))
print(urllib.parse.unwrap("<URL:http://example.com/>"), urllib.parse.urlsplit("HTTP://X/").scheme)
try:
    urlsplit("http://[::1/").hostname
except ValueError as e:
    print("ValueError", e)
try:
    urlparse("http://h:notaport/").port
except ValueError as e:
    print("ValueError", e)
print(urlparse(b"http://h/p?q=1").query, urlsplit("http://h/p").encode() if hasattr(urlsplit("http://h/p"), "encode") else None)
