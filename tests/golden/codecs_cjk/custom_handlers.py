# Handlers registered with codecs.register_error: what they are given,
# and where encoding or decoding goes on after them.
import codecs
from _show import show

seen = []


def note(e):
    seen.append((type(e).__name__, e.encoding, e.start, e.end, e.reason))


def enc_mark(e):
    note(e)
    return ("<%d-%d>" % (e.start, e.end), e.end)


def dec_mark(e):
    note(e)
    return ("<%s>" % e.object[e.start:e.end].hex(), e.end)


def skip_two(e):
    note(e)
    return ("#", min(e.end + 1, len(e.object)))


def back(e):
    note(e)
    return ("", e.start + 1 if e.start + 1 < len(e.object) else e.end)


codecs.register_error("cjk.enc", enc_mark)
codecs.register_error("cjk.dec", dec_mark)
codecs.register_error("cjk.skip", skip_two)
codecs.register_error("cjk.back", back)
codecs.register_error("cjk.bad", lambda e: 42)
codecs.register_error("cjk.unencodable", lambda e: ("\u00e9", e.end))

for name in ["shift_jis", "gbk", "euc_kr", "big5", "iso2022_jp", "hz"]:
    show(name, lambda: "a\u00e9\u00e9b\u0100".encode(name, "cjk.enc"))
    show(name, lambda: b"a\x80\x80b\x81".decode(name, "cjk.dec"))
    show(name, lambda: "\u00e9xyz".encode(name, "cjk.skip"))
    show(name, lambda: b"\x80xyz".decode(name, "cjk.skip"))
    show(name, lambda: "\u0100\u0101".encode(name, "cjk.back"))
    show(name, lambda: "\u0100".encode(name, "cjk.bad"))
    show(name, lambda: b"\x80".decode(name, "cjk.bad"))
for item in seen:
    print(item)
show("lookup", lambda: codecs.lookup_error("cjk.enc") is enc_mark)
