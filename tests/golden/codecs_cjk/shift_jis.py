# shift_jis: kana, kanji, half-width katakana, ASCII, and errors.
from _show import show, roundtrip

for text in ["こんにちは", "日本語テキスト", "ｱｲｳｴｵ", "abc\\~", "全角ＡＢＣ１２３", "〜‖"]:
    roundtrip("shift_jis", text)
show("é", lambda: "café".encode("shift_jis"))
show("¥", lambda: "¥".encode("shift_jis"))
show("trail", lambda: b"\x82\xa0\x82".decode("shift_jis"))
show("bad trail", lambda: b"\x82\x20abc".decode("shift_jis"))
show("0x80", lambda: b"a\x80b".decode("shift_jis"))
show("0xa0", lambda: b"\xa0".decode("shift_jis"))
show("0xfd", lambda: b"\xfd\x40".decode("shift_jis"))
print(b"\x88\x9f\x88\xa0".decode("shift_jis"), "sjis".encode("sjis"), "x".encode("s_jis"))
