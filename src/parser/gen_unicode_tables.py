#!/usr/bin/env python3
"""gen_unicode_tables.py — writes unicode_tables_data.inc and nfkc_data.inc
from this python3's unicodedata (run by hand; the output is checked in).

nfkc_data.inc holds what NFKC normalisation of identifiers needs: the full
compatibility decomposition of every identifier character that has one,
canonical combining classes, and the canonical composition pairs.

It holds: code point ranges for identifier start/continue characters (as
str.isidentifier sees them) and for printable characters (str.isprintable),
the ranges of the algorithmically named characters, and a compressed table of
every other character name for \\N{...} escapes (names are split into words
on ' ' and '-'; each name is stored as word indices into a word list)."""

import os
import re
import sys
import unicodedata

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "unicode_tables_data.inc")
NFKC_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nfkc_data.inc")

ALGORITHMIC = [
    "CJK UNIFIED IDEOGRAPH-",
    "CJK COMPATIBILITY IDEOGRAPH-",
    "TANGUT IDEOGRAPH-",
    "KHITAN SMALL SCRIPT CHARACTER-",
    "NUSHU CHARACTER-",
]

# Candidate aliases (NameAliases.txt); only those unicodedata.lookup accepts
# and that are not ordinary names are kept.
ALIASES = """NULL NUL START OF HEADING SOH START OF TEXT STX END OF TEXT ETX
END OF TRANSMISSION EOT ENQUIRY ENQ ACKNOWLEDGE ACK ALERT BEL BACKSPACE BS
CHARACTER TABULATION HORIZONTAL TABULATION HT TAB LINE FEED NEW LINE
END OF LINE LF NL EOL LINE TABULATION VERTICAL TABULATION VT FORM FEED FF
CARRIAGE RETURN CR SHIFT OUT LOCKING-SHIFT ONE SO SHIFT IN LOCKING-SHIFT ZERO SI
DATA LINK ESCAPE DLE DEVICE CONTROL ONE DC1 DEVICE CONTROL TWO DC2
DEVICE CONTROL THREE DC3 DEVICE CONTROL FOUR DC4 NEGATIVE ACKNOWLEDGE NAK
SYNCHRONOUS IDLE SYN END OF TRANSMISSION BLOCK ETB CANCEL CAN END OF MEDIUM
EOM SUBSTITUTE SUB ESCAPE ESC INFORMATION SEPARATOR FOUR FILE SEPARATOR FS
INFORMATION SEPARATOR THREE GROUP SEPARATOR GS INFORMATION SEPARATOR TWO
RECORD SEPARATOR RS INFORMATION SEPARATOR ONE UNIT SEPARATOR US SP DELETE DEL
PADDING CHARACTER PAD HIGH OCTET PRESET HOP BREAK PERMITTED HERE BPH
NO BREAK HERE NBH INDEX IND NEXT LINE NEL START OF SELECTED AREA SSA
END OF SELECTED AREA ESA CHARACTER TABULATION SET HTS
CHARACTER TABULATION WITH JUSTIFICATION HTJ LINE TABULATION SET VTS
PARTIAL LINE FORWARD PARTIAL LINE DOWN PLD PARTIAL LINE BACKWARD
PARTIAL LINE UP PLU REVERSE LINE FEED REVERSE INDEX RI SINGLE SHIFT TWO
SINGLE-SHIFT-2 SS2 SINGLE SHIFT THREE SINGLE-SHIFT-3 SS3
DEVICE CONTROL STRING DCS PRIVATE USE ONE PRIVATE USE-1 PU1
PRIVATE USE TWO PRIVATE USE-2 PU2 SET TRANSMIT STATE STS CANCEL CHARACTER CCH
MESSAGE WAITING MW START OF GUARDED AREA START OF PROTECTED AREA SPA
END OF GUARDED AREA END OF PROTECTED AREA EPA START OF STRING SOS
SINGLE GRAPHIC CHARACTER INTRODUCER SGC SINGLE CHARACTER INTRODUCER SCI
CONTROL SEQUENCE INTRODUCER CSI STRING TERMINATOR ST OPERATING SYSTEM COMMAND
OSC PRIVACY MESSAGE PM APPLICATION PROGRAM COMMAND APC NBSP SHY CGJ ALM MVS
FVS1 FVS2 FVS3 FVS4 ZWSP ZWNJ ZWJ LRM RLM LRE RLE PDF LRO RLO NNBSP MMSP WJ
LRI RLI FSI PDI ZWNBSP BYTE ORDER MARK BOM VS1 VS2 VS3 VS4 VS5 VS6 VS7 VS8 VS9
VS10 VS11 VS12 VS13 VS14 VS15 VS16"""


