# Incremental encoders: iso2022's escapes across calls and at the end,
# JIS X 0213's pairs waiting for their second character, getstate / setstate.
import codecs
from _show import show

for name in ["iso2022_jp", "iso2022_kr", "hz", "shift_jis", "euc_jis_2004", "shift_jis_2004", "big5hkscs"]:
    e = codecs.getincrementalencoder(name)("backslashreplace")
    parts = [e.encode(c) for c in ["a", "日", "本", "b", "か", "\u309a", "か"]]
    parts.append(e.encode("", True))
    print(name, parts)
e = codecs.getincrementalencoder("euc_jis_2004")()
print(e.encode("か"), e.getstate())
state = e.getstate()
e.reset()
print(e.getstate(), e.encode("", True))
e.setstate(state)
print(e.encode("\u309a"), e.getstate())
e.setstate(state)
print(e.encode("x"), e.encode("か", True))
e = codecs.getincrementalencoder("gbk")("replace")
print(e.errors, e.encode("a\u0100b"))
e.errors = "xmlcharrefreplace"
print(e.errors, e.encode("a\u0100b"))
show("errors type", lambda: setattr(e, "errors", 3))
show("errors delete", lambda: delattr(e, "errors"))
show("encode bytes", lambda: e.encode(b"x"))
show("strict", lambda: codecs.getincrementalencoder("big5")().encode("a\u0100"))
show("setstate", lambda: codecs.getincrementalencoder("gbk")().setstate(-1))
print(codecs.getincrementalencoder("shift_jis")().getstate())
