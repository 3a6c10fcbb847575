# gb2312 and gbk: simplified Chinese, GBK's extension and its euro sign.
from _show import show, roundtrip

for name in ["gb2312", "gbk"]:
    for text in ["中文", "简体字", "ａｂｃ", "αβγ", "€", "丂"]:
        show(name + " " + text, lambda: text.encode(name))
    for data in [b"\xd6\xd0\xce\xc4", b"\x81\x40", b"\x80", b"\xa1", b"\xa1\xa0", b"\xff\xff", b"\xa2\xa1"]:
        show(name + " " + repr(data), lambda: data.decode(name))
roundtrip("gbk", "镕 鑫 堃")
print("x".encode("chinese"), "x".encode("euc_cn"), "x".encode("cp936"), "x".encode("ms936"))