def alias_candidates():
    # The list above is space separated but aliases contain spaces: try every
    # run of 1..6 consecutive words.
    words = ALIASES.split()
    seen = set()
    for i in range(len(words)):
        for n in range(1, 7):
            cand = " ".join(words[i:i + n])
            if cand not in seen:
                seen.add(cand)
                yield cand


def ranges(pred):
    out = []
    start = None
    for cp in range(0x110000):
        ok = pred(cp)
        if ok and start is None:
            start = cp
        elif not ok and start is not None:
            out.append((start, cp - 1))
            start = None
    if start is not None:
        out.append((start, 0x10FFFF))
    return out


def emit_ranges(f, name, rs):
    f.write("static const std::uint32_t %s[][2] = {\n" % name)
    for i in range(0, len(rs), 6):
        f.write("  " + " ".join("{0x%X, 0x%X}," % r for r in rs[i:i + 6]) + "\n")
    f.write("};\n\n")


def main():
    xid_start = ranges(lambda cp: chr(cp).isidentifier())
    xid_continue = ranges(lambda cp: ("a" + chr(cp)).isidentifier())
    printable = ranges(lambda cp: chr(cp).isprintable())

    algorithmic = []  # (prefix index, lo, hi)
    names = []
    for cp in range(0x110000):
        try:
            nm = unicodedata.name(chr(cp))
        except ValueError:
            continue
        if nm.startswith("HANGUL SYLLABLE "):
            continue
        for i, p in enumerate(ALGORITHMIC):
            if nm.startswith(p):
                if algorithmic and algorithmic[-1][0] == i and algorithmic[-1][2] == cp - 1:
                    algorithmic[-1][2] = cp
                else:
                    algorithmic.append([i, cp, cp])
                break
        else:
            names.append((nm, cp))

    plain = {nm for nm, _ in names}
    for cand in alias_candidates():
        if cand in plain:
            continue
        try:
            ch = unicodedata.lookup(cand)
        except KeyError:
            continue
        if len(ch) == 1:
            names.append((cand, ord(ch)))
            plain.add(cand)

    counts = {}
    split = []
    for nm, cp in names:
        parts = re.split("([ -])", nm)
        words = parts[0::2]
        seps = parts[1::2]
        split.append((words, seps, cp))
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    wordlist = sorted(counts, key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(wordlist)}
    assert len(wordlist) < 0x4000

    # Name record: 3 bytes code point, 1 byte word count, then per word a
    # code (index << 1 | hyphen_follows) in 1 byte (< 0x80) or 2 bytes
    # (0x80 | high 7 bits, low 8 bits).
    blob = bytearray()
    for words, seps, cp in split:
        blob += bytes([cp >> 16, (cp >> 8) & 0xFF, cp & 0xFF, len(words)])
        for j, w in enumerate(words):
            code = (index[w] << 1) | (1 if j < len(seps) and seps[j] == "-" else 0)
            if code < 0x80:
                blob.append(code)
            else:
                assert code < 0x8000
                blob += bytes([0x80 | (code >> 8), code & 0xFF])

    with open(OUT, "w") as f:
        f.write("// unicode_tables_data.inc — generated by gen_unicode_tables.py from Unicode %s.\n"
                "// Do not edit by hand.\n\n" % unicodedata.unidata_version)
        emit_ranges(f, "kXidStart", xid_start)
        emit_ranges(f, "kXidContinue", xid_continue)
        emit_ranges(f, "kPrintable", printable)
        f.write("static const char* const kAlgorithmicPrefixes[] = {\n")
        for p in ALGORITHMIC:
            f.write('  "%s",\n' % p)
        f.write("};\n\n")
        f.write("static const std::uint32_t kAlgorithmicRanges[][3] = {\n")
        for i, lo, hi in algorithmic:
            f.write("  {%d, 0x%X, 0x%X},\n" % (i, lo, hi))
        f.write("};\n\n")
        f.write("static const char* const kNameWords[] = {\n")
        for i in range(0, len(wordlist), 8):
            f.write("  " + " ".join('"%s",' % w for w in wordlist[i:i + 8]) + "\n")
        f.write("};\n\n")
        f.write("static const std::size_t kNameCount = %d;\n" % len(split))
        f.write("static const unsigned char kNameBlob[] = {\n")
        for i in range(0, len(blob), 24):
            f.write("  " + ",".join(str(b) for b in blob[i:i + 24]) + ",\n")
        f.write("};\n")
    print("wrote", OUT, len(blob), "bytes of names,", len(wordlist), "words", file=sys.stderr)


