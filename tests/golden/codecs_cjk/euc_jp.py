# euc_jp: JIS X 0208, half-width katakana (8E) and JIS X 0212 (8F).
from _show import show, roundtrip

for text in ["日本語", "ｶﾀｶﾅ", "丂丄", "é", "~\\", "〜"]:
    roundtrip("euc_jp", text)
for data in [b"\x8e", b"\x8f\xb0", b"\x8f\xb0\xa1", b"\x8f\xa1\xa1x", b"\xa1", b"\xa1\x20", b"\xff\xfe", b"\x80"]:
    show(data, lambda: data.decode("euc_jp"))
show("ハングル", lambda: "한".encode("euc_jp"))
print("x".encode("eucjp"), "x".encode("ujis"), "x".encode("u_jis"))
