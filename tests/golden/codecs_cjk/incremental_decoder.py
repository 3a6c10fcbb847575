# Incremental decoders: characters split across chunks wait for the rest,
# getstate / setstate carry what is held back, final reports the end.
import codecs
from _show import show

samples = {
    "shift_jis": "日本語のテキストｱｲｳ".encode("shift_jis"),
    "euc_jp": "日本語丂ｶ".encode("euc_jp"),
    "gb18030": "中文😀€".encode("gb18030"),
    "big5hkscs": "中文\u00ca\u0304".encode("big5hkscs"),
    "euc_kr": "한국어갂".encode("euc_kr"),
    "iso2022_jp": "abc日本語def".encode("iso2022_jp"),
    "iso2022_kr": "a한국b".encode("iso2022_kr"),
    "hz": "a中文b".encode("hz"),
}
for name, data in samples.items():
    for size in [1, 2, 3]:
        d = codecs.getincrementaldecoder(name)()
        out = [d.decode(data[i:i + size]) for i in range(0, len(data), size)]
        out.append(d.decode(b"", True))
        print(name, size, "|".join(out))
for name in ["shift_jis", "gb18030", "euc_jp"]:
    d = codecs.getincrementaldecoder(name)()
    data = samples[name]
    print(name, repr(d.decode(data[:1])), d.getstate())
    state = d.getstate()
    d.reset()
    print(name, d.getstate())
    d.setstate(state)
    print(name, repr(d.decode(data[1:])))
    show(name + " final", lambda: codecs.getincrementaldecoder(name)().decode(data[:1], True))
    show(name + " errors", lambda: codecs.getincrementaldecoder(name)("replace").decode(data[:1] + b"\x80", True))
d = codecs.getincrementaldecoder("iso2022_jp")()
print(repr(d.decode(b"\x1b$B$")), repr(d.decode(b"\"\x1b(B")), repr(d.decode(b"", True)))
show("setstate", lambda: codecs.getincrementaldecoder("gbk")().setstate((b"", -1)))
show("setstate", lambda: codecs.getincrementaldecoder("gbk")().setstate((b"123456789", 0)))
show("setstate", lambda: codecs.getincrementaldecoder("gbk")().setstate("x"))
