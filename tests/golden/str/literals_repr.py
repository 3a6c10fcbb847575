# repr of str: quote choice and escapes
items = ["", "a", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\r", "back\\slash",
         "\x00\x01\x1f\x7f", "\x80\x9f\xa0", "café", "naïve", "€uro", "😀", "\u2028\u2029", "\ud800", "\U0010ffff",
         "\u200b", "\xad", "\u0301", "中文", "\t\n\r\x0b\x0c"]
for s in items:
    print(repr(s), len(s))
print(ascii("café €😀"))
print(str("x"), repr(repr("x")))
print([s for s in ["a", "b'c", 'd"e']])
print(("tuple", "of", "str"))
print({"key": "value"})
