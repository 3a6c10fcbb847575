# normalize / is_normalized in the four forms.
import unicodedata

samples = ["caf\xe9", "cafe\u0301", "\ufb01ance", "\u2460\u00bd", "\u1100\u1161\u11a8", "\uac01", "e\u0301\u0327", "e\u0327\u0301",
           "\u212b\u2126", "\u1e9b\u0323", "x\ud800\u0301y", "\U0001d400", "", "plain ascii", "\u0344\u0f73"]
for s in samples:
    for form in ["NFC", "NFD", "NFKC", "NFKD"]:
        r = unicodedata.normalize(form, s)
        print(form, ascii(s), ascii(r), unicodedata.is_normalized(form, s), unicodedata.is_normalized(form, r))
for args in [("NFX", "a"), ("NFC", 1), (1, "a"), ("nfc", "a")]:
    for fn in (unicodedata.normalize, unicodedata.is_normalized):
        try:
            fn(*args)
        except (ValueError, TypeError) as e:
            print(fn.__name__, type(e).__name__, e)
