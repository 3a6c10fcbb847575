#!/usr/bin/python3.11
"""Writes src/modules/cjk/cjk_overrides.inc: where CPython's CJK codecs
differ from glibc's iconv charsets that Taipan builds their tables from.

Taipan's tables (src/modules/cjk/cjk_tables.cpp) are read from iconv(3) at
run time, one unit at a time, by the rule that `unit_tables` below repeats:
single bytes, then two-byte units for every lead byte >= 0x80, then the
three-byte units of the EUC-JP family (0x8F lead), then every code point of
the BMP and, where asked, of plane 2 to encode. This script compares each
unit with what the oracle (Debian's python3.11) gives for it and writes the
differences as data, with the lead bytes at which the oracle reports an
incomplete sequence. Run it with the oracle; it rewrites the file.
"""
import ctypes
import ctypes.util
import os
import sys

NONE = 0xFFFFFFFF
libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
libc.iconv_open.restype = ctypes.c_void_p
libc.iconv_open.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
libc.iconv.argtypes = [ctypes.c_void_p] + [ctypes.c_void_p] * 4
libc.iconv.restype = ctypes.c_size_t

# Python codec -> (glibc charsets, first one wins; encode plane 2 too).
# Must match kCodecs in src/modules/cjk/cjk_tables.cpp.
CODECS = {
    "shift_jis": (["SJIS"], False),
    "cp932": (["CP932"], False),
    "euc_jp": (["EUC-JP"], False),
    "euc_jis_2004": (["EUC-JISX0213", "EUC-JP"], True),
    "euc_jisx0213": (["EUC-JISX0213", "EUC-JP"], True),
    "shift_jis_2004": (["SHIFT_JISX0213"], True),
    "shift_jisx0213": (["SHIFT_JISX0213"], True),
    "gb2312": (["EUC-CN"], False),
    "gbk": (["GBK"], False),
    "gb18030": (["GB18030"], False),
    "big5": (["BIG5"], False),
    "cp950": (["BIG5"], False),
    "big5hkscs": (["BIG5HKSCS"], True),
    "euc_kr": (["EUC-KR"], False),
    "cp949": (["UHC"], False),
    "johab": (["JOHAB"], False),
}
THREE_BYTE = {"euc_jp", "euc_jis_2004", "euc_jisx0213"}


class Iconv:
    def __init__(self, to, frm):
        self.cd = libc.iconv_open(to.encode(), frm.encode())
        if self.cd == ctypes.c_void_p(-1).value:
            sys.exit(f"iconv cannot convert {frm} to {to}")
        self.out = ctypes.create_string_buffer(64)

    def __call__(self, data):
        """data converted whole (state reset before, flushed after), or None."""
        libc.iconv(self.cd, None, None, None, None)
        inbuf = ctypes.create_string_buffer(data, len(data))
        ip = ctypes.c_void_p(ctypes.addressof(inbuf))
        il = ctypes.c_size_t(len(data))
        op = ctypes.c_void_p(ctypes.addressof(self.out))
        ol = ctypes.c_size_t(64)
        r = libc.iconv(self.cd, ctypes.byref(ip), ctypes.byref(il), ctypes.byref(op), ctypes.byref(ol))
        if r == ctypes.c_size_t(-1).value or il.value:
            return None
        if libc.iconv(self.cd, None, None, ctypes.byref(op), ctypes.byref(ol)) == ctypes.c_size_t(-1).value:
            return None
        return self.out.raw[: 64 - ol.value]


