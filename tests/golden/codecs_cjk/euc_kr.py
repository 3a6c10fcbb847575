# euc_kr: KS X 1001, and the eight-byte make-up sequences for the Hangul
# syllables KS X 1001 lacks.
from _show import show

for text in ["한국어", "가", "갂", "똠", "힣", "ㄱㅏ", "漢字", "\x80"]:
    show(text, lambda: text.encode("euc_kr"))
for data in [b"\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xd4", b"\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xa2", b"\xa4\xd4",
             b"\xa4\xd4\xa4\xa1", b"\xa4\xd4\xa4\xa1\xa4\xa1\xa4\xd4", b"\xa4\xd4xxxxxx", b"\xb0\xa1",
             b"\xb0", b"\x80", b"\xff\xa1"]:
    show(data, lambda: data.decode("euc_kr"))
print("x".encode("korean"), "x".encode("ksc5601"), "x".encode("ks_c_5601_1987"))
