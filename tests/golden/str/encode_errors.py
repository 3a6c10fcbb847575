strings = ["é", "aéb", "a€€b", "😀", "\ud800", "\udcff", "a\ud800\udc00x", "ÿ"]
for s in strings:
    for enc in ["ascii", "latin-1", "utf-8", "utf-16-le"]:
        try:
            r = s.encode(enc)
        except UnicodeEncodeError as e:
            r = "UnicodeEncodeError: " + str(e) + " %d %d %s" % (e.start, e.end, e.reason)
        print(ascii(s), enc, r)
        for h in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]:
            try:
                print("  ", h, s.encode(enc, h))
            except UnicodeEncodeError as e:
                print("  ", h, "UnicodeEncodeError", e)
