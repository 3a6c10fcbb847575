# The built-in error handlers on every CJK codec, both ways.
from _show import show

names = ["shift_jis", "cp932", "euc_jp", "euc_jis_2004", "gb2312", "gbk", "gb18030", "hz", "big5", "cp950",
         "big5hkscs", "euc_kr", "cp949", "johab", "iso2022_jp", "iso2022_jp_2", "iso2022_kr"]
text = "a\u00e9\u4e00\uac00\U0001f600\udc80z"
data = b"a\x80\xff\xfe\x81b"
for name in names:
    for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape"]:
        show(name + " " + errors, lambda: text.encode(name, errors))
    for errors in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
        show(name + " " + errors, lambda: data.decode(name, errors))
    show(name + " strict", lambda: text.encode(name))
    show(name + " strict", lambda: data.decode(name))
show("escape back", lambda: b"a\x80b".decode("shift_jis", "surrogateescape").encode("shift_jis", "surrogateescape"))
show("unknown handler", lambda: "é".encode("gbk", "nosuch"))
