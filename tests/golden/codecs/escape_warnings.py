# The escape decoders warn once per call about the first invalid escape.
import _codecs
import warnings

for fn, data in [(_codecs.unicode_escape_decode, b"\\q\\777"), (_codecs.escape_decode, b"\\q\\777"), (_codecs.escape_decode, b"\\777\\q"),
                 (_codecs.unicode_escape_decode, b"\\\xe9"), (_codecs.unicode_escape_decode, b"\\400"), (_codecs.raw_unicode_escape_decode, b"\\q"),
                 (_codecs.unicode_escape_decode, b"\\n\\t ok")]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = fn(data)
    print(ascii(result), [(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(ascii(b"\\d".decode("unicode_escape")), [str(w.message) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for fn in (_codecs.unicode_escape_decode, _codecs.escape_decode):
        try:
            fn(b"\\z")
        except DeprecationWarning as e:
            print("DeprecationWarning:", e)