def encode_points(plane2):
    points = [c for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    return points + (list(range(0x20000, 0x30000)) if plane2 else [])


def gb18030_four_byte(index):
    """The four-byte GB18030 sequence at a linear index."""
    return bytes([0x81 + index // 12600, 0x30 + index // 1260 % 10, 0x81 + index // 10 % 126, 0x30 + index % 10])


def unit_tables(decode, encode, three_byte, plane2, four_byte):
    """The units a codec's decode(bytes) -> str|None and encode(str) ->
    bytes|None give: {bytes: str} and {code point: bytes}. The four-byte
    units of GB18030 that stand for the BMP (indexes below 39420) count too."""
    dec = {}
    for b in range(256):
        s = decode(bytes([b]))
        if s is not None and len(s) == 1:
            dec[bytes([b])] = s
    for b in range(0x80, 0x100):
        for t in range(256):
            s = decode(bytes([b, t]))
            if s is not None and (len(s) == 1 or (len(s) == 2 and bytes([b]) not in dec)):
                dec[bytes([b, t])] = s
    if three_byte:
        for a in range(0xA1, 0xFF):
            for c in range(0xA1, 0xFF):
                s = decode(bytes([0x8F, a, c]))
                if s is not None and len(s) == 1:
                    dec[bytes([0x8F, a, c])] = s
    for index in range(39420 if four_byte else 0):
        seq = gb18030_four_byte(index)
        s = decode(seq)
        if s is not None and len(s) == 1:
            dec[seq] = s
    enc = {}
    for cp in encode_points(plane2):
        b = encode(chr(cp))
        if b is not None:
            enc[cp] = b
    return dec, enc


def glibc_codec(charsets):
    decoders = [Iconv("UTF-32LE", c) for c in charsets]
    encoders = [Iconv(c, "UTF-32LE") for c in charsets]

    def decode(data):
        for d in decoders:
            r = d(data)
            if r is not None:
                return r.decode("utf-32-le")
        return None

    def encode(text):
        for e in encoders:
            r = e(text.encode("utf-32-le"))
            if r is not None:
                return r
        return None

    return decode, encode


def oracle_codec(name):
    def decode(data):
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            return None

    def encode(text):
        try:
            return text.encode(name)
        except UnicodeEncodeError:
            return None

    return decode, encode


def leads(name):
    """Bytes that the oracle reports as an incomplete sequence on their own."""
    bits = [0] * 32
    for b in range(256):
        try:
            bytes([b]).decode(name)
        except UnicodeDecodeError as e:
            if e.reason == "incomplete multibyte sequence":
                bits[b >> 3] |= 1 << (b & 7)
    return bits


def pack(data):
    return int.from_bytes(data, "big")


def ident(name):
    return name.replace("-", "_")


def generate(name):
    charsets, plane2 = CODECS[name]
    three = name in THREE_BYTE
    gdec, genc = unit_tables(*glibc_codec(charsets), three, plane2, name == "gb18030")
    odec, oenc = unit_tables(*oracle_codec(name), three, plane2, name == "gb18030")
    if name == "euc_kr":  # Hangul syllables outside KS X 1001: eight-byte sequences made in code
        oenc = {cp: b for cp, b in oenc.items() if len(b) != 8}
    dfix = []
    for seq in sorted(set(gdec) | set(odec), key=lambda s: (len(s), s)):
        if gdec.get(seq) != odec.get(seq):
            s = odec.get(seq)
            cps = [NONE, 0] if s is None else [ord(s[0]), ord(s[1]) if len(s) > 1 else 0]
            dfix.append(f"{{0x{pack(seq):x}, {len(seq)}, 0x{cps[0]:x}, 0x{cps[1]:x}}}")
    efix = []
    for cp in sorted(set(genc) | set(oenc)):
        if genc.get(cp) != oenc.get(cp):
            b = oenc.get(cp, b"")
            efix.append(f"{{0x{cp:x}, 0x{pack(b):x}, {len(b)}}}")
    i = ident(name)
    out = [f"// {name} over {', '.join(charsets)}: {len(dfix)} decoding and {len(efix)} encoding differences"]
    out.append(f"constexpr uint8_t kLeads_{i}[32] = {{{', '.join(str(x) for x in leads(name))}}};")
    out.append(f"constexpr DecodeFix kDecodeFixes_{i}[] = {{{', '.join(dfix + ['{0, 0, 0, 0}'])}}};")
    out.append(f"constexpr EncodeFix kEncodeFixes_{i}[] = {{{', '.join(efix + ['{0, 0, 0}'])}}};")
    print(out[0], file=sys.stderr)
    return "\n".join(out) + "\n"


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(root, "src", "modules", "cjk", "cjk_overrides.inc")
    parts = ["// Generated by tools/gen_cjk_overrides.py from glibc's iconv and the oracle's",
             "// codecs: where CPython's CJK codecs differ from glibc's charsets. Do not edit.",
             "// DecodeFix {bytes, length, code point (0xFFFFFFFF: undefined), second code point};",
             "// EncodeFix {code point, bytes, length (0: unencodable)}.", ""]
    parts += [generate(name) for name in (sys.argv[1:] or CODECS)]
    with open(path, "w") as f:
        f.write("\n".join(parts))


if __name__ == "__main__":
    main()