def write_nfkc():
    decomp = []  # (cp, [cps])
    for cp in range(0x80, 0x110000):
        ch = chr(cp)
        if not (ch.isidentifier() or ("a" + ch).isidentifier()):
            continue
        if 0xAC00 <= cp <= 0xD7A3:
            continue  # Hangul syllables: algorithmic
        d = unicodedata.normalize("NFKD", ch)
        if d != ch:
            decomp.append((cp, [ord(c) for c in d]))
    ccc = []
    for cp in range(0x110000):
        c = unicodedata.combining(chr(cp))
        if c:
            if ccc and ccc[-1][2] == c and ccc[-1][1] == cp - 1:
                ccc[-1][1] = cp
            else:
                ccc.append([cp, cp, c])
    pairs = []
    for cp in range(0x110000):
        ch = chr(cp)
        d = unicodedata.decomposition(ch)
        if not d or d.startswith("<"):
            continue
        parts = [int(x, 16) for x in d.split()]
        if len(parts) != 2:
            continue
        if unicodedata.normalize("NFC", chr(parts[0]) + chr(parts[1])) != ch:
            continue  # composition exclusion
        pairs.append((parts[0], parts[1], cp))
    pairs.sort()
    pool = []
    index = []
    for cp, cps in decomp:
        index.append((cp, len(pool), len(cps)))
        pool.extend(cps)
    with open(NFKC_OUT, "w") as f:
        f.write("// nfkc_data.inc — generated by gen_unicode_tables.py from Unicode %s.\n"
                "// Do not edit by hand.\n\n" % unicodedata.unidata_version)
        f.write("// {code point, offset in kDecompPool, length}\n")
        f.write("static const std::uint32_t kDecompIndex[][3] = {\n")
        for i in range(0, len(index), 6):
            f.write("  " + " ".join("{0x%X, %d, %d}," % e for e in index[i:i + 6]) + "\n")
        f.write("};\n\nstatic const std::uint32_t kDecompPool[] = {\n")
        for i in range(0, len(pool), 12):
            f.write("  " + " ".join("0x%X," % c for c in pool[i:i + 12]) + "\n")
        f.write("};\n\n// {first, last, combining class}\n")
        f.write("static const std::uint32_t kCombiningClass[][3] = {\n")
        for i in range(0, len(ccc), 6):
            f.write("  " + " ".join("{0x%X, 0x%X, %d}," % tuple(e) for e in ccc[i:i + 6]) + "\n")
        f.write("};\n\n// {first, second, composed}, sorted\n")
        f.write("static const std::uint32_t kCompositions[][3] = {\n")
        for i in range(0, len(pairs), 6):
            f.write("  " + " ".join("{0x%X, 0x%X, 0x%X}," % e for e in pairs[i:i + 6]) + "\n")
        f.write("};\n")
    print("wrote", NFKC_OUT, len(index), "decompositions,", len(ccc), "ccc ranges,",
          len(pairs), "pairs", file=sys.stderr)


if __name__ == "__main__":
    main()
    write_nfkc()
