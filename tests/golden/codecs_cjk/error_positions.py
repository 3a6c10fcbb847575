# UnicodeDecodeError / UnicodeEncodeError: positions and reasons, for
# illegal and incomplete sequences at the start, middle and end.
names = ["shift_jis", "cp932", "euc_jp", "euc_jis_2004", "euc_jisx0213", "shift_jis_2004", "shift_jisx0213",
         "gb2312", "gbk", "gb18030", "hz", "big5", "cp950", "big5hkscs", "euc_kr", "cp949", "johab",
         "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext",
         "iso2022_kr"]
samples = [b"\x81", b"ab\x81", b"\x80ab", b"ab\xff\xffcd", b"\xa1\x41", b"\x8f\xa1", b"\x81\x30\x81", b"\x1b",
           b"\x1b$", b"~"]
for name in names:
    for data in samples:
        try:
            r = repr(data.decode(name))
        except UnicodeDecodeError as e:
            r = "%d %d %s %r" % (e.start, e.end, e.reason, e.object)
        print(name, data, r)
    for text in ["\u0100", "ab\u0100", "\u0100\u0101cd", "x\U0001f600"]:
        try:
            r = repr(text.encode(name))
        except UnicodeEncodeError as e:
            r = "%d %d %s %r" % (e.start, e.end, e.reason, e.object)
        print(name, ascii(text), r)
