# The CJK codecs through codecs.lookup, str.encode / bytes.decode and text
# files, and the _multibytecodec interface itself.
import codecs
import os
import tempfile
import _multibytecodec
import _codecs_jp
from _show import show

for alias in ["sjis", "ShiftJIS", "EUC-JP", "gb2312", "GB18030", "Big5-HKSCS", "ISO-2022-JP", "csISO2022KR",
              "ks_c-5601", "HZ-GB-2312", "ms_kanji"]:
    info = codecs.lookup(alias)
    print(alias, info.name)
codec = _codecs_jp.getcodec("shift_jis")
print(type(codec).__name__, codec.encode("日本"), codec.decode(b"\x93\xfa\x96\x7b"))
print(codec.encode("a\u0100", "replace"), codec.decode(b"a\x80", errors="ignore"))
show("getcodec", lambda: _codecs_jp.getcodec("gbk"))
show("getcodec", lambda: _codecs_jp.getcodec(1))
show("create", lambda: _multibytecodec.__create_codec(1))
show("new", lambda: type(codec)())
show("encode", lambda: codec.encode(1))
show("no codec", lambda: _multibytecodec.MultibyteIncrementalEncoder())
print(sorted(n for n in dir(_multibytecodec) if not n.startswith("__")))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "t.txt")
    with open(path, "w", encoding="euc_jp") as f:
        f.write("日本語\nテキスト\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, encoding="euc_jp") as f:
        print(f.readlines())
    with codecs.open(path, "w", "iso2022_jp") as f:
        f.write("日本")
        f.write("語")
    with open(path, "rb") as f:
        print(f.read())
    with codecs.open(path, "r", "iso2022_jp") as f:
        print(f.read())
