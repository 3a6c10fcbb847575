# A deterministic sweep of random inputs through the codecs and the format parser.
import _codecs
import warnings
warnings.simplefilter("ignore")  # the escape codecs warn about invalid escapes
state = 12345
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n
alphabet = b"\\\\+-xuUN{}0123456789abcdefABCDEF\x00\x7f\x80\xc3\xa9\xe2\x82\xac\xed\xa0\xf0\x9f\xff\xfe\xd8\xdc\n"
decoders = ["utf_8_decode", "utf_16_le_decode", "utf_16_be_decode", "utf_16_decode", "utf_32_decode", "utf_32_be_decode", "utf_7_decode",
            "unicode_escape_decode", "raw_unicode_escape_decode", "ascii_decode", "latin_1_decode"]
handlers = ["strict", "replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass"]
for it in range(300):
    data = bytes(alphabet[rnd(len(alphabet))] for _ in range(rnd(12)))
    name = decoders[rnd(len(decoders))]
    h = handlers[rnd(len(handlers))]
    fn = getattr(_codecs, name)
    args = (data, h) if name in ("ascii_decode", "latin_1_decode") else (data, h, bool(rnd(2)))
    try:
        r = fn(*args)
        print(it, name, h, ascii(r))
    except Exception as e:
        print(it, name, h, type(e).__name__, e)
chars = "a\\+-~\x00\x80\xe9\u20ac\ud800\udc80\udfff\U0001f600 \t"
encoders = ["utf_8_encode", "utf_16_encode", "utf_16_be_encode", "utf_32_le_encode", "utf_7_encode", "unicode_escape_encode", "raw_unicode_escape_encode", "ascii_encode", "latin_1_encode", "charmap_encode"]
handlers += ["xmlcharrefreplace", "namereplace"]
for it in range(300):
    s = "".join(chars[rnd(len(chars))] for _ in range(rnd(10)))
    name = encoders[rnd(len(encoders))]
    h = handlers[rnd(len(handlers))]
    try:
        print(it, name, h, getattr(_codecs, name)(s, h))
    except Exception as e:
        print(it, name, h, type(e).__name__, e)
import _string
fchars = "{}[]!:.0a r"
for it in range(200):
    s = "".join(fchars[rnd(len(fchars))] for _ in range(rnd(9)))
    try:
        print(it, repr(s), list(_string.formatter_parser(s)))
    except Exception as e:
        print(it, repr(s), type(e).__name__, e)
    try:
        first, rest = _string.formatter_field_name_split(s)
        print(it, repr(first), list(rest))
    except Exception as e:
        print(it, type(e).__name__, e)
    try:
        print(it, repr(s.format(1, 2, a=3)))
    except Exception as e:
        print(it, type(e).__name__, e)
